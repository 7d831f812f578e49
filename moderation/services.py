"""Every write the moderators make, and members' reports.

Each moderation action is one transaction that changes the content (or the membership),
closes the reports it answers, and writes one ModerationAction to the audit log. Hidden
content stays in the database, marked with who hid it and why; the counts shown beside
threads (answers, local answers, comments) follow what everyone can see."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Event
from groups.services import MembershipError, membership_ban, membership_remove
from members.permissions import can_post
from notifications.models import Notification
from notifications.services import notify_answer_posted, notify_on_commit, notify_question_asked
from questions.models import Answer, Comment, Question
from recruitcommunity.exceptions import DomainError

from .models import Flag, ModerationAction, target_kind
from .permissions import author_of, group_of, may_moderate_in, moderating_membership

NOTE_MAX_LENGTH = Flag._meta.get_field("note").max_length
REASON_MAX_LENGTH = 1000


class ModerationError(DomainError):
    pass


class AlreadyReported(ModerationError):
    pass


def _log(*, actor, action, target, group, reason=""):
    return ModerationAction.objects.create(
        actor=actor, action=action, group=group, reason=reason, **{target_kind(target): target}
    )


def _require_moderator(user, group):
    if not may_moderate_in(user, group):
        raise ModerationError(_("Only the group's moderators and staff can do this."))


def _clean_reason(reason, *, required):
    reason = (reason or "").strip()
    if required and not reason:
        raise ModerationError(_("Say why, in a few words: the reason is kept with the post."))
    if len(reason) > REASON_MAX_LENGTH:
        raise ModerationError(
            _("A reason is at most %(limit)d characters.") % {"limit": REASON_MAX_LENGTH}
        )
    return reason


def _quiet_notifications(target):
    """Notifications about content that is being hidden count as read: they no longer
    raise the unread count, and no email or digest quotes the hidden text."""
    kind = target_kind(target)
    if kind == "event":
        return
    Notification.objects.filter(**{kind: target}, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def _close_flags(*, target, group, moderator, status):
    """Close the open reports on the target that the group's moderators (or, for
    ``group=None``, staff) handle. Returns how many were closed."""
    return (
        Flag.objects.open()
        .of(target)
        .filter(group=group)
        .update(status=status, handled_by=moderator, handled_at=timezone.now())
    )


# Reports ---------------------------------------------------------------------------------


@transaction.atomic
def flag_create(*, reporter, target, reason, note="", group=None):
    """A member reports a question, answer, comment, event or member. Content goes to its
    group's moderators; a member goes to ``group``'s moderators when reported as one of
    its members, else to staff. A member reports the same thing once while it is open."""
    if not can_post(reporter):
        raise ModerationError(_("Confirm your email address to report something."))
    if reason not in Flag.Reason.values:
        raise ModerationError(_("Choose why you are reporting this."))
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise ModerationError(
            _("A note is at most %(limit)d characters.") % {"limit": NOTE_MAX_LENGTH}
        )
    kind = target_kind(target)
    if kind == "member":
        if target.pk == reporter.pk:
            raise ModerationError(_("You cannot report yourself."))
    else:
        if getattr(author_of(target), "pk", None) == reporter.pk:
            raise ModerationError(_("You cannot report your own post."))
        group = group_of(target)
    if Flag.objects.open().of(target).filter(reporter=reporter).exists():
        raise AlreadyReported(_("You already reported this. The moderators will look at it."))
    try:
        # A savepoint: a report sent twice at the same moment hits the unique constraint.
        with transaction.atomic():
            return Flag.objects.create(
                reporter=reporter, reason=reason, note=note, group=group, **{kind: target}
            )
    except IntegrityError:
        raise AlreadyReported(
            _("You already reported this. The moderators will look at it.")
        ) from None


@transaction.atomic
def flags_dismiss(*, target, moderator, group, reason=""):
    """Close the open reports on the target as unfounded. Returns how many were closed."""
    _require_moderator(moderator, group)
    reason = _clean_reason(reason, required=False)
    closed = _close_flags(
        target=target, group=group, moderator=moderator, status=Flag.Status.DISMISSED
    )
    if closed:
        _log(
            actor=moderator,
            action=ModerationAction.Action.DISMISS_FLAG,
            target=target,
            group=group,
            reason=reason,
        )
    return closed


@transaction.atomic
def flags_uphold(*, target, moderator, group, reason=""):
    """Close the open reports on the target as handled (the moderator acted in another way,
    say by writing to the member). Returns how many were closed."""
    _require_moderator(moderator, group)
    reason = _clean_reason(reason, required=False)
    closed = _close_flags(
        target=target, group=group, moderator=moderator, status=Flag.Status.UPHELD
    )
    if closed:
        _log(
            actor=moderator,
            action=ModerationAction.Action.UPHOLD_FLAG,
            target=target,
            group=group,
            reason=reason,
        )
    return closed


def reason_from_reports(target, group):
    """A reason made of the open reports on the target ("Reported as: Spam or advertising
    (3)"), for a moderator who hides it from the queue without writing one; "" when none."""
    counts = {}
    for reason in (
        Flag.objects.open().of(target).filter(group=group).values_list("reason", flat=True)
    ):
        counts[reason] = counts.get(reason, 0) + 1
    if not counts:
        return ""
    labels = dict(Flag.Reason.choices)
    parts = [
        f"{labels[reason]} ({count})"
        for reason, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return _("Reported as: %(reasons)s") % {"reasons": ", ".join(parts)}


# Hiding and restoring --------------------------------------------------------------------


def _locked_target(target):
    """The target's row, locked; for an answer or a comment, the question's row first (its
    counts change), always in that order so that concurrent actions queue up."""
    kind = target_kind(target)
    if kind == "event":
        return Event.objects.select_for_update().get(pk=target.pk), None
    if kind == "question":
        return Question.objects.select_for_update().get(pk=target.pk), None
    if kind == "answer":
        Question.objects.select_for_update().filter(pk=target.question_id).values_list("pk").get()
        return Answer.objects.select_for_update().get(pk=target.pk), None
    if kind == "comment":
        question_id = target.question_id or target.answer.question_id
        Question.objects.select_for_update().filter(pk=question_id).values_list("pk").get()
        comment = Comment.objects.select_for_update().get(pk=target.pk)
        post_model = Question if comment.question_id else Answer
        return comment, (post_model, comment.question_id or comment.answer_id)
    raise ModerationError(_("Members are removed or banned, not hidden."))


def _count_answer(answer, delta):
    """Move the question's answer counts by ``delta`` (±1) for an answer everyone sees; an
    answer that stops being seen also stops being the accepted one."""
    changes = {
        "answer_count": F("answer_count") + delta,
        "local_answer_count": F("local_answer_count") + (delta if answer.is_local else 0),
    }
    questions = Question.objects.filter(pk=answer.question_id)
    if delta < 0 and questions.filter(accepted_answer=answer).exists():
        changes["accepted_answer"] = None
    questions.update(**changes)


@transaction.atomic
def content_hide(*, target, moderator, reason):
    """Hide a question, answer, comment or event: it leaves every list, search and feed,
    and its page shows it only to the moderators, marked with who hid it and why. A post
    waiting for approval is rejected. Hiding twice is harmless."""
    group = group_of(target)
    _require_moderator(moderator, group)
    reason = _clean_reason(reason, required=True)
    locked, comment_post = _locked_target(target)
    if locked.hidden_at is not None:
        return locked
    kind = target_kind(locked)
    was_held = getattr(locked, "held_at", None) is not None
    locked.hidden_at = timezone.now()
    locked.hidden_by = moderator
    locked.hidden_reason = reason
    fields = ["hidden_at", "hidden_by", "hidden_reason"]
    if was_held:
        locked.held_at = None
        fields.append("held_at")
    locked.save(update_fields=fields)
    if kind == "answer" and not was_held and locked.deleted_at is None:
        _count_answer(locked, -1)
    if kind == "comment" and locked.deleted_at is None:
        post_model, post_pk = comment_post
        post_model.objects.filter(pk=post_pk).update(comment_count=F("comment_count") - 1)
    _quiet_notifications(locked)
    _close_flags(target=locked, group=group, moderator=moderator, status=Flag.Status.UPHELD)
    action = ModerationAction.Action.REJECT_POST if was_held else ModerationAction.Action.HIDE
    _log(actor=moderator, action=action, target=locked, group=group, reason=reason)
    return locked


@transaction.atomic
def content_restore(*, target, moderator, reason=""):
    """Show hidden content again, as it was. Restoring what is not hidden is harmless. An
    answer restored is counted again but not accepted again: the asker accepts anew."""
    group = group_of(target)
    _require_moderator(moderator, group)
    reason = _clean_reason(reason, required=False)
    locked, comment_post = _locked_target(target)
    if locked.hidden_at is None:
        return locked
    kind = target_kind(locked)
    locked.hidden_at = None
    locked.hidden_by = None
    locked.hidden_reason = ""
    locked.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    if kind == "answer" and locked.deleted_at is None:
        _count_answer(locked, +1)
    if kind == "comment" and locked.deleted_at is None:
        post_model, post_pk = comment_post
        post_model.objects.filter(pk=post_pk).update(comment_count=F("comment_count") + 1)
    _log(
        actor=moderator,
        action=ModerationAction.Action.RESTORE,
        target=locked,
        group=group,
        reason=reason,
    )
    return locked


# Locking threads -------------------------------------------------------------------------


@transaction.atomic
def question_lock(*, question, moderator, reason=""):
    """Lock a thread: it stays readable but takes no new answers, comments or votes. The
    open reports on the question are closed as handled. Locking twice is harmless."""
    _require_moderator(moderator, question.group)
    reason = _clean_reason(reason, required=False)
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if locked.locked_at is not None:
        return locked
    locked.locked_at = timezone.now()
    locked.locked_by = moderator
    locked.save(update_fields=["locked_at", "locked_by"])
    _close_flags(
        target=locked, group=question.group, moderator=moderator, status=Flag.Status.UPHELD
    )
    _log(
        actor=moderator,
        action=ModerationAction.Action.LOCK,
        target=locked,
        group=question.group,
        reason=reason,
    )
    return locked


@transaction.atomic
def question_unlock(*, question, moderator, reason=""):
    _require_moderator(moderator, question.group)
    reason = _clean_reason(reason, required=False)
    locked = Question.objects.select_for_update().get(pk=question.pk)
    if locked.locked_at is None:
        return locked
    locked.locked_at = None
    locked.locked_by = None
    locked.save(update_fields=["locked_at", "locked_by"])
    _log(
        actor=moderator,
        action=ModerationAction.Action.UNLOCK,
        target=locked,
        group=question.group,
        reason=reason,
    )
    return locked


# Posts waiting for approval --------------------------------------------------------------


@transaction.atomic
def post_approve(*, post, moderator):
    """Publish a question or answer that was waiting for approval: it is listed and counted
    from now on, and people are notified as if it had just been posted."""
    group = group_of(post)
    _require_moderator(moderator, group)
    locked, _comment_post = _locked_target(post)
    if locked.held_at is None:
        raise ModerationError(_("This post is not waiting for approval."))
    now = timezone.now()
    locked.held_at = None
    if isinstance(locked, Answer):
        locked.save(update_fields=["held_at"])
        if locked.deleted_at is None:
            _count_answer(locked, +1)
            Question.objects.filter(pk=locked.question_id).update(last_activity_at=now)
            notify_on_commit(notify_answer_posted, locked)
    else:
        locked.last_activity_at = now
        locked.save(update_fields=["held_at", "last_activity_at"])
        if locked.deleted_at is None:
            notify_on_commit(notify_question_asked, locked)
    _log(actor=moderator, action=ModerationAction.Action.APPROVE_POST, target=locked, group=group)
    return locked


@transaction.atomic
def post_reject(*, post, moderator, reason=""):
    """Turn down a post that was waiting for approval: it is hidden, with the reason (a
    default one when the moderator gives none), and never published."""
    if post.held_at is None:
        raise ModerationError(_("This post is not waiting for approval."))
    reason = _clean_reason(reason, required=False) or _("Not approved by the moderators.")
    return content_hide(target=post, moderator=moderator, reason=reason)


# Authors ---------------------------------------------------------------------------------


@transaction.atomic
def author_remove(*, target, moderator, group, reason="", ban=False):
    """Remove (or ban) from the group the member who wrote the post, or the member reported:
    the group's own rules apply (moderators act on plain members, only the owner on
    moderators, nobody on the owner). The reports on the target are closed as handled."""
    if group is None:
        raise ModerationError(_("Members are removed or banned from a group."))
    _require_moderator(moderator, group)
    reason = _clean_reason(reason, required=False)
    member = author_of(target)
    if member is None:
        raise ModerationError(_("This post has no author any more."))
    if member.pk == moderator.pk:
        raise ModerationError(_("You cannot remove or ban yourself."))
    acting = None if moderator.is_staff else moderating_membership(moderator, group)
    try:
        if ban:
            membership_ban(
                group=group,
                user=member,
                moderator=moderator,
                moderator_membership=acting,
                reason=reason,
            )
        else:
            membership_remove(
                group=group,
                user=member,
                moderator=moderator,
                moderator_membership=acting,
                reason=reason,
            )
    except MembershipError as refusal:
        raise ModerationError(refusal.message) from None
    _close_flags(target=target, group=group, moderator=moderator, status=Flag.Status.UPHELD)
    action = ModerationAction.Action.BAN_MEMBER if ban else ModerationAction.Action.REMOVE_MEMBER
    _log(actor=moderator, action=action, target=member, group=group, reason=reason)
    return member
