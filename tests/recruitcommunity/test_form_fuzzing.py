"""Every form a view uses, fuzzed with hypothesis and sent to its real address by someone
allowed to use it: arbitrary unicode (NUL bytes included, which PostgreSQL refuses in
text), huge values (100,000 characters), empty values, values of the wrong kind, and valid
data with one field spoiled.

Whatever is sent, the answer is never a 500, and the database holds either everything a
successful submission writes (the rows of `together`, all of them) or nothing at all: each
example runs in a savepoint with a fingerprint of every table taken before and after
(tests/authorization.py), then rolled back.

Data comes from `hypothesis.extra.django.from_form` where it can infer the fields (with
strategies given for the project's own fields: languages, topics, country codes, allauth's
email field), and otherwise from text strategies over the form's field names. allauth's own
forms are left to allauth, except the project's sign-up and change-of-address forms."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException
from hypothesis.extra.django import from_form

from conversations.forms import MessageForm, NewConversationForm, ReportForm, ResolveReportForm
from conversations.models import Message, MessageReport
from events.forms import AttendeeAddForm, EventCancelForm, EventForm, RSVPForm
from events.models import RSVP, Event
from groups.forms import DecisionForm, GroupForm, JoinForm, TransferForm
from groups.forms import ReasonForm as MemberActionForm
from groups.invitation_forms import (
    EmailInvitationsForm,
    InvitationAcceptForm,
    InvitationImportForm,
    InvitationLinkForm,
)
from groups.models import EmailInvitation, Group, InvitationLink, Membership, MembershipEvent
from members.account_forms import AccountDeleteForm, ChangeEmailForm, SignupForm
from members.forms import InterfaceLanguageForm, ProfileForm, SpokenLanguageForm
from members.models import User
from moderation.forms import FlagForm
from moderation.forms import ReasonForm as ModerationReasonForm
from moderation.models import Flag, ModerationAction
from norms.forms import CompareForm, NormEntryForm
from norms.models import NormEntry, NormRevision
from notifications.forms import NotificationPreferenceForm
from notifications.models import NotificationPreference
from questions.forms import (
    AnswerEditForm,
    AnswerForm,
    CommentForm,
    QuestionEditForm,
    QuestionForm,
    VoteForm,
)
from questions.models import Answer, Comment, Question, Revision, Vote
from tests.authorization import DatabaseFingerprint, request_rolled_back

# Examples per form: modest, so that the whole module runs in a few minutes.
FUZZ_EXAMPLES = 25
FUZZ_SETTINGS = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    database=None,  # nothing written to .hypothesis/ in the working tree
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# Any character but lone surrogates (which cannot be encoded as UTF-8 to be sent).
CHARACTERS = st.characters(blacklist_categories=("Cs",))
HUGE = 100_000
SPOILED_VALUES = [
    "",
    " ",
    "\x00",
    "text with a \x00 NUL byte",
    "x" * HUGE,
    "ł" * HUGE,
    "😀" * (HUGE // 4),
    "\r\n" * 1000,
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "²",
    "٣",
    "2025-02-30",
    "24:61",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "javascript:alert(1)",
    "https://",
    "\u202e\ufeff",
    ",,,,",
    "@",
]
SPOILED = st.one_of(st.text(CHARACTERS, max_size=40), st.sampled_from(SPOILED_VALUES))


@dataclass
class Fuzz:
    """A form, the view that uses it and the role that may, and what a successful
    submission writes (`together`: every one of these tables changes, or the submission
    failed and nothing may change but `incidental`)."""

    name: str
    form: type
    role: str
    url: object  # function of the world
    together: tuple = ()
    method: str = "POST"
    form_kwargs: object = None  # function of the world
    prefix: str = ""
    fixed: object = field(default_factory=dict)  # sent every time (which form...), or a function
    valid: object = None  # function of the world: data that succeeds
    overrides: object = None  # function of the world: {field: strategy} for from_form
    incidental: tuple = ()
    files: tuple = ()  # file fields: sent as uploads of arbitrary bytes
    extra_fields: tuple = ()  # names the view reads besides the form's

    def field_names(self, world):
        """The form's fields (files apart), unprefixed."""
        form = self.form(**(self.form_kwargs(world) if self.form_kwargs else {}))
        return [name for name in form.fields if name not in self.files]

    def fixed_data(self, world):
        return self.fixed(world) if callable(self.fixed) else self.fixed

    def valid_request_data(self, world):
        data = self.valid(world)
        files = data.get("_files", {})
        fixed = self.fixed_data(world)
        return {**_prefixed(_form_part(data), self.prefix), **fixed, "_files": files}


