"""Email about new messages: at most one per conversation per member per hour. Five
messages within an hour make one email; a sixth after the hour makes a second, listing what
came since. Nothing for messages already read, for a member who left or turned these
emails off, or who has not confirmed their address; the email is in the recipient's
language, links to the conversation and has a one-click unsubscribe link."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation

from conversations.models import Participant
from conversations.services import (
    conversation_leave,
    conversation_mark_read,
    conversation_start,
    message_email_send,
    message_send,
)
from conversations.tasks import send_due_message_emails
from conversations.tokens import read_unsubscribe_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


class Clock:
    """timezone.now() under the test's control, moved forward by hand."""

    def __init__(self):
        self.now = timezone.now()

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    clock = Clock()
    with mock.patch("django.utils.timezone.now", clock):
        yield clock


def _send(conversation, sender, body, capture):
    with capture(execute=True):
        return message_send(conversation=conversation, sender=sender, body=body)


def _start(sender, recipient, body, capture):
    with capture(execute=True):
        return conversation_start(sender=sender, recipient=recipient, body=body)


def _side(conversation, member):
    return Participant.objects.get(conversation=conversation, member=member)


def test_five_messages_within_an_hour_make_one_email_and_a_sixth_after_it_another(
    clock, oliver, kasia, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    conversation = _start(oliver, kasia, "Hi Kasia, a question about salary.", capture)
    for number in range(2, 6):
        clock.advance(minutes=10)
        _send(conversation.conversation, oliver, f"Message {number}", capture)

    assert len(mail.outbox) == 1
    [first] = mail.outbox
    assert first.to == ["kasia@example.com"]
    assert first.subject == "Oliver Smith sent you a message"
    assert "Hi Kasia, a question about salary." in first.body

    clock.advance(minutes=25)  # 65 minutes after the first email
    _send(conversation.conversation, oliver, "Message 6", capture)

    assert len(mail.outbox) == 2
    second = mail.outbox[1]
    assert second.subject == "Oliver Smith sent you 5 messages"
    assert "Message 2" in second.body and "Message 6" in second.body
    assert "a question about salary" not in second.body


def test_the_periodic_task_sends_what_arrived_during_the_hour(
    clock, oliver, kasia, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    conversation = _start(oliver, kasia, "First", capture).conversation
    clock.advance(minutes=5)
    _send(conversation, oliver, "Second, within the hour", capture)
    assert len(mail.outbox) == 1

    assert send_due_message_emails() == 0  # the hour has not passed
    clock.advance(minutes=56)
    assert send_due_message_emails() == 1
    assert send_due_message_emails() == 0

    assert len(mail.outbox) == 2
    assert "Second, within the hour" in mail.outbox[1].body


def test_messages_read_before_the_email_are_not_emailed(
    clock, oliver, kasia, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    conversation = _start(oliver, kasia, "First", capture).conversation
    clock.advance(minutes=5)
    _send(conversation, oliver, "Second", capture)
    conversation_mark_read(participant=_side(conversation, kasia))
    clock.advance(hours=2)

    assert send_due_message_emails() == 0
    assert len(mail.outbox) == 1


def test_each_conversation_has_its_own_hour(
    clock, oliver, kasia, stranger, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    _start(oliver, kasia, "From Oliver", capture)
    _start(stranger, kasia, "From Max", capture)

    assert len(mail.outbox) == 2


def test_the_sender_is_not_emailed_about_their_own_message(
    oliver, kasia, django_capture_on_commit_callbacks
):
    _start(oliver, kasia, "Hello", django_capture_on_commit_callbacks)

    assert [email.to for email in mail.outbox] == [["kasia@example.com"]]


def test_no_email_for_a_member_who_turned_them_off(
    oliver, kasia, django_capture_on_commit_callbacks
):
    kasia.message_emails = False
    kasia.save(update_fields=["message_emails"])

    _start(oliver, kasia, "Hello", django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_no_email_to_an_unconfirmed_address(oliver, django_capture_on_commit_callbacks):
    newbie = UserFactory(username="newbie", verified=False)

    _start(oliver, newbie, "Welcome!", django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_no_email_for_a_conversation_the_member_left(
    clock, oliver, kasia, django_capture_on_commit_callbacks
):
    conversation = _start(oliver, kasia, "Hello", django_capture_on_commit_callbacks).conversation
    conversation_leave(participant=_side(conversation, kasia))
    clock.advance(hours=2)

    assert send_due_message_emails() == 0
    assert message_email_send(participant_id=_side(conversation, kasia).pk) is False


def test_running_the_task_twice_sends_one_email(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body="Hello").conversation
    side = _side(conversation, kasia)

    assert message_email_send(participant_id=side.pk) is True
    assert message_email_send(participant_id=side.pk) is False
    assert len(mail.outbox) == 1


def test_a_failed_email_is_tried_again(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body="Hello").conversation
    side = _side(conversation, kasia)

    with (
        mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError),
        pytest.raises(OSError),
    ):
        message_email_send(participant_id=side.pk)

    assert _side(conversation, kasia).email_notified_at is None
    assert message_email_send(participant_id=side.pk) is True


def test_the_email_links_to_the_conversation_and_unsubscribes_in_one_click(
    oliver, kasia, django_capture_on_commit_callbacks
):
    conversation = _start(oliver, kasia, "Hello", django_capture_on_commit_callbacks).conversation

    [email] = mail.outbox
    assert f"/messages/{conversation.pk}/" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert link in email.body
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert read_unsubscribe_token(token) == kasia.pk

    # A mail client posts to it without a CSRF token or a session.
    response = Client(enforce_csrf_checks=True).post(link.split("8000", 1)[1])

    kasia.refresh_from_db()
    assert response.status_code == 200
    assert kasia.message_emails is False


def test_the_email_is_written_in_the_recipients_language(
    oliver, kasia, django_capture_on_commit_callbacks
):
    kasia.interface_language = "pl"
    kasia.save(update_fields=["interface_language"])
    languages = []

    def render(template, context):
        languages.append(translation.get_language())
        return render_to_string(template, context)

    with mock.patch("conversations.services.render_to_string", render):
        _start(oliver, kasia, "Hello", django_capture_on_commit_callbacks)

    assert languages == ["pl", "pl"]
    assert len(mail.outbox) == 1
