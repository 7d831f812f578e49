"""Fill the database with a believable, reproducible demo community.

Every random choice comes from one `random.Random(2026)`, and the whole plan is made in
memory before the database is touched, so each run plans exactly the same data. Rows are
found by natural keys (username, group slug, (group, title), (question, author)) and only
created when missing, so running the command again changes nothing.
"""

import random
import re
import time
import unicodedata
import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import timezone

from conversations.models import Conversation, Message, MessageReport, Participant
from conversations.services import (
    conversation_mark_read,
    conversation_start,
    member_block,
    message_report,
    message_send,
)
from events.models import RSVP, Event
from events.selectors import people_with_similar_goals
from events.services import event_cancel, rsvp_going
from groups.models import EmailInvitation, Group, InvitationLink, Membership
from groups.services import (
    group_create,
    invitation_link_create,
    membership_approve,
    membership_ban,
    membership_decline,
    membership_join,
)
from languages.models import Language
from members.models import SpokenLanguage, User
from norms.models import NormConfirmation, NormEntry, NormRevision, NormTopic
from norms.services import norm_entry_confirm, norm_entry_create, norm_entry_edit
from questions.models import Answer, Question, Tag, Topic, Vote
from questions.services import (
    answer_accept,
    answer_post,
    comment_post,
    question_ask,
    question_edit,
    vote_cast,
)

from . import _demo_accounts as demo_accounts
from . import _demo_community as community
from . import _demo_conversations as demo_conversations
from . import _demo_data as data
from . import _demo_events as demo_events
from . import _demo_moderation as demo_moderation
from . import _demo_norms as demo_norms
from . import _demo_qa as demo_qa

SEED = 2026
SILENT_EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
TRANSLITERATE = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "'": ""})


def ascii_slug(text):
    text = unicodedata.normalize("NFKD", text.lower().translate(TRANSLITERATE))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def latin(name):
    return name.split("|")[0]


def native(name):
    return name.split("|")[-1]


def weighted_sample(rng, items, weight, count):
    """`count` distinct items, more likely the heavier ones (Efraimidis-Spirakis)."""
    keyed = [(rng.random() ** (1.0 / weight(item)), index) for index, item in enumerate(items)]
    keyed.sort(reverse=True)
    return [items[index] for _, index in keyed[:count]]


def between(rng, start, end):
    if end <= start:
        return end
    return start + (end - start) * rng.random()


@dataclass
class PersonPlan:
    username: str
    email: str
    first_name: str
    last_name: str
    display_name: str
    headline: str
    country: str
    city: str
    languages: list  # [(code, level)]
    date_joined: object
    is_staff: bool = False

    def speaks(self, code):
        return any(language == code for language, _ in self.languages)


@dataclass
class GroupPlan:
    slug: str
    name: str
    country: str
    city: str
    description: str
    languages: list
    join_policy: str
    size: int
    owner: str = ""
    created_at: object = None
    members: list = field(default_factory=list)  # usernames, owner excluded
    pending: set = field(default_factory=set)
    moderators: list = field(default_factory=list)
    joined_at: dict = field(default_factory=dict)


@dataclass
class QuestionPlan:
    group: str
    author: str
    title: str
    body: str
    language: str
    created_at: object
    answers: list = field(default_factory=list)  # [(username, body, created_at)]