def _tables(models):
    return {model._meta.db_table for model in models}


def _postable(value):
    """What the test client can send for a value hypothesis made."""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_postable(item) for item in value]
    if hasattr(value, "pk"):
        return str(value.pk)
    return "" if value is None else str(value)


def _prefixed(data, prefix):
    if not prefix:
        return data
    return {f"{prefix}-{name}": value for name, value in data.items()}


def _from_form_strategy(case, world):
    """from_form's data for the form, or None where it cannot infer every field."""
    overrides = case.overrides(world) if case.overrides else {}
    try:
        strategy = from_form(
            case.form,
            form_kwargs=case.form_kwargs(world) if case.form_kwargs else {},
            **overrides,
        )
        strategy.validate()  # from_form is lazy: infer every field now
    except (HypothesisException, TypeError):
        # A field hypothesis cannot infer (django-filter's choice fields, say).
        return None
    return strategy.map(
        lambda form: {
            name: _postable(value) for name, value in form.data.items() if name not in case.files
        }
    )


def _spoil_one(data_strategy, names):
    """Data that gets past most checks, with one field replaced by something nasty."""
    if not names:
        return data_strategy
    return st.tuples(data_strategy, st.sampled_from(names), SPOILED).map(
        lambda spoiled: {**spoiled[0], spoiled[1]: spoiled[2]}
    )


def data_strategy(case, world):
    """(strategy of request data, whether from_form could build the form's data)."""
    names = case.field_names(world)
    options = [
        st.fixed_dictionaries(dict.fromkeys(names, SPOILED)),
        st.fixed_dictionaries({name: st.text(CHARACTERS) for name in names}),
        st.just({}),
        st.just(dict.fromkeys(names, "")),
        st.just(dict.fromkeys(names, "x" * HUGE)),
    ]
    generated = _from_form_strategy(case, world)
    if generated is not None:
        options += [generated, generated, _spoil_one(generated, names)]
    if case.valid and names:
        valid = st.just(_form_part(case.valid(world)))
        options += [valid, _spoil_one(valid, names), _spoil_one(valid, names)]
    form_data = st.one_of(options).map(lambda data: _prefixed(data, case.prefix))
    extras = st.fixed_dictionaries({}, optional=dict.fromkeys(case.extra_fields, SPOILED))
    uploads = st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(st.binary(max_size=300), st.text(CHARACTERS)) for name in case.files
        },
    )
    fixed = case.fixed_data(world)
    strategy = st.tuples(form_data, extras, uploads).map(
        lambda parts: {**parts[0], **parts[1], **fixed, "_files": parts[2]}
    )
    return strategy, generated is not None


def _form_part(data):
    """Valid data without the uploads, which are made afresh for each request."""
    return {name: value for name, value in data.items() if name != "_files"}


def _with_uploads(data):
    """Turn generated file contents into uploads, fresh for each request."""
    data = dict(data)
    files = data.pop("_files", {})
    for name, content in files.items():
        if isinstance(content, str):
            content = content.encode("utf-8")
        data[name] = SimpleUploadedFile(f"{name}.csv", content, content_type="text/csv")
    return data


# What each view needs --------------------------------------------------------------------

LANGUAGE_CODES = ["en", "pl", "de", "he", "", "xx", "EN", "\x00"]
TOPIC_SLUGS = ["salary-and-compensation", "notice-periods", "benefits", "no-such-topic", ""]
COUNTRY_CODES = ["PL", "DE", "GB", "pl", "ZZ", "", "P", "PLN", "\x00"]


def language_choice(world):
    return {"language": st.sampled_from(LANGUAGE_CODES)}


def topics_choice(world):
    return {"topics": st.lists(st.sampled_from(TOPIC_SLUGS), max_size=5)}


