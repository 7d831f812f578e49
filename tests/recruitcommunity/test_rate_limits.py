"""Abuse limits (recruitcommunity/ratelimits.py): every view where members create or change
content counts their POSTs in the shared cache and, over the rate of its group in
settings.RATE_LIMITS, answers with the friendly 429 page instead of writing anything.

Each case below is one limited view, built for a given member: where to post, what to post
on the n-th attempt, and what the posts write (compared before and after a refused one)."""

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from events.models import RSVP, Event
from groups.models import EmailInvitation, Group, InvitationLink, Membership
from groups.services import invitation_link_create
from norms.models import NormConfirmation, NormEntry, NormProposal
from norms.services import norm_proposal_create
from notifications.models import Follow
from questions.models import Answer, Comment, Question, Topic, Vote
from questions.services import answer_accept
from recruitcommunity.ratelimits import client_ip, over_limit
from tests.events.test_event_forms import _data as event_form_data
from tests.factories import (
    AnswerFactory,
    EventFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
)
from tests.groups.test_join_flow import _group_form as group_form_data
from tests.html import messages_shown, page
from tests.members.test_profile_depth import profile_post_data
from tests.norms.factories import make_entry

pytestmark = pytest.mark.django_db

# A day: no counting window ends in the middle of a test (a minute's might).
TWO_A_DAY = "2/d"


@dataclass
class Case:
    group: str  # the rate-limit group (settings.RATE_LIMITS)
    url: Callable[[int], str]  # where the n-th attempt posts
    data: Callable[[int], dict]  # what it posts
    written: Callable[[], Any]  # what the posts have written so far


@pytest.fixture
def world(db):
    """What the cases share: a Polish group with the country's guide entries."""
    group = GroupFactory(name="Rekruterzy Kraków", country="PL", city="Kraków")
    entries = [
        make_entry(country="PL", topic_slug=slug)
        for slug in ("salary-timing", "salary-format", "notice-periods")
    ]
    return {"group": group, "entries": entries}


def _member(**fields):
    return UserFactory(home_country="PL", **fields)


def _questions(count, **fields):
    return [QuestionFactory(**fields) for _ in range(count)]


# The cases ------------------------------------------------------------------------------


def ask(world, actor):
    group = world["group"]
    return Case(
        "question",
        lambda n: f"/groups/{group.slug}/ask/",
        lambda n: {
            "title": f"How long are notice periods in Kraków, take {n}?",
            "body": f"Asking for a client in Berlin (draft {n}).",
            "language": "en",
        },
        lambda: Question.objects.filter(author=actor).count(),
    )


def answer(world, actor):
    question = QuestionFactory(group=world["group"])
    return Case(
        "answer",
        lambda n: f"/questions/{question.pk}/answer/",
        lambda n: {"body": f"One to three months, by seniority (answer {n}).", "language": "en"},
        lambda: Answer.objects.filter(author=actor).count(),
    )


def question_vote(world, actor):
    questions = _questions(3, group=world["group"])
    return Case(
        "vote",
        lambda n: f"/questions/{questions[n].pk}/vote/",
        lambda n: {"value": "up"},
        lambda: Vote.objects.filter(voter=actor).count(),
    )


def answer_vote(world, actor):
    answers = [AnswerFactory(question__group=world["group"]) for _ in range(3)]
    return Case(
        "vote",
        lambda n: f"/questions/answers/{answers[n].pk}/vote/",
        lambda n: {"value": "down"},
        lambda: Vote.objects.filter(voter=actor).count(),
    )


def accept(world, actor):
    question = QuestionFactory(group=world["group"], author=actor)
    answers = AnswerFactory.create_batch(3, question=question)
    return Case(
        "vote",
        lambda n: f"/questions/answers/{answers[n].pk}/accept/",
        lambda n: {},
        lambda: Question.objects.values_list("accepted_answer", flat=True).get(pk=question.pk),
    )


def withdraw_acceptance(world, actor):
    questions = _questions(3, group=world["group"], author=actor)
    for question in questions:
        answer_accept(answer=AnswerFactory(question=question), user=actor)
    return Case(
        "vote",
        lambda n: f"/questions/{questions[n].pk}/acceptance/withdraw/",
        lambda n: {},
        lambda: Question.objects.filter(author=actor, accepted_answer__isnull=False).count(),
    )


