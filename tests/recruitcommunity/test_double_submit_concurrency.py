"""Double submission at the same moment: two tabs (or a double click that the browser does
not hold back) post the same form at once, in two threads with two database connections.
The first creates, the second waits for it on the submission's key and is sent to what it
created. For the forms where a duplicate hurts most: a question, an answer, the first
message of a conversation. (Kept apart from test_double_submit.py: these tests commit, which
the module-wide world of that file cannot share a connection with.)"""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conversations.models import Message
from questions.models import Answer, Question
from tests.concurrency import run_at_once
from tests.factories import GroupFactory, MembershipFactory, QuestionFactory, UserFactory


@pytest.fixture
def signed_in_twice(transactional_db, settings):
    """Two clients (two tabs, or one double click) of the same member, and what they need:
    a group, a question in it, another member to write to."""
    settings.RATELIMIT_ENABLE = False
    group = GroupFactory(name="Rekruterzy Poznań", slug="rekruterzy-poznan", city="Poznań")
    member = UserFactory(username="kinga", date_joined=timezone.now() - timedelta(days=400))
    MembershipFactory(group=group, user=member)
    question = QuestionFactory(group=group, title="Do Poznań candidates expect hybrid work?")
    recipient = UserFactory(username="tomasz", date_joined=timezone.now() - timedelta(days=400))
    tabs = [Client(), Client()]
    for tab in tabs:
        tab.force_login(member)
    return tabs, group, question, recipient


CONCURRENT = [
    (
        "ask a question",
        lambda group, question, recipient: reverse("groups:ask", kwargs={"slug": group.slug}),
        {
            "title": "Is a 3-month notice period negotiable in Poznań?",
            "body": "Candidates tell me it is fixed by law. Is it?",
            "language": "en",
        },
        Question,
    ),
    (
        "answer",
        lambda group, question, recipient: reverse("questions:answer", kwargs={"pk": question.pk}),
        {"body": "Mostly yes, two days a week.", "language": "en"},
        Answer,
    ),
    (
        "start a conversation",
        lambda group, question, recipient: reverse(
            "conversations:new", kwargs={"username": recipient.username}
        ),
        {"body": "Hello Tomasz, do you recruit in Poznań?"},
        Message,
    ),
]


@pytest.mark.parametrize(
    ("name", "url", "data", "model"), CONCURRENT, ids=[case[0] for case in CONCURRENT]
)
def test_the_same_form_posted_twice_at_once_creates_one(name, url, data, model, signed_in_twice):
    tabs, group, question, recipient = signed_in_twice
    address = url(group, question, recipient)
    before = model.objects.count()
    responses = [None, None]

    def post(index):
        responses[index] = tabs[index].post(address, data)

    outcomes = run_at_once([lambda: post(0), lambda: post(1)])

    assert outcomes == [None, None]
    assert model.objects.count() - before == 1
    assert [response.status_code for response in responses] == [302, 302]
    assert responses[0]["Location"] == responses[1]["Location"]
