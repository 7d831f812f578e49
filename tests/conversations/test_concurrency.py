"""Two members writing to each other for the first time at the same moment get one
conversation with both messages; a new account sending many first messages at once is held
to its daily limit; replies sent at once all count as unread."""

import pytest

from conversations.models import Conversation, Message, Participant
from conversations.services import conversation_start, message_send
from tests.concurrency import run_at_once
from tests.conversations.conftest import recruiter
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_first_messages_at_once_make_one_conversation():
    oliver, kasia = recruiter("oliver"), recruiter("kasia")

    outcomes = run_at_once(
        [
            lambda: conversation_start(sender=oliver, recipient=kasia, body="Hi Kasia!"),
            lambda: conversation_start(sender=kasia, recipient=oliver, body="Hi Oliver!"),
        ]
    )

    assert outcomes == [None, None]
    conversation = Conversation.objects.get()
    assert conversation.messages.count() == 2
    assert Message.objects.filter(is_first=True).count() == 1
    assert Participant.objects.filter(conversation=conversation).count() == 2


def test_the_same_pair_twice_at_once_makes_one_conversation():
    oliver, kasia = recruiter("oliver"), recruiter("kasia")

    outcomes = run_at_once(
        [
            lambda number=number: conversation_start(
                sender=oliver, recipient=kasia, body=f"Hello from tab {number}"
            )
            for number in range(3)
        ]
    )

    assert outcomes == [None, None, None]
    assert Conversation.objects.count() == 1
    assert Participant.objects.get(member=kasia).unread_count == 3


def test_a_new_account_cannot_beat_its_daily_limit_by_sending_at_once(settings):
    settings.CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = 2
    newcomer = UserFactory(username="newcomer")
    targets = [recruiter(f"target{number}") for number in range(5)]

    outcomes = run_at_once(
        [
            lambda target=target: conversation_start(
                sender=newcomer, recipient=target, body=f"Hello {target.username}"
            )
            for target in targets
        ]
    )

    assert Conversation.objects.filter(started_by=newcomer).count() == 2
    assert sum(outcome is not None for outcome in outcomes) == 3


def test_replies_at_once_are_all_counted_unread():
    oliver, kasia = recruiter("oliver"), recruiter("kasia")
    conversation = conversation_start(sender=oliver, recipient=kasia, body="Hi").conversation

    run_at_once(
        [
            lambda number=number: message_send(
                conversation=conversation, sender=oliver, body=f"More {number}"
            )
            for number in range(5)
        ]
    )

    assert Participant.objects.get(member=kasia).unread_count == 6
