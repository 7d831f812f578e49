"""The rows: members, groups, questions with their threads, and events, streamed table by
table (several tables at once within a phase) with every denormalised counter computed from
the rows written next to it.

Within a phase the parent row is written after its children: a group after its
memberships (``member_count``, ``last_activity_at``), a question after its answers, votes
and comments (``answer_count``, ``local_answer_count``, ``comment_count``, ``score``,
``accepted_answer``), an event after its RSVPs (``going_count``, ``waitlist_count``).
"""

import uuid
from bisect import bisect_right
from itertools import accumulate
from random import Random

from allauth.account.models import EmailAddress
from django.conf import settings
from slugify import slugify

from events.models import RSVP, Event
from groups.models import Group, Membership, MembershipEvent
from members.models import Specialism, SpokenLanguage, User
from notifications.models import Follow, Notification
from questions.models import Answer, Comment, Question, Tag, Vote

from . import texts
from .names import NAME_BANKS
from .plans import BENCH_EMAIL, BENCH_USERNAME, EMAIL_DOMAIN
from .population import (
    ACTIVE,
    APPROVAL,
    BANNED,
    DAY,
    DECLINED,
    MODERATOR,
    OWNER,
    PENDING,
    Timeline,
    lomax_count,
    positive_gap,
)
from .world import COUNTRIES, NEIGHBOUR_LANGUAGES

ROLE_NAMES = {OWNER: "owner", MODERATOR: "moderator", 0: "member"}
STATUS_NAMES = {ACTIVE: "active", PENDING: "pending", DECLINED: "declined", BANNED: "banned"}
SPECIALISM_WEIGHTS = {
    Specialism.TECH: 30,
    Specialism.SOURCING: 12,
    Specialism.IN_HOUSE: 12,
    Specialism.AGENCY: 10,
    Specialism.HEALTHCARE: 8,
    Specialism.FINANCE: 6,
    Specialism.ENGINEERING: 6,
    Specialism.SALES: 6,
    Specialism.HR: 6,
    Specialism.EXECUTIVE_SEARCH: 4,
    Specialism.RPO: 3,
    Specialism.EMPLOYER_BRANDING: 3,
    Specialism.CAMPUS: 2,
    Specialism.PUBLIC_SECTOR: 2,
}
THEME_WEIGHTS = {
    "salary": 3,
    "notice": 2,
    "sourcing": 2,
    "referrals": 1,
    "counteroffer": 1,
    "interviews": 1.5,
    "relocation": 1,
    "privacy": 1,
}
INTERFACE_LANGUAGES = {code for code, _name in settings.LANGUAGES}
VENUES = ("Impact Hub", "WeWork", "Coworking Hub", "Tech Hub", "Startup Campus", "Café Central")

