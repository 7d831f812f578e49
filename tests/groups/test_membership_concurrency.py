"""Double clicks, two tabs and two moderators at once: the membership services keep one row
per person and count each member once, whatever order PostgreSQL runs them in."""

import pytest

from groups.models import Group, Membership, MembershipEvent
from groups.services import (
    MembershipError,
    membership_approve,
    membership_decline,
    membership_join,
)
from tests.concurrency import run_at_once
from tests.factories import GroupFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

# Each round is a fresh race; several rounds make an unlucky interleaving likely to show.
ROUNDS = 5


def _at_once(*calls):
    return run_at_once(calls, timeout=10)


def _member_count(group):
    return Group.objects.values_list("member_count", flat=True).get(pk=group.pk)


def _actions(group):
    return sorted(MembershipEvent.objects.filter(group=group).values_list("action", flat=True))


def _approval_group(round_number):
    group = GroupFactory(
        name=f"Sourcing Guild {round_number}",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?"],
    )
    owner = UserFactory()
    MembershipFactory(group=group, user=owner, role=Membership.Role.OWNER)
    return group, owner


def test_two_requests_to_join_by_the_same_person_make_one_pending_request():
    for round_number in range(ROUNDS):
        group, _owner = _approval_group(round_number)
        applicant = UserFactory()

        def ask(group=group, applicant=applicant):
            membership_join(group=group, user=applicant, admission_answers=["Kraków"])

        outcomes = _at_once(ask, ask)

        assert outcomes == [None, None], f"round {round_number}"
        memberships = Membership.objects.filter(group=group, user=applicant)
        assert [m.status for m in memberships] == [Membership.Status.PENDING]
        assert _member_count(group) == 1
        assert _actions(group) == [MembershipEvent.Action.REQUEST]


def test_two_approvals_of_the_same_request_admit_and_count_once(mailoutbox):
    for round_number in range(ROUNDS):
        group, owner = _approval_group(round_number)
        moderator = UserFactory()
        MembershipFactory(group=group, user=moderator, role=Membership.Role.MODERATOR)
        request = membership_join(group=group, user=UserFactory(), admission_answers=["Kraków"])
        mailoutbox.clear()

        outcomes = _at_once(
            lambda request=request, owner=owner: membership_approve(
                membership=request, moderator=owner
            ),
            lambda request=request, moderator=moderator: membership_approve(
                membership=request, moderator=moderator
            ),
        )

        assert outcomes == [None, None], f"round {round_number}"
        request.refresh_from_db()
        assert request.status == Membership.Status.ACTIVE
        assert request.decided_by in (owner, moderator)
        assert _member_count(group) == 3
        assert _actions(group) == [MembershipEvent.Action.APPROVE, MembershipEvent.Action.REQUEST]
        assert len(mailoutbox) == 1


def test_an_approval_and_a_decline_at_once_settle_on_one_decision(mailoutbox):
    for round_number in range(ROUNDS):
        group, owner = _approval_group(round_number)
        request = membership_join(group=group, user=UserFactory(), admission_answers=["Kraków"])
        mailoutbox.clear()

        outcomes = _at_once(
            lambda request=request, owner=owner: membership_approve(
                membership=request, moderator=owner
            ),
            lambda request=request, owner=owner: membership_decline(
                membership=request, moderator=owner, message="No."
            ),
        )

        # Whoever comes second finds the request already decided and is told so.
        errors = [outcome for outcome in outcomes if outcome is not None]
        assert len(errors) == 1, f"round {round_number}: {outcomes}"
        assert isinstance(errors[0], MembershipError)
        request.refresh_from_db()
        decisions = [a for a in _actions(group) if a != MembershipEvent.Action.REQUEST]
        if request.status == Membership.Status.ACTIVE:
            assert _member_count(group) == 2
            assert decisions == [MembershipEvent.Action.APPROVE]
        else:
            assert request.status == Membership.Status.DECLINED
            assert _member_count(group) == 1
            assert decisions == [MembershipEvent.Action.DECLINE]
        assert len(mailoutbox) == 1


def test_two_joins_of_an_open_group_by_the_same_person_count_once():
    for round_number in range(ROUNDS):
        group = GroupFactory(name=f"Rekruterzy Kraków {round_number}")
        member = UserFactory()

        def join(group=group, member=member):
            membership_join(group=group, user=member)

        outcomes = _at_once(join, join)

        assert outcomes == [None, None], f"round {round_number}"
        memberships = Membership.objects.filter(group=group, user=member)
        assert [m.status for m in memberships] == [Membership.Status.ACTIVE]
        assert _member_count(group) == 1
        assert _actions(group) == [MembershipEvent.Action.JOIN]


def test_many_people_joining_at_once_are_each_counted():
    for round_number in range(ROUNDS):
        group = GroupFactory(name=f"Busy Group {round_number}")
        people = UserFactory.create_batch(6)

        outcomes = _at_once(
            *(
                lambda group=group, person=person: membership_join(group=group, user=person)
                for person in people
            )
        )

        assert outcomes == [None] * len(people), f"round {round_number}"
        assert group.memberships.active().count() == len(people)
        assert _member_count(group) == len(people)
