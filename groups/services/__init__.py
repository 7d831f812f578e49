"""Every write to groups, memberships and invitations goes through these functions."""

from .groups import group_create, group_update
from .invitations import (
    email_invitation_accept,
    invitation_link_create,
    invitation_link_revoke,
    invitation_link_use,
    invitations_import_csv,
    invitations_send,
)
from .memberships import (
    MembershipError,
    membership_approve,
    membership_ban,
    membership_decline,
    membership_demote,
    membership_join,
    membership_leave,
    membership_promote,
    membership_remove,
    membership_unban,
    ownership_transfer,
)

__all__ = [
    "MembershipError",
    "email_invitation_accept",
    "group_create",
    "group_update",
    "invitation_link_create",
    "invitation_link_revoke",
    "invitation_link_use",
    "invitations_import_csv",
    "invitations_send",
    "membership_approve",
    "membership_ban",
    "membership_decline",
    "membership_demote",
    "membership_join",
    "membership_leave",
    "membership_promote",
    "membership_remove",
    "membership_unban",
    "ownership_transfer",
]