class Planner:
    """Decides everything in memory, deterministically, before any row is written."""

    def __init__(self, now):
        self.rng = random.Random(SEED)
        self.now = now
        self.people = {}
        self.by_country = {}
        self.groups = []
        self.questions = []

    def days_ago(self, days):
        return self.now - timedelta(days=days)

    def plan(self):
        self.plan_people()
        self.plan_groups()
        self.plan_memberships()
        self.plan_questions()
        return self

    # -- people -----------------------------------------------------------------------

    def plan_people(self):
        for spec in (data.DEMO_USER, data.ADMIN_USER):
            self.people[spec["username"]] = PersonPlan(
                username=spec["username"],
                email=spec["email"],
                first_name=spec["first_name"],
                last_name=spec["last_name"],
                display_name=spec["display_name"],
                headline=spec["headline"],
                country=spec["country"],
                city=spec["city"],
                languages=spec["languages"],
                date_joined=self.days_ago(spec["days_ago"]),
                is_staff=spec is data.ADMIN_USER,
            )
        for country, spec in data.COUNTRIES.items():
            self.by_country[country] = [
                self.plan_person(country, spec) for _ in range(spec["members"])
            ]

    def plan_person(self, country, spec):
        rng = self.rng
        taken = {(p.first_name, p.last_name) for p in self.people.values()}
        while True:
            female = rng.random() < 0.62  # recruiting leans female
            first = rng.choice(spec["female" if female else "male"])
            surname = rng.choice(spec["surnames"])
            if "/" in surname:
                surname = surname.split("/")[1 if female else 0]
            if (latin(first), latin(surname)) not in taken:
                break

        username = base = f"{ascii_slug(latin(first))}.{ascii_slug(latin(surname))}"
        suffix = 2
        while username in self.people:
            username, suffix = f"{base}{suffix}", suffix + 1

        use_native = rng.random() < spec.get("native_display", 0)
        display_name = (
            f"{native(first)} {native(surname)}"
            if use_native
            else (f"{latin(first)} {latin(surname)}")
        )
        cities = list(spec["cities"])
        city = rng.choices(cities, weights=list(spec["cities"].values()))[0]
        if rng.random() < 0.05:
            city = ""

        local = data.LOCAL_HEADLINES.get(country, [])
        if local and rng.random() < 0.35:
            headline = rng.choice(local)
            if isinstance(headline, tuple):
                headline = headline[1 if female else 0]
        else:
            headline = rng.choice(data.HEADLINES)
        headline = headline.format(city=city or cities[0])

        languages = [(spec["language"], "native")]
        if spec["language"] != "en" and rng.random() < spec.get("english", 1):
            languages.append(("en", rng.choice(["fluent", "fluent", "working"])))
        extra = rng.choice(spec["extra"])
        if rng.random() < 0.25:
            languages.append((extra, "working"))

        # Most members have been around for a year or more; a few joined recently.
        if rng.random() < 0.85:
            date_joined = self.days_ago(between(rng, 400, 1100))
        else:
            date_joined = self.days_ago(between(rng, 30, 400))

        person = PersonPlan(
            username=username,
            email=f"{username}@{rng.choice(data.EMAIL_DOMAINS)}",
            first_name=latin(first),
            last_name=latin(surname),
            display_name=display_name,
            headline=headline,
            country=country,
            city=city,
            languages=languages,
            date_joined=date_joined,
        )
        self.people[username] = person
        return person

    # -- groups and memberships ---------------------------------------------------------

    def plan_groups(self):
        rng = self.rng
        for spec in data.GROUPS:
            group = GroupPlan(
                slug=spec["slug"],
                name=spec["name"],
                country=spec["country"],
                city=spec["city"],
                description=data.markdown_text(spec["description"]),
                languages=spec["languages"],
                join_policy=spec.get("join_policy", Group.JoinPolicy.OPEN),
                size=spec["size"],
            )
            # Big groups are the old ones; the rest appeared over the last three years.
            days = between(rng, 700, 1095) if group.size >= 35 else between(rng, 45, 1000)
            group.created_at = self.days_ago(days)
            if spec.get("owner"):
                group.owner = spec["owner"]
            else:
                locals_ = self.by_country[group.country]
                same_city = [p for p in locals_ if group.city and p.city == group.city]
                group.owner = rng.choice(same_city or locals_).username
            owner = self.people[group.owner]
            founded_before = group.created_at - timedelta(days=between(rng, 1, 30))
            owner.date_joined = min(owner.date_joined, founded_before)
            self.groups.append(group)

    def plan_memberships(self):
        rng = self.rng
        by_slug = {group.slug: group for group in self.groups}
        regular = [p for p in self.people.values() if p.username not in ("demo", "admin")]

        for group in self.groups:
            wanted = group.size - 1
            locals_ = [p for p in self.by_country[group.country] if p.username != group.owner]
            local_count = min(len(locals_), round(wanted * between(rng, 0.65, 0.85)))
            chosen = weighted_sample(
                rng,
                locals_,
                lambda p, g=group: 3 if g.city and p.city == g.city else 1,
                local_count,
            )
            foreign = [p for p in regular if p.country != group.country]
            own_languages = [code for code in group.languages if code != "en"]

            def foreign_weight(person, own_languages=own_languages):
                return 4 if any(person.speaks(code) for code in own_languages) else 1

            chosen += weighted_sample(rng, foreign, foreign_weight, max(0, wanted - len(chosen)))
            group.members = [p.username for p in chosen]

        # Everyone belongs somewhere: members left out join a group in their own country.
        joined = {name for group in self.groups for name in [group.owner, *group.members]}
        for person in regular:
            if person.username not in joined:
                home = [g for g in self.groups if g.country == person.country]
                rng.choice(home).members.append(person.username)

        for slug in data.DEMO_MEMBERSHIPS + data.DEMO_PENDING:
            if "demo" not in by_slug[slug].members:
                by_slug[slug].members.append("demo")

        for group in self.groups:
            group.joined_at[group.owner] = group.created_at
            if group.join_policy == Group.JoinPolicy.APPROVAL:
                waiting = rng.randint(1, 3)
                candidates = [name for name in group.members if name != "demo"]
                group.pending = set(rng.sample(candidates, waiting))
                if "demo" in group.members and group.slug in data.DEMO_PENDING:
                    group.pending.add("demo")
            for name in group.members:
                person = self.people[name]
                if name in group.pending:
                    joined_at = self.days_ago(between(rng, 1, 25))
                else:
                    start = max(group.created_at, person.date_joined) + timedelta(hours=2)
                    joined_at = between(rng, start, self.now - timedelta(days=2))
                group.joined_at[name] = joined_at
            if group.size >= 10:
                active_locals = [
                    name
                    for name in group.members
                    if name not in group.pending and self.people[name].country == group.country
                ]
                how_many = 2 if group.size >= 30 else 1
                group.moderators = rng.sample(active_locals, min(how_many, len(active_locals)))

    # -- questions and answers ----------------------------------------------------------

    def pick(self, candidates, counts):
        """The least used of the candidates, ties broken at random."""
        shuffled = list(candidates)
        self.rng.shuffle(shuffled)
        chosen = min(shuffled, key=lambda person: counts.get(person.username, 0))
        counts[chosen.username] = counts.get(chosen.username, 0) + 1
        return chosen

    def plan_questions(self):
        rng = self.rng
        by_slug = {group.slug: group for group in self.groups}
        asked, answered = {}, {}
        for spec in data.QUESTIONS:
            group = by_slug[spec["group"]]
            language = spec["language"]
            if spec["asker"] == "demo":
                author = self.people["demo"]
            else:
                pool = [p for p in self.by_country[spec["asker"]] if p.username != group.owner]
                speakers = [p for p in pool if p.speaks(language)]
                author = self.pick(speakers or pool, asked)

            earliest = max(group.created_at, author.date_joined) + timedelta(days=1)
            created_at = max(self.days_ago(between(rng, 3, 365)), earliest)
            created_at = min(created_at, self.now - timedelta(hours=between(rng, 6, 48)))
            question = QuestionPlan(
                group=group.slug,
                author=author.username,
                title=spec["title"],
                body=data.markdown_text(spec["body"]),
                language=language,
                created_at=created_at,
            )

            members = {group.owner, *group.members} - group.pending
            taken = {author.username}
            answer_time = created_at
            for answer in spec["answers"]:
                who, text = answer if isinstance(answer, tuple) else (group.country, answer)
                if who == "demo":
                    answerer = self.people["demo"]
                else:
                    pool = [
                        p
                        for p in self.by_country[who]
                        if p.username not in taken and p.date_joined < created_at
                    ]
                    in_group = [p for p in pool if p.username in members]
                    if language != "en":
                        in_group = [p for p in in_group if p.speaks(language)] or in_group
                    answerer = self.pick(in_group or pool, answered)
                taken.add(answerer.username)
                answer_time += timedelta(hours=between(rng, 0.5, 40))
                answer_time = min(answer_time, self.now - timedelta(minutes=10))
                question.answers.append((answerer.username, data.markdown_text(text), answer_time))
            self.questions.append(question)