def question_comment(world, actor):
    question = QuestionFactory(group=world["group"])
    return Case(
        "comment",
        lambda n: f"/questions/{question.pk}/comment/",
        lambda n: {"body": f"Which city do you mean? ({n})"},
        lambda: Comment.objects.filter(author=actor).count(),
    )


def answer_comment(world, actor):
    answer = AnswerFactory(question__group=world["group"])
    return Case(
        "comment",
        lambda n: f"/questions/answers/{answer.pk}/comment/",
        lambda n: {"body": f"Is that the same for contractors? ({n})"},
        lambda: Comment.objects.filter(author=actor).count(),
    )


def question_edit(world, actor):
    question = QuestionFactory(group=world["group"], author=actor)
    return Case(
        "edit",
        lambda n: f"/questions/{question.pk}/edit/",
        lambda n: {
            "title": f"How long are notice periods in Kraków, version {n}?",
            "body": f"Asking for a client (version {n}).",
        },
        lambda: Question.objects.values_list("title", flat=True).get(pk=question.pk),
    )


def answer_edit(world, actor):
    answer = AnswerFactory(question__group=world["group"], author=actor)
    return Case(
        "edit",
        lambda n: f"/questions/answers/{answer.pk}/edit/",
        lambda n: {"body": f"Three months for seniors (version {n})."},
        lambda: Answer.objects.values_list("body", flat=True).get(pk=answer.pk),
    )


def group_new(world, actor):
    return Case(
        "group",
        lambda n: "/groups/new/",
        lambda n: group_form_data(
            name=f"Rekruterzy Łódź {actor.pk}-{n}",
            description=f"Spotkania raz w miesiącu ({actor.pk}-{n}).",
        ),
        lambda: Membership.objects.filter(user=actor, role=Membership.Role.OWNER).count(),
    )


def group_join(world, actor):
    groups = GroupFactory.create_batch(3, join_policy=Group.JoinPolicy.OPEN)
    return Case(
        "join",
        lambda n: f"/groups/{groups[n].slug}/join/",
        lambda n: {},
        lambda: Membership.objects.filter(user=actor).count(),
    )


def invitation_accept(world, actor):
    links = []
    for _ in range(3):
        group = GroupFactory(join_policy=Group.JoinPolicy.INVITATION)
        owner = MembershipFactory(group=group, role=Membership.Role.OWNER).user
        links.append(invitation_link_create(group=group, creator=owner))
    return Case(
        "join",
        lambda n: f"/groups/invitations/{links[n].token}/",
        lambda n: {},
        lambda: Membership.objects.filter(user=actor).count(),
    )


def _owned_group(actor):
    group = GroupFactory(country="PL", city="Kraków")
    MembershipFactory(user=actor, group=group, role=Membership.Role.OWNER)
    return group


def invitation_link(world, actor):
    group = _owned_group(actor)
    return Case(
        "invitation",
        lambda n: f"/groups/{group.slug}/manage/invitations/",
        lambda n: {"form": "link", "link-expires_in_days": "7", "link-max_uses": "3"},
        lambda: InvitationLink.objects.filter(group=group).count(),
    )


def invitation_emails(world, actor):
    group = _owned_group(actor)
    return Case(
        "invitation",
        lambda n: f"/groups/{group.slug}/manage/invitations/",
        lambda n: {"form": "emails", "invite-addresses": f"guest{n}@example.com"},
        lambda: EmailInvitation.objects.filter(group=group).count(),
    )


def invitation_import(world, actor):
    group = _owned_group(actor)
    return Case(
        "invitation",
        lambda n: f"/groups/{group.slug}/manage/invitations/import/",
        lambda n: {
            "file": SimpleUploadedFile(
                "people.csv", f"imported{n}@example.com\n".encode(), content_type="text/csv"
            )
        },
        lambda: EmailInvitation.objects.filter(group=group).count(),
    )


def profile_edit(world, actor):
    return Case(
        "profile",
        lambda n: "/accounts/profile/",
        lambda n: profile_post_data(headline=f"Recruiting engineers, take {n}"),
        lambda: type(actor).objects.values_list("headline", flat=True).get(pk=actor.pk),
    )


