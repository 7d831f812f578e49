"""The conversation pages cost a fixed number of queries, whatever the number of
conversations, messages or reports."""

import pytest
from django.conf import settings

from conversations.models import MessageReport, Participant
from conversations.services import conversation_start, message_send
from tests.conversations.conftest import recruiter
from tests.factories import ConversationFactory, MessageFactory

pytestmark = pytest.mark.django_db

# session, member, the header's unread counts, count, page of conversations
LIST_QUERY_BUDGET = 5
# session, member, the header's unread counts, the member's side with the conversation and
# both members, mark read, count, page of messages, the other member with blocks and
# groups, the confirmed email
CONVERSATION_QUERY_BUDGET = 9
# session, staff member, the header's unread counts, count, page of reports, the context
# slices, the context messages
REPORT_QUEUE_QUERY_BUDGET = 7
# session, member, the member's side, mark read, the new messages
UPDATES_QUERY_BUDGET = 5


def _conversations_of(member, size):
    for number in range(size):
        other = recruiter(f"colleague{number:03}")
        conversation_start(sender=other, recipient=member, body=f"Hello number {number}")


@pytest.mark.parametrize("size", [3, 40])
def test_the_conversation_list_query_count_does_not_grow(
    client, kasia, django_assert_max_num_queries, size
):
    _conversations_of(kasia, size)
    client.force_login(kasia)

    with django_assert_max_num_queries(LIST_QUERY_BUDGET):
        response = client.get("/messages/")

    assert response.content.decode().count('<li class="conversation-row') == min(
        size, settings.PAGE_SIZE
    )


@pytest.mark.parametrize("size", [20, 200])
def test_a_conversation_query_count_does_not_grow_with_messages(
    client, oliver, kasia, django_assert_max_num_queries, size
):
    conversation = ConversationFactory(first=oliver, second=kasia)
    for number in range(size):
        MessageFactory(conversation=conversation, sender=(oliver, kasia)[number % 2])
    Participant.objects.filter(member=oliver).update(unread_count=size // 2)
    client.force_login(oliver)

    with django_assert_max_num_queries(CONVERSATION_QUERY_BUDGET):
        response = client.get(conversation.get_absolute_url())

    assert response.status_code == 200
    assert response.content.decode().count('<li class="chat-message') == min(size, 50)


@pytest.mark.parametrize("size", [2, 30])
def test_the_report_queue_query_count_does_not_grow(
    client, oliver, staff_member, django_assert_max_num_queries, size
):
    for number in range(size):
        reporter = recruiter(f"reporter{number:03}")
        message = conversation_start(sender=oliver, recipient=reporter, body=f"Pitch {number}")
        message_send(conversation=message.conversation, sender=reporter, body="Please stop.")
        MessageReport.objects.create(message=message, reporter=reporter, reason="spam")
    client.force_login(staff_member)

    with django_assert_max_num_queries(REPORT_QUEUE_QUERY_BUDGET):
        response = client.get("/messages/reports/")

    assert response.content.decode().count('class="card report-card"') == min(size, 10)


@pytest.mark.parametrize("size", [1, 30])
def test_fetching_new_messages_query_count_does_not_grow(
    client, oliver, kasia, django_assert_max_num_queries, size
):
    conversation = conversation_start(sender=oliver, recipient=kasia, body="Hi").conversation
    first = conversation.messages.get()
    for number in range(size):
        message_send(conversation=conversation, sender=oliver, body=f"More {number}")
    client.force_login(kasia)

    with django_assert_max_num_queries(UPDATES_QUERY_BUDGET):
        response = client.get(
            f"/messages/{conversation.pk}/updates/?after={first.pk}", HTTP_HX_REQUEST="true"
        )

    assert response.content.decode().count('<li class="chat-message') == size