class Command(BaseCommand):
    help = "Create (or complete) a reproducible demo community: members, groups, questions."

    def handle(self, *args, **options):
        started = time.monotonic()
        now = timezone.now().replace(second=0, microsecond=0)
        plan = Planner(now).plan()
        self.created = {"users": 0, "groups": 0, "memberships": 0, "questions": 0, "answers": 0}

        # The demo community's notifications are created, but nobody is emailed.
        with override_settings(EMAIL_BACKEND=SILENT_EMAIL_BACKEND), transaction.atomic():
            languages = self.load_languages(plan)
            users = self.apply_people(plan, languages)
            groups = self.apply_groups(plan, users, languages)
            self.apply_memberships(plan, users, groups)
            self.apply_questions(plan, users, groups, languages)
            self.apply_profiles(plan, users)
            self.apply_group_life(users, groups)
            self.apply_events(users, groups)
            self.apply_messages(users)
            self.apply_conversation(users, groups, languages)
            self.apply_norms(users, groups, languages)
            demo_moderation.apply_moderation(users, languages)
            demo_accounts.apply_former_member(groups, languages)

        self.report(plan, groups, time.monotonic() - started)

    def load_languages(self, plan):
        languages = {language.code: language for language in Language.objects.all()}
        needed = {code for person in plan.people.values() for code, _ in person.languages}
        needed |= {code for group in plan.groups for code in group.languages}
        needed |= {question.language for question in plan.questions}
        missing = sorted(needed - set(languages))
        if missing:
            raise CommandError(f"Languages missing from the database: {', '.join(missing)}")
        return languages

    # -- people -----------------------------------------------------------------------

    def apply_people(self, plan, languages):
        password_hash = make_password(data.DEMO_PASSWORD)
        users = {}
        for person in plan.people.values():
            user, created = User.objects.update_or_create(
                username=person.username,
                defaults={
                    "email": person.email,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "display_name": person.display_name,
                    "headline": person.headline,
                    "home_country": person.country,
                    "city": person.city,
                    "is_active": True,
                    "is_staff": person.is_staff,
                    "is_superuser": person.is_staff,
                },
                create_defaults={
                    "email": person.email,
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "display_name": person.display_name,
                    "headline": person.headline,
                    "home_country": person.country,
                    "city": person.city,
                    "is_staff": person.is_staff,
                    "is_superuser": person.is_staff,
                    "password": password_hash,
                    "date_joined": person.date_joined,
                },
            )
            self.created["users"] += created
            # The two well-known logins must always work, even if someone changed them.
            well_known = person.username in ("demo", "admin")
            if well_known and not created and not user.check_password(data.DEMO_PASSWORD):
                user.password = password_hash
                user.save(update_fields=["password"])
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            users[person.username] = user

        self.apply_spoken_languages(plan, users)
        return users

    def apply_spoken_languages(self, plan, users):
        wanted = {
            (users[person.username].pk, code): level
            for person in plan.people.values()
            for code, level in person.languages
        }
        member_ids = [user.pk for user in users.values()]
        existing = {
            (row.member_id, row.language_id): row
            for row in SpokenLanguage.objects.filter(member_id__in=member_ids)
        }
        SpokenLanguage.objects.filter(
            pk__in=[row.pk for key, row in existing.items() if key not in wanted]
        ).delete()
        changed = []
        for key, row in existing.items():
            if key in wanted and row.level != wanted[key]:
                row.level = wanted[key]
                changed.append(row)
        SpokenLanguage.objects.bulk_update(changed, ["level"])
        SpokenLanguage.objects.bulk_create(
            [
                SpokenLanguage(member_id=member_id, language_id=code, level=level)
                for (member_id, code), level in wanted.items()
                if (member_id, code) not in existing
            ]
        )

    # -- groups and memberships ---------------------------------------------------------

    def apply_groups(self, plan, users, languages):
        groups = {}
        for spec in plan.groups:
            group_languages = [languages[code] for code in spec.languages]
            group = Group.objects.filter(slug=spec.slug).first()
            if group is None:
                group = group_create(
                    owner=users[spec.owner],
                    name=spec.name,
                    slug=spec.slug,
                    country=spec.country,
                    city=spec.city,
                    description=spec.description,
                    languages=group_languages,
                    join_policy=spec.join_policy,
                )
                Group.objects.filter(pk=group.pk).update(created_at=spec.created_at)
                Membership.objects.filter(group=group, user=users[spec.owner]).update(
                    joined_at=spec.created_at
                )
                self.created["groups"] += 1
            else:
                Group.objects.filter(pk=group.pk).update(
                    name=spec.name,
                    country=spec.country,
                    city=spec.city,
                    description=spec.description,
                    join_policy=spec.join_policy,
                )
                group.languages.set(group_languages)
            group.refresh_from_db()
            groups[spec.slug] = group
        return groups

    def apply_memberships(self, plan, users, groups):
        existing = set(
            Membership.objects.filter(group__in=groups.values()).values_list("group_id", "user_id")
        )
        new_memberships = []
        for spec in plan.groups:
            group = groups[spec.slug]
            for username in spec.members:
                user = users[username]
                if (group.pk, user.pk) in existing:
                    # Already seeded; it may since have been declined or banned on purpose.
                    continue
                membership = membership_join(
                    group=group,
                    user=user,
                    accept_rules=True,
                    invited=group.is_invitation_only,
                    admission_answers=[""] * len(group.admission_questions),
                )
                if membership.is_pending and username not in spec.pending:
                    membership = membership_approve(membership=membership)
                membership.joined_at = spec.joined_at[username]
                membership.requested_at = spec.joined_at[username]
                new_memberships.append(membership)
            if spec.moderators:
                Membership.objects.active().filter(
                    group=group,
                    role=Membership.Role.MEMBER,
                    user__in=[users[name] for name in spec.moderators],
                ).update(role=Membership.Role.MODERATOR)
        for membership in new_memberships:
            if not membership.is_active:
                membership.joined_at = None
        Membership.objects.bulk_update(
            new_memberships, ["joined_at", "requested_at"], batch_size=500
        )
        self.backdate_membership_history()
        self.created["memberships"] = len(new_memberships)

    # -- questions and answers ----------------------------------------------------------

    def apply_questions(self, plan, users, groups, languages):
        new_questions, new_answers = [], []
        for spec in plan.questions:
            group = groups[spec.group]
            question = Question.objects.filter(group=group, title=spec.title).first()
            if question is None:
                question = question_ask(
                    group=group,
                    author=users[spec.author],
                    title=spec.title,
                    body=spec.body,
                    language=languages[spec.language],
                )
                question.created_at = spec.created_at
                new_questions.append(question)
            answered_by = set(question.answers.values_list("author_id", flat=True))
            for username, body, created_at in spec.answers:
                author = users[username]
                if author.pk in answered_by:
                    continue
                answer = answer_post(
                    question=question, author=author, body=body, language=question.language
                )
                answer.created_at = created_at
                new_answers.append(answer)
        Question.objects.bulk_update(new_questions, ["created_at"], batch_size=500)
        Answer.objects.bulk_update(new_answers, ["created_at"], batch_size=500)
        self.created["questions"] = len(new_questions)
        self.created["answers"] = len(new_answers)

    @staticmethod
    def backdate_membership_history():
        """Seeding happens in one moment; give approvals a believable waiting time and the
        audit log the dates the memberships carry."""
        with connection.cursor() as cursor:
            cursor.execute(
                """
                UPDATE groups_membership
                SET requested_at = joined_at - (id % 4 + 0.5) * INTERVAL '1 day',
                    decided_at = joined_at
                WHERE status = 'active' AND decided_at IS NOT NULL AND decided_at > joined_at
                """
            )
            cursor.execute(
                """
                UPDATE groups_membershipevent AS event
                SET created_at = CASE event.action
                    WHEN 'request' THEN membership.requested_at
                    ELSE membership.joined_at END
                FROM groups_membership AS membership
                WHERE event.group_id = membership.group_id
                  AND event.member_id = membership.user_id
                  AND event.action IN ('join', 'request', 'approve', 'create')
                  AND membership.joined_at IS NOT NULL
                """
            )

    # -- profiles and how groups are run -------------------------------------------------

    def apply_profiles(self, plan, users):
        """Specialisms, years, bios, LinkedIn links and a few members-only profiles."""
        rng = random.Random(SEED + 1)
        changed = []
        for username in sorted(plan.people):
            person, user = plan.people[username], users[username]
            if username == "admin":
                continue
            if username == "demo":
                profile = dict(community.DEMO_PROFILE)
            else:
                headline = person.headline.lower() + " "
                specialisms = sorted(
                    {
                        code
                        for word, code in community.SPECIALISM_BY_HEADLINE_WORD.items()
                        if word in headline
                    }
                ) or [rng.choice(["tech", "sourcing", "agency", "in_house", "finance"])]
                years = rng.randint(1, 22)
                native = next((code for code, level in person.languages if level == "native"), "en")
                template = community.BIO_TEMPLATES.get(native, community.BIO_TEMPLATES["en"])
                profile = {
                    "specialisms": specialisms[:3],
                    "years_in_recruiting": years,
                    "bio": template.format(
                        years=years,
                        headline=person.headline.rstrip("."),
                        city=person.city or person.country,
                    ),
                    "linkedin_url": (
                        f"https://www.linkedin.com/in/{username.replace('.', '-')}"
                        if rng.random() < 0.6
                        else ""
                    ),
                    "profile_visibility": (
                        User.Visibility.GROUPS if rng.random() < 0.1 else User.Visibility.PUBLIC
                    ),
                }
            for field_name, value in profile.items():
                setattr(user, field_name, value)
            changed.append(user)
        User.objects.bulk_update(
            changed,
            [
                "specialisms",
                "years_in_recruiting",
                "bio",
                "linkedin_url",
                "profile_visibility",
            ],
        )

    def apply_group_life(self, users, groups):
        """Rules, admission questions with answers, a declined request, a ban, invitation
        links and email invitations, all through the services so the audit log records
        them."""
        now = timezone.now()
        for slug, rules in community.RULES.items():
            Group.objects.filter(slug=slug).update(rules=rules.strip())
        for slug, questions in community.ADMISSION_QUESTIONS.items():
            Group.objects.filter(slug=slug).update(admission_questions=questions)
            pending = Membership.objects.pending().filter(group=groups[slug]).order_by("pk")
            for membership, answers in zip(
                pending, community.ADMISSION_ANSWERS[slug], strict=False
            ):
                membership.admission_answers = answers
                membership.save(update_fields=["admission_answers"])
        for slug, message in community.DECLINED.items():
            group = groups[slug]
            moderator = group.memberships.moderating().select_related("user").first()
            applicant = group.memberships.pending().exclude(user__username="demo").first()
            already = group.memberships.filter(status=Membership.Status.DECLINED).exists()
            if applicant is not None and not already:
                membership_decline(membership=applicant, moderator=moderator.user, message=message)
        for slug, reason in community.BANS.items():
            group = groups[slug]
            if group.memberships.filter(status=Membership.Status.BANNED).exists():
                continue
            moderator = group.memberships.moderating().order_by("role").first()
            target = (
                group.memberships.active()
                .filter(role=Membership.Role.MEMBER)
                .exclude(user__username="demo")
                .order_by("-joined_at")
                .first()
            )
            membership_ban(
                group=group,
                user=target.user,
                moderator=moderator.user,
                moderator_membership=moderator,
                reason=reason,
            )
        for slug, links in community.INVITATION_LINKS.items():
            group = groups[slug]
            if group.invitation_links.exists():
                continue
            owner = group.memberships.get(role=Membership.Role.OWNER).user
            for days, max_uses, uses, revoked in links:
                link = invitation_link_create(
                    group=group,
                    creator=owner,
                    expires_at=now + timedelta(days=days) if days else None,
                    max_uses=max_uses,
                )
                InvitationLink.objects.filter(pk=link.pk).update(
                    use_count=uses, revoked_at=now if revoked else None
                )
        for slug, invitees in community.INVITED_EMAILS.items():
            group = groups[slug]
            owner = group.memberships.get(role=Membership.Role.OWNER).user
            # Demo invitations are recorded as already sent: seeding never sends email.
            EmailInvitation.objects.bulk_create(
                [
                    EmailInvitation(
                        group=group, email=email, name=name, invited_by=owner, sent_at=now
                    )
                    for email, name in invitees
                ],
                ignore_conflicts=True,
            )

    # -- conversation ------------------------------------------------------------------

    def apply_conversation(self, users, groups, languages):
        """Topics and tags, multi-region questions, votes, accepted answers, comments with
        mentions and an edited question. Done once: a rerun finds the votes and skips it."""
        questions = Question.objects.filter(group__in=groups.values())
        if Vote.objects.filter(question__in=questions).exists():
            return
        rng = random.Random(SEED + 3)
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        for question in questions.order_by("pk"):
            text = f" {question.title} {question.body} ".lower()
            found = [
                slug
                for slug, words in demo_qa.TOPIC_KEYWORDS.items()
                if any(word in text for word in words)
            ]
            question.topics.set([topics[slug] for slug in found[:3]])
            tag_names = [
                tag for tag, words in demo_qa.TAG_KEYWORDS.items() if any(w in text for w in words)
            ]
            Tag.objects.bulk_create([Tag(name=name) for name in tag_names], ignore_conflicts=True)
            question.tags.set(Tag.objects.filter(name__in=tag_names))
        self.apply_multi_region_questions(users, groups, languages, topics)

        voters = [user for user in users.values() if user.username != "admin"]
        for question in questions.order_by("pk"):
            for voter in rng.sample(voters, rng.randint(0, 5)):
                if voter.pk != question.author_id:
                    vote_cast(voter=voter, post=question, value=Vote.UP)
            for answer in question.answers.order_by("pk"):
                for voter in rng.sample(voters, rng.randint(0, 7)):
                    if voter.pk != answer.author_id:
                        value = Vote.UP if rng.random() < 0.9 else Vote.DOWN
                        vote_cast(voter=voter, post=answer, value=value)
        for question in questions.filter(answer_count__gt=0).select_related("author"):
            if rng.random() < 0.6:
                best = question.answers.order_by("-score", "-is_local", "pk").first()
                answer_accept(answer=best, user=question.author)
        answers = list(Answer.objects.filter(question__in=questions).select_related("question"))
        for text in demo_qa.COMMENTS * 4:
            answer = rng.choice(answers)
            commenter = rng.choice(voters)
            asker = users_by_pk(users, answer.question.author_id)
            comment_post(author=commenter, post=answer, body=text.format(asker=asker.username))
        spec = demo_qa.EDITED_QUESTION
        edited = questions.filter(title__contains=spec["title_contains"]).first()
        if edited is not None:
            question_edit(
                question=edited,
                editor=edited.author,
                title=edited.title,
                body=edited.body + spec["addition"],
            )

    def apply_multi_region_questions(self, users, groups, languages, topics):
        for spec in demo_qa.MULTI_REGION_QUESTIONS:
            group = groups[spec["group"]]
            question = question_ask(
                group=group,
                author=users[spec["author"]],
                title=spec["title"],
                body=spec["body"],
                language=languages["en"],
                topics=[topics[slug] for slug in spec["topics"]],
                tags=spec["tags"],
                extra_regions=spec["extra_regions"],
            )
            for region, body in spec["answers"].items():
                author = (
                    User.objects.filter(username__in=list(users), home_country=region)
                    .exclude(username__in=["demo", "admin"])
                    .order_by("pk")
                    .first()
                )
                if author is not None:
                    answer_post(
                        question=question,
                        author=author,
                        body=body,
                        language=languages["en"],
                        region=region,
                    )

    # -- country guides ---------------------------------------------------------------

    def apply_norms(self, users, groups, languages):
        """The country guides: each entry written by members of that country's groups over
        one to three versions, confirmed by members living there, a few left unreviewed for
        14 months. Done once: a rerun finds entries for those countries and skips it."""
        countries = list(demo_norms.GUIDES)
        if NormEntry.objects.filter(country__in=countries).exists():
            return
        rng = random.Random(SEED + 4)
        now = timezone.now().replace(second=0, microsecond=0)
        topics = {topic.slug: topic for topic in NormTopic.objects.all()}
        by_pk = {user.pk: user for user in users.values()}
        outsiders = {"demo", "admin"}
        editors = {country: [] for country in countries}
        for country, user_id in (
            Membership.objects.active()
            .filter(group__in=groups.values(), group__country__in=countries)
            .order_by("group__country", "user_id")
            .distinct()
            .values_list("group__country", "user_id")
        ):
            user = by_pk.get(user_id)
            if user is not None and user.username not in outsiders:
                editors[country].append(user)
        locals_ = {
            country: sorted(
                (
                    user
                    for user in users.values()
                    if str(user.home_country) == country and user.username not in outsiders
                ),
                key=lambda user: user.username,
            )
            for country in countries
        }
        number = 0
        for country, guide in demo_norms.GUIDES.items():
            for slug, spec in guide.items():
                versions = [("en", spec["short_answer"], spec["explanation"], spec["sources"])]
                versions += [
                    (code, text["short_answer"], text["explanation"], spec["sources"])
                    for code, text in spec.get("translations", {}).items()
                ]
                for code, short_answer, explanation, sources in versions:
                    number += 1
                    self.apply_norm_entry(
                        rng,
                        now,
                        key=(country, slug, code),
                        topic=topics[slug],
                        language=languages[code],
                        final=(short_answer, explanation, sources),
                        count=1 + number % 3,
                        editors=editors[country] or locals_[country],
                        confirmers=locals_[country],
                    )

    @staticmethod
    def apply_norm_entry(rng, now, *, key, topic, language, final, count, editors, confirmers):
        country, slug, _code = key
        history = demo_norms.HISTORY.get(key)
        if history is not None:
            count = len(history) + 1
        short_answer, explanation, sources = final
        # Earlier versions said less: a first part of the explanation, fewer sources.
        pieces = re.split(r"(?<=[.!?])(\s+)", explanation)
        sentences = pieces[::2]
        drafts = []
        for version in range(1, count + 1):
            kept = -(-len(sentences) * version // count)
            text = "".join(pieces[: 2 * kept - 1]).strip() if kept else ""
            links = sources[: max(0, len(sources) - (count - version))]
            earlier = history[version - 1]["short_answer"] if version < count and history else None
            drafts.append((earlier or short_answer, text, "\n".join(links)))
        summaries = [item["summary"] for item in history or []] or rng.sample(
            demo_norms.EDIT_SUMMARIES, count - 1
        )
        stale = (country, slug) in demo_norms.STALE
        if stale:
            reviewed = now - timedelta(days=demo_norms.STALE_DAYS)
            started = reviewed - timedelta(days=rng.randint(60, 240))
        else:
            reviewed = now - timedelta(days=rng.randint(3, 45))
            started = reviewed - timedelta(days=rng.randint(30, 330))
        authors = rng.sample(editors, min(count, len(editors)))
        first = drafts[0]
        entry = norm_entry_create(
            country=country,
            topic=topic,
            language=language,
            editor=authors[0],
            short_answer=first[0],
            explanation=first[1],
            sources=first[2],
        )
        for version, (draft, summary) in enumerate(
            zip(drafts[1:], summaries, strict=True), start=2
        ):
            entry = norm_entry_edit(
                entry=entry,
                editor=authors[(version - 1) % len(authors)],
                base_version=version - 1,
                short_answer=draft[0],
                explanation=draft[1],
                sources=draft[2],
                summary=summary,
            )
        edited_until = started + (reviewed - started) * 0.7
        for revision in NormRevision.objects.filter(entry=entry):
            edited = between(rng, started, edited_until) if revision.version > 1 else started
            if revision.version == count:
                edited = edited_until
            NormRevision.objects.filter(pk=revision.pk).update(created_at=edited)
        wanted = demo_norms.CONFIRMATIONS.get(key, rng.randint(2, 6))
        for member in rng.sample(confirmers, min(wanted, len(confirmers))):
            norm_entry_confirm(entry=entry, member=member)
        NormConfirmation.objects.filter(entry=entry).update(created_at=reviewed)
        NormEntry.objects.filter(pk=entry.pk).update(
            updated_at=edited_until, last_reviewed_at=reviewed
        )

    # -- events ----------------------------------------------------------------------

    def apply_events(self, users, groups):
        """Upcoming, full (with a waitlist), online, cancelled and past meetups, with the
        attendees' objectives; each found by (group, title) so reruns add nothing."""
        rng = random.Random(SEED + 2)
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        today = timezone.localdate()
        for spec in demo_events.EVENTS:
            group = groups[spec["group"]]
            if Event.objects.filter(group=group, title=spec["title"]).exists():
                continue
            zone = zoneinfo.ZoneInfo(spec["time_zone"])
            day = today + timedelta(days=spec["days_from_now"])
            starts_at = datetime(day.year, day.month, day.day, *spec["local_time"], tzinfo=zone)
            organiser = group.memberships.get(role=Membership.Role.OWNER).user
            event = Event.objects.create(
                group=group,
                created_by=organiser,
                title=spec["title"],
                description=spec["description"],
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=spec["hours"]),
                time_zone=spec["time_zone"],
                format=spec["format"],
                venue=spec.get("venue", ""),
                address=spec.get("address", ""),
                city=spec.get("city", ""),
                country=group.country,
                online_url=spec.get("online_url", ""),
                capacity=spec["capacity"],
                created_at=starts_at - timedelta(days=30),
            )
            members = list(
                group.memberships.active().select_related("user").order_by("joined_at", "pk")
            )
            going = [membership.user for membership in members][: spec["attendees"]]
            for number, member in enumerate(going):
                objective, topic_slugs = demo_events.OBJECTIVES[
                    rng.randrange(len(demo_events.OBJECTIVES))
                ]
                rsvp_going(
                    event=event,
                    member=member,
                    objective=objective,
                    topics=[topics[slug] for slug in topic_slugs],
                    # Past events took their answers before they started.
                    added_by=organiser if spec["days_from_now"] < 0 or number == 0 else None,
                )
            if spec.get("cancelled"):
                event_cancel(event=event, organiser=organiser)
        self.demo_objective_matches(users)

    @staticmethod
    def demo_objective_matches(users):
        """The demo member goes to the Warsaw meetup, so its similar-goals list has people."""
        event = Event.objects.filter(group__slug="rekruterzy-it-polska").upcoming().first()
        demo = users["demo"]
        if event is not None and not RSVP.objects.filter(event=event, member=demo).exists():
            rsvp_going(
                event=event,
                member=demo,
                objective=(
                    "I want to learn how Polish candidates react when salary comes up on the "
                    "first call, and meet people hiring on B2B contracts."
                ),
                topics=Topic.objects.filter(
                    slug__in=["salary-and-compensation", "candidate-expectations"]
                ),
            )

    # -- direct messages ---------------------------------------------------------------

    def apply_messages(self, users):
        """The demo member's conversations (English, German, Hebrew, and Polish from the
        Warsaw meetup's similar-goals list), some unread, and a mass pitch they reported and
        blocked. Each conversation is found by its pair of members, so reruns add nothing."""
        demo = users["demo"]
        now = timezone.now().replace(second=0, microsecond=0)
        taken = set()
        planned = []
        for spec in demo_conversations.CONVERSATIONS:
            if spec["with"] == "similar_goals":
                other, event = self.similar_goals_partner(demo, taken)
            else:
                other, event = self.member_living_in(users, *spec["with"], taken=taken), None
            if other is not None:
                taken.add(other.pk)
                planned.append((spec, other, event))
        for spec, other, event in planned:
            if not Conversation.objects.between(demo, other).exists():
                self.seed_conversation(demo, other, spec, event, now)
        self.apply_mass_pitch(users, now)

    @staticmethod
    def member_living_in(users, country, city, *, taken):
        pool = sorted(
            (
                user
                for user in users.values()
                if str(user.home_country) == country
                and user.username not in ("demo", "admin")
                and user.pk not in taken
            ),
            key=lambda user: user.username,
        )
        in_city = [user for user in pool if user.city == city]
        return (in_city or pool or [None])[0]

    @staticmethod
    def similar_goals_partner(demo, taken):
        """Someone the demo member sees among the people with similar goals at the Warsaw
        meetup (apply_events puts the demo member on its list)."""
        event = Event.objects.filter(group__slug="rekruterzy-it-polska").upcoming().first()
        rsvp = (
            RSVP.objects.filter(event=event, member=demo).prefetch_related("topics").first()
            if event is not None
            else None
        )
        similar = people_with_similar_goals(rsvp) if rsvp is not None else []
        for person in similar:
            if person.member.username != "admin" and person.member_id not in taken:
                return person.member, event
        return None, None

    def seed_conversation(self, demo, other, spec, event, now):
        people = {"me": demo, "them": other}
        (author, hours, text), *replies = spec["messages"]
        first = conversation_start(
            sender=people[author],
            recipient=other if author == "me" else demo,
            body=text,
            started_from=spec["started_from"],
            event=event,
        )
        conversation = first.conversation
        sent = [(first, now - timedelta(hours=hours))]
        for author, hours, text in replies:
            message = message_send(conversation=conversation, sender=people[author], body=text)
            sent.append((message, now - timedelta(hours=hours)))
        self.backdate_conversation(conversation, sent)
        if spec["read"]:
            side = Participant.objects.get(conversation=conversation, member=demo)
            conversation_mark_read(participant=side)
            Participant.objects.filter(pk=side.pk).update(last_read_at=sent[-1][1])

    @staticmethod
    def backdate_conversation(conversation, sent):
        """Messages are sent in one moment; give them the times of the plan. Each side has
        read up to its own last message and was emailed about the rest."""
        for message, sent_at in sent:
            Message.objects.filter(pk=message.pk).update(created_at=sent_at)
        started_at, last_at = sent[0][1], sent[-1][1]
        Conversation.objects.filter(pk=conversation.pk).update(
            created_at=started_at, last_message_at=last_at
        )
        for side in Participant.objects.filter(conversation=conversation):
            own = [sent_at for message, sent_at in sent if message.sender_id == side.member_id]
            Participant.objects.filter(pk=side.pk).update(
                last_message_at=last_at,
                last_read_at=max(own) if own else None,
                email_notified_at=last_at if side.unread_count else None,
            )

    def apply_mass_pitch(self, users, now):
        """A "growth" account sends the same pitch to the demo member and two others; the
        demo member reports it (open in the admin's queue) and blocks the sender."""
        spec = demo_conversations.SPAMMER
        demo = users["demo"]
        spammer, _created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "email": spec["email"],
                "display_name": spec["display_name"],
                "headline": spec["headline"],
                "home_country": spec["country"],
                "date_joined": now - timedelta(days=spec["days_ago"]),
                "password": make_password(None),
            },
        )
        EmailAddress.objects.update_or_create(
            user=spammer, email=spammer.email, defaults={"verified": True, "primary": True}
        )
        targets = [demo] + [
            self.member_living_in(users, country, "", taken=set())
            for country in demo_conversations.SPAM_ALSO_TO
        ]
        sent_at = now - timedelta(hours=demo_conversations.SPAM_HOURS_AGO)
        for target in targets:
            if target is None or Conversation.objects.between(spammer, target).exists():
                continue
            message = conversation_start(
                sender=spammer,
                recipient=target,
                body=demo_conversations.SPAM_PITCH,
                started_from=Conversation.Origin.DIRECTORY,
            )
            self.backdate_conversation(message.conversation, [(message, sent_at)])
        pitch = Message.objects.filter(
            sender=spammer, conversation=Conversation.objects.between(spammer, demo).first()
        ).first()
        if (
            pitch is not None
            and not MessageReport.objects.filter(message=pitch, reporter=demo).exists()
        ):
            message_report(message=pitch, reporter=demo, **demo_conversations.REPORT)
            conversation_mark_read(
                participant=Participant.objects.get(conversation=pitch.conversation, member=demo)
            )
        member_block(blocker=demo, blocked=spammer)

    # -- summary ----------------------------------------------------------------------

    @staticmethod
    def policy_summary(groups):
        counts = {}
        for group in groups.values():
            counts[group.join_policy] = counts.get(group.join_policy, 0) + 1
        return ", ".join(f"{count} {policy}" for policy, count in sorted(counts.items()))

    def report(self, plan, groups, seconds):
        memberships = Membership.objects.filter(group__in=groups.values())
        questions = Question.objects.filter(group__in=groups.values())
        usernames = list(plan.people)
        totals = {
            "users": User.objects.filter(username__in=usernames).count(),
            "groups": len(groups),
            "memberships": memberships.count(),
            "questions": questions.count(),
            "answers": Answer.objects.filter(question__in=questions).count(),
        }
        countries = len({spec.country for spec in plan.groups})
        lines = [
            f"Demo data ready in {seconds:.1f}s (created this run in brackets):",
            f"  members      {totals['users']:>4}  (+{self.created['users']})",
            f"  groups       {totals['groups']:>4}  (+{self.created['groups']}) "
            f"in {countries} countries",
            f"  memberships  {totals['memberships']:>4}  (+{self.created['memberships']}) "
            f"active or pending: {memberships.pending().count()} pending, "
            f"{memberships.filter(role=Membership.Role.MODERATOR).count()} moderators",
            f"  questions    {totals['questions']:>4}  (+{self.created['questions']}), "
            f"{questions.cross_region().count()} across regions, "
            f"{questions.filter(answer_count=0).count()} unanswered",
            f"  answers      {totals['answers']:>4}  (+{self.created['answers']})",
            f"  join policies: {self.policy_summary(groups)}; "
            f"{EmailInvitation.objects.filter(group__in=groups.values()).count()} email "
            f"invitations, {InvitationLink.objects.filter(group__in=groups.values()).count()} "
            f"invitation links, "
            f"{memberships.filter(status=Membership.Status.BANNED).count()} banned",
            f"  events       {Event.objects.filter(group__in=groups.values()).count():>4}, "
            f"{RSVP.objects.filter(event__group__in=groups.values()).count()} RSVPs",
            f"  messages     {Message.objects.count():>4} in "
            f"{Conversation.objects.count()} conversations, "
            f"{MessageReport.objects.filter(status=MessageReport.Status.OPEN).count()} open "
            "reports",
            f"  guides       {NormEntry.objects.count():>4} entries in "
            f"{NormEntry.objects.values('country').distinct().count()} countries, "
            f"{NormConfirmation.objects.count()} confirmations",
            demo_moderation.summary(),
            "",
            f"Demo login: {data.DEMO_USER['email']} / {data.DEMO_PASSWORD}",
            f"Admin login: {data.ADMIN_USER['email']} / {data.DEMO_PASSWORD}",
        ]
        self.stdout.write("\n".join(lines))


def users_by_pk(users, pk):
    return next(user for user in users.values() if user.pk == pk)
