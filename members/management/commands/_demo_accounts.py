"""Demo data for account deletion, seeded by `seed_demo`: a recruiter from Tartu who asked a
German group about notice periods, commented on the answer, and later deleted her account.
The thread keeps her question and comment, signed "former member"; nothing else of her is
left. Seeding twice adds nothing: the question is the marker."""

from datetime import timedelta

from django.utils import timezone

from groups.services import membership_join
from members.models import User
from members.services import account_delete
from questions.models import Question
from questions.services import answer_post, comment_post, question_ask

LEAVER = {
    "username": "kadri.leht",
    "email": "kadri.leht@example.ee",
    "first_name": "Kadri",
    "last_name": "Leht",
    "display_name": "Kadri Leht",
    "headline": "IT-värbaja Tartus",
    "home_country": "EE",
    "city": "Tartu",
}

QUESTION = {
    "title": "How long are notice periods for developers in Germany?",
    "body": (
        "In Estonia most developers can start within a month. When I hire in Berlin, how long "
        "should I expect to wait between the signed offer and the first day, and do "
        "companies ever buy out the notice period?"
    ),
}

ANSWER = (
    "By law it is four weeks to the 15th or the end of a month, but most contracts for "
    "experienced developers say three months to the end of a quarter. Buy-outs are rare; "
    "asking the current employer for an early release (Aufhebungsvertrag) works more often "
    "than you would think."
)

COMMENT = "Thank you, that explains why my Berlin offers start so late."


def apply_former_member(groups, languages):
    if Question.objects.filter(title=QUESTION["title"]).exists():
        return
    group = next(
        (group for group in groups.values() if group.country == "DE" and group.is_open), None
    )
    local = (
        User.objects.active()
        .filter(home_country="DE", memberships__group=group, memberships__status="active")
        .exclude(username__in=["demo", "admin"])
        .order_by("pk")
        .first()
    )
    if group is None or local is None:
        return
    leaver = User.objects.create_user(
        password=None, date_joined=timezone.now() - timedelta(days=420), **LEAVER
    )
    leaver.emailaddress_set.create(email=leaver.email, verified=True, primary=True)
    membership_join(group=group, user=leaver, accept_rules=True)
    question = question_ask(
        group=group,
        author=leaver,
        title=QUESTION["title"],
        body=QUESTION["body"],
        language=languages["en"],
    )
    answer = answer_post(question=question, author=local, body=ANSWER, language=languages["en"])
    comment_post(author=leaver, post=answer, body=COMMENT)
    account_delete(member=leaver)