# What each phase writes: table key → (model, generated columns by attname).
MEMBER_TABLES = {
    "members": (
        User,
        [
            "id",
            "password",
            "username",
            "first_name",
            "last_name",
            "date_joined",
            "last_login",
            "email",
            "display_name",
            "headline",
            "home_country",
            "city",
            "specialisms",
            "years_in_recruiting",
            "bio",
            "linkedin_url",
            "profile_visibility",
            "interface_language",
            "time_zone",
        ],
    ),
    "spoken languages": (SpokenLanguage, ["id", "member_id", "language_id", "level"]),
    "reading languages": (User.reading_languages.through, ["id", "user_id", "language_id"]),
    "email addresses": (EmailAddress, ["id", "user_id", "email", "verified", "primary"]),
}
GROUP_TABLES = {
    "groups": (
        Group,
        [
            "id",
            "name",
            "slug",
            "country",
            "city",
            "description",
            "rules",
            "join_policy",
            "admission_questions",
            "member_count",
            "created_at",
            "last_activity_at",
        ],
    ),
    "group languages": (Group.languages.through, ["id", "group_id", "language_id"]),
    "memberships": (
        Membership,
        [
            "id",
            "user_id",
            "group_id",
            "role",
            "status",
            "requested_at",
            "joined_at",
            "admission_answers",
            "rules_accepted_at",
            "decided_at",
            "decided_by_id",
        ],
    ),
    "membership log": (
        MembershipEvent,
        ["id", "group_id", "action", "actor_id", "member_id", "created_at"],
    ),
}
QUESTION_TABLES = {
    "tags": (Tag, ["id", "name"]),
    "questions": (
        Question,
        [
            "id",
            "group_id",
            "author_id",
            "title",
            "body",
            "language_id",
            "asker_country",
            "target_country",
            "regions",
            "score",
            "answer_count",
            "local_answer_count",
            "comment_count",
            "accepted_answer_id",
            "created_at",
            "last_activity_at",
            "edited_at",
            "deleted_at",
        ],
    ),
    "question topics": (Question.topics.through, ["id", "question_id", "topic_id"]),
    "question tags": (Question.tags.through, ["id", "question_id", "tag_id"]),
    "answers": (
        Answer,
        [
            "id",
            "question_id",
            "author_id",
            "body",
            "language_id",
            "region",
            "is_local",
            "score",
            "comment_count",
            "created_at",
            "edited_at",
            "deleted_at",
        ],
    ),
    "votes": (Vote, ["id", "voter_id", "question_id", "answer_id", "value", "created_at"]),
    "comments": (
        Comment,
        ["id", "author_id", "question_id", "answer_id", "body", "created_at", "deleted_at"],
    ),
    "follows": (Follow, ["id", "follower_id", "question_id", "created_at"]),
    "notifications": (
        Notification,
        [
            "id",
            "recipient_id",
            "kind",
            "actor_id",
            "question_id",
            "answer_id",
            "created_at",
            "read_at",
            "emailed_at",
        ],
    ),
}
EVENT_TABLES = {
    "events": (
        Event,
        [
            "id",
            "group_id",
            "title",
            "description",
            "starts_at",
            "ends_at",
            "time_zone",
            "format",
            "venue",
            "address",
            "city",
            "country",
            "online_url",
            "capacity",
            "rsvp_deadline",
            "visibility",
            "admits_visitors",
            "going_count",
            "waitlist_count",
            "uid",
            "created_by_id",
            "created_at",
            "updated_at",
            "cancelled_at",
        ],
    ),
    "rsvps": (
        RSVP,
        ["id", "event_id", "member_id", "status", "responded_at", "objective", "reminded_at"],
    ),
}
PHASES = [
    ("members", MEMBER_TABLES),
    ("groups", GROUP_TABLES),
    ("questions", QUESTION_TABLES),
    ("events", EVENT_TABLES),
]


def fill_models():
    return [model for _phase, tables in PHASES for model, _columns in tables.values()]


class Context:
    """What every phase shares: the plan, the population, the composer and reference ids."""

    def __init__(self, *, plan, seed, now, population, composer, topics, password):
        self.plan = plan
        self.seed = seed
        self.now = now
        self.population = population
        self.composer = composer
        self.topics = topics  # slug → id
        self.password = password
        self.languages = population.languages
        self.hot_questions = []  # (answers, question id) of threads with 50+ answers
        self.bench_groups = []

    def rng(self, phase):
        return Random(f"{self.seed}:{phase}")

    def writing_language(self, country_index):
        language = COUNTRIES[country_index].language
        return language if language in texts.BANKS else "en"


def _weighted_picker(rng, weights):
    items = list(weights)
    cumulative = list(accumulate(weights[item] for item in items))
    total = cumulative[-1]

    def pick():
        return items[min(bisect_right(cumulative, rng.random() * total), len(items) - 1)]

    return pick


def _city_pickers(rng):
    pickers = []
    for country in COUNTRIES:
        cumulative = list(accumulate(city.weight for city in country.cities))
        pickers.append((country.cities, cumulative))

    def pick(country_index):
        cities, cumulative = pickers[country_index]
        index = bisect_right(cumulative, rng.random() * cumulative[-1])
        return cities[min(index, len(cities) - 1)]

    return pick


# Members -----------------------------------------------------------------------------------


