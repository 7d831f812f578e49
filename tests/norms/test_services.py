import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from norms.models import NormEntry, NormRevision
from norms.services import (
    EditConflict,
    NormError,
    norm_entry_confirm,
    norm_entry_edit,
    norm_entry_revert,
)
from tests.factories import UserFactory
from tests.norms.factories import make_entry

pytestmark = pytest.mark.django_db


def edit(entry, *, editor, base_version, short_answer, summary="Updated"):
    return norm_entry_edit(
        entry=entry,
        editor=editor,
        base_version=base_version,
        short_answer=short_answer,
        explanation=entry.explanation,
        sources=entry.sources,
        summary=summary,
    )


def test_an_edit_bumps_the_version_and_keeps_a_revision():
    entry = make_entry()
    editor = UserFactory()

    entry = edit(entry, editor=editor, base_version=1, short_answer="Only at the offer.")

    assert entry.version == 2
    assert list(entry.revisions.values_list("version", "short_answer")) == [
        (2, "Only at the offer."),
        (1, "After the first interview."),
    ]


def test_an_edit_from_an_older_version_saves_nothing():
    entry = make_entry()
    edit(entry, editor=UserFactory(), base_version=1, short_answer="First editor's text.")

    with pytest.raises(EditConflict) as conflict:
        edit(entry, editor=UserFactory(), base_version=1, short_answer="Second editor's text.")

    assert conflict.value.current.short_answer == "First editor's text."
    entry.refresh_from_db()
    assert entry.version == 2
    assert entry.short_answer == "First editor's text."
    assert NormRevision.objects.filter(entry=entry).count() == 2


@pytest.mark.parametrize("edits", [1, 3])
def test_every_edit_is_revertible_as_a_new_version(edits):
    entry = make_entry(short_answer="v1")
    moderator = UserFactory()
    for number in range(2, edits + 2):
        entry = edit(
            entry, editor=UserFactory(), base_version=number - 1, short_answer=f"v{number}"
        )

    for revision in NormRevision.objects.filter(entry=entry).exclude(version=entry.version):
        before = entry.version
        entry = norm_entry_revert(entry=entry, revision=revision, moderator=moderator)
        assert entry.version == before + 1
        assert entry.short_answer == revision.short_answer
        assert entry.revisions.count() == entry.version
        latest = entry.revisions.first()
        assert latest.editor == moderator
        assert f"version {revision.version}" in latest.summary


def test_a_revision_of_another_entry_cannot_be_reverted_to():
    entry = make_entry()
    other = make_entry(topic_slug="benefits")

    with pytest.raises(NormError):
        norm_entry_revert(entry=entry, revision=other.revisions.get(), moderator=UserFactory())


def test_a_confirmation_counts_once_per_member():
    entry = make_entry()
    first, second = UserFactory(), UserFactory()

    assert norm_entry_confirm(entry=entry, member=first) is True
    assert norm_entry_confirm(entry=entry, member=first) is False
    assert norm_entry_confirm(entry=entry, member=second) is True

    entry.refresh_from_db()
    assert entry.confirmation_count == 2


def test_confirming_marks_a_stale_entry_as_reviewed():
    entry = make_entry()
    NormEntry.objects.filter(pk=entry.pk).update(
        last_reviewed_at=timezone.now() - timedelta(days=400)
    )
    entry.refresh_from_db()
    assert entry.is_stale
    assert list(NormEntry.objects.stale()) == [entry]

    norm_entry_confirm(entry=entry, member=UserFactory())

    entry.refresh_from_db()
    assert not entry.is_stale
    assert not NormEntry.objects.stale().exists()


def test_an_entry_reviewed_within_the_year_is_not_stale():
    entry = make_entry()
    NormEntry.objects.filter(pk=entry.pk).update(
        last_reviewed_at=timezone.now() - timedelta(days=360)
    )
    entry.refresh_from_db()
    assert not entry.is_stale
    assert not NormEntry.objects.stale().exists()


@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_version_1_at_once_only_one_wins():
    entry = make_entry()
    editors = [UserFactory(username="first-editor"), UserFactory(username="second-editor")]
    start = threading.Barrier(2)
    outcomes = []

    def save(editor):
        try:
            start.wait(timeout=10)
            edit(
                NormEntry.objects.get(pk=entry.pk),
                editor=editor,
                base_version=1,
                short_answer=f"Text by {editor.username}",
            )
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(editor,)) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["conflict", "saved"]
    entry.refresh_from_db()
    assert entry.version == 2
    assert entry.revisions.count() == 2
    assert entry.short_answer in {"Text by first-editor", "Text by second-editor"}
