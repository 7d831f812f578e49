"""What happens to a post after it is written: its author edits it (each edit keeps the
previous version as a Revision), deletes it (softly: the thread keeps its place), and the
asker accepts one of the answers."""

import difflib
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.services import notify_answer_accepted, notify_on_commit
from recruitcommunity.exceptions import DomainError

from ..models import Answer, Question, Revision
from ..search import index_answer, index_question
from .asking import question_text_fingerprint
from .voting import post_kind


class EditError(DomainError):
    pass


class AcceptError(DomainError):
    pass


# Who may do what -------------------------------------------------------------------------


def may_edit_post(user, post):
    """Only the author edits a post, and only while it is neither deleted nor hidden by the
    moderators."""
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_deleted
        and not post.is_hidden
    )


def may_delete_post(user, post):
    """The author or staff delete a post."""
    return (
        user.is_authenticated
        and (post.author_id == user.pk or user.is_staff)
        and not post.is_deleted
    )


def may_see_history(user, post):
    """Everyone reads the history of a post; once deleted, only its author and staff."""
    if not post.is_deleted:
        return True
    return user.is_authenticated and (post.author_id == user.pk or user.is_staff)


def may_accept(user, question):
    """The asker, and nobody else, accepts an answer to an open question."""
    return user.is_authenticated and question.author_id == user.pk and not question.is_deleted


# Editing ---------------------------------------------------------------------------------


@transaction.atomic
def question_edit(*, question, editor, title, body):
    """Change a question's title and body, keeping the previous version as a Revision."""
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if not may_edit_post(editor, locked):
        raise EditError(_("You can only edit your own questions."))
    if (locked.title, locked.body) == (title, body):
        return locked
    if body != locked.body:
        # Editing is no way round the rule against the same text in several groups.
        locked.body_hash = question_text_fingerprint(
            author=locked.author_id, group=locked.group_id, body=body
        )
    now = timezone.now()
    Revision.objects.create(
        question=locked, editor=editor, title=locked.title, body=locked.body, created_at=now
    )
    locked.title, locked.body, locked.edited_at = title, body, now
    locked.last_activity_at = now
    locked.save(update_fields=["title", "body", "body_hash", "edited_at", "last_activity_at"])
    index_question(locked)
    return locked


@transaction.atomic
def answer_edit(*, answer, editor, body):
    """Change an answer's body, keeping the previous version as a Revision."""
    locked = Answer.objects.select_for_update().get(pk=answer.pk)
    if not may_edit_post(editor, locked):
        raise EditError(_("You can only edit your own answers."))
    if locked.body == body:
        return locked
    now = timezone.now()
    Revision.objects.create(answer=locked, editor=editor, body=locked.body, created_at=now)
    locked.body, locked.edited_at = body, now
    locked.save(update_fields=["body", "edited_at"])
    Question.objects.filter(pk=locked.question_id).update(last_activity_at=now)
    index_answer(locked)
    return locked


# Deleting --------------------------------------------------------------------------------


@transaction.atomic
def question_delete(*, question, user):
    """Soft-delete a question: it leaves the lists, its answers stay readable."""
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if not may_delete_post(user, locked):
        raise EditError(_("You can only delete your own questions."))
    locked.deleted_at = timezone.now()
    locked.save(update_fields=["deleted_at"])
    return locked


@transaction.atomic
def answer_delete(*, answer, user):
    """Soft-delete an answer. It no longer counts as an answer (nor as a local one) and
    stops being the accepted answer. A hidden or unapproved answer was not counted."""
    # The question's row first: its counts and its accepted answer change.
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    locked = Answer.objects.select_for_update().get(pk=answer.pk)
    if not may_delete_post(user, locked):
        raise EditError(_("You can only delete your own answers."))
    was_counted = locked.is_listed
    locked.deleted_at = timezone.now()
    locked.save(update_fields=["deleted_at"])
    changes = {}
    if was_counted:
        changes["answer_count"] = F("answer_count") - 1
        changes["local_answer_count"] = F("local_answer_count") - (1 if locked.is_local else 0)
    if question.accepted_answer_id == locked.pk:
        changes["accepted_answer"] = None
    if changes:
        Question.objects.filter(pk=question.pk).update(**changes)
    return locked


# Accepting -------------------------------------------------------------------------------


@transaction.atomic
def answer_accept(*, answer, user):
    """The asker accepts an answer; accepting another one moves the mark."""
    question = Question.objects.select_for_update().get(pk=answer.question_id)
    if not may_accept(user, question):
        raise AcceptError(_("Only the person who asked can accept an answer."))
    locked = Answer.objects.get(pk=answer.pk)
    if locked.is_deleted:
        raise AcceptError(_("A deleted answer cannot be accepted."))
    if locked.is_hidden or locked.is_held:
        raise AcceptError(_("Only an answer everyone can read can be accepted."))
    question.accepted_answer = locked
    question.save(update_fields=["accepted_answer"])
    notify_on_commit(notify_answer_accepted, locked, actor=user)
    return question


@transaction.atomic
def answer_acceptance_withdraw(*, question, user):
    """The asker takes the mark off the accepted answer. Harmless when none is accepted."""
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if not may_accept(user, locked):
        raise AcceptError(_("Only the person who asked can withdraw the acceptance."))
    locked.accepted_answer = None
    locked.save(update_fields=["accepted_answer"])
    return locked


# History ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffLine:
    # "same", "removed", "added", or "gap" between distant changes
    kind: str
    text: str


@dataclass(frozen=True)
class HistoryEntry:
    """One edit: who made it, when, and what it changed (the version before it against the
    version after it)."""

    revision: Revision
    title_diff: list
    body_diff: list


def line_diff(before, after, context=2):
    """The lines removed and added between two texts, with a little unchanged context."""
    old, new = before.splitlines(), after.splitlines()
    if old == new:
        return []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    lines = []
    for group in matcher.get_grouped_opcodes(context):
        if lines:
            lines.append(DiffLine("gap", ""))
        for tag, old_start, old_end, new_start, new_end in group:
            if tag == "equal":
                lines.extend(DiffLine("same", text) for text in old[old_start:old_end])
                continue
            lines.extend(DiffLine("removed", text) for text in old[old_start:old_end])
            lines.extend(DiffLine("added", text) for text in new[new_start:new_end])
    return lines


def post_history(post):
    """The edits of a question or answer, newest first, each with its diff."""
    revisions = list(
        Revision.objects.filter(**{post_kind(post): post})
        .select_related("editor")
        .order_by("created_at", "id")
    )
    is_question = isinstance(post, Question)
    entries = []
    for position, revision in enumerate(revisions):
        after = revisions[position + 1] if position + 1 < len(revisions) else post
        entries.append(
            HistoryEntry(
                revision=revision,
                title_diff=line_diff(revision.title, after.title) if is_question else [],
                body_diff=line_diff(revision.body, after.body),
            )
        )
    entries.reverse()
    return entries