def question_choices(world):
    return {
        **language_choice(world),
        **topics_choice(world),
        "extra_regions": st.lists(st.sampled_from(COUNTRY_CODES), max_size=5),
    }


def _in_a_month():
    return (timezone.now() + timedelta(days=30)).date().isoformat()


def event_data(world):
    day = _in_a_month()
    return {
        "title": "Sourcing breakfast",
        "description": "Short talks, then coffee.",
        "start_date": day,
        "start_time": "09:00",
        "end_date": day,
        "end_time": "11:00",
        "time_zone": "Europe/Warsaw",
        "format": "in_person",
        "venue": "Hala Koszyki",
        "address": "Koszykowa 63",
        "city": "Warszawa",
        "country": "PL",
        "capacity": "40",
        "visibility": "public",
        "admits_visitors": "on",
    }


def group_data(world):
    return {
        "name": "Sourcers Gdańsk",
        "country": "PL",
        "city": "Gdańsk",
        "languages": ["pl", "en"],
        "description": "Sourcing in the Tricity.",
        "rules": "Be kind.",
        "join_policy": "approval",
        "admission_question_1": "Where do you recruit?",
    }


def spoken_languages_management(world):
    return {
        "spoken-TOTAL_FORMS": "6",
        "spoken-INITIAL_FORMS": "0",
        "spoken-MIN_NUM_FORMS": "6",
        "spoken-MAX_NUM_FORMS": "6",
    }


def profile_data(world):
    return {
        "display_name": "Maria Member",
        "headline": "Tech recruiter",
        "country": "PL",
        "city": "Warszawa",
        "specialisms": ["tech"],
        "years_in_recruiting": "7",
        "bio": "I recruit engineers.",
        "linkedin_url": "https://www.linkedin.com/in/maria/",
        "reading_languages": ["pl", "en"],
        "profile_visibility": "public",
        "message_policy": "anyone",
        "message_emails": "on",
        "time_zone": "Europe/Warsaw",
        **spoken_languages_management(world),
        "spoken-0-language": "pl",
        "spoken-0-level": "native",
    }


def thread_url(name, attribute, **more):
    return lambda w: reverse(name, kwargs={"pk": getattr(w, attribute).pk, **more})


def group_url(name, **more):
    return lambda w: reverse(name, kwargs={"slug": w.group.slug, **more})