def write_members(context, streams, tick):
    population, composer, plan = context.population, context.composer, context.plan
    rng = context.rng("members")
    composer.rng = rng
    members = streams["members"]
    spoken, reading, emails = (
        streams["spoken languages"],
        streams["reading languages"],
        streams["email addresses"],
    )
    city_of = _city_pickers(rng)
    specialism = _weighted_picker(rng, SPECIALISM_WEIGHTS)
    usernames = {}
    spoken_id = reading_id = 0
    now = context.now
    available = context.languages
    for user_id in range(1, plan.members + 1):
        country_index = population.user_country[user_id]
        country = COUNTRIES[country_index]
        city = city_of(country_index)
        bank = NAME_BANKS[country.names]
        female = rng.random() < 0.55
        first = rng.choice(bank["female"] if female else bank["male"])
        surname = rng.choice(bank["surnames"])
        if "/" in surname:
            male_form, female_form = surname.split("/")
            surname = female_form if female else male_form
        first_latin, _, first_native = first.partition("|")
        last_latin, _, last_native = surname.partition("|")
        display = f"{first_latin} {last_latin}"
        if first_native and last_native and rng.random() < 0.35:
            display = f"{first_native} {last_native}"
        if user_id <= plan.bench_members:
            username = BENCH_USERNAME.format(number=user_id)
            email = BENCH_EMAIL.format(number=user_id)
        else:
            key = (first_latin, last_latin)
            base = usernames.get(key)
            if base is None:
                base = slugify(f"{first_latin} {last_latin}", separator=".", max_length=60)
                usernames[key] = base
            username = f"{base}.{user_id}"
            email = f"{username}@{EMAIL_DOMAIN}"
        language = context.writing_language(country_index)
        joined = population.user_joined[user_id]
        specialisms = sorted({specialism() for _ in range(rng.choice((1, 1, 2, 2, 3)))})
        roll = rng.random()
        interface = country.language if country.language in INTERFACE_LANGUAGES else "en"
        members.write(
            (
                user_id,
                context.password,
                username,
                first_latin[:150],
                last_latin[:150],
                joined,
                joined + rng.random() * (now - joined) if roll < 0.6 else None,
                email,
                display[:80],
                composer.headline(language, city) if rng.random() < 0.75 else "",
                country.code,
                city.name,
                specialisms,
                rng.randint(1, 25) if rng.random() < 0.7 else None,
                composer.bio(language, city) if rng.random() < 0.3 else "",
                f"https://www.linkedin.com/in/{username.replace('.', '-')}"
                if rng.random() < 0.35
                else "",
                "public" if rng.random() < 0.92 else "groups",
                interface if rng.random() < 0.6 else "",
                city.zone if rng.random() < 0.4 else "",
            )
        )
        languages = []
        if country.language in available:
            languages.append((country.language, "native"))
        for other in country.languages[1:]:
            if other in available and rng.random() < 0.5:
                languages.append((other, "fluent"))
        if country.language != "en" and rng.random() < country.english:
            languages.append(("en", "fluent" if rng.random() < 0.6 else "working"))
        neighbours = NEIGHBOUR_LANGUAGES.get(country.language)
        if neighbours and rng.random() < 0.15:
            languages.append((rng.choice(neighbours), "working"))
        seen = set()
        for code, level in languages:
            if code in seen or code not in available:
                continue
            seen.add(code)
            spoken_id += 1
            spoken.write((spoken_id, user_id, code, level))
            if level != "working":
                reading_id += 1
                reading.write((reading_id, user_id, code))
        emails.write(
            (user_id, user_id, email, user_id <= plan.bench_members or rng.random() < 0.97, True)
        )
        if user_id % 1000 == 0:
            tick(user_id)
    tick(plan.members)


# Groups ------------------------------------------------------------------------------------

SLUG_MAX_LENGTH = Group._meta.get_field("slug").max_length
RESERVED_SLUGS = {"new", "invitations"}


