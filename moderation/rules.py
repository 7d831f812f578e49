"""Rules that apply while a member posts, asked by the services that write questions,
answers and events: whether a post waits for a moderator's approval, and whether the same
text was already posted to another group."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from groups.models import Membership
from questions.models import Answer, Question
from recruitcommunity.exceptions import DomainError

from .text import text_fingerprint


class DuplicateTextError(DomainError):
    """The same text was posted to another group recently. ``field`` names the form field
    the message belongs next to."""

    def __init__(self, message, *, field="body"):
        super().__init__(message)
        self.field = field


class BannedAuthorError(DomainError):
    pass


def refuse_banned_author(*, author, group_id):
    """A member banned from a group posts nothing in it (questions, answers, comments)."""
    banned = Membership.objects.filter(
        group_id=group_id, user=author, status=Membership.Status.BANNED
    ).exists()
    if banned:
        raise BannedAuthorError(_("You are banned from this group and cannot post in it."))


def is_new_account(member, now=None):
    now = now or timezone.now()
    return member.date_joined > now - timedelta(days=settings.MODERATION_NEW_ACCOUNT_DAYS)


def moderates_group(member, group):
    """Staff, and the group's active owner and moderators."""
    if member.is_staff:
        return True
    return Membership.objects.moderating().filter(group=group, user=member).exists()


def has_approved_post_in(member, group):
    """A question or an answer in the group that is not waiting for approval and was not
    rejected or hidden. Posts written before the group held first posts count too."""
    questions = Question.objects.filter(
        group=group, author=member, held_at__isnull=True, hidden_at__isnull=True
    )
    answers = Answer.objects.filter(
        question__group=group, author=member, held_at__isnull=True, hidden_at__isnull=True
    )
    return questions.exists() or answers.exists()


def post_needs_approval(*, author, group, now=None):
    """In a group that holds first posts, a new account's posts wait for a moderator until
    one of them has been approved. The group's moderators and staff never wait."""
    if not group.hold_first_posts or not is_new_account(author, now):
        return False
    if moderates_group(author, group):
        return False
    return not has_approved_post_in(author, group)


def duplicate_window_start(now=None):
    return (now or timezone.now()) - timedelta(days=settings.MODERATION_DUPLICATE_TEXT_DAYS)


def refuse_text_posted_elsewhere(*, queryset, author_field, hash_field, author, group, text):
    """Raise DuplicateTextError when ``author`` posted text with the same fingerprint to a
    group other than ``group`` within the window. ``queryset`` holds the posts to compare
    with (deleted ones left out by the caller); returns the fingerprint to store."""
    fingerprint = text_fingerprint(text)
    if not fingerprint or author is None:
        # Nothing to compare, or nobody to compare with (an event made by the system).
        return fingerprint
    elsewhere = (
        queryset.filter(
            **{author_field: author, hash_field: fingerprint},
            created_at__gte=duplicate_window_start(),
        )
        .exclude(group=group)
        .exists()
    )
    if elsewhere:
        days = settings.MODERATION_DUPLICATE_TEXT_DAYS
        raise DuplicateTextError(
            ngettext(
                "You posted the same text to another group in the last %(days)d day. The "
                "same text cannot be posted to several groups: post it where it fits best, "
                "or write to each group about what concerns it.",
                "You posted the same text to another group in the last %(days)d days. The "
                "same text cannot be posted to several groups: post it where it fits best, "
                "or write to each group about what concerns it.",
                days,
            )
            % {"days": days}
        )
    return fingerprint
