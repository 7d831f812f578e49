"""The demo seeds the demo member's conversations in English, German, Hebrew and Polish, one
started from the Warsaw meetup's similar-goals list, some unread, a blocked mass pitch with
an open report in the staff queue; a second run adds nothing."""

import io

import pytest
from django.core.management import call_command

from conversations.models import Block, Conversation, Message, MessageReport, Participant
from conversations.selectors import unread_message_count
from members.models import User

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Conversation.objects.count(),
        Message.objects.count(),
        Participant.objects.count(),
        Block.objects.count(),
        MessageReport.objects.count(),
    )


def test_seed_demo_writes_the_demo_members_conversations_once():
    call_command("seed_demo", stdout=io.StringIO())

    demo = User.objects.get(username="demo")
    sides = Participant.objects.filter(member=demo).select_related(
        "conversation__member_low", "conversation__member_high"
    )
    others = {side.conversation.other_member(demo).home_country.code for side in sides}
    assert {"GB", "DE", "IL", "PL", "NL"} <= others

    from_event = Conversation.objects.get(started_from="event")
    assert from_event.event.group.slug == "rekruterzy-it-polska"
    assert demo.pk in from_event.member_ids()
    assert from_event.messages.filter(body__startswith="Cześć!").exists()

    bodies = " ".join(Message.objects.values_list("body", flat=True))
    assert "Scheinselbstständigkeit" in bodies
    assert "שלום" in bodies
    assert "salary on the very first call" in bodies

    assert unread_message_count(demo) == 4
    spammer = User.objects.get(username="growth.hacker.recruiting")
    assert Block.objects.filter(blocker=demo, blocked=spammer).exists()
    report = MessageReport.objects.get()
    assert (report.reporter, report.status, report.message.sender) == (demo, "open", spammer)
    assert Conversation.objects.filter(started_by=spammer).count() == 3
    # Messages carry the plan's times, not the moment of seeding, oldest first.
    london = Conversation.objects.filter(
        started_from="directory", started_by__home_country="GB"
    ).get()
    times = list(london.messages.order_by("pk").values_list("created_at", flat=True))
    assert times == sorted(times) and times[-1] == london.last_message_at

    before = _counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert _counts() == before
