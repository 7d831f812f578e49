"""Who may read and write which conversation.

Reading: only the two participants read a conversation, and only while they have it (a
member who left it sees it again once the other side writes). Everyone else, staff included,
gets a 404; staff read a message and the messages around it only through a report of it
(the report queue).

Writing: a member with a confirmed email writes to another member unless
* it is themselves, or the other account is closed (deleted or deactivated);
* either of them blocked the other (the blocked member is told only that the member "is not
  accepting messages from you", the same words a member's choice of who may write gives);
* there is no conversation between them yet and the other member's choice says no: nobody,
  or only members of their groups while the two share no group.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from groups.models import Membership

from .models import Block, Conversation, Participant


def not_accepting_text():
    return _("This member is not accepting messages from you.")


def participant_for(user, pk):
    """The user's side of conversation `pk`, with both members and the conversation
    loaded; 404 for anyone who is not in it or has left it."""
    return get_object_or_404(
        Participant.objects.listed().select_related(
            "conversation__member_low", "conversation__member_high", "conversation__event"
        ),
        conversation_id=pk,
        member=user,
    )


def member_to_block(user, username):
    """A member the user may block: one whose profile they see, or one they have a
    conversation with (whose profile may be shown only to their groups). 404 otherwise."""
    User = get_user_model()
    member = get_object_or_404(User.objects.all(), username=username)
    if not (
        User.objects.visible_to(user).filter(pk=member.pk).exists()
        or Conversation.objects.between(user, member).exists()
    ):
        raise Http404("No such member")
    return member


def staff_required(user):
    if not (user.is_authenticated and user.is_staff):
        raise PermissionDenied


def with_message_facts(members, viewer):
    """Annotate a queryset of members with what decides whether `viewer` may write to each:
    blocks both ways, an existing conversation, a shared group. Adds no query: it rides on
    the query that loads the members (the profile's, say)."""
    return members.annotate(
        viewer_blocked_them=Exists(Block.objects.filter(blocker=viewer, blocked=OuterRef("pk"))),
        they_blocked_viewer=Exists(Block.objects.filter(blocker=OuterRef("pk"), blocked=viewer)),
        talking_with_viewer=Exists(
            Conversation.objects.filter(
                Q(member_low=OuterRef("pk"), member_high=viewer)
                | Q(member_low=viewer, member_high=OuterRef("pk"))
            )
        ),
        shares_group_with_viewer=Exists(
            Membership.objects.active().filter(
                user=OuterRef("pk"),
                group__memberships__user=viewer,
                group__memberships__status=Membership.Status.ACTIVE,
            )
        ),
    )


def refusal_from_facts(sender, recipient):
    """Why `sender` may not write to `recipient`, in words to show them, or None when they
    may. `recipient` comes from with_message_facts(…, sender)."""
    if sender.pk == recipient.pk:
        return _("You cannot send a message to yourself.")
    if recipient.is_former_member or not recipient.is_active:
        return _("This account has been closed; it no longer receives messages.")
    if recipient.viewer_blocked_them:
        return _("You blocked this member. Unblock them to write to them.")
    if recipient.they_blocked_viewer:
        return not_accepting_text()
    if recipient.talking_with_viewer:
        return None
    Policy = get_user_model().MessagePolicy
    policy = recipient.message_policy
    if policy == Policy.NOBODY or (
        policy == Policy.GROUPS and not recipient.shares_group_with_viewer
    ):
        return not_accepting_text()
    return None


def recipient_with_facts(sender, recipient):
    """The recipient again, annotated for `sender` (one query)."""
    return with_message_facts(get_user_model().objects.filter(pk=recipient.pk), sender).first()


def write_refusal(sender, recipient):
    """Why `sender` may not write to `recipient` (None when they may). One query."""
    if sender.pk == recipient.pk:
        return _("You cannot send a message to yourself.")
    annotated = recipient_with_facts(sender, recipient)
    if annotated is None:
        return _("This account has been closed; it no longer receives messages.")
    return refusal_from_facts(sender, annotated)


def members_open_to(viewer, members):
    """The ids of `members` (one page of the directory) to whom `viewer` may start a
    conversation as far as their choice of who may write goes. Blocks are not looked at: a
    blocked member sees the link, and is told on the form. At most one query."""
    if not viewer.is_authenticated:
        return set()
    Policy = get_user_model().MessagePolicy
    candidates = [
        member
        for member in members
        if member.pk != viewer.pk and not member.is_former_member and member.is_active
    ]
    open_ids = {member.pk for member in candidates if member.message_policy == Policy.ANYONE}
    group_only = [member.pk for member in candidates if member.message_policy == Policy.GROUPS]
    if group_only:
        open_ids |= set(
            Membership.objects.active()
            .filter(
                user_id__in=group_only,
                group__memberships__user=viewer,
                group__memberships__status=Membership.Status.ACTIVE,
            )
            .values_list("user_id", flat=True)
        )
    return open_ids