FUZZ = [
    # Questions and answers -----------------------------------------------------------------
    Fuzz(
        "ask a question",
        QuestionForm,
        "member",
        group_url("groups:ask"),
        together=(Question,),
        form_kwargs=lambda w: {"group": w.group},
        overrides=question_choices,
        valid=lambda w: {
            "title": "How do Warsaw candidates react to counter-offers?",
            "body": "Asking for a client in fintech.",
            "language": "en",
            "topics": ["salary-and-compensation"],
            "tags": "fintech, counter-offer",
            "extra_regions": ["DE"],
        },
    ),
    Fuzz(
        "answer",
        AnswerForm,
        "moderator",
        thread_url("questions:answer", "question"),
        together=(Answer,),
        form_kwargs=lambda w: {"question": w.question, "author": w.people["moderator"]},
        overrides=language_choice,
        valid=lambda w: {"body": "Usually in the first call.", "language": "en"},
    ),
    Fuzz(
        "edit a question",
        QuestionEditForm,
        "member",
        thread_url("questions:edit", "member_question"),
        together=(Question, Revision),
        valid=lambda w: {
            "title": "How long is the usual notice period in Munich?",
            "body": "Candidates tell me three months.",
        },
    ),
    Fuzz(
        "edit an answer",
        AnswerEditForm,
        "member",
        thread_url("questions:answer_edit", "answer"),
        together=(Answer, Revision),
        valid=lambda w: {"body": "In the first call, as a range, in most industries."},
    ),
    Fuzz(
        "comment on a question",
        CommentForm,
        "moderator",
        thread_url("questions:comment", "question"),
        together=(Comment,),
        valid=lambda w: {"body": "Which industry?"},
    ),
    Fuzz(
        "comment on an answer",
        CommentForm,
        "moderator",
        thread_url("questions:answer_comment", "answer"),
        together=(Comment,),
        valid=lambda w: {"body": "Same in Kraków."},
    ),
    Fuzz(
        "vote",
        VoteForm,
        "member",
        thread_url("questions:vote", "question"),
        together=(Vote,),
        valid=lambda w: {"value": "up"},
    ),
    # Groups ----------------------------------------------------------------------------------
    Fuzz(
        "create a group",
        GroupForm,
        "member",
        lambda w: reverse("groups:new"),
        together=(Group, Membership, MembershipEvent),
        overrides=lambda w: {"languages": st.lists(st.sampled_from(LANGUAGE_CODES), max_size=4)},
        valid=group_data,
    ),
    Fuzz(
        "group settings",
        GroupForm,
        "owner",
        group_url("groups:manage_settings"),
        together=(Group,),
        form_kwargs=lambda w: {"instance": w.group},
        overrides=lambda w: {"languages": st.lists(st.sampled_from(LANGUAGE_CODES), max_size=4)},
        valid=group_data,
    ),
    Fuzz(
        "ask to join",
        JoinForm,
        "other_moderator",
        group_url("groups:join"),
        together=(Membership,),
        form_kwargs=lambda w: {"group": w.group},
        valid=lambda w: {"answer_1": "Tech recruiting in Berlin."},
    ),
    Fuzz(
        "decide on a request",
        DecisionForm,
        "moderator",
        lambda w: reverse(
            "groups:manage_request_decide",
            kwargs={"slug": w.group.slug, "user_id": w.applicant.pk, "decision": "approve"},
        ),
        together=(Membership, MembershipEvent),
        valid=lambda w: {"message": "Welcome!"},
    ),
    Fuzz(
        "act on a member",
        MemberActionForm,
        "moderator",
        lambda w: reverse(
            "groups:manage_member_action",
            kwargs={"slug": w.group.slug, "user_id": w.author.pk, "action": "remove"},
        ),
        together=(Membership, MembershipEvent),
        valid=lambda w: {"reason": "Spam"},
    ),
    Fuzz(
        "hand the group over",
        TransferForm,
        "owner",
        lambda w: reverse(
            "groups:manage_transfer",
            kwargs={"slug": w.group.slug, "user_id": w.people["member"].pk},
        ),
        together=(Membership, MembershipEvent),
        valid=lambda w: {"confirm": "on"},
    ),
    Fuzz(
        "create an invitation link",
        InvitationLinkForm,
        "moderator",
        group_url("groups:manage_invitations"),
        together=(InvitationLink,),
        prefix="link",
        fixed={"form": "link"},
        valid=lambda w: {"expires_in_days": "7", "max_uses": "20"},
    ),
    Fuzz(
        "invite by email",
        EmailInvitationsForm,
        "moderator",
        group_url("groups:manage_invitations"),
        together=(EmailInvitation,),
        prefix="invite",
        fixed={"form": "emails"},
        valid=lambda w: {"addresses": "zofia@example.com, Zofia Nowak\njan@example.com"},
    ),
    Fuzz(
        "import invitations",
        InvitationImportForm,
        "moderator",
        group_url("groups:manage_invitations_import"),
        together=(EmailInvitation,),
        files=("file",),
        valid=lambda w: {"_files": {"file": "email,name\nnew.person@example.com,New Person\n"}},
    ),
    Fuzz(
        "accept an invitation",
        InvitationAcceptForm,
        "other_moderator",
        lambda w: reverse("groups:invitation_link", kwargs={"token": w.link.token}),
        together=(Membership,),
        form_kwargs=lambda w: {"group": w.group},
        valid=lambda w: {},
        extra_fields=("accept_rules",),
    ),
    # Events ----------------------------------------------------------------------------------
    Fuzz(
        "create an event",
        EventForm,
        "moderator",
        lambda w: reverse("events:new") + f"?group={w.group.slug}",
        together=(Event,),
        valid=event_data,
    ),
    Fuzz(
        "edit an event",
        EventForm,
        "moderator",
        thread_url("events:edit", "event"),
        together=(Event,),
        form_kwargs=lambda w: {"event": w.event},
        valid=event_data,
    ),
    Fuzz(
        "cancel an event",
        EventCancelForm,
        "moderator",
        thread_url("events:cancel", "event"),
        together=(Event,),
        valid=lambda w: {"confirm": "on"},
    ),
    Fuzz(
        "RSVP",
        RSVPForm,
        "member",
        thread_url("events:rsvp", "event"),
        together=(RSVP,),
        overrides=topics_choice,
        valid=lambda w: {"answer": "going", "objective": "Meet agency recruiters"},
    ),
    Fuzz(
        "add an attendee",
        AttendeeAddForm,
        "moderator",
        thread_url("events:attendee_add", "event"),
        together=(RSVP,),
        overrides=lambda w: {
            "username": st.one_of(
                st.sampled_from(["publicperson", "@publicperson", " PUBLICPERSON ", "nobody"]),
                st.text(CHARACTERS, max_size=20),
            )
        },
        valid=lambda w: {"username": w.public_person.username},
    ),
    # Conversations ---------------------------------------------------------------------------
    Fuzz(
        "reply in a conversation",
        MessageForm,
        "member",
        thread_url("conversations:reply", "conversation"),
        together=(Message,),
        # A refused reply shows the conversation again, which marks it read.
        incidental=("conversations_participant",),
        valid=lambda w: {"body": "See you on Thursday."},
        extra_fields=("after",),
    ),
    Fuzz(
        "start a conversation",
        NewConversationForm,
        "member",
        lambda w: reverse("conversations:new", kwargs={"username": w.public_person.username}),
        together=(Message,),
        valid=lambda w: {"body": "Hello Paula!", "started_from": "directory"},
        extra_fields=("from",),
    ),
    Fuzz(
        "report a message",
        ReportForm,
        "member",
        lambda w: reverse(
            "conversations:report",
            kwargs={
                "pk": w.conversation.pk,
                "message_id": w.conversation_message_from_moderator.pk,
            },
        ),
        together=(MessageReport,),
        valid=lambda w: {"reason": "spam", "note": "Automated."},
    ),
    Fuzz(
        "resolve a report",
        ResolveReportForm,
        "staff",
        lambda w: reverse("conversations:resolve", kwargs={"report_id": w.report.pk}),
        together=(MessageReport,),
        valid=lambda w: {"note": "Warned the sender."},
        extra_fields=("next",),
    ),
    # Moderation ------------------------------------------------------------------------------
    Fuzz(
        "report a question",
        FlagForm,
        "other_moderator",
        lambda w: reverse("moderation:report", kwargs={"kind": "question", "pk": w.question.pk}),
        together=(Flag,),
        valid=lambda w: {"reason": "spam", "note": "Advertising."},
        extra_fields=("next", "group"),
    ),
    Fuzz(
        "hide a question",
        ModerationReasonForm,
        "moderator",
        lambda w: reverse(
            "moderation:act", kwargs={"kind": "question", "pk": w.question.pk, "action": "hide"}
        ),
        together=(Question, ModerationAction),
        valid=lambda w: {"reason": "Advertising"},
        extra_fields=("next",),
    ),
    # Country guides --------------------------------------------------------------------------
    Fuzz(
        "edit a guide entry",
        NormEntryForm,
        "member",
        lambda w: (
            reverse("norms:edit", kwargs={"country": "pl", "topic": w.norm_topic.slug}) + "?lang=en"
        ),
        together=(NormEntry, NormRevision),
        valid=lambda w: {
            "short_answer": "In the first call.",
            "explanation": "As a range.",
            "sources": "https://example.com/salary",
            "summary": "Clearer",
            "base_version": "1",
        },
    ),
    # Notifications and the account -----------------------------------------------------------
    Fuzz(
        "notification settings",
        NotificationPreferenceForm,
        "member",
        lambda w: reverse("notifications:preferences"),
        together=(NotificationPreference,),
        valid=lambda w: {"daily_digest": "on", "email_mention": "on"},
    ),
    Fuzz(
        "profile",
        ProfileForm,
        "member",
        lambda w: reverse("profile_edit"),
        together=(User,),
        form_kwargs=lambda w: {"instance": w.people["member"]},
        overrides=lambda w: {
            "reading_languages": st.lists(st.sampled_from(LANGUAGE_CODES), max_size=4),
            "avatar": st.none(),
        },
        fixed={"spoken-TOTAL_FORMS": "6", "spoken-INITIAL_FORMS": "0"},
        valid=profile_data,
        files=("avatar",),
    ),
    Fuzz(
        "languages spoken (profile)",
        SpokenLanguageForm,
        "member",
        lambda w: reverse("profile_edit"),
        together=(User,),
        form_kwargs=lambda w: {"language_choices": [("pl", "Polish"), ("en", "English")]},
        prefix="spoken-0",
        # The rest of the profile, valid, with the first row of languages fuzzed.
        fixed=lambda w: {
            name: value
            for name, value in profile_data(w).items()
            if not name.startswith("spoken-0-")
        },
        valid=lambda w: {"language": "de", "level": "fluent"},
        extra_fields=("spoken-TOTAL_FORMS", "spoken-INITIAL_FORMS", "spoken-1-language"),
    ),
    Fuzz(
        "interface language",
        InterfaceLanguageForm,
        "member",
        lambda w: reverse("interface_language"),
        together=(User,),
        valid=lambda w: {"language": "pl"},
        extra_fields=("next",),
    ),
    Fuzz(
        "delete the account",
        AccountDeleteForm,
        "member",
        lambda w: reverse("account_delete"),
        together=(User,),
        form_kwargs=lambda w: {"member": w.people["member"]},
        valid=lambda w: {"confirmation": "correct-horse-battery"},
    ),
    Fuzz(
        "sign up",
        SignupForm,
        "anonymous",
        lambda w: reverse("account_signup"),
        together=(User, EmailAddress),
        overrides=lambda w: {
            "email": st.one_of(st.emails(), st.sampled_from(["member@example.com", "a@b"])),
            "password1": st.text(CHARACTERS),
            "password2": st.text(CHARACTERS),
        },
        valid=lambda w: {
            "email": "new.recruiter@example.com",
            "username": "newrecruiter",
            "password1": "a long enough passphrase 2026",
            "password2": "a long enough passphrase 2026",
        },
    ),
    Fuzz(
        "change the email address",
        ChangeEmailForm,
        "member",
        lambda w: reverse("account_email"),
        together=(EmailAddress,),
        form_kwargs=lambda w: {"user": w.people["member"]},
        overrides=lambda w: {"email": st.emails()},
        fixed={"action_add": ""},
        valid=lambda w: {"email": "maria.new@example.com"},
    ),
    # Forms read from the query string (filters and the comparison) --------------------------
    Fuzz(
        "compare countries",
        CompareForm,
        "anonymous",
        lambda w: reverse("norms:compare"),
        method="GET",
        overrides=lambda w: {"c": st.lists(st.sampled_from(COUNTRY_CODES), max_size=6)},
        form_kwargs=lambda w: {"offered_countries": []},
    ),
]


