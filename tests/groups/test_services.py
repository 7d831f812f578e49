import threading

import pytest
from django.db import connection

from groups.models import Group, Membership
from groups.services import (
    MembershipError,
    group_create,
    membership_approve,
    membership_join,
    membership_leave,
)
from tests.factories import GroupFactory, MembershipFactory, UserFactory, language


def _member_count(group):
    return Group.objects.values_list("member_count", flat=True).get(pk=group.pk)


@pytest.mark.django_db
def test_joining_an_open_group_makes_an_active_membership_and_counts_it():
    group = GroupFactory(join_policy=Group.JoinPolicy.OPEN)
    member = UserFactory()

    membership = membership_join(group=group, user=member)

    assert membership.status == Membership.Status.ACTIVE
    assert membership.role == Membership.Role.MEMBER
    assert _member_count(group) == 1


@pytest.mark.django_db
def test_joining_twice_is_harmless():
    group = GroupFactory()
    member = UserFactory()

    first = membership_join(group=group, user=member)
    second = membership_join(group=group, user=member)

    assert first.pk == second.pk
    assert Membership.objects.filter(group=group, user=member).count() == 1
    assert _member_count(group) == 1


@pytest.mark.django_db
def test_asking_to_join_an_approval_group_leaves_a_pending_request_uncounted():
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL)

    membership = membership_join(group=group, user=UserFactory())

    assert membership.status == Membership.Status.PENDING
    assert _member_count(group) == 0


@pytest.mark.django_db
def test_approving_a_request_admits_and_counts_the_member_once():
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL)
    membership = membership_join(group=group, user=UserFactory())

    membership_approve(membership=membership)
    membership_approve(membership=membership)

    membership.refresh_from_db()
    assert membership.status == Membership.Status.ACTIVE
    assert _member_count(group) == 1


@pytest.mark.django_db
def test_leaving_removes_the_membership_and_uncounts_it():
    group = GroupFactory()
    member = UserFactory()
    membership_join(group=group, user=member)

    membership_leave(group=group, user=member)

    assert not Membership.objects.filter(group=group, user=member).exists()
    assert _member_count(group) == 0


@pytest.mark.django_db
def test_leaving_twice_is_harmless():
    group = GroupFactory()
    member = UserFactory()
    membership_join(group=group, user=member)

    membership_leave(group=group, user=member)
    membership_leave(group=group, user=member)

    assert _member_count(group) == 0


@pytest.mark.django_db
def test_withdrawing_a_pending_request_leaves_the_count_alone():
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL)
    member = UserFactory()
    membership_join(group=group, user=member)

    membership_leave(group=group, user=member)

    assert not Membership.objects.filter(group=group, user=member).exists()
    assert _member_count(group) == 0


@pytest.mark.django_db
def test_the_owner_cannot_leave_before_handing_the_group_over():
    group = GroupFactory()
    owner = UserFactory()
    MembershipFactory(group=group, user=owner, role=Membership.Role.OWNER)

    with pytest.raises(MembershipError):
        membership_leave(group=group, user=owner)

    assert Membership.objects.filter(group=group, user=owner, role="owner").exists()
    assert _member_count(group) == 1


@pytest.mark.django_db
def test_creating_a_group_makes_its_founder_the_owner_and_first_member():
    founder = UserFactory()

    group = group_create(
        owner=founder,
        name="Rekruterzy Łódź",
        slug="rekruterzy-lodz",
        country="PL",
        city="Łódź",
        languages=[language("pl")],
    )

    assert group.member_count == 1
    assert list(group.languages.values_list("code", flat=True)) == ["pl"]
    owner_membership = Membership.objects.get(group=group)
    assert owner_membership.user == founder
    assert owner_membership.role == Membership.Role.OWNER
    assert owner_membership.status == Membership.Status.ACTIVE


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_joins_by_the_same_member_make_one_membership():
    group = GroupFactory()
    member = UserFactory()
    barrier = threading.Barrier(2)
    errors = []

    def join():
        try:
            barrier.wait(timeout=10)
            membership_join(group=group, user=member)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=join) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert Membership.objects.filter(group=group, user=member).count() == 1
    assert _member_count(group) == 1