def write_groups(context, streams, tick):
    population, composer = context.population, context.composer
    rng = context.rng("groups")
    composer.rng = rng
    groups, group_languages = streams["groups"], streams["group languages"]
    memberships, log = streams["memberships"], streams["membership log"]
    now = context.now
    taken, numbers = set(RESERVED_SLUGS), {}
    membership_id = language_row_id = 0
    user_joined = population.user_joined
    member_ids, member_status, member_role = (
        population.member_ids,
        population.member_status,
        population.member_role,
    )
    for index in range(len(population.group_created)):
        group_id = index + 1
        country = COUNTRIES[population.group_country[index]]
        city = country.cities[population.group_city[index]]
        language = population.group_language[index]
        policy = population.group_policy[index]
        created = population.group_created[index]
        owner = population.group_owner[index]
        name = composer.group_name(language, city)[:120]
        base = slugify(name, max_length=SLUG_MAX_LENGTH - 6, word_boundary=True) or "group"
        slug, number = base, numbers.get(base, 1)
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        numbers[base] = number
        taken.add(slug)
        description = composer.group_description(language, city)
        rules = composer.group_rules(language) if rng.random() < 0.35 else ""
        questions = []
        if policy == APPROVAL and rng.random() < 0.6:
            questions = composer.admission_questions(language, rng.randint(1, 3))

        last_activity = created
        start, end = population.members_slice(index)
        for position in range(start, end):
            user = member_ids[position]
            status = member_status[position]
            role = member_role[position]
            base_time = max(created, user_joined[user])
            decided_at = decided_by = joined = None
            if role == OWNER:
                requested = joined = created
            elif status == PENDING:
                requested = max(base_time, now - rng.random() * 20 * DAY)
            else:
                requested = min(base_time + positive_gap(rng, 120), now - 3600)
                requested = max(requested, base_time)
                if status == ACTIVE:
                    joined = requested
                    if policy == APPROVAL:
                        joined = min(requested + positive_gap(rng, 1), now - 60)
                        decided_at, decided_by = joined, owner
                elif status == DECLINED:
                    decided_at = min(requested + positive_gap(rng, 2), now - 60)
                    decided_by = owner
                else:  # banned after having been a member
                    joined = requested
                    decided_at = min(requested + positive_gap(rng, 60), now - 60)
                    decided_by = owner
            answers = []
            if questions and role != OWNER:
                answers = composer.admission_answers(language, len(questions), city)
            membership_id += 1
            memberships.write(
                (
                    membership_id,
                    user,
                    group_id,
                    ROLE_NAMES[role],
                    STATUS_NAMES[status],
                    requested,
                    joined,
                    answers,
                    joined if rules and status == ACTIVE else None,
                    decided_at,
                    decided_by,
                )
            )
            last_activity = max(last_activity, joined or decided_at or requested)
        groups.write(
            (
                group_id,
                name,
                slug,
                country.code,
                city.name,
                description,
                rules,
                policy,
                questions,
                population.group_active[index],
                created,
                last_activity,
            )
        )
        for code in (language, population.group_second_language[index]):
            if code:
                language_row_id += 1
                group_languages.write((language_row_id, group_id, code))
        log.write((group_id, group_id, "create", owner, owner, created))
        if group_id % 200 == 0:
            tick(group_id)
    tick(len(population.group_created))


# Questions and their threads ---------------------------------------------------------------


class _Ids:
    def __init__(self):
        self.answer = self.vote = self.comment = self.follow = self.notification = 0
        self.question_topic = self.question_tag = 0


def _post_language(rng, asker_language, target_language):
    if asker_language == target_language:
        return asker_language
    roll = rng.random()
    if roll < 0.6:
        return "en"
    return target_language if roll < 0.85 else asker_language


