"""Joining, leaving and moderating memberships. Each function is one transaction, records
what happened in the group's audit log and keeps the group's member count right."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from recruitcommunity.exceptions import DomainError

from ..models import Group, Membership, MembershipEvent
from .notifications import notify_applicant_of_decision


class MembershipError(DomainError):
    pass


def _count_in(group_id, delta):
    Group.objects.filter(pk=group_id).update(
        member_count=F("member_count") + delta, last_activity_at=timezone.now()
    )


def _log(group, action, *, actor, member=None, reason=""):
    MembershipEvent.objects.create(
        group=group, action=action, actor=actor, member=member, reason=reason
    )


def _locked_membership(*, group, user):
    return Membership.objects.select_for_update().filter(group=group, user=user).first()


@transaction.atomic
def membership_join(*, group, user, admission_answers=(), accept_rules=False, invited=False):
    """Join an open group at once, or ask to join a group that admits by approval.

    Invitation-only groups are joined through an invitation (``invited=True``). Joining twice
    is harmless. A banned member can neither join nor ask again.
    """
    # Serialise every join of this person to this group, so that concurrent requests
    # (a double click, two tabs) see each other's result.
    Group.objects.select_for_update().filter(pk=group.pk).values_list("pk").get()
    membership = _locked_membership(group=group, user=user)
    if membership is not None and membership.is_banned:
        raise MembershipError(_("You cannot join this group."))
    if membership is not None and membership.is_active:
        return membership
    if membership is not None and membership.is_pending and not invited:
        return membership
    if group.is_invitation_only and not invited:
        raise MembershipError(_("This group admits members by invitation only."))
    if group.rules and not accept_rules:
        raise MembershipError(_("Please read and accept the group's rules to join."))

    now = timezone.now()
    admits_at_once = invited or group.is_open
    answers = [answer.strip() for answer in admission_answers]
    questions_count = len(group.admission_questions)
    if not admits_at_once and (
        len(answers) < questions_count or not all(answers[:questions_count])
    ):
        raise MembershipError(_("Please answer the group's questions to ask to join."))
    if membership is None:
        membership = Membership(group=group, user=user)
    membership.status = Membership.Status.ACTIVE if admits_at_once else Membership.Status.PENDING
    membership.requested_at = now
    membership.joined_at = now if admits_at_once else None
    membership.admission_answers = [] if admits_at_once else answers
    membership.rules_accepted_at = now if group.rules else None
    membership.decided_at = None
    membership.decided_by = None
    membership.decision_message = ""
    membership.save()
    if admits_at_once:
        _count_in(group.pk, +1)
        _log(group, MembershipEvent.Action.JOIN, actor=user, member=user)
    else:
        _log(group, MembershipEvent.Action.REQUEST, actor=user, member=user)
    return membership


@transaction.atomic
def membership_leave(*, group, user):
    """Leave a group, or withdraw a pending request. Leaving twice is harmless."""
    membership = _locked_membership(group=group, user=user)
    if membership is None or membership.status not in (
        Membership.Status.ACTIVE,
        Membership.Status.PENDING,
    ):
        return
    if membership.role == Membership.Role.OWNER:
        raise MembershipError(
            _("The owner cannot leave the group. Hand the group to another member first.")
        )
    was_active = membership.is_active
    membership.delete()
    if was_active:
        _count_in(group.pk, -1)
    _log(group, MembershipEvent.Action.LEAVE, actor=user, member=user)


def _pending_request(membership):
    locked = Membership.objects.select_for_update().select_related("group", "user")
    return locked.get(pk=membership.pk)


@transaction.atomic
def membership_approve(*, membership, moderator=None, message=""):
    """Admit a pending applicant. Approving twice is harmless."""
    membership = _pending_request(membership)
    if membership.is_active:
        return membership
    if not membership.is_pending:
        raise MembershipError(_("Only pending requests can be approved."))
    now = timezone.now()
    membership.status = Membership.Status.ACTIVE
    membership.joined_at = now
    membership.decided_at = now
    membership.decided_by = moderator
    membership.decision_message = message
    membership.save(
        update_fields=["status", "joined_at", "decided_at", "decided_by", "decision_message"]
    )
    _count_in(membership.group_id, +1)
    _log(
        membership.group,
        MembershipEvent.Action.APPROVE,
        actor=moderator,
        member=membership.user,
        reason=message,
    )
    notify_applicant_of_decision(membership)
    return membership


@transaction.atomic
def membership_decline(*, membership, moderator, message=""):
    """Turn down a pending request; the applicant may ask again later."""
    membership = _pending_request(membership)
    if not membership.is_pending:
        raise MembershipError(_("Only pending requests can be declined."))
    membership.status = Membership.Status.DECLINED
    membership.decided_at = timezone.now()
    membership.decided_by = moderator
    membership.decision_message = message
    membership.save(update_fields=["status", "decided_at", "decided_by", "decision_message"])
    _log(
        membership.group,
        MembershipEvent.Action.DECLINE,
        actor=moderator,
        member=membership.user,
        reason=message,
    )
    notify_applicant_of_decision(membership)
    return membership


def _active_member(*, group, user):
    membership = _locked_membership(group=group, user=user)
    if membership is None or not membership.is_active:
        raise MembershipError(_("That person is not a member of this group."))
    return membership


@transaction.atomic
def membership_promote(*, group, user, owner):
    membership = _active_member(group=group, user=user)
    if membership.role == Membership.Role.MEMBER:
        membership.role = Membership.Role.MODERATOR
        membership.save(update_fields=["role"])
        _log(group, MembershipEvent.Action.PROMOTE, actor=owner, member=user)
    return membership


@transaction.atomic
def membership_demote(*, group, user, owner):
    membership = _active_member(group=group, user=user)
    if membership.role == Membership.Role.MODERATOR:
        membership.role = Membership.Role.MEMBER
        membership.save(update_fields=["role"])
        _log(group, MembershipEvent.Action.DEMOTE, actor=owner, member=user)
    return membership


def _check_may_act_on(membership, moderator_membership):
    """Moderators act on plain members; only the owner acts on moderators; nobody acts on
    the owner. ``moderator_membership=None`` means acting with the owner's powers (site
    staff, or the system)."""
    if membership.role == Membership.Role.OWNER:
        raise MembershipError(_("The owner cannot be removed or banned."))
    acting_as_owner = moderator_membership is None or moderator_membership.is_owner
    if membership.role == Membership.Role.MODERATOR and not acting_as_owner:
        raise MembershipError(_("Only the owner can remove or ban a moderator."))


@transaction.atomic
def membership_remove(*, group, user, moderator, moderator_membership=None, reason=""):
    """Remove a member; they may join again (or ask to) later."""
    membership = _active_member(group=group, user=user)
    _check_may_act_on(membership, moderator_membership)
    membership.delete()
    _count_in(group.pk, -1)
    _log(group, MembershipEvent.Action.REMOVE, actor=moderator, member=user, reason=reason)


@transaction.atomic
def membership_ban(*, group, user, moderator, moderator_membership=None, reason=""):
    """Ban a member or an applicant: they can neither rejoin nor ask to join again."""
    Group.objects.select_for_update().filter(pk=group.pk).values_list("pk").get()
    membership = _locked_membership(group=group, user=user)
    if membership is not None and membership.is_banned:
        return membership
    if membership is None:
        membership = Membership(group=group, user=user)
    else:
        _check_may_act_on(membership, moderator_membership)
    was_active = membership.is_active if membership.pk else False
    membership.status = Membership.Status.BANNED
    membership.role = Membership.Role.MEMBER
    membership.decided_at = timezone.now()
    membership.decided_by = moderator
    membership.decision_message = reason
    membership.save()
    if was_active:
        _count_in(group.pk, -1)
    _log(group, MembershipEvent.Action.BAN, actor=moderator, member=user, reason=reason)
    return membership


@transaction.atomic
def membership_unban(*, group, user, moderator, reason=""):
    membership = _locked_membership(group=group, user=user)
    if membership is None or not membership.is_banned:
        return
    membership.delete()
    _log(group, MembershipEvent.Action.UNBAN, actor=moderator, member=user, reason=reason)


@transaction.atomic
def ownership_transfer(*, group, new_owner, owner):
    """Hand the group to another active member; the old owner stays on as a moderator."""
    current = _locked_membership(group=group, user=owner)
    if current is None or not current.is_owner:
        raise MembershipError(_("Only the owner can hand the group over."))
    successor = _active_member(group=group, user=new_owner)
    if successor.pk == current.pk:
        return current
    # The one-owner constraint holds at every statement, so step down first.
    current.role = Membership.Role.MODERATOR
    current.save(update_fields=["role"])
    successor.role = Membership.Role.OWNER
    successor.save(update_fields=["role"])
    _log(group, MembershipEvent.Action.TRANSFER, actor=owner, member=new_owner)
    return successor
