"""Every rule of moderation the database itself keeps: a report is about exactly one thing,
is open once per reporter, says when it was handled; hidden content says why; a held post
is not hidden at the same time; a lock records its time."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import Event
from moderation.models import Flag, ModerationAction
from moderation.text import normalised_text, text_fingerprint
from questions.models import Answer, Comment, Question
from tests.factories import FlagFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_a_report_is_about_exactly_one_thing(scene):
    reporter = scene.member
    refused(lambda: Flag.objects.create(reporter=reporter, reason="spam"))
    refused(
        lambda: Flag.objects.create(
            reporter=reporter, reason="spam", question=scene.question, answer=scene.answer
        )
    )


def test_a_member_cannot_be_reported_by_themself(scene):
    refused(lambda: Flag.objects.create(reporter=scene.member, member=scene.member, reason="spam"))


def test_a_reason_and_a_status_come_from_their_lists(scene):
    refused(lambda: FlagFactory(question=scene.question, reason="boring"))
    refused(lambda: FlagFactory(question=scene.question, status="maybe"))


def test_one_open_report_per_reporter_and_thing_but_a_new_one_after_handling(scene):
    first = FlagFactory(question=scene.question, reporter=scene.member)
    refused(lambda: FlagFactory(question=scene.question, reporter=scene.member))

    first.status = Flag.Status.DISMISSED
    first.handled_at = timezone.now()
    first.save()
    again = FlagFactory(question=scene.question, reporter=scene.member)

    assert again.is_open


@pytest.mark.parametrize(
    ("status", "handled"),
    [("open", True), ("upheld", False), ("dismissed", False)],
)
def test_only_a_closed_report_has_been_handled(scene, status, handled):
    refused(
        lambda: FlagFactory(
            question=scene.question,
            status=status,
            handled_at=timezone.now() if handled else None,
        )
    )


@pytest.mark.parametrize("model", [Question, Answer, Comment, Event])
def test_hidden_content_always_says_why(scene, model):
    row = {
        Question: scene.question,
        Answer: scene.answer,
        Comment: scene.comment,
        Event: scene.event,
    }[model]
    queryset = model.objects.filter(pk=row.pk)

    refused(lambda: queryset.update(hidden_at=timezone.now()))
    refused(lambda: queryset.update(hidden_reason="Spam"))
    refused(lambda: queryset.update(hidden_by=scene.moderator))
    queryset.update(hidden_at=timezone.now(), hidden_reason="Spam", hidden_by=scene.moderator)
    # The moderator may leave later: the reason is enough.
    queryset.update(hidden_by=None)


@pytest.mark.parametrize("model", [Question, Answer])
def test_a_post_is_never_held_and_hidden_at_once(scene, model):
    row = scene.question if model is Question else scene.answer
    queryset = model.objects.filter(pk=row.pk)

    refused(
        lambda: queryset.update(
            held_at=timezone.now(), hidden_at=timezone.now(), hidden_reason="Spam"
        )
    )


def test_a_lock_records_when(scene):
    queryset = Question.objects.filter(pk=scene.question.pk)

    refused(lambda: queryset.update(locked_by=scene.moderator))
    queryset.update(locked_at=timezone.now(), locked_by=scene.moderator)


def test_an_audit_entry_is_about_one_thing_at_most_and_a_known_action(scene):
    refused(
        lambda: ModerationAction.objects.create(
            actor=scene.moderator, action="hide", question=scene.question, answer=scene.answer
        )
    )
    refused(
        lambda: ModerationAction.objects.create(
            actor=scene.moderator, action="explode", question=scene.question
        )
    )
    # A target deleted since leaves the entry with none.
    ModerationAction.objects.create(actor=scene.moderator, action="hide", group=scene.polish)


def test_the_audit_log_outlives_what_it_was_about(scene):
    entry = ModerationAction.objects.create(
        actor=scene.moderator, action="hide", question=scene.question, group=scene.polish
    )
    scene.question.delete()

    entry.refresh_from_db()
    assert entry.question is None


def test_reports_go_when_what_they_were_about_goes():
    reporter = UserFactory()
    question = QuestionFactory()
    FlagFactory(question=question, reporter=reporter)

    question.delete()

    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hiring Java devs!\n\nApply now", "hiring java devs! apply now"),
        ("  ZATRUDNIMY   programistów  ", "zatrudnimy programistów"),
        ("Straße", "STRASSE"),
    ],
)
def test_the_fingerprint_ignores_case_and_spacing(first, second):
    assert text_fingerprint(first) == text_fingerprint(second)
    assert len(text_fingerprint(first)) == 64


def test_different_texts_and_empty_ones():
    assert text_fingerprint("Hiring in Berlin") != text_fingerprint("Hiring in Hamburg")
    assert text_fingerprint(" \n\t ") == ""
    assert normalised_text("A\u00a0 b") == "a b"
