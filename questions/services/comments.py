"""Comments: short remarks under a question or an answer, one level deep. The post's
comment count moves with every comment written or deleted."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from members.permissions import can_post
from moderation.rules import refuse_banned_author
from notifications.services import notify_comment_posted, notify_on_commit
from recruitcommunity.exceptions import DomainError

from ..models import Answer, Comment, Question
from .voting import post_kind

COMMENT_MAX_LENGTH = Comment._meta.get_field("body").max_length


class CommentError(DomainError):
    pass


def may_delete_comment(user, comment):
    """Authors delete their own comments; staff delete any."""
    return user.is_authenticated and (comment.author_id == user.pk or user.is_staff)


@transaction.atomic
def comment_post(*, author, post, body):
    """Comment on a question or an answer that is still open for discussion."""
    body = (body or "").strip()
    if not body:
        raise CommentError(_("Write your comment before posting it."))
    if len(body) > COMMENT_MAX_LENGTH:
        raise CommentError(
            _("A comment is at most %(limit)d characters.") % {"limit": COMMENT_MAX_LENGTH}
        )
    if not can_post(author):
        raise CommentError(_("Confirm your email address to comment."))
    kind = post_kind(post)
    question = post if kind == "question" else post.question
    if post.is_deleted or question.is_deleted:
        raise CommentError(_("This post was deleted; it cannot be commented on."))
    if post.is_hidden or question.is_hidden:
        raise CommentError(_("This post was hidden by the moderators; it cannot be commented on."))
    if post.is_held or question.is_held:
        raise CommentError(_("This post is waiting for a moderator's approval."))
    if Question.objects.filter(pk=question.pk, locked_at__isnull=False).exists():
        raise CommentError(_("This thread is locked: it takes no new answers, comments or votes."))
    refuse_banned_author(author=author, group_id=question.group_id)

    comment = Comment.objects.create(author=author, body=body, **{kind: post})
    notify_on_commit(notify_comment_posted, comment)
    type(post).objects.filter(pk=post.pk).update(comment_count=F("comment_count") + 1)
    Question.objects.filter(pk=question.pk).update(last_activity_at=timezone.now())
    return comment


@transaction.atomic
def comment_delete(*, comment, user):
    """Soft-delete a comment. Deleting it twice is harmless: the count moves once, and not
    at all for a comment the moderators hid (it was no longer counted)."""
    if not may_delete_comment(user, comment):
        raise CommentError(_("You can only delete your own comments."))
    locked = Comment.objects.select_for_update().get(pk=comment.pk)
    if locked.deleted_at is None:
        locked.deleted_at = timezone.now()
        locked.save(update_fields=["deleted_at"])
        if locked.hidden_at is None:
            post_model = Question if locked.question_id else Answer
            post_model.objects.filter(pk=locked.question_id or locked.answer_id).update(
                comment_count=F("comment_count") - 1
            )
    comment.deleted_at = locked.deleted_at
    return comment
