"""The machinery of the authorization matrix (tests/recruitcommunity/test_authorization_matrix.py):
every URL pattern the project serves, read from Django's resolver; a world with someone in
every role and objects both public and private; what a response is expected to be; and a
fingerprint of the database to show that a refused request wrote nothing."""

import copy
import re
from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

# The people every page is tried with. Roles are about the group "Rekruterzy Warszawa"
# (world.group): its owner, a moderator, a plain member, a member whose email address is not
# confirmed, the moderator of another group, site staff, and nobody signed in.
ROLES = ("anonymous", "unverified", "member", "moderator", "owner", "other_moderator", "staff")

# Distinctive text kept in private places. The world says which roles may see each; a page
# shown to anyone else must not contain it.
CONVERSATION_MARKER = "Quokka7 salary band for the Gdansk role"
REPORTED_MESSAGE_MARKER = "Narwhal3 send me your passport scan"
REPORT_NOTE_MARKER = "Ibis5 this looks like a scam"
HIDDEN_QUESTION_MARKER = "Okapi2 hidden question about agencies"
HIDDEN_ANSWER_MARKER = "Tapir4 hidden answer naming a candidate"
MEMBERS_EVENT_MARKER = "Axolotl8 members-only breakfast"
PRIVATE_PROFILE_MARKER = "Pangolin6 headhunter for hire"
FLAG_NOTE_MARKER = "Wombat9 the asker is a recruiter spammer"
ADMISSION_ANSWER_MARKER = "Dugong1 I recruit for a bank in Krakow"
INVITED_ADDRESS_MARKER = "invitee-kestrel@example.com"


@dataclass(frozen=True)
class Pattern:
    """One URL pattern: its key ("namespace:name", or the route of an unnamed pattern),
    the route as written, the names of its arguments and the view's dotted path."""

    key: str
    route: str
    arguments: tuple
    view: str
    namespace: str = ""


def _arguments(pattern):
    """The names of the arguments a route or regex pattern captures."""
    converters = getattr(pattern, "converters", None)
    if converters:
        return tuple(converters)
    return tuple(pattern.regex.groupindex)