def _filter_form(filterset_class):
    return filterset_class(data={}).form.__class__


def _filter_cases():
    from events.filters import EventFilter
    from groups.filters import GroupFilter
    from members.filters import MemberFilter
    from questions.filters import QuestionFilter
    from questions.search import QuestionSearchFilter

    pages = [
        ("group directory filters", GroupFilter, "groups:list", ()),
        ("question list filters", QuestionFilter, "questions:list", ()),
        ("event list filters", EventFilter, "events:list", ()),
        ("member directory filters", MemberFilter, "members:directory", ()),
        ("search", QuestionSearchFilter, "search", ("q", "page")),
    ]
    return [
        Fuzz(
            name,
            _filter_form(filterset),
            "member",
            lambda w, url_name=url_name: reverse(url_name),
            method="GET",
            extra_fields=("page", *extra),
        )
        for name, filterset, url_name, extra in pages
    ]


FUZZ_FIGURES = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_figures(request):
    yield
    if not FUZZ_FIGURES:
        return
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(
            f"\nform fuzzing: {FUZZ_FIGURES['forms']} form uses ({FUZZ_FIGURES['form classes']} "
            f"form classes, {FUZZ_FIGURES['from_form']} with from_form data), "
            f"{FUZZ_FIGURES['examples']} examples: {FUZZ_FIGURES['created']} created, "
            f"{FUZZ_FIGURES['nothing']} refused with nothing written"
        )