def write_questions(context, streams, tick):
    population, composer, plan = context.population, context.composer, context.plan
    rng = context.rng("questions")
    composer.rng = rng
    now = context.now
    s_questions, s_answers = streams["questions"], streams["answers"]
    s_votes, s_comments = streams["votes"], streams["comments"]
    s_follows, s_notifications = streams["follows"], streams["notifications"]
    s_topics, s_tags = streams["question topics"], streams["question tags"]

    tag_ids = {}
    for theme in texts.THEMES:
        for name in texts.THEME_TAGS[theme]:
            if name not in tag_ids:
                tag_ids[name] = len(tag_ids) + 1
                streams["tags"].write((tag_ids[name], name))
    theme_of = _weighted_picker(rng, THEME_WEIGHTS)
    topics = context.topics

    count = plan.questions
    timeline = Timeline(population.start, now, count, offset_days=10)
    # Hot threads are asked late enough that many members can answer them.
    hot = set(rng.sample(range(count * 2 // 3, count), min(plan.hot_questions, count // 3)))
    regular_answers = max(plan.answers - 85 * len(hot), 0) / max(count - len(hot), 1)
    question_votes_mean = plan.question_votes / max(count, 1)
    answer_votes_mean = plan.answer_votes / max(plan.answers, 1)
    question_comments_mean = plan.question_comments / max(count, 1)
    answer_comments_mean = plan.answer_comments / max(plan.answers, 1)
    ids = _Ids()
    user_country = population.user_country
    country_index = population.country_index

    def comments_on(kind, post_id, post_time, mean, language, city, asker):
        """Write comments under a post; returns (live comments, last comment time)."""
        live, last = 0, post_time
        for _ in range(lomax_count(rng, mean, alpha=2.5, cap=40)):
            written = min(post_time + positive_gap(rng, 2), now - 60)
            if rng.random() < 0.4 and asker:
                author = asker
            else:
                author = population.member_anywhere(rng, written)
            deleted = min(written + positive_gap(rng, 3), now - 30) if rng.random() < 0.01 else None
            ids.comment += 1
            comment_language = (
                context.writing_language(user_country[author]) if rng.random() < 0.5 else language
            )
            s_comments.write(
                (
                    ids.comment,
                    author,
                    post_id if kind == "question" else None,
                    post_id if kind == "answer" else None,
                    composer.comment(comment_language, city),
                    written,
                    deleted,
                )
            )
            if deleted is None:
                live += 1
            last = max(last, written)
        return live, last

    def votes_on(kind, post_id, post_time, author, mean):
        """Write votes on a post; returns its score."""
        wanted = lomax_count(rng, mean, alpha=2.0, cap=400)
        if not wanted:
            return 0
        cutoff = population.members_joined_by(min(post_time + 30 * DAY, now))
        wanted = min(wanted, cutoff - 1)
        if wanted <= 0:
            return 0
        voters = rng.sample(range(1, cutoff + 1), wanted + 1)
        if author in voters:
            voters.remove(author)
        else:
            voters.pop()
        score = 0
        for voter in voters:
            value = 1 if rng.random() < 0.86 else -1
            score += value
            ids.vote += 1
            s_votes.write(
                (
                    ids.vote,
                    voter,
                    post_id if kind == "question" else None,
                    post_id if kind == "answer" else None,
                    value,
                    min(post_time + positive_gap(rng, 3), now - 60),
                )
            )
        return score

    for index in range(count):
        question_id = index + 1
        asked = timeline.at(index, rng)
        group = population.random_group(rng, asked)
        target = population.group_country[group]
        target_country = COUNTRIES[target]
        city = target_country.cities[population.group_city[group]]
        # Most questions cross a border.
        home = population.random_country(rng, exclude=target) if rng.random() < 0.8 else target
        asker = population.member_in(rng, home, asked) or population.member_anywhere(rng, asked)
        asker_home = user_country[asker]
        regions = [target_country.code]
        if rng.random() < 0.08:
            for _ in range(rng.randint(1, 3)):
                code = COUNTRIES[population.random_country(rng, exclude=target)].code
                if code not in regions:
                    regions.append(code)
        language = _post_language(
            rng,
            context.writing_language(asker_home),
            context.writing_language(target),
        )
        theme = theme_of()
        title, folded_title, body, folded_body = composer.question(
            language, theme, target_country.code, city
        )

        # The thread.
        is_hot = index in hot
        if is_hot:
            answer_total = rng.randint(50, 120)
        else:
            answer_total = lomax_count(rng, regular_answers, alpha=2.3, cap=45)
        answerers = {asker}
        answer_count = local_count = 0
        last_activity = asked
        best = None  # (score, -answer id) of the best live answer
        region_indexes = [country_index[code] for code in regions]
        answer_time = asked
        for _ in range(answer_total):
            answer_time = min(answer_time + positive_gap(rng, 0.6 if is_hot else 1.5), now - 120)
            roll = rng.random()
            if roll < 0.45:
                author = population.member_in(rng, rng.choice(region_indexes), answer_time, 1.8)
            elif roll < 0.7:
                members = population.active_members_sample(rng, group, 1)
                author = members[0] if members else None
            else:
                author = population.member_anywhere(rng, answer_time, 1.3)
            attempts = 0
            while author is None or author in answerers:
                attempts += 1
                if attempts > (20 if is_hot else 2):
                    break
                author = population.member_anywhere(rng, answer_time)
            if author in answerers:
                continue
            answerers.add(author)
            author_home = user_country[author]
            is_local = author_home == target or population.is_active_member(group, author)
            answer_language = (
                language if rng.random() < 0.75 else context.writing_language(author_home)
            )
            ids.answer += 1
            answer_id = ids.answer
            deleted = None
            if rng.random() < 0.005:
                deleted = min(answer_time + positive_gap(rng, 5), now - 60)
            score = votes_on(
                "answer",
                answer_id,
                answer_time,
                author,
                answer_votes_mean * (3 if is_hot else 1),
            )
            comment_live, comment_last = comments_on(
                "answer",
                answer_id,
                answer_time,
                answer_comments_mean,
                answer_language,
                city,
                asker,
            )
            answer_body, folded_answer = composer.answer(
                answer_language, theme, target_country.code, city
            )
            s_answers.write(
                (
                    answer_id,
                    question_id,
                    author,
                    answer_body,
                    answer_language,
                    COUNTRIES[author_home].code,
                    is_local,
                    score,
                    comment_live,
                    answer_time,
                    min(answer_time + positive_gap(rng, 1), now - 60)
                    if rng.random() < 0.04
                    else None,
                    deleted,
                    folded_answer,
                )
            )
            ids.follow += 1
            s_follows.write((ids.follow, author, question_id, answer_time))
            last_activity = max(last_activity, answer_time, comment_last)
            if deleted is None:
                answer_count += 1
                local_count += is_local
                if best is None or (score, -answer_id) > best[:2]:
                    best = (score, -answer_id, author, answer_time)
                ids.notification += 1
                s_notifications.write(
                    (
                        ids.notification,
                        asker,
                        "answer_to_my_question",
                        author,
                        question_id,
                        answer_id,
                        answer_time,
                        _read_at(rng, answer_time, now),
                        answer_time + 60,
                    )
                )
        accepted = None
        if best is not None and rng.random() < (0.6 if is_hot else 0.35):
            accepted = -best[1]
            accepted_at = min(best[3] + positive_gap(rng, 2), now - 60)
            ids.notification += 1
            s_notifications.write(
                (
                    ids.notification,
                    best[2],
                    "my_answer_accepted",
                    asker,
                    question_id,
                    accepted,
                    accepted_at,
                    _read_at(rng, accepted_at, now),
                    accepted_at + 60,
                )
            )
        score = votes_on(
            "question",
            question_id,
            asked,
            asker,
            question_votes_mean * (4 if is_hot else 1),
        )
        comment_live, comment_last = comments_on(
            "question", question_id, asked, question_comments_mean, language, city, None
        )
        last_activity = min(max(last_activity, comment_last), now - 60)
        topic_slugs = texts.THEME_TOPICS[theme]
        chosen_topics = [topic_slugs[0]]
        if rng.random() < 0.35:
            chosen_topics.append(rng.choice(topic_slugs[1:]))
        for slug in dict.fromkeys(chosen_topics):
            if slug in topics:
                ids.question_topic += 1
                s_topics.write((ids.question_topic, question_id, topics[slug]))
        theme_tags = texts.THEME_TAGS[theme]
        for name in rng.sample(theme_tags, rng.choice((0, 1, 1, 2, 3))):
            ids.question_tag += 1
            s_tags.write((ids.question_tag, question_id, tag_ids[name]))
        s_questions.write(
            (
                question_id,
                group + 1,
                asker,
                title,
                body,
                language,
                COUNTRIES[asker_home].code,
                target_country.code,
                regions,
                score,
                answer_count,
                local_count,
                comment_live,
                accepted,
                asked,
                last_activity,
                min(asked + positive_gap(rng, 0.5), now - 60) if rng.random() < 0.05 else None,
                min(asked + positive_gap(rng, 10), now - 60) if rng.random() < 0.003 else None,
                folded_title,
                folded_body,
            )
        )
        ids.follow += 1
        s_follows.write((ids.follow, asker, question_id, asked))
        if answer_count >= 50:
            context.hot_questions.append((answer_count, question_id))
        if question_id % 500 == 0:
            tick(question_id)
    tick(count)


def _read_at(rng, created, now):
    """Older notifications were mostly read; the last two weeks' mostly not."""
    if created < now - 14 * DAY:
        return min(created + positive_gap(rng, 1), now - 60) if rng.random() < 0.9 else None
    return min(created + positive_gap(rng, 1), now - 60) if rng.random() < 0.3 else None


# Events ------------------------------------------------------------------------------------


def write_events(context, streams, tick):
    population, composer, plan = context.population, context.composer, context.plan
    rng = context.rng("events")
    composer.rng = rng
    now = context.now
    events, rsvps = streams["events"], streams["rsvps"]
    going_mean = plan.rsvps / max(plan.events, 1) * 0.8
    rsvp_id = 0
    for index in range(plan.events):
        event_id = index + 1
        upcoming = rng.random() < 0.18
        if upcoming:
            group = population.random_group(rng)
            starts = now + rng.uniform(1, 120) * DAY
        else:
            group = population.random_group(rng)
            earliest = population.group_created[group] + 7 * DAY
            if earliest >= now - 2 * DAY:
                starts = now + rng.uniform(1, 60) * DAY
            else:
                starts = rng.uniform(earliest, now - DAY)
        starts = float(int(starts // 1800) * 1800)  # on the hour or half past
        ends = starts + rng.choice((1.5, 2, 2, 3, 8)) * 3600
        country = COUNTRIES[population.group_country[group]]
        city = country.cities[population.group_city[group]]
        language = population.group_language[group]
        online = rng.random() < 0.25
        created = max(population.group_created[group], starts - rng.uniform(7, 45) * DAY)
        created = min(created, now - 3600)
        capacity = max(10, min(400, int(10 + lomax_count(rng, going_mean * 1.5, alpha=2.0))))
        owner = population.group_owner[group]
        cancelled = None
        if rng.random() < 0.03:
            cancelled = min(created + (starts - created) * rng.random(), now - 60)
        wanted_going = min(capacity, lomax_count(rng, going_mean, alpha=2.2))
        waitlisted = rng.randint(1, 8) if wanted_going >= capacity else 0
        not_going = rng.randint(0, 3) if rng.random() < 0.3 else 0
        people = population.active_members_sample(rng, group, wanted_going + waitlisted + not_going)
        going_count = min(len(people), wanted_going)
        # A waitlist only forms once every place is taken.
        waitlist_count = (
            min(len(people) - going_count, waitlisted) if going_count == capacity else 0
        )
        answered_until = min(starts, now) - 60
        for position, member in enumerate(people):
            if position < going_count:
                status = "going"
            elif position < going_count + waitlist_count:
                status = "waitlisted"
            else:
                status = "not_going"
            responded = created + (answered_until - created) * (
                (position + rng.random()) / (len(people) + 1)
            )
            reminded = None
            if status == "going" and starts - DAY < now and starts - DAY > responded:
                reminded = starts - DAY
            rsvp_id += 1
            rsvps.write(
                (
                    rsvp_id,
                    event_id,
                    member,
                    status,
                    responded,
                    composer.objective(language, city) if rng.random() < 0.3 else "",
                    reminded,
                )
            )
        venue = "" if online else f"{rng.choice(VENUES)} {city.name}"
        events.write(
            (
                event_id,
                group + 1,
                composer.event_title(language, city),
                composer.event_description(language, city),
                starts,
                ends,
                city.zone,
                "online" if online else "in_person",
                venue[:160],
                "" if online or rng.random() < 0.5 else f"{rng.randint(1, 120)} {city.name}",
                "" if online and rng.random() < 0.5 else city.name,
                country.code,
                f"https://meet.example.test/{event_id}" if online else "",
                capacity,
                starts - DAY if rng.random() < 0.4 and starts - DAY > created else None,
                "public" if rng.random() < 0.85 else "members",
                rng.random() < 0.8,
                going_count,
                waitlist_count,
                uuid.UUID(int=rng.getrandbits(128), version=4),
                owner,
                created,
                created,
                cancelled,
            )
        )
        if event_id % 100 == 0:
            tick(event_id)
    tick(plan.events)
