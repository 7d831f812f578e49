"""The header's unread counts: notifications and messages together in one query, only when
a template asks, and nothing for anonymous visitors."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from conversations.services import conversation_start
from notifications.models import Notification
from recruitcommunity.context_processors import header_counts
from tests.factories import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def _context(user):
    request = RequestFactory().get("/")
    request.user = user
    return header_counts(request)


def test_unread_notifications_and_messages_come_from_one_query(
    member, polish_group, django_assert_num_queries
):
    writer = UserFactory(username="writer")
    conversation_start(sender=writer, recipient=member, body="Cześć!")
    question = QuestionFactory(group=polish_group)
    Notification.objects.create(recipient=member, kind="mention", question=question)
    context = _context(member)

    with django_assert_num_queries(1):
        assert context["unread_notification_count"]() == 1
        assert context["unread_message_count"]() == 1
        assert context["unread_notification_count"]() == 1


def test_nothing_is_counted_until_a_template_asks(member, django_assert_num_queries):
    with django_assert_num_queries(0):
        _context(member)


def test_anonymous_visitors_get_no_counts(db):
    assert _context(AnonymousUser()) == {}