def event_rsvp(world, actor):
    MembershipFactory(user=actor, group=world["group"])
    events = EventFactory.create_batch(3, group=world["group"])
    return Case(
        "rsvp",
        lambda n: f"/events/{events[n].pk}/rsvp/",
        lambda n: {"answer": "going", "objective": f"Meet sourcers ({n})"},
        lambda: RSVP.objects.filter(member=actor).count(),
    )


def event_new(world, actor):
    group = _owned_group(actor)
    return Case(
        "event",
        lambda n: f"/events/new/?group={group.slug}",
        lambda n: event_form_data(
            title=f"Sourcing in Kraków, part {n}", description=f"Talks, then questions ({n})."
        ),
        lambda: Event.objects.filter(group=group).count(),
    )


def event_edit(world, actor):
    group = _owned_group(actor)
    event = EventFactory(group=group)
    return Case(
        "event",
        lambda n: f"/events/{event.pk}/edit/",
        lambda n: event_form_data(
            title=f"Sourcing in Kraków, take {n}", description=f"Talks, then questions ({n})."
        ),
        lambda: Event.objects.values_list("title", flat=True).get(pk=event.pk),
    )


def _guide_editor(world, actor):
    MembershipFactory(user=actor, group=world["group"])


def norm_edit(world, actor):
    _guide_editor(world, actor)
    entry = world["entries"][0]
    return Case(
        "norm",
        lambda n: f"/norms/pl/{entry.topic.slug}/edit/?lang=en",
        lambda n: {
            "short_answer": f"Only at the offer stage ({n}).",
            "explanation": "Nobody asks before.",
            "sources": "https://example.com/a",
            "summary": f"Update {n}",
            "base_version": NormEntry.objects.get(pk=entry.pk).version,
        },
        lambda: entry.revisions.filter(editor=actor).count(),
    )


def norm_confirm(world, actor):
    _guide_editor(world, actor)
    entries = world["entries"]
    return Case(
        "vote",
        lambda n: f"/norms/pl/{entries[n].topic.slug}/confirm/",
        lambda n: {"lang": "en"},
        lambda: NormConfirmation.objects.filter(member=actor).count(),
    )


def _accepted_salary_answers(world):
    answers = []
    for _ in range(3):
        question = QuestionFactory(group=world["group"])
        question.topics.set(Topic.objects.filter(slug="salary-and-compensation"))
        answer = AnswerFactory(question=question)
        answer_accept(answer=answer, user=question.author)
        answers.append(answer)
    return answers


def norm_propose(world, actor):
    _guide_editor(world, actor)
    answers = _accepted_salary_answers(world)
    entry = world["entries"][0]
    return Case(
        "norm",
        lambda n: f"/norms/proposals/answer/{answers[n].pk}/",
        lambda n: {"entry": entry.pk},
        lambda: NormProposal.objects.filter(proposed_by=actor).count(),
    )


def norm_decide(world, actor):
    _guide_editor(world, actor)
    entry = world["entries"][0]
    proposals = [
        norm_proposal_create(entry=entry, answer=answer, proposer=UserFactory())
        for answer in _accepted_salary_answers(world)
    ]
    return Case(
        "norm",
        lambda n: f"/norms/proposals/{proposals[n].pk}/decide/",
        lambda n: {"decision": "decline"},
        lambda: NormProposal.objects.filter(
            pk__in=[proposal.pk for proposal in proposals],
            status=NormProposal.Status.PENDING,
        ).count(),
    )


def follow(world, actor):
    questions = _questions(3, group=world["group"])
    return Case(
        "follow",
        lambda n: f"/notifications/follow/question/{questions[n].pk}/",
        lambda n: {"action": "follow"},
        lambda: Follow.objects.filter(follower=actor).count(),
    )


CASES = [
    ask,
    answer,
    question_vote,
    answer_vote,
    accept,
    withdraw_acceptance,
    question_comment,
    answer_comment,
    question_edit,
    answer_edit,
    group_new,
    group_join,
    invitation_accept,
    invitation_link,
    invitation_emails,
    invitation_import,
    profile_edit,
    event_rsvp,
    event_new,
    event_edit,
    norm_edit,
    norm_confirm,
    norm_propose,
    norm_decide,
    follow,
]


def _client_for(member):
    client = Client()
    client.force_login(member)
    return client


def _limit(settings, group, rate):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, group: rate}


