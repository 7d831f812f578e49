"""Demo data for moderation, seeded by `seed_demo`: open reports (a Polish job advert
reported as spam, a German post reported as off-topic, a Spanish comment reported as
abusive, a member reported to staff with a note in Estonian), an answer hidden for sharing
a candidate's phone number, a locked thread, and the demo member's group holding new
members' first posts, with one question waiting for approval.

Everything goes through the services, so the moderation log records it, and everything is
found again by a natural key (group and title, or author and text), so a second run adds
nothing."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from groups.models import Group
from groups.services import membership_join
from members.models import User
from moderation.models import Flag
from moderation.services import content_hide, flag_create, question_lock
from questions.models import Answer, Comment, Question
from questions.services import answer_post, comment_post, question_ask

# The demo member owns this group: its queue is the one the demo login sees.
DEMO_GROUP = "tech-sourcing-warszawa"

JOB_ADVERT = {
    "group": DEMO_GROUP,
    "title": "Zatrudnimy 5 rekruterów IT od zaraz – 25 000 zł netto na B2B!!!",
    "body": (
        "Agencja TopTalent Rekrutacje zatrudni od zaraz 5 rekruterów IT. **25 000 zł netto** "
        "na B2B, praca w 100% zdalna, premie za każde zatrudnienie.\n\n"
        "Nie czekaj – wyślij CV na praca@toptalent-rekrutacje.example albo dzwoń: "
        "+48 600 000 000. Udostępnij znajomym rekruterom!"
    ),
    "language": "pl",
    "reports": [
        ("spam", "To ogłoszenie o pracę, a nie pytanie. Ta sama agencja wrzuca je wszędzie."),
        ("spam", ""),
    ],
}

OFF_TOPIC = {
    "group": "recruiting-community-berlin",
    "title": "Welches Fitnessstudio in Berlin-Mitte könnt ihr empfehlen?",
    "body": (
        "Ich bin neu in Berlin und suche ein gutes Fitnessstudio in Mitte, am besten mit "
        "Sauna. Hat jemand Tipps?"
    ),
    "language": "de",
    "reports": [
        (
            "off_topic",
            "Hat nichts mit Recruiting zu tun – vielleicht besser in einer Berlin-Gruppe fragen.",
        ),
    ],
}

ABUSIVE_COMMENT = {
    "group": "reclutadores-madrid",
    "body": "Vaya respuesta más inútil. Se nota que no has reclutado en tu vida.",
    "reports": [
        ("abusive", "Un ataque personal, no una crítica a la respuesta."),
    ],
}

# A member reported to staff from their profile.
REPORTED_MEMBER = {
    "group": "eesti-varbajad",
    "reason": "spam",
    "note": "Saadab kõigile grupi liikmetele sama töökuulutuse privaatsõnumina.",
}

HIDDEN_ANSWER = {
    "group": DEMO_GROUP,
    "body": (
        "Mam świetnego kandydata na to stanowisko: Jan Kowalski, tel. 601 234 567, "
        "jan.kowalski@example.com – dzwońcie śmiało, CV wyślę każdemu."
    ),
    "reason": (
        "Dane osobowe kandydata (telefon i e-mail) bez jego zgody. Prosimy o kontakt przez "
        "wiadomość prywatną."
    ),
}

LOCKED_THREAD = {
    "group": "rekruterzy-it-polska",
    "title": "Czy agencje rekrutacyjne w ogóle są jeszcze potrzebne?",
    "body": (
        "Coraz więcej firm ma własne zespoły TA i sourcerów. Czy agencje mają jeszcze sens, "
        "czy to już tylko pośrednik, który podbija koszt zatrudnienia o 20%?"
    ),
    "language": "pl",
    "answers": [
        "Mają sens przy rolach niszowych i na rynkach, gdzie firma nie ma marki.",
        "Sens mają tylko dla leniwych działów HR.",
    ],
    "reason": (
        "Dyskusja zamieniła się w wymianę złośliwości. Wątek zamknięty, odpowiedzi zostają "
        "do przeczytania."
    ),
}

NEWCOMER = {
    "username": "nowa.rekruterka",
    "email": "nowa.rekruterka@recruitcommunity.local",
    "display_name": "Ola Nowak",
    "headline": "Junior IT recruiter, pierwszy miesiąc w branży",
    "days_ago": 2,
}

HELD_QUESTION = {
    "group": DEMO_GROUP,
    "title": "Jak pisać pierwszą wiadomość do seniora na LinkedIn, żeby odpisał?",
    "body": (
        "Zaczynam w rekrutacji IT i na moje wiadomości odpisuje może co dziesiąty senior. "
        "Czy lepiej od razu podawać widełki, czy najpierw zapytać o otwartość na zmianę?"
    ),
    "language": "pl",
}


def _members(group, *, exclude=()):
    """Active members of the group other than the given people, oldest first."""
    return [
        membership.user
        for membership in group.memberships.active()
        .exclude(user__in=list(exclude))
        .exclude(user__username__in=["demo", "admin"])
        .select_related("user")
        .order_by("joined_at", "pk")
    ]


def _moderator(group):
    return (
        group.memberships.moderating()
        .select_related("user")
        .order_by("-role", "joined_at", "pk")
        .first()
        .user
    )


def _report(target, reports, reporters, *, group=None):
    """One report per (reason, note), each by another reporter; none twice."""
    for (reason, note), reporter in zip(reports, reporters, strict=False):
        if Flag.objects.of(target).filter(reporter=reporter).exists():
            continue
        flag_create(reporter=reporter, target=target, reason=reason, note=note, group=group)


def _question(spec, author, languages):
    group = Group.objects.get(slug=spec["group"])
    question = Question.objects.filter(group=group, title=spec["title"]).first()
    if question is None:
        question = question_ask(
            group=group,
            author=author,
            title=spec["title"],
            body=spec["body"],
            language=languages[spec["language"]],
        )
    return question


def apply_moderation(users, languages):
    """Seed the moderation demo. Safe to run again: it finds what it made before."""
    demo_group = Group.objects.get(slug=DEMO_GROUP)
    demo = users["demo"]

    # A Polish job advert, reported twice as spam, in the demo member's group.
    members = _members(demo_group)
    advertiser = members[-1]
    advert = _question(JOB_ADVERT, advertiser, languages)
    _report(advert, JOB_ADVERT["reports"], _members(demo_group, exclude=[advertiser]))

    # A German question about gyms, reported as off-topic in Berlin.
    berlin = Group.objects.get(slug=OFF_TOPIC["group"])
    berliner = _members(berlin)[-1]
    gyms = _question(OFF_TOPIC, berliner, languages)
    _report(gyms, OFF_TOPIC["reports"], _members(berlin, exclude=[berliner]))

    # A rude Spanish comment under an answer in Madrid, reported as abusive.
    madrid = Group.objects.get(slug=ABUSIVE_COMMENT["group"])
    answer = (
        Answer.objects.visible()
        .filter(question__group=madrid, question__locked_at__isnull=True)
        .order_by("pk")
        .first()
    )
    if answer is not None:
        comment = Comment.objects.filter(answer=answer, body=ABUSIVE_COMMENT["body"]).first()
        if comment is None:
            commenter = next(member for member in _members(madrid) if member.pk != answer.author_id)
            comment = comment_post(author=commenter, post=answer, body=ABUSIVE_COMMENT["body"])
        _report(
            comment,
            ABUSIVE_COMMENT["reports"],
            _members(madrid, exclude=[comment.author_id, answer.author_id]),
        )

    # A member reported to staff: sends everyone the same job advert.
    tallinn = Group.objects.get(slug=REPORTED_MEMBER["group"])
    estonians = _members(tallinn)
    _report(
        estonians[-1],
        [(REPORTED_MEMBER["reason"], REPORTED_MEMBER["note"])],
        estonians[:1],
    )

    # An answer sharing a candidate's phone number, hidden by the demo member.
    thread = (
        Question.objects.visible()
        .filter(group=demo_group)
        .exclude(pk=advert.pk)
        .order_by("pk")
        .first()
    )
    if thread is not None:
        leaked = Answer.objects.filter(question=thread, body=HIDDEN_ANSWER["body"]).first()
        if leaked is None:
            author = next(member for member in members if member.pk != thread.author_id)
            leaked = answer_post(
                question=thread, author=author, body=HIDDEN_ANSWER["body"], language=thread.language
            )
        if leaked.hidden_at is None:
            content_hide(target=leaked, moderator=demo, reason=HIDDEN_ANSWER["reason"])

    # A heated thread in Rekruterzy IT Polska, locked by one of its moderators.
    polska = Group.objects.get(slug=LOCKED_THREAD["group"])
    asker, *answerers = _members(polska)[-3:]
    heated = _question(LOCKED_THREAD, asker, languages)
    if heated.locked_at is None:
        for author, body in zip(answerers, LOCKED_THREAD["answers"], strict=False):
            answer_post(question=heated, author=author, body=body, language=heated.language)
        question_lock(question=heated, moderator=_moderator(polska), reason=LOCKED_THREAD["reason"])

    # The demo member's group holds new members' first posts; a newcomer's question waits.
    if not demo_group.hold_first_posts:
        demo_group.hold_first_posts = True
        demo_group.save(update_fields=["hold_first_posts"])
    newcomer = _newcomer()
    membership_join(group=demo_group, user=newcomer)
    _question(HELD_QUESTION, newcomer, languages)


def _newcomer():
    """A member who signed up two days ago (a new account), with a confirmed email."""
    user, created = User.objects.get_or_create(
        username=NEWCOMER["username"],
        defaults={
            "email": NEWCOMER["email"],
            "display_name": NEWCOMER["display_name"],
            "headline": NEWCOMER["headline"],
            "home_country": "PL",
            "city": "Warszawa",
            "password": make_password(None),
            "date_joined": timezone.now() - timedelta(days=NEWCOMER["days_ago"]),
        },
    )
    if created:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def summary():
    """A line for seed_demo's report."""
    return (
        f"  moderation   {Flag.objects.open().count():>4} open reports, "
        f"{Question.objects.filter(held_at__isnull=False).count()} question(s) waiting for "
        f"approval, {Answer.objects.filter(hidden_at__isnull=False).count()} hidden answer(s), "
        f"{Question.objects.filter(locked_at__isnull=False).count()} locked thread(s)"
    )