@pytest.mark.django_db
@pytest.mark.parametrize("case", FUZZ + _filter_cases(), ids=lambda case: case.name)
def test_form_never_fails_and_writes_all_or_nothing(case, matrix_world, role_clients):
    world = matrix_world
    client = role_clients[case.role]
    url = case.url(world)
    fingerprint = DatabaseFingerprint()
    together = _tables(case.together)
    incidental = set(case.incidental)
    strategy, inferred = data_strategy(case, world)
    outcomes = Counter()

    def send(data):
        """(response, "created" or "nothing"), after the checks every example passes."""
        response, changed = request_rolled_back(
            client, case.method, url, data=_with_uploads(data), fingerprint=fingerprint
        )
        assert response.status_code < 500, f"{response.status_code} for {data!r:.500}"
        changed = set(changed)
        if together and together <= changed:
            return response, "created"
        partial = changed - incidental
        assert not partial, f"wrote only {sorted(partial)} of {sorted(together)} for {data!r:.300}"
        return response, "nothing"

    if case.valid:
        # The success path, once for sure: it writes everything it should.
        response, outcome = send(case.valid_request_data(world))
        assert outcome == "created", f"the valid data created nothing: {response.status_code}"

    @FUZZ_SETTINGS
    @given(data=strategy)
    def submit(data):
        _response, outcome = send(data)
        outcomes[outcome] += 1

    submit()
    FUZZ_FIGURES.update(outcomes)
    FUZZ_FIGURES["examples"] += sum(outcomes.values())
    FUZZ_FIGURES["forms"] += 1
    FUZZ_FIGURES["from_form"] += int(inferred)
    FUZZ_FIGURES["form classes"] = len({fuzz.form for fuzz in FUZZ}) + len(_filter_cases())


