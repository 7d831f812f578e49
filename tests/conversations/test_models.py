"""The database holds the invariants of conversations even against direct writes: one
conversation per pair in a fixed order, started by one of the two, one first message, one
side per member, a block of somebody else once, a report once per member and resolved only
with a date; and the normalised text the repeated-message rule compares."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from conversations.models import (
    Block,
    Conversation,
    Message,
    MessageReport,
    Participant,
    body_hash,
    normalised_text,
)
from members.models import User
from tests.factories import ConversationFactory, EventFactory, MessageFactory, UserFactory

pytestmark = pytest.mark.django_db


def _violates(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.fixture
def pair(db):
    first, second = UserFactory(), UserFactory()
    return (first, second) if first.pk < second.pk else (second, first)


def test_one_conversation_per_pair(pair):
    low, high = pair
    ConversationFactory(first=low, second=high)

    _violates(lambda: ConversationFactory(first=high, second=low))


def test_the_pair_is_stored_lower_id_first(pair):
    low, high = pair

    _violates(lambda: Conversation.objects.create(member_low=high, member_high=low, started_by=low))


def test_nobody_has_a_conversation_with_themselves(pair):
    low, _high = pair

    _violates(lambda: Conversation.objects.create(member_low=low, member_high=low, started_by=low))


def test_a_conversation_is_started_by_one_of_its_members(pair):
    low, high = pair

    _violates(
        lambda: Conversation.objects.create(
            member_low=low, member_high=high, started_by=UserFactory()
        )
    )


def test_only_a_conversation_started_from_an_event_names_one(pair, polish_group):
    low, high = pair

    _violates(
        lambda: Conversation.objects.create(
            member_low=low,
            member_high=high,
            started_by=low,
            started_from="profile",
            event=EventFactory(group=polish_group),
        )
    )


def test_the_origin_is_one_of_the_three(pair):
    low, high = pair

    _violates(
        lambda: Conversation.objects.create(
            member_low=low, member_high=high, started_by=low, started_from="email"
        )
    )


def test_one_side_per_member(pair):
    conversation = ConversationFactory(first=pair[0], second=pair[1])

    _violates(lambda: Participant.objects.create(conversation=conversation, member=pair[0]))


def test_a_side_that_left_has_nothing_unread(pair):
    conversation = ConversationFactory(first=pair[0], second=pair[1])

    _violates(
        lambda: Participant.objects.filter(conversation=conversation, member=pair[0]).update(
            left_at=timezone.now(), unread_count=2
        )
    )


def test_unread_counts_are_never_negative(pair):
    conversation = ConversationFactory(first=pair[0], second=pair[1])

    _violates(lambda: Participant.objects.filter(conversation=conversation).update(unread_count=-1))


def test_one_first_message_per_conversation(pair):
    conversation = ConversationFactory(first=pair[0], second=pair[1])
    MessageFactory(conversation=conversation, is_first=True)

    _violates(lambda: MessageFactory(conversation=conversation, is_first=True))


def test_a_message_has_text_and_a_sha256(pair):
    conversation = ConversationFactory(first=pair[0], second=pair[1])

    _violates(lambda: MessageFactory(conversation=conversation, body=""))
    _violates(lambda: MessageFactory(conversation=conversation, body_hash="not-a-hash"))


def test_a_block_is_of_somebody_else_and_once(pair):
    low, high = pair
    Block.objects.create(blocker=low, blocked=high)

    _violates(lambda: Block.objects.create(blocker=low, blocked=high))
    _violates(lambda: Block.objects.create(blocker=low, blocked=low))


def test_a_report_is_made_once_per_member_and_resolved_with_a_date(pair):
    low, high = pair
    message = MessageFactory(conversation=ConversationFactory(first=low, second=high))
    MessageReport.objects.create(message=message, reporter=high, reason="spam")

    _violates(lambda: MessageReport.objects.create(message=message, reporter=high, reason="scam"))
    _violates(
        lambda: MessageReport.objects.create(
            message=message, reporter=low, reason="spam", status="resolved"
        )
    )
    _violates(lambda: MessageReport.objects.create(message=message, reporter=low, reason="rude"))


def test_the_message_policy_is_one_of_the_three(pair):
    _violates(lambda: User.objects.filter(pk=pair[0].pk).update(message_policy="friends"))


def test_the_default_lets_any_signed_in_member_write():
    assert UserFactory().message_policy == User.MessagePolicy.ANYONE


def test_normalising_ignores_case_spacing_and_punctuation():
    assert normalised_text("  Hi!  Great   OFFER, today.") == "hi great offer today"
    assert body_hash("Hi! Great offer") == body_hash("hi great offer")
    assert body_hash("Hi! Great offer") != body_hash("Hi! Great offers")
    assert normalised_text("Cześć, ŁÓDŹ!") == "cześć łódź"


def test_other_member_is_the_other_side(pair):
    low, high = pair
    conversation = ConversationFactory(first=low, second=high)

    assert conversation.other_member(low) == high
    assert conversation.other_member(high.pk) == low
    assert isinstance(conversation, Conversation)
    assert Message.objects.count() == 0
