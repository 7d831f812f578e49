"""The demo shows moderation: open reports in Polish, German, Spanish and Estonian, a hidden
answer with its reason, a locked thread, and the demo member's group holding first posts
with one question waiting; a second run adds nothing."""

import io

import pytest
from django.core.management import call_command

from groups.models import Group
from moderation.models import Flag, ModerationAction
from questions.models import Answer, Question

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Flag.objects.count(),
        ModerationAction.objects.count(),
        Question.objects.count(),
        Answer.objects.count(),
    )


def test_seed_demo_shows_moderation_once():
    call_command("seed_demo", stdout=io.StringIO())

    spam = Flag.objects.open().filter(question__title__startswith="Zatrudnimy 5 rekruterów IT")
    assert [flag.reason for flag in spam] == ["spam", "spam"]
    assert spam[0].question.language_id == "pl"
    off_topic = Flag.objects.open().get(reason="off_topic")
    assert off_topic.question.language_id == "de"
    assert off_topic.group.slug == "recruiting-community-berlin"
    assert Flag.objects.open().filter(comment__isnull=False, reason="abusive").exists()
    staff_only = Flag.objects.open().get(member__isnull=False)
    assert staff_only.group is None

    hidden = Answer.objects.get(hidden_at__isnull=False)
    assert "telefon" in hidden.hidden_reason
    assert ModerationAction.objects.filter(action="hide", answer=hidden).exists()
    locked = Question.objects.get(locked_at__isnull=False)
    assert ModerationAction.objects.filter(action="lock", question=locked).exists()

    demo_group = Group.objects.get(slug="tech-sourcing-warszawa")
    assert demo_group.hold_first_posts
    held = Question.objects.get(held_at__isnull=False)
    assert held.group == demo_group
    assert not Question.objects.visible().filter(pk=held.pk).exists()

    before = _counts()
    call_command("seed_demo", stdout=io.StringIO())

    assert _counts() == before
