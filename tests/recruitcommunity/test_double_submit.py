"""Double submission: every form that creates something, posted twice with the same data
(a double click, a resent form after a timeout, the back button), creates it once. The
second POST is sent to what the first one created, with "This was already posted."

Sequentially for every create form; at the same moment (two threads, two database
connections) for the ones where a duplicate hurts most: a question, an answer, the first
message of a conversation."""

import re
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from conversations.models import Conversation, Message, MessageReport
from events.models import RSVP, Event
from groups.models import EmailInvitation, Group, InvitationLink, Membership
from moderation.models import Flag
from norms.models import NormEntry, NormProposal
from questions.models import Answer, Comment, Question
from tests.factories import QuestionFactory

ALREADY_POSTED = "This was already posted."


@dataclass
class Submission:
    """A create form: who sends it, where, with what, and the rows one submission adds."""

    name: str
    role: str
    url: object  # function of the world
    data: object  # function of the world
    counts: tuple  # models that one submission adds a row to
    # The second POST is answered by the create-once mechanism (False where the service
    # itself already refuses a second row: an RSVP, a join request, a report).
    says_already_posted: bool = True
    extra: dict = field(default_factory=dict)


def _event_data(title):
    day = (timezone.now() + timedelta(days=30)).date().isoformat()
    return {
        "title": title,
        "description": "Short talks, then drinks.",
        "start_date": day,
        "start_time": "18:00",
        "end_date": day,
        "end_time": "21:00",
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


def _group_data():
    return {
        "name": "Sourcers Gdańsk",
        "country": "PL",
        "city": "Gdańsk",
        "languages": ["pl", "en"],
        "description": "Sourcing in the Tricity.",
        "rules": "",
        "join_policy": "open",
    }


SUBMISSIONS = [
    Submission(
        "ask a question",
        "member",
        lambda w: reverse("groups:ask", kwargs={"slug": w.other_group.slug}),
        lambda w: {
            "title": "Do Berlin candidates negotiate notice periods?",
            "body": "In Warsaw one month is common. How is it in Berlin?",
            "language": "en",
        },
        (Question,),
    ),
    Submission(
        "answer",
        "moderator",
        lambda w: reverse("questions:answer", kwargs={"pk": w.question.pk}),
        lambda w: {"body": "In my agency we ask in the second call.", "language": "en"},
        (Answer,),
    ),
    Submission(
        "comment on a question",
        "moderator",
        lambda w: reverse("questions:comment", kwargs={"pk": w.question.pk}),
        lambda w: {"body": "Which industry are you hiring for?"},
        (Comment,),
    ),
    Submission(
        "comment on an answer",
        "moderator",
        lambda w: reverse("questions:answer_comment", kwargs={"pk": w.answer.pk}),
        lambda w: {"body": "Same in Kraków."},
        (Comment,),
    ),
    Submission(
        "create an event",
        "moderator",
        lambda w: reverse("events:new") + f"?group={w.group.slug}",
        lambda w: _event_data("Sourcing breakfast"),
        (Event,),
    ),
    Submission(
        "RSVP",
        "member",
        lambda w: reverse("events:rsvp", kwargs={"pk": w.event.pk}),
        lambda w: {"answer": "going", "objective": "Meet agency recruiters"},
        (RSVP,),
        says_already_posted=False,
    ),
    Submission(
        "add an attendee",
        "moderator",
        lambda w: reverse("events:attendee_add", kwargs={"pk": w.event.pk}),
        lambda w: {"username": w.public_person.username},
        (RSVP,),
        says_already_posted=False,
    ),
    Submission(
        "create a group",
        "member",
        lambda w: reverse("groups:new"),
        lambda w: _group_data(),
        (Group, Membership),
    ),
    Submission(
        "create an invitation link",
        "moderator",
        lambda w: reverse("groups:manage_invitations", kwargs={"slug": w.group.slug}),
        lambda w: {"form": "link", "link-expires_in_days": "7", "link-max_uses": "20"},
        (InvitationLink,),
    ),
    Submission(
        "invite by email",
        "moderator",
        lambda w: reverse("groups:manage_invitations", kwargs={"slug": w.group.slug}),
        lambda w: {"form": "emails", "invite-addresses": "zofia@example.com, Zofia Nowak"},
        (EmailInvitation,),
        says_already_posted=False,
    ),
    Submission(
        "ask to join",
        "other_moderator",
        lambda w: reverse("groups:join", kwargs={"slug": w.group.slug}),
        lambda w: {"answer_1": "Tech recruiting in Berlin and Warsaw."},
        (Membership,),
        says_already_posted=False,
    ),
    Submission(
        "join with an invitation link",
        "other_moderator",
        lambda w: reverse("groups:invitation_link", kwargs={"token": w.link.token}),
        lambda w: {},
        (Membership,),
        says_already_posted=False,
    ),
    Submission(
        "start a conversation",
        "member",
        lambda w: reverse("conversations:new", kwargs={"username": w.public_person.username}),
        lambda w: {"body": "Hi Paula, could we talk about sourcing in Berlin?"},
        (Conversation, Message),
    ),
    Submission(
        "reply in a conversation",
        "member",
        lambda w: reverse("conversations:reply", kwargs={"pk": w.conversation.pk}),
        lambda w: {"body": "See you on Thursday then."},
        (Message,),
    ),
    Submission(
        "report a message",
        "member",
        lambda w: reverse(
            "conversations:report",
            kwargs={
                "pk": w.conversation.pk,
                "message_id": w.conversation_message_from_moderator.pk,
            },
        ),
        lambda w: {"reason": "spam", "note": "Looks automated."},
        (MessageReport,),
        says_already_posted=False,
    ),
    Submission(
        "report a question",
        "other_moderator",
        lambda w: reverse("moderation:report", kwargs={"kind": "question", "pk": w.question.pk}),
        lambda w: {"reason": "off_topic", "note": "Not about recruiting."},
        (Flag,),
        says_already_posted=False,
    ),
    Submission(
        "write a guide entry",
        "member",
        lambda w: (
            reverse("norms:edit", kwargs={"country": "pl", "topic": "notice-periods"}) + "?lang=en"
        ),
        lambda w: {
            "short_answer": "One to three months.",
            "explanation": "Depends on the length of employment.",
            "sources": "",
            "summary": "First version",
            "base_version": "0",
        },
        (NormEntry,),
    ),
    Submission(
        "propose an answer for the guide",
        "member",
        lambda w: reverse("norm_proposals:propose", kwargs={"answer": w.proposable_answer.pk}),
        lambda w: {"entry": w.norm_entry.pk},
        (NormProposal,),
        says_already_posted=False,
    ),
]


@pytest.fixture
def world(matrix_world, db):
    """The matrix world, with an accepted answer not yet proposed for the guide."""
    from questions.services import answer_accept, answer_post
    from tests.factories import language

    w = matrix_world
    asker = w.people["member"]
    w.proposable_question = QuestionFactory(
        group=w.group, author=asker, title="When is salary discussed in Poland?"
    )
    w.proposable_question.topics.set(w.question.topics.all())
    w.proposable_answer = answer_post(
        question=w.proposable_question,
        author=w.people["owner"],
        body="In the first call, as a range.",
        language=language("en"),
    )
    answer_accept(answer=w.proposable_answer, user=asker)
    return w


def _message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("submission", SUBMISSIONS, ids=lambda submission: submission.name)
def test_the_same_form_posted_twice_creates_one(submission, world, role_clients):
    client = role_clients[submission.role]
    url, data = submission.url(world), submission.data(world)
    before = {model: model.objects.count() for model in submission.counts}
    first = client.post(url, data)
    assert first.status_code in (200, 302), first.status_code
    created = {model: model.objects.count() - before[model] for model in submission.counts}
    assert created == dict.fromkeys(submission.counts, 1), f"the first POST created {created}"
    second = client.post(url, data)
    assert second.status_code in (200, 302), second.status_code
    after = {model: model.objects.count() - before[model] for model in submission.counts}
    assert after == created, f"the second POST created more: {after}"
    if submission.says_already_posted:
        assert second.status_code == 302
        assert second["Location"] == first["Location"]
        assert ALREADY_POSTED in _message_texts(second)


def test_a_new_form_key_makes_a_new_submission(world, role_clients):
    """The form's own key (rendered by {% submission_key_field %}) tells a double click from
    the same text sent again on purpose from a fresh form."""
    client = role_clients["member"]
    url = reverse("conversations:reply", kwargs={"pk": world.conversation.pk})
    before = Message.objects.count()
    for key in ("0b6f0a53-6d3c-4f5e-9a59-0d3b3f0b1c01",) * 2 + (
        "7c2a4a11-25f0-4a8e-8f39-46f1c5d0e702",
    ):
        response = client.post(url, {"body": "Thanks!", "submission_key": key})
        assert response.status_code == 302
    assert Message.objects.count() - before == 2


def test_the_same_content_long_after_is_a_new_submission(world, role_clients):
    """Without a form key, the same text to the same address counts as a repeat only for a
    while (SUBMISSION_WINDOW)."""
    from recruitcommunity.idempotency import SUBMISSION_WINDOW
    from recruitcommunity.models import SubmissionKey

    client = role_clients["moderator"]
    url = reverse("questions:comment", kwargs={"pk": world.question.pk})
    client.post(url, {"body": "Which city?"})
    SubmissionKey.objects.update(created_at=timezone.now() - SUBMISSION_WINDOW)
    client.post(url, {"body": "Which city?"})
    assert Comment.objects.filter(body="Which city?").count() == 2


def test_a_refused_submission_can_be_sent_again(world, role_clients):
    """A submission the service refused claims nothing: fixed and sent again, it posts."""
    client = role_clients["moderator"]
    url = reverse("questions:comment", kwargs={"pk": world.question.pk})
    response = client.post(url, {"body": "x" * 601})
    assert response.status_code == 200
    response = client.post(url, {"body": "x" * 601})
    assert response.status_code == 200
    assert not Comment.objects.filter(body="x" * 601).exists()


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (
            lambda w: reverse("conversations:new", kwargs={"username": w.public_person.username}),
            lambda w: reverse("conversations:new", kwargs={"username": w.public_person.username}),
        ),
        (
            lambda w: reverse("conversations:detail", kwargs={"pk": w.conversation.pk}),
            lambda w: reverse("conversations:reply", kwargs={"pk": w.conversation.pk}),
        ),
    ],
    ids=["first message", "reply"],
)
def test_the_key_rendered_into_the_form_makes_a_double_click_send_once(
    page, url, world, role_clients
):
    client = role_clients["member"]
    form_page = client.get(page(world))
    [key] = re.findall(r'name="submission_key" value="([0-9a-f-]{36})"', form_page.content.decode())
    before = Message.objects.count()
    data = {"body": "Ok!", "submission_key": key}
    first, second = client.post(url(world), data), client.post(url(world), data)
    assert Message.objects.count() - before == 1
    assert second["Location"] == first["Location"]
    assert ALREADY_POSTED in _message_texts(second)
    # The page drawn again carries a new key: "Ok!" may be sent again on purpose.
    [new_key] = re.findall(
        r'name="submission_key" value="([0-9a-f-]{36})"',
        client.get(page(world), follow=True).content.decode(),
    )
    assert new_key != key