def url_patterns(resolver=None, prefix="", namespace="", arguments=()):
    """Every URL pattern below the resolver (the project's root URLconf by default),
    depth first, as Pattern rows."""
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        captured = arguments + _arguments(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            found += url_patterns(entry, route, inner, captured)
        elif isinstance(entry, URLPattern):
            if entry.name:
                key = f"{namespace}:{entry.name}" if namespace else entry.name
            else:
                key = route
            found.append(Pattern(key, route, captured, entry.lookup_str, namespace))
    return found


# What a response should be ---------------------------------------------------------------

LOGIN = "login"  # a redirect to the sign-in page, with ?next=
REDIRECT = "redirect"  # a redirect anywhere but the sign-in page
SKIP = "skip"  # authorised for a write: the refusal checks leave it alone


def rule(default, **per_role):
    """{role: expected} for every role: `default` unless the role is named."""
    unknown = set(per_role) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    return {role: per_role.get(role, default) for role in ROLES}


def describe(expected):
    if isinstance(expected, tuple):
        return " or ".join(describe(one) for one in expected)
    return str(expected)


def response_matches(response, expected, login_path):
    """Whether the response is what `expected` (a status, LOGIN, REDIRECT or a tuple of
    them) says."""
    if isinstance(expected, tuple):
        return any(response_matches(response, one, login_path) for one in expected)
    location = response.headers.get("Location", "")
    if expected == LOGIN:
        return response.status_code == 302 and location.startswith(login_path)
    if expected == REDIRECT:
        return response.status_code in (301, 302) and not location.startswith(login_path)
    return response.status_code == expected


def is_refusal(expected):
    """A refusal: sent to sign in, forbidden, not found, gone or method not allowed."""
    if isinstance(expected, tuple):
        return all(is_refusal(one) for one in expected)
    return expected == LOGIN or expected in (400, 403, 404, 405, 410)


# Nothing written -------------------------------------------------------------------------

# Tables a refused request may legitimately touch: the session of the signed-in test client
# and the cache table (rate-limit counters, when the cache is the database).
UNWATCHED_TABLES = {"django_session", "recruitcommunity_cache"}


@dataclass
class DatabaseFingerprint:
    """One md5 per table of every installed app, over all its rows: any insert, update or
    delete changes it. Read in one query."""

    tables: list = field(default_factory=list)

    def __post_init__(self):
        existing = set(connection.introspection.table_names())
        self.tables = sorted(
            {
                model._meta.db_table
                for model in apps.get_models(include_auto_created=True)
                if model._meta.managed and not model._meta.proxy
            }
            & existing - UNWATCHED_TABLES
        )
        parts = [
            f"SELECT '{table}', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
            f'FROM "{table}" AS t'
            for table in self.tables
        ]
        self.query = " UNION ALL ".join(parts)

    def take(self):
        with connection.cursor() as cursor:
            cursor.execute(self.query)
            return dict(cursor.fetchall())


def changed_tables(before, after):
    return sorted(table for table in before if before[table] != after.get(table))


# The world -------------------------------------------------------------------------------


def build_world():
    """Two groups and someone in every role, with public and private objects of every
    app. Returns a namespace of people (world.people[role]) and objects."""
    from allauth.account.models import EmailAddress

    from conversations.models import Message, MessageReport
    from conversations.services import conversation_start, message_send
    from conversations.tokens import unsubscribe_token as message_unsubscribe_token
    from events.models import RSVP, Event
    from groups.models import Group, InvitationLink, Membership
    from groups.services import (
        invitation_link_create,
        invitation_link_revoke,
        invitations_import_csv,
        membership_join,
    )
    from moderation.models import Flag
    from moderation.services import content_hide, flag_create
    from norms.models import NormProposal, NormTopic
    from norms.services import norm_entry_create
    from notifications.models import Notification
    from notifications.tokens import unsubscribe_token as notification_unsubscribe_token
    from questions.models import Answer, Question, Topic
    from questions.services import answer_accept, answer_post, comment_post, question_ask
    from tests.factories import (
        EventFactory,
        GroupFactory,
        MembershipFactory,
        RSVPFactory,
        UserFactory,
        language,
    )

    long_ago = timezone.now() - timedelta(days=400)
    english = language("en")
    Role = Membership.Role

    def person(username, **fields):
        fields.setdefault("date_joined", long_ago)
        return UserFactory(username=username, email=f"{username}@example.com", **fields)

    w = SimpleNamespace()
    w.group = GroupFactory(
        name="Rekruterzy Warszawa",
        slug="rekruterzy-warszawa",
        country="PL",
        city="Warszawa",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?"],
        languages=["pl", "en"],
    )
    w.other_group = GroupFactory(
        name="Recruiting Berlin",
        slug="recruiting-berlin",
        country="DE",
        city="Berlin",
        join_policy=Group.JoinPolicy.OPEN,
        languages=["de", "en"],
    )
    owner = person("owner", display_name="Olga Owner")
    moderator = person("moderator", display_name="Marek Moderator")
    member = person("member", display_name="Maria Member")
    unverified = person("unverified", display_name="Ulla Unverified", verified=False)
    other_moderator = person("othermod", display_name="Otto Othermod", home_country="DE")
    staff = person("staff", display_name="Stefan Staff", is_staff=True, is_superuser=True)
    w.people = {
        "anonymous": None,
        "unverified": unverified,
        "member": member,
        "moderator": moderator,
        "owner": owner,
        "other_moderator": other_moderator,
        "staff": staff,
    }
    # People who are no role but own things the roles look at.
    w.author = person("author", display_name="Adam Author", home_country="GB", city="London")
    w.other_owner = person("otherowner", display_name="Berta Otherowner", home_country="DE")
    w.public_person = person("publicperson", display_name="Paula Public")
    w.private_person = person(
        "privateperson",
        display_name="Piotr Private",
        headline=PRIVATE_PROFILE_MARKER,
        profile_visibility="groups",
    )
    w.applicant = person("applicant", display_name="Anna Applicant")

    MembershipFactory(group=w.group, user=owner, role=Role.OWNER)
    MembershipFactory(group=w.group, user=moderator, role=Role.MODERATOR)
    MembershipFactory(group=w.group, user=member)
    MembershipFactory(group=w.group, user=unverified)
    MembershipFactory(group=w.group, user=w.author)
    MembershipFactory(group=w.group, user=w.private_person)
    MembershipFactory(group=w.other_group, user=w.other_owner, role=Role.OWNER)
    MembershipFactory(group=w.other_group, user=other_moderator, role=Role.MODERATOR)
    MembershipFactory(group=w.other_group, user=w.public_person)
    w.pending = membership_join(
        group=w.group, user=w.applicant, admission_answers=[ADMISSION_ANSWER_MARKER]
    )

    # Invitations: a usable link, a revoked one, and an email invitation.
    w.link = invitation_link_create(group=w.group, creator=moderator)
    w.revoked_link = invitation_link_create(group=w.group, creator=moderator)
    invitation_link_revoke(link=w.revoked_link, moderator=moderator)
    w.revoked_link.refresh_from_db()
    invitations_import_csv(group=w.group, inviter=moderator, text=f"{INVITED_ADDRESS_MARKER},Kes")
    w.email_invitation = w.group.email_invitations.get()
    w.other_group_link = invitation_link_create(group=w.other_group, creator=other_moderator)

    # Questions and answers.
    salary = Topic.objects.get(slug="salary-and-compensation")
    w.question = question_ask(
        group=w.group,
        author=w.author,
        title="When do Warsaw recruiters talk about salary?",
        body="In London we ask in the first call. What is usual in Warsaw?",
        language=english,
        topics=[salary],
    )
    w.answer = answer_post(
        question=w.question,
        author=member,
        body="Usually in the first call too, as a range.",
        language=english,
    )
    w.comment = comment_post(author=owner, post=w.answer, body="Agreed, in IT at least.")
    w.member_comment = comment_post(
        author=member, post=w.question, body="Good question, I wondered too."
    )
    answer_accept(answer=w.answer, user=w.author)
    w.member_question = question_ask(
        group=w.group,
        author=member,
        title="How long is the usual notice period in Berlin?",
        body="Candidates from Berlin tell me three months. Is that common?",
        language=english,
    )
    w.hidden_question = question_ask(
        group=w.group,
        author=w.author,
        title=f"{HIDDEN_QUESTION_MARKER}: which agencies pay the best fees?",
        body=f"{HIDDEN_QUESTION_MARKER}. Names please.",
        language=english,
    )
    w.hidden_answer = answer_post(
        question=w.question,
        author=w.author,
        body=f"{HIDDEN_ANSWER_MARKER}: Jan Kowalski is looking, call him.",
        language=english,
    )
    content_hide(target=w.hidden_question, moderator=moderator, reason="Advertising")
    content_hide(target=w.hidden_answer, moderator=moderator, reason="Personal data")
    w.other_question = question_ask(
        group=w.other_group,
        author=w.public_person,
        title="Do Berlin candidates expect English interviews?",
        body="Asking for a client in Warsaw hiring in Berlin.",
        language=english,
    )
    for post in (w.question, w.answer, w.member_question, w.hidden_question, w.hidden_answer):
        post.refresh_from_db()

    # Reports to the moderators.
    w.flag = flag_create(
        reporter=member, target=w.question, reason=Flag.Reason.SPAM, note=FLAG_NOTE_MARKER
    )

    # Events: public, members-only (no visitors), in the other group; one attendee each.
    w.event = EventFactory(group=w.group, title="Warsaw recruiters' evening", created_by=owner)
    w.members_event = EventFactory(
        group=w.group,
        title=MEMBERS_EVENT_MARKER,
        visibility=Event.Visibility.MEMBERS,
        admits_visitors=False,
        created_by=owner,
    )
    w.other_event = EventFactory(
        group=w.other_group, title="Berlin sourcing night", created_by=w.other_owner
    )
    RSVPFactory(event=w.event, member=w.author, status=RSVP.Status.GOING)
    RSVPFactory(event=w.members_event, member=w.author, status=RSVP.Status.GOING)

    # Conversations: the member with the moderator (private to them), and the author with
    # the owner, one of whose messages the owner reported to staff.
    w.conversation = conversation_start(
        sender=member, recipient=moderator, body=f"{CONVERSATION_MARKER}, between us."
    ).conversation
    message_send(conversation=w.conversation, sender=moderator, body="Thanks, noted.")
    w.conversation_message_from_moderator = Message.objects.filter(
        conversation=w.conversation, sender=moderator
    ).get()
    w.reported_message = conversation_start(
        sender=w.author, recipient=owner, body=f"{REPORTED_MESSAGE_MARKER}, quickly."
    )
    w.other_conversation = w.reported_message.conversation
    w.report = MessageReport.objects.create(
        message=w.reported_message,
        reporter=owner,
        reason=MessageReport.Reason.SCAM,
        note=REPORT_NOTE_MARKER,
    )

    # Notifications: one for the member, one for the owner.
    w.notification = Notification.objects.create(
        recipient=member,
        kind=Notification.Kind.COMMENT_ON_MY_POST,
        actor=owner,
        question=w.question,
        answer=w.answer,
        comment=w.comment,
    )
    w.owner_notification = Notification.objects.create(
        recipient=owner,
        kind=Notification.Kind.ANSWER_TO_MY_QUESTION,
        actor=member,
        question=w.question,
        answer=w.answer,
    )
    w.notification_token = notification_unsubscribe_token(
        member=member, kind=Notification.Kind.MENTION
    )
    w.message_token = message_unsubscribe_token(member=member)

    # The Polish guide: an entry on salary timing and a proposal from the accepted answer.
    w.norm_topic = NormTopic.objects.get(slug="salary-timing")
    w.norm_entry = norm_entry_create(
        country="PL",
        topic=w.norm_topic,
        language=english,
        editor=owner,
        short_answer="In the first call, as a range.",
        explanation="Most candidates expect a range early.",
        sources="",
        summary="First version",
    )
    w.proposal = NormProposal.objects.create(entry=w.norm_entry, answer=w.answer, proposed_by=owner)

    # Ids nobody has yet: a guess past the newest row of each table.
    def next_id(model):
        latest = model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        return latest + 1

    from conversations.models import Conversation
    from questions.models import Comment

    w.unused = SimpleNamespace(
        conversation=next_id(Conversation),
        message=next_id(Message),
        report=next_id(MessageReport),
        notification=next_id(Notification),
        question=next_id(Question),
        answer=next_id(Answer),
        comment=next_id(Comment),
        event=next_id(Event),
        link=next_id(InvitationLink),
        proposal=next_id(NormProposal),
        flag=next_id(Flag),
    )
    assert EmailAddress.objects.filter(user=unverified, verified=False).exists()

    # Who may see each private marker, on any page.
    group_members = {"unverified", "member", "moderator", "owner", "staff"}
    group_moderators = {"moderator", "owner", "staff"}
    w.markers = {
        CONVERSATION_MARKER: {"member", "moderator"},
        REPORTED_MESSAGE_MARKER: {"owner", "staff"},
        REPORT_NOTE_MARKER: {"owner", "staff"},
        HIDDEN_QUESTION_MARKER: group_moderators,
        HIDDEN_ANSWER_MARKER: group_moderators,
        MEMBERS_EVENT_MARKER: group_members,
        PRIVATE_PROFILE_MARKER: group_members,
        FLAG_NOTE_MARKER: group_moderators | {"member"},
        ADMISSION_ANSWER_MARKER: group_moderators,
        INVITED_ADDRESS_MARKER: group_moderators,
    }
    return w


def leaked_markers(world, role, content):
    """The private markers in `content` that `role` may not see."""
    text = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
    # Templates escape apostrophes and the like; markers are plain words, spaces and digits.
    text = re.sub(r"\s+", " ", text)
    return [
        marker
        for marker, allowed in world.markers.items()
        if role not in allowed and marker in text
    ]


# Fixtures for the modules that try pages in the world (made available to them by
# tests/recruitcommunity/conftest.py) ------------------------------------------------------


@pytest.fixture(scope="module")
def matrix_world(django_db_setup, django_db_blocker):
    """Built once for the module in a transaction that is rolled back at its end; each test
    runs in a savepoint inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def role_clients(matrix_world, db, settings):
    """A test client per role, signed in (none for the anonymous visitor). Rate limits are
    off: the tests send far more requests than a person would."""
    settings.RATELIMIT_ENABLE = False
    signed_in = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)
        if matrix_world.people[role] is not None:
            client.force_login(matrix_world.people[role])
        signed_in[role] = client
    return signed_in


def request_rolled_back(client, method, url, *, data=None, headers=None, fingerprint=None):
    """Send the request in a savepoint rolled back afterwards, and give the client its
    cookies back: nothing one request does reaches the next. Returns (response, the tables
    it changed); the tables only when a DatabaseFingerprint is given."""
    cookies = copy.deepcopy(client.cookies)
    changed = []
    with transaction.atomic():
        before = fingerprint.take() if fingerprint else None
        send = client.post if method == "POST" else client.get
        response = send(url, data if data is not None else {}, headers=headers or {})
        content_of(response)  # a streamed body is read while its rows are still there
        if fingerprint:
            changed = changed_tables(before, fingerprint.take())
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, changed


def content_of(response):
    """The body, streamed or not (read once; kept on the response)."""
    if getattr(response, "streaming", False):
        if not hasattr(response, "_body_read"):
            response._body_read = b"".join(response.streaming_content)
        return response._body_read
    return response.content
