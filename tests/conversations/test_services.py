"""Starting conversations and writing in them, with every rule that refuses a message:
oneself, closed accounts, blocks (told in the same words as a member's choice), who may
start a conversation, unconfirmed email, the new-account daily limit and the repeated first
message; reading, leaving, blocking, reporting and resolving; the data export."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conversations.models import Conversation, Message, MessageReport, Participant
from conversations.selectors import messages_for_export, unread_message_count
from conversations.services import (
    ConversationError,
    conversation_leave,
    conversation_mark_read,
    conversation_start,
    member_block,
    member_unblock,
    message_report,
    message_send,
    report_resolve,
)
from tests.conversations.conftest import recruiter
from tests.factories import EventFactory, GroupFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

NOT_ACCEPTING = "This member is not accepting messages from you."
FIRST = "Hi Kasia, when do candidates in Poland expect to talk about salary?"


def _side(conversation, member):
    return Participant.objects.get(conversation=conversation, member=member)


def _refusal(**kwargs):
    with pytest.raises(ConversationError) as refused:
        conversation_start(**kwargs)
    return refused.value.message


# Starting --------------------------------------------------------------------------------


def test_a_first_message_starts_one_conversation_for_the_pair(oliver, kasia):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)

    conversation = message.conversation
    assert message.is_first
    assert conversation.started_by == oliver
    assert conversation.started_from == Conversation.Origin.PROFILE
    assert set(conversation.member_ids()) == {oliver.pk, kasia.pk}
    assert conversation.member_low_id < conversation.member_high_id
    assert conversation.last_message == message
    assert _side(conversation, kasia).unread_count == 1
    assert _side(conversation, oliver).unread_count == 0
    assert unread_message_count(kasia) == 1


def test_writing_again_from_the_profile_goes_into_the_same_conversation(oliver, kasia):
    first = conversation_start(sender=oliver, recipient=kasia, body=FIRST)
    reply = conversation_start(sender=kasia, recipient=oliver, body="After the offer, mostly.")

    assert reply.conversation == first.conversation
    assert not reply.is_first
    assert Conversation.objects.count() == 1
    assert _side(first.conversation, oliver).unread_count == 1
    assert _side(first.conversation, kasia).unread_count == 0


def test_a_conversation_started_from_an_event_remembers_it(oliver, kasia, polish_group):
    event = EventFactory(group=polish_group)

    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST, event=event)

    assert message.conversation.started_from == Conversation.Origin.EVENT
    assert message.conversation.event == event


def test_a_conversation_started_from_the_directory_remembers_it(oliver, kasia):
    message = conversation_start(
        sender=oliver, recipient=kasia, body=FIRST, started_from=Conversation.Origin.DIRECTORY
    )

    assert message.conversation.started_from == Conversation.Origin.DIRECTORY
    assert message.conversation.event is None


def test_an_empty_message_is_refused(oliver, kasia):
    assert _refusal(sender=oliver, recipient=kasia, body="   \n ") == "Write a message first."
    assert not Conversation.objects.exists()


def test_a_message_that_is_too_long_is_refused(oliver, kasia):
    refusal = _refusal(sender=oliver, recipient=kasia, body="a" * 5001)

    assert "at most 5000 characters" in refusal


# Refusals --------------------------------------------------------------------------------


def test_nobody_writes_to_themselves(oliver):
    assert _refusal(sender=oliver, recipient=oliver, body=FIRST) == (
        "You cannot send a message to yourself."
    )


def test_a_deleted_account_cannot_be_written_to(oliver, kasia):
    kasia.deleted_at = timezone.now()
    kasia.save(update_fields=["deleted_at"])

    assert "no longer receives messages" in _refusal(sender=oliver, recipient=kasia, body=FIRST)


def test_a_deactivated_account_cannot_be_written_to(oliver, kasia):
    kasia.is_active = False
    kasia.save(update_fields=["is_active"])

    assert "no longer receives messages" in _refusal(sender=oliver, recipient=kasia, body=FIRST)


def test_a_member_with_an_unconfirmed_email_cannot_write(kasia):
    newbie = UserFactory(username="newbie", verified=False)

    assert "Confirm your email address" in _refusal(sender=newbie, recipient=kasia, body=FIRST)


def test_a_blocked_member_is_refused_without_being_told_of_the_block(oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)

    assert _refusal(sender=oliver, recipient=kasia, body=FIRST) == NOT_ACCEPTING


def test_the_block_holds_in_a_conversation_already_started(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    member_block(blocker=kasia, blocked=oliver)

    with pytest.raises(ConversationError) as refused:
        message_send(conversation=conversation, sender=oliver, body="Hello?")

    assert refused.value.message == NOT_ACCEPTING
    assert conversation.messages.count() == 1


def test_the_blocker_is_reminded_to_unblock_before_writing(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    member_block(blocker=kasia, blocked=oliver)

    with pytest.raises(ConversationError) as refused:
        message_send(conversation=conversation, sender=kasia, body="Actually…")

    assert refused.value.message == "You blocked this member. Unblock them to write to them."


def test_unblocking_lets_the_member_write_again(oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)
    member_unblock(blocker=kasia, blocked=oliver)

    assert conversation_start(sender=oliver, recipient=kasia, body=FIRST)


def test_blocking_oneself_is_refused(oliver):
    with pytest.raises(ConversationError):
        member_block(blocker=oliver, blocked=oliver)


def test_blocking_twice_is_harmless(oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)
    member_block(blocker=kasia, blocked=oliver)

    assert kasia.blocks.count() == 1


def test_a_member_who_accepts_nobody_is_not_written_to(oliver, kasia):
    kasia.message_policy = "nobody"
    kasia.save(update_fields=["message_policy"])

    assert _refusal(sender=oliver, recipient=kasia, body=FIRST) == NOT_ACCEPTING


def test_a_member_who_accepts_group_mates_refuses_others(oliver, kasia, polish_group):
    kasia.message_policy = "groups"
    kasia.save(update_fields=["message_policy"])
    MembershipFactory(user=kasia, group=polish_group)
    MembershipFactory(user=oliver, group=GroupFactory(name="London Recruiters"))

    assert _refusal(sender=oliver, recipient=kasia, body=FIRST) == NOT_ACCEPTING


def test_a_pending_membership_is_not_a_shared_group(oliver, kasia, polish_group):
    kasia.message_policy = "groups"
    kasia.save(update_fields=["message_policy"])
    MembershipFactory(user=kasia, group=polish_group)
    MembershipFactory(user=oliver, group=polish_group, status="pending")

    assert _refusal(sender=oliver, recipient=kasia, body=FIRST) == NOT_ACCEPTING


def test_a_member_who_accepts_group_mates_hears_from_them(oliver, kasia, polish_group):
    kasia.message_policy = "groups"
    kasia.save(update_fields=["message_policy"])
    MembershipFactory(user=kasia, group=polish_group)
    MembershipFactory(user=oliver, group=polish_group)

    assert conversation_start(sender=oliver, recipient=kasia, body=FIRST)


def test_a_conversation_already_started_goes_on_whatever_the_choice(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    kasia.message_policy = "nobody"
    kasia.save(update_fields=["message_policy"])

    message = message_send(conversation=conversation, sender=oliver, body="Thanks a lot!")

    assert message.conversation == conversation


def test_only_participants_write_in_a_conversation(oliver, kasia, stranger):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation

    with pytest.raises(ConversationError):
        message_send(conversation=conversation, sender=stranger, body="Hi both")


# Against spam ----------------------------------------------------------------------------


def test_a_new_account_starts_only_a_few_conversations_a_day(settings, kasia):
    settings.CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = 2
    newcomer = UserFactory(username="newcomer")  # joined just now
    first, second, third = (recruiter(f"target{n}") for n in range(3))

    conversation_start(sender=newcomer, recipient=first, body="Hello, I recruit in Kraków.")
    conversation_start(sender=newcomer, recipient=second, body="Hi! Sourcing in Gdańsk?")
    refusal = _refusal(sender=newcomer, recipient=third, body="Do you hire in Łódź?")

    assert "New accounts may start 2 conversations a day" in refusal
    # Replying is not limited.
    assert conversation_start(sender=newcomer, recipient=first, body="Thanks!")


def test_the_daily_limit_counts_the_last_24_hours(settings):
    settings.CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = 1
    newcomer = UserFactory(username="newcomer")
    first, second = recruiter("target1"), recruiter("target2")
    conversation = conversation_start(sender=newcomer, recipient=first, body="Hello").conversation
    Conversation.objects.filter(pk=conversation.pk).update(
        created_at=timezone.now() - timedelta(hours=25)
    )

    assert conversation_start(sender=newcomer, recipient=second, body="Hello again")


def test_an_older_account_is_not_held_to_the_new_account_limit(settings, oliver):
    settings.CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = 1
    for number in range(3):
        conversation_start(sender=oliver, recipient=recruiter(f"t{number}"), body=f"Hi {number}")

    assert Conversation.objects.filter(started_by=oliver).count() == 3


def test_the_same_first_message_to_many_people_is_refused(settings, oliver):
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = 3
    pitch = "Great opportunity! Join our recruiting platform today: https://example.com/offer"
    for number in range(3):
        conversation_start(sender=oliver, recipient=recruiter(f"t{number}"), body=pitch)

    # Case, spacing and punctuation do not make it a different message.
    refusal = _refusal(
        sender=oliver,
        recipient=recruiter("t4"),
        body="great opportunity   join our recruiting platform today https://example.com/offer!!",
    )

    assert "already sent this same message to 3 other members" in refusal
    assert "Mass messages are not allowed" in refusal
    assert Conversation.objects.filter(started_by=oliver).count() == 3


def test_different_first_messages_are_not_counted_together(settings, oliver):
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = 2
    for number in range(4):
        conversation_start(
            sender=oliver,
            recipient=recruiter(f"t{number}"),
            body=f"Hi, I saw your answer number {number} about notice periods.",
        )

    assert Conversation.objects.filter(started_by=oliver).count() == 4


def test_the_same_reply_in_existing_conversations_is_not_a_first_message(settings, oliver):
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = 1
    conversations = [
        conversation_start(sender=recruiter(f"t{number}"), recipient=oliver, body=f"Q{number}")
        for number in range(3)
    ]

    for message in conversations:
        message_send(conversation=message.conversation, sender=oliver, body="Thank you!")

    assert Message.objects.filter(sender=oliver).count() == 3


def test_the_repeated_message_rule_forgets_after_its_period(settings, oliver):
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = 1
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_HOURS = 24
    conversation_start(sender=oliver, recipient=recruiter("t1"), body="Same words")
    Message.objects.update(created_at=timezone.now() - timedelta(hours=25))

    assert conversation_start(sender=oliver, recipient=recruiter("t2"), body="Same words")


# Reading and leaving ---------------------------------------------------------------------


def test_reading_clears_the_unread_count(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    message_send(conversation=conversation, sender=oliver, body="And notice periods?")
    side = _side(conversation, kasia)
    assert side.unread_count == 2

    conversation_mark_read(participant=side)

    side.refresh_from_db()
    assert side.unread_count == 0
    assert side.last_read_at is not None
    assert unread_message_count(kasia) == 0


def test_leaving_hides_the_conversation_from_one_side_only(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation

    conversation_leave(participant=_side(conversation, kasia))

    assert not Participant.objects.listed().filter(conversation=conversation, member=kasia)
    assert Participant.objects.listed().filter(conversation=conversation, member=oliver)
    assert unread_message_count(kasia) == 0
    assert conversation.messages.count() == 1


def test_a_new_message_brings_a_left_conversation_back(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    conversation_leave(participant=_side(conversation, kasia))

    message_send(conversation=conversation, sender=oliver, body="Are you still there?")

    side = _side(conversation, kasia)
    assert side.left_at is None
    assert side.unread_count == 1


# Reporting -------------------------------------------------------------------------------


def test_a_participant_reports_a_message_from_the_other_side(oliver, kasia):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)

    report = message_report(message=message, reporter=kasia, reason="spam", note="Sells a course")

    assert report.status == MessageReport.Status.OPEN
    assert report.note == "Sells a course"


def test_a_message_is_reported_once_per_member(oliver, kasia):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)
    message_report(message=message, reporter=kasia, reason="spam")

    with pytest.raises(ConversationError, match="already reported"):
        message_report(message=message, reporter=kasia, reason="harassment")


def test_nobody_reports_their_own_message_or_one_from_another_conversation(oliver, kasia, stranger):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)

    with pytest.raises(ConversationError):
        message_report(message=message, reporter=oliver, reason="spam")
    with pytest.raises(ConversationError):
        message_report(message=message, reporter=stranger, reason="spam")


def test_staff_resolve_a_report_once(oliver, kasia, staff_member):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)
    report = message_report(message=message, reporter=kasia, reason="scam")

    resolved = report_resolve(report=report, staff=staff_member, note="Warned the sender.")

    assert resolved.status == MessageReport.Status.RESOLVED
    assert resolved.handled_by == staff_member
    assert resolved.handled_at is not None
    with pytest.raises(ConversationError, match="already been resolved"):
        report_resolve(report=report, staff=staff_member)


def test_only_staff_resolve_reports(oliver, kasia):
    message = conversation_start(sender=oliver, recipient=kasia, body=FIRST)
    report = message_report(message=message, reporter=kasia, reason="scam")

    with pytest.raises(ConversationError):
        report_resolve(report=report, staff=kasia)


# Export and deleted accounts -------------------------------------------------------------


def test_the_export_lists_the_members_messages_both_ways(oliver, kasia, stranger):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    message_send(conversation=conversation, sender=kasia, body="After the offer.")
    conversation_start(sender=stranger, recipient=recruiter("other"), body="Not Oliver's")

    exported = messages_for_export(oliver)

    assert [(row["body"], row["mine"]) for row in exported] == [
        (FIRST, True),
        ("After the offer.", False),
    ]
    assert {row["with"] for row in exported} == {"Katarzyna Nowak"}
    assert all(row["conversation"] == conversation.pk for row in exported)
    assert exported[0]["sent_at"].endswith("+00:00")


def test_a_deleted_accounts_messages_stay_in_the_other_copy_as_former_member(oliver, kasia):
    conversation = conversation_start(sender=oliver, recipient=kasia, body=FIRST).conversation
    oliver.deleted_at = timezone.now()
    oliver.save(update_fields=["deleted_at"])

    exported = messages_for_export(kasia)

    assert [row["body"] for row in exported] == [FIRST]
    assert exported[0]["with"] == "former member"
    assert Message.objects.get(conversation=conversation).sender.public_name == "former member"