# What the fuzzing found, kept as plain regression tests -------------------------------------

# `next=` a bare word: Django's redirect() took it for the name of a view and failed (500).
BARE_WORD_NEXT = [
    ("interface language", "member", lambda w: reverse("interface_language"), {"language": "pl"}),
    (
        "follow",
        "member",
        lambda w: reverse(
            "notifications:follow", kwargs={"target_type": "question", "pk": w.question.pk}
        ),
        {"action": "follow"},
    ),
    (
        "block",
        "member",
        lambda w: reverse("conversations:block", kwargs={"username": w.public_person.username}),
        {},
    ),
    (
        "report a question",
        "other_moderator",
        lambda w: reverse("moderation:report", kwargs={"kind": "question", "pk": w.question.pk}),
        {"reason": "spam"},
    ),
]


@pytest.mark.parametrize(
    ("name", "role", "url", "data"), BARE_WORD_NEXT, ids=[case[0] for case in BARE_WORD_NEXT]
)
@pytest.mark.parametrize("next_value", ["0", "' OR 1=1 --", "home", "evil.example"])
def test_a_bare_word_as_next_goes_to_the_default_page(
    name, role, url, data, next_value, matrix_world, role_clients
):
    response = role_clients[role].post(url(matrix_world), {**data, "next": next_value})
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert response["Location"] != f"/{next_value}"


def test_a_superscript_digit_as_the_event_of_a_new_conversation_is_ignored(
    matrix_world, role_clients
):
    """ "²".isdigit() is true but int("²") fails: the view read it as an event id (500)."""
    url = reverse("conversations:new", kwargs={"username": matrix_world.public_person.username})
    response = role_clients["member"].get(url, {"event": "²"})
    assert response.status_code == 200
    response = role_clients["member"].post(url, {"body": "Hello!", "event": "²"})
    assert response.status_code == 200
    assert "event" in response.context["form"].errors


def test_a_superscript_digit_as_the_version_to_revert_to_is_a_404(matrix_world, role_clients):
    url = reverse("norms:revert", kwargs={"country": "pl", "topic": matrix_world.norm_topic.slug})
    response = role_clients["moderator"].post(url + "?lang=en", {"version": "²", "lang": "en"})
    assert response.status_code == 404