def _assert_friendly_429(response):
    assert response.status_code == 429
    assert "errors/429.html" in [template.name for template in response.templates]
    content = page(response)
    assert gettext("Slow down a little") in content
    assert gettext("Nothing you did before is lost. Please wait a few minutes and try again.") in (
        content
    )
    assert '<a href="/">' in content


# Every limited view ----------------------------------------------------------------------


@pytest.mark.parametrize("build", CASES, ids=lambda build: build.__name__)
def test_the_third_post_in_the_period_is_refused_and_writes_nothing(settings, world, build):
    member = _member()
    case = build(world, member)
    _limit(settings, case.group, TWO_A_DAY)
    client = _client_for(member)
    before = case.written()

    allowed = [client.post(case.url(n), case.data(n)) for n in range(2)]
    written = case.written()
    refused = client.post(case.url(2), case.data(2))

    assert [response.status_code for response in allowed] != [429, 429]
    assert 429 not in [response.status_code for response in allowed]
    assert written != before, "the allowed posts should have written something"
    _assert_friendly_429(refused)
    assert case.written() == written


@pytest.mark.parametrize("build", CASES, ids=lambda build: build.__name__)
def test_a_member_over_the_limit_does_not_hold_back_another(settings, world, build):
    hasty, other = _member(), _member()
    hasty_case, other_case = build(world, hasty), build(world, other)
    _limit(settings, hasty_case.group, TWO_A_DAY)
    hasty_client = _client_for(hasty)
    for n in range(3):
        hasty_client.post(hasty_case.url(n), hasty_case.data(n))
    before = other_case.written()

    response = _client_for(other).post(other_case.url(0), other_case.data(0))

    assert response.status_code != 429
    assert other_case.written() != before


@pytest.mark.parametrize("build", CASES, ids=lambda build: build.__name__)
def test_reading_is_never_limited(settings, world, build):
    member = _member()
    case = build(world, member)
    _limit(settings, case.group, "0/d")
    client = _client_for(member)

    assert client.post(case.url(0), case.data(0)).status_code == 429
    for n in range(3):
        assert client.get(case.url(n)).status_code != 429


@pytest.mark.parametrize("build", CASES, ids=lambda build: build.__name__)
def test_anonymous_visitors_are_sent_to_sign_in_before_anything_is_counted(
    client, settings, world, build
):
    case = build(world, _member())
    _limit(settings, case.group, "0/d")
    before = case.written()

    response = client.post(case.url(0), case.data(0))

    if build is invitation_accept:
        # The invitation's page itself asks the visitor to sign in or sign up.
        assert response.status_code == 200
        assert "/accounts/login/?next=" in page(response)
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert case.written() == before


# Following answers an unconfirmed member itself (with htmx too); a profile may be edited
# before the address is confirmed.
REFUSED_BEFORE_COUNTING = [build for build in CASES if build not in (follow, profile_edit)]


@pytest.mark.parametrize("build", REFUSED_BEFORE_COUNTING, ids=lambda build: build.__name__)
def test_unconfirmed_members_can_read_but_not_post(settings, world, build):
    member = _member(verified=False)
    case = build(world, member)
    _limit(settings, case.group, "0/d")
    before = case.written()

    response = _client_for(member).post(case.url(0), case.data(0))

    assert response.status_code == 403
    assert case.written() == before


def test_every_group_the_code_limits_has_a_rate(settings):
    """A group without a rate would turn the limited view into a 500."""
    used = set()
    for path in Path(settings.BASE_DIR).glob("*/**/*.py"):
        if path.parts[len(Path(settings.BASE_DIR).parts)] in {".venv", "tests", "node_modules"}:
            continue
        used |= set(
            re.findall(r'(?:rate_limited|over_limit)\((?:request, )?"(\w+)"', path.read_text())
        )

    assert {"question", "answer", "vote", "comment", "edit", "follow", "profile"} <= used
    assert used <= set(settings.RATE_LIMITS)


# The 429 page ------------------------------------------------------------------------------


@pytest.fixture
def refused_vote(settings, world):
    """A member whose votes are refused, and the question they try to vote on."""
    _limit(settings, "vote", "0/d")
    member = _member()
    return _client_for(member), QuestionFactory(group=world["group"])


