from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from recruitcommunity.exceptions import DomainError

from .models import Group, Membership


class MembershipError(DomainError):
    pass


@transaction.atomic
def membership_join(*, group, user):
    """Join an open group at once, or ask to join a group that admits by approval.

    Joining twice is harmless: the existing membership is returned unchanged.
    """
    status = Membership.Status.ACTIVE if group.is_open else Membership.Status.PENDING
    # get_or_create falls back to reading the row when a concurrent request inserted it
    # first, so the unique constraint keeps this to one membership.
    membership, created = Membership.objects.get_or_create(
        user=user, group=group, defaults={"status": status}
    )
    if created and membership.is_active:
        Group.objects.filter(pk=group.pk).update(member_count=F("member_count") + 1)
    return membership


@transaction.atomic
def membership_leave(*, group, user):
    """Leave a group, or withdraw a pending request. Leaving twice is harmless."""
    membership = Membership.objects.select_for_update().filter(user=user, group=group).first()
    if membership is None:
        return
    if membership.role == Membership.Role.OWNER:
        raise MembershipError(
            _("The owner cannot leave the group. Hand the group to another member first.")
        )
    was_active = membership.is_active
    membership.delete()
    if was_active:
        Group.objects.filter(pk=group.pk).update(member_count=F("member_count") - 1)


@transaction.atomic
def membership_approve(*, membership):
    """Admit a pending applicant."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.is_active:
        return membership
    membership.status = Membership.Status.ACTIVE
    membership.save(update_fields=["status"])
    Group.objects.filter(pk=membership.group_id).update(member_count=F("member_count") + 1)
    return membership


@transaction.atomic
def group_create(
    *,
    owner,
    name,
    slug,
    country,
    city="",
    description="",
    languages=(),
    join_policy=Group.JoinPolicy.OPEN,
):
    """Create a group with its founder as the owner and first member."""
    group = Group.objects.create(
        name=name,
        slug=slug,
        country=country,
        city=city,
        description=description,
        join_policy=join_policy,
        member_count=1,
    )
    group.languages.set(languages)
    Membership.objects.create(
        user=owner, group=group, role=Membership.Role.OWNER, status=Membership.Status.ACTIVE
    )
    return group
