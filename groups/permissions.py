"""Who may do what in a group. Every group view asks one of these getters; each raises 404
for a group that does not exist and 403 for a person who may not act on it.

Roles: the owner appoints moderators and hands the group over; the owner and moderators
edit the settings, handle join requests, members, bans and invitations, and see the audit
log and insights; site staff may do everything a moderator may, act on moderators and
appoint them, but not hand over ownership.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from .models import Group, Membership


def membership_of(user, group):
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(group=group, user=user).first()


def may_moderate(user, membership):
    return user.is_authenticated and (
        user.is_staff or (membership is not None and membership.can_moderate)
    )


def may_manage_moderators(user, membership):
    return user.is_authenticated and (
        user.is_staff or (membership is not None and membership.is_owner)
    )


def group_for_moderator(user, slug, queryset=None):
    """(group, the user's membership or None) for the group's moderators, owner and staff."""
    group = get_object_or_404(queryset if queryset is not None else Group.objects, slug=slug)
    membership = membership_of(user, group)
    if not may_moderate(user, membership):
        raise PermissionDenied
    return group, membership


def group_for_owner(user, slug):
    """(group, membership) for the owner, and for staff where noted in the module docstring."""
    group = get_object_or_404(Group, slug=slug)
    membership = membership_of(user, group)
    if not may_manage_moderators(user, membership):
        raise PermissionDenied
    return group, membership


def membership_in_group_or_404(group, user_id):
    """A membership of this group only: ids from another group are a 404."""
    return get_object_or_404(
        Membership.objects.select_related("user"), group=group, user_id=user_id
    )