@pytest.mark.parametrize("language_code", ["en", "pl", "de", "es", "he", "et"])
def test_the_429_page_is_in_the_members_language_and_direction(refused_vote, language_code):
    client, question = refused_vote
    client.cookies["django_language"] = language_code

    response = client.post(f"/questions/{question.pk}/vote/", {"value": "up"})

    content = page(response)
    assert response.status_code == 429
    assert f'<html lang="{language_code}"' in content
    assert ('dir="rtl"' in content) == (language_code == "he")
    with translation.override(language_code):
        assert f"<h1>{gettext('Slow down a little')}</h1>" in content
        assert gettext("Back to the home page") in content


def test_an_htmx_click_over_the_limit_reloads_the_page_with_the_explanation(refused_vote):
    client, question = refused_vote

    response = client.post(
        f"/questions/{question.pk}/vote/", {"value": "up"}, headers={"HX-Request": "true"}
    )

    assert response.status_code == 429
    assert response["HX-Refresh"] == "true"
    reloaded = client.get(f"/questions/{question.pk}/")
    assert messages_shown(reloaded) == [
        gettext(
            "You have done this many times in a short while. To keep the community free of "
            "spam, there is a limit on how often anyone can post, vote, invite or send messages."
        )
        + " "
        + gettext("Nothing you did before is lost. Please wait a few minutes and try again.")
    ]
    assert not Vote.objects.exists()


# Anonymous visitors behind a proxy -----------------------------------------------------------


def _refused(**meta):
    """Whether this anonymous request is over a limit of two (counting it)."""
    request = RequestFactory().post("/", **meta)
    request.user = AnonymousUser()
    return over_limit(request, "join")


@pytest.fixture
def two_joins(settings):
    _limit(settings, "join", TWO_A_DAY)


PROXY = {"REMOTE_ADDR": "10.0.0.2"}


def test_without_a_proxy_the_connections_address_counts_and_forwarded_ones_are_ignored(
    two_joins,
):
    outcomes = [
        _refused(**PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}") for number in range(3)
    ]

    assert outcomes == [False, False, True]


def test_behind_a_trusted_proxy_each_visitor_is_counted_apart(settings, two_joins):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    first = {**PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}

    assert [_refused(**first) for _ in range(3)] == [False, False, True]
    assert _refused(**PROXY, HTTP_X_FORWARDED_FOR="198.51.100.8") is False


def test_an_address_a_visitor_writes_in_front_of_the_proxys_does_not_reset_the_count(
    settings, two_joins
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    outcomes = [
        _refused(**PROXY, HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.7")
        for number in range(3)
    ]

    assert outcomes == [False, False, True]


def test_a_header_set_by_the_proxy_can_name_the_visitor(settings, two_joins):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"

    assert [_refused(**PROXY, HTTP_X_REAL_IP="198.51.100.7") for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert _refused(**PROXY, HTTP_X_REAL_IP="198.51.100.8") is False


def test_without_a_visitor_address_the_request_is_refused_not_counted_with_others(settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    request = RequestFactory().post("/", **PROXY)

    with pytest.raises(PermissionDenied):
        client_ip(request)


def test_members_are_counted_by_account_whatever_their_address(settings, two_joins):
    member = _member()

    def refused(address):
        request = RequestFactory().post("/", REMOTE_ADDR=address)
        request.user = member
        return over_limit(request, "join")

    assert [refused("198.51.100.1"), refused("198.51.100.2"), refused("198.51.100.3")] == [
        False,
        False,
        True,
    ]


def _proxy_settings(**environment):
    """The client-address settings base.py builds in a fresh process with that environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("TRUSTED_PROXY_COUNT", "CLIENT_IP_HEADER")
    }
    env.update(environment)
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from recruitcommunity.settings import base; "
            "print(base.ALLAUTH_TRUSTED_PROXY_COUNT, base.ALLAUTH_TRUSTED_CLIENT_IP_HEADER, "
            "base.RATELIMIT_IP_META_KEY)",
        ],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout.split()


def test_the_proxy_is_described_by_the_environment():
    assert _proxy_settings() == ["0", "None", "recruitcommunity.ratelimits.client_ip"]
    assert _proxy_settings(TRUSTED_PROXY_COUNT="2", CLIENT_IP_HEADER="CF-Connecting-IP")[:2] == [
        "2",
        "CF-Connecting-IP",
    ]
