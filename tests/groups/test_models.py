"""The rules on groups and memberships hold in PostgreSQL itself, not only in forms."""

import pytest
from django.db import IntegrityError, transaction

from groups.models import Group, Membership
from tests.factories import GroupFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_two_groups_cannot_share_a_slug():
    GroupFactory(name="Recruiters Warsaw", slug="recruiters-warsaw")

    with pytest.raises(IntegrityError), transaction.atomic():
        Group.objects.create(name="Other Warsaw", slug="recruiters-warsaw", country="PL")

    assert Group.objects.filter(slug="recruiters-warsaw").count() == 1


def test_a_group_name_cannot_be_empty():
    with pytest.raises(IntegrityError), transaction.atomic():
        Group.objects.create(name="", slug="nameless", country="PL")


def test_a_member_cannot_join_the_same_group_twice():
    membership = MembershipFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=membership.user, group=membership.group)

    assert Membership.objects.filter(user=membership.user, group=membership.group).count() == 1


def test_the_same_member_can_belong_to_two_groups():
    member = UserFactory()
    MembershipFactory(user=member)
    MembershipFactory(user=member)

    assert Membership.objects.filter(user=member).count() == 2


def test_a_group_cannot_have_two_owners():
    group = GroupFactory()
    MembershipFactory(group=group, role=Membership.Role.OWNER)

    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(group=group, role=Membership.Role.OWNER)

    assert group.memberships.filter(role=Membership.Role.OWNER).count() == 1


def test_each_group_can_have_its_own_owner():
    MembershipFactory(role=Membership.Role.OWNER)
    MembershipFactory(role=Membership.Role.OWNER)

    assert Membership.objects.filter(role=Membership.Role.OWNER).count() == 2


def test_a_membership_role_must_be_a_known_role():
    membership = MembershipFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.filter(pk=membership.pk).update(role="king")

    membership.refresh_from_db()
    assert membership.role == Membership.Role.MEMBER


def test_a_membership_status_must_be_a_known_status():
    membership = MembershipFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.filter(pk=membership.pk).update(status="expelled")

    membership.refresh_from_db()
    assert membership.status == Membership.Status.ACTIVE


def test_a_group_join_policy_must_be_a_known_policy():
    group = GroupFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Group.objects.filter(pk=group.pk).update(join_policy="invite")

    group.refresh_from_db()
    assert group.join_policy == Group.JoinPolicy.OPEN


def test_a_pending_membership_cannot_be_a_moderator():
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(role=Membership.Role.MODERATOR, status=Membership.Status.PENDING)


def test_a_pending_membership_cannot_be_promoted_to_moderator():
    membership = MembershipFactory(status=Membership.Status.PENDING)

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.filter(pk=membership.pk).update(role=Membership.Role.MODERATOR)


def test_a_pending_membership_cannot_be_the_owner():
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(role=Membership.Role.OWNER, status=Membership.Status.PENDING)


def test_an_active_moderator_is_allowed():
    membership = MembershipFactory(role=Membership.Role.MODERATOR)

    assert membership.can_moderate


def test_a_group_member_count_cannot_be_negative():
    group = GroupFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        Group.objects.filter(pk=group.pk).update(member_count=-1)

    group.refresh_from_db()
    assert group.member_count == 0
