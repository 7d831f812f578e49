"""The membership and group services: every write to who belongs to a group, the member count
it keeps, the audit log it writes and the emails it sends."""

import pytest
from django.db import IntegrityError, transaction

from groups.models import Group, Membership, MembershipEvent
from groups.services import (
    MembershipError,
    group_create,
    group_update,
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
from tests.factories import GroupFactory, MembershipFactory, UserFactory, language

pytestmark = pytest.mark.django_db

Action = MembershipEvent.Action
Status = Membership.Status
Role = Membership.Role


def _member_count(group):
    return Group.objects.values_list("member_count", flat=True).get(pk=group.pk)


def _events(group):
    """The group's audit log, oldest first, as (action, actor, member, reason)."""
    return list(
        MembershipEvent.objects.filter(group=group)
        .order_by("pk")
        .values_list("action", "actor", "member", "reason")
    )


def _membership(group, user):
    return Membership.objects.filter(group=group, user=user).first()


@pytest.fixture
def owner():
    return UserFactory(username="owner")


@pytest.fixture
def moderator():
    return UserFactory(username="moderator")


@pytest.fixture
def applicant():
    return UserFactory(username="applicant", display_name="Ola Nowak")


def _group_run_by(owner, moderator=None, **fields):
    """A group with its owner (and a moderator) but no audit log yet."""
    group = GroupFactory(**fields)
    MembershipFactory(group=group, user=owner, role=Role.OWNER)
    if moderator is not None:
        MembershipFactory(group=group, user=moderator, role=Role.MODERATOR)
    return group


@pytest.fixture
def open_group(owner, moderator):
    return _group_run_by(owner, moderator, name="Rekruterzy Kraków")


@pytest.fixture
def approval_group(owner, moderator):
    return _group_run_by(
        owner,
        moderator,
        name="Sourcing Guild",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?", "What do you hire for?"],
    )


@pytest.fixture
def pending_request(approval_group, applicant):
    request = membership_join(
        group=approval_group, user=applicant, admission_answers=["Kraków", "Backend engineers"]
    )
    MembershipEvent.objects.filter(group=approval_group).delete()
    return request


# Joining -----------------------------------------------------------------------------------


def test_joining_an_open_group_admits_counts_and_logs_the_member(open_group, applicant):
    membership = membership_join(group=open_group, user=applicant)

    assert membership.status == Status.ACTIVE
    assert membership.role == Role.MEMBER
    assert membership.joined_at is not None
    assert membership.rules_accepted_at is None
    assert _member_count(open_group) == 3
    assert _events(open_group) == [(Action.JOIN, applicant.pk, applicant.pk, "")]


def test_joining_a_group_with_rules_without_accepting_them_is_refused(owner, applicant):
    group = _group_run_by(owner, rules="Be kind. No job spam.")

    with pytest.raises(MembershipError, match="accept the group's rules"):
        membership_join(group=group, user=applicant)

    assert _membership(group, applicant) is None
    assert _member_count(group) == 1
    assert _events(group) == []


def test_joining_a_group_with_rules_records_when_they_were_accepted(owner, applicant):
    group = _group_run_by(owner, rules="Be kind. No job spam.")

    membership = membership_join(group=group, user=applicant, accept_rules=True)

    assert membership.status == Status.ACTIVE
    assert membership.rules_accepted_at is not None
    assert _member_count(group) == 2
    assert _events(group) == [(Action.JOIN, applicant.pk, applicant.pk, "")]


def test_asking_to_join_without_answering_the_questions_is_refused(approval_group, applicant):
    with pytest.raises(MembershipError, match="answer the group's questions"):
        membership_join(group=approval_group, user=applicant, admission_answers=["Kraków"])

    assert _membership(approval_group, applicant) is None
    assert _events(approval_group) == []


def test_asking_to_join_with_blank_answers_is_refused(approval_group, applicant):
    # The join form strips and requires answers; the service is the one write path and
    # must hold the same line for any other caller.
    with pytest.raises(MembershipError, match="answer the group's questions"):
        membership_join(group=approval_group, user=applicant, admission_answers=["  ", ""])

    assert _membership(approval_group, applicant) is None
    assert _events(approval_group) == []


def test_asking_to_join_stores_the_answers_and_waits_uncounted(approval_group, applicant):
    membership = membership_join(
        group=approval_group, user=applicant, admission_answers=["Kraków", "Backend engineers"]
    )

    membership.refresh_from_db()
    assert membership.status == Status.PENDING
    assert membership.joined_at is None
    assert membership.admission_answers == ["Kraków", "Backend engineers"]
    assert membership.admission_pairs() == [
        ("Where do you recruit?", "Kraków"),
        ("What do you hire for?", "Backend engineers"),
    ]
    assert _member_count(approval_group) == 2
    assert _events(approval_group) == [(Action.REQUEST, applicant.pk, applicant.pk, "")]


def test_asking_twice_keeps_one_request_and_logs_it_once(pending_request, approval_group):
    again = membership_join(
        group=approval_group, user=pending_request.user, admission_answers=["Other", "Answers"]
    )

    assert again.pk == pending_request.pk
    again.refresh_from_db()
    assert again.admission_answers == ["Kraków", "Backend engineers"]
    assert _events(approval_group) == []


def test_an_invitation_only_group_cannot_be_joined_uninvited(owner, applicant):
    group = _group_run_by(owner, join_policy=Group.JoinPolicy.INVITATION)

    with pytest.raises(MembershipError, match="by invitation only"):
        membership_join(group=group, user=applicant)

    assert _membership(group, applicant) is None
    assert _member_count(group) == 1
    assert _events(group) == []


def test_an_invitation_admits_to_an_invitation_only_group_at_once(owner, applicant):
    group = _group_run_by(owner, join_policy=Group.JoinPolicy.INVITATION)

    membership = membership_join(group=group, user=applicant, invited=True)

    assert membership.status == Status.ACTIVE
    assert _member_count(group) == 2
    assert _events(group) == [(Action.JOIN, applicant.pk, applicant.pk, "")]


# Deciding on requests ----------------------------------------------------------------------


def test_approving_admits_counts_once_and_records_who_decided(
    pending_request, approval_group, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership_approve(membership=pending_request, moderator=moderator, message="Witamy!")
    with django_capture_on_commit_callbacks(execute=True):
        membership_approve(membership=pending_request, moderator=moderator)

    pending_request.refresh_from_db()
    assert pending_request.status == Status.ACTIVE
    assert pending_request.joined_at is not None
    assert pending_request.decided_at is not None
    assert pending_request.decided_by == moderator
    assert pending_request.decision_message == "Witamy!"
    assert _member_count(approval_group) == 3
    assert _events(approval_group) == [
        (Action.APPROVE, moderator.pk, pending_request.user_id, "Witamy!")
    ]


def test_approving_emails_the_applicant_once_the_decision_is_saved(
    pending_request, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        membership_approve(membership=pending_request, moderator=moderator)
    assert mailoutbox == []  # nothing leaves before the transaction commits

    for callback in callbacks:
        callback()

    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["applicant@example.com"]
    assert "Sourcing Guild" in email.subject
    assert "Sourcing Guild" in email.body
    assert "Hello Ola Nowak," in email.body
    assert "/groups/sourcing-guild/" in email.body


def test_the_decision_email_is_not_sent_when_the_transaction_rolls_back(
    pending_request, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        membership_approve(membership=pending_request, moderator=moderator)
        transaction.set_rollback(True)

    assert mailoutbox == []
    pending_request.refresh_from_db()
    assert pending_request.status == Status.PENDING


def test_the_decision_email_is_in_the_applicants_interface_language(
    pending_request, moderator, applicant, mailoutbox, django_capture_on_commit_callbacks
):
    applicant.interface_language = "pl"
    applicant.save(update_fields=["interface_language"])

    with django_capture_on_commit_callbacks(execute=True):
        membership_approve(membership=pending_request, moderator=moderator)

    (email,) = mailoutbox
    assert email.to == ["applicant@example.com"]
    assert "Sourcing Guild" in email.subject
    assert email.subject != "Welcome to Sourcing Guild"


def test_declining_keeps_the_applicant_out_and_emails_the_message(
    pending_request, approval_group, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership_decline(
            membership=pending_request,
            moderator=moderator,
            message="We only admit recruiters based in Kraków.",
        )

    pending_request.refresh_from_db()
    assert pending_request.status == Status.DECLINED
    assert pending_request.joined_at is None
    assert pending_request.decided_by == moderator
    assert pending_request.decision_message == "We only admit recruiters based in Kraków."
    assert _member_count(approval_group) == 2
    assert _events(approval_group) == [
        (
            Action.DECLINE,
            moderator.pk,
            pending_request.user_id,
            "We only admit recruiters based in Kraków.",
        )
    ]
    (email,) = mailoutbox
    assert email.to == ["applicant@example.com"]
    assert "Sourcing Guild" in email.subject
    assert "We only admit recruiters based in Kraków." in email.body


def test_a_declined_applicant_may_ask_again(pending_request, approval_group, moderator):
    membership_decline(membership=pending_request, moderator=moderator, message="Not yet.")

    again = membership_join(
        group=approval_group, user=pending_request.user, admission_answers=["Łódź", "Sales"]
    )

    again.refresh_from_db()
    assert again.pk == pending_request.pk
    assert again.status == Status.PENDING
    assert again.admission_answers == ["Łódź", "Sales"]
    assert again.decided_by is None
    assert again.decided_at is None
    assert again.decision_message == ""
    assert _member_count(approval_group) == 2
    assert [event[0] for event in _events(approval_group)] == [Action.DECLINE, Action.REQUEST]


def test_only_a_pending_request_can_be_declined_or_approved(
    pending_request, approval_group, moderator
):
    membership_decline(membership=pending_request, moderator=moderator)

    with pytest.raises(MembershipError):
        membership_decline(membership=pending_request, moderator=moderator)
    with pytest.raises(MembershipError):
        membership_approve(membership=pending_request, moderator=moderator)

    pending_request.refresh_from_db()
    assert pending_request.status == Status.DECLINED
    assert _member_count(approval_group) == 2
    assert [event[0] for event in _events(approval_group)] == [Action.DECLINE]


# Roles -------------------------------------------------------------------------------------


def test_promoting_and_demoting_a_member(open_group, owner, applicant):
    MembershipFactory(group=open_group, user=applicant)

    membership_promote(group=open_group, user=applicant, owner=owner)
    assert _membership(open_group, applicant).role == Role.MODERATOR
    membership_promote(group=open_group, user=applicant, owner=owner)  # harmless twice

    membership_demote(group=open_group, user=applicant, owner=owner)
    assert _membership(open_group, applicant).role == Role.MEMBER
    membership_demote(group=open_group, user=applicant, owner=owner)

    assert _member_count(open_group) == 3
    assert _events(open_group) == [
        (Action.PROMOTE, owner.pk, applicant.pk, ""),
        (Action.DEMOTE, owner.pk, applicant.pk, ""),
    ]


def test_demoting_or_promoting_the_owner_changes_nothing(open_group, owner):
    membership_demote(group=open_group, user=owner, owner=owner)
    membership_promote(group=open_group, user=owner, owner=owner)

    assert _membership(open_group, owner).role == Role.OWNER
    assert _events(open_group) == []


def test_only_an_active_member_can_be_promoted(pending_request, approval_group, owner):
    with pytest.raises(MembershipError):
        membership_promote(group=approval_group, user=pending_request.user, owner=owner)

    assert _membership(approval_group, pending_request.user).role == Role.MEMBER
    assert _events(approval_group) == []


# Removing and banning ----------------------------------------------------------------------


def _moderator_membership(group, user):
    return Membership.objects.get(group=group, user=user)


def test_removing_a_member_uncounts_and_logs_the_reason(open_group, moderator, applicant):
    MembershipFactory(group=open_group, user=applicant)

    membership_remove(
        group=open_group,
        user=applicant,
        moderator=moderator,
        moderator_membership=_moderator_membership(open_group, moderator),
        reason="Posted job ads after two warnings.",
    )

    assert _membership(open_group, applicant) is None
    assert _member_count(open_group) == 2
    assert _events(open_group) == [
        (Action.REMOVE, moderator.pk, applicant.pk, "Posted job ads after two warnings.")
    ]


def test_a_removed_member_may_join_again(open_group, moderator, applicant):
    MembershipFactory(group=open_group, user=applicant)
    membership_remove(group=open_group, user=applicant, moderator=moderator)

    membership = membership_join(group=open_group, user=applicant)

    assert membership.status == Status.ACTIVE
    assert _member_count(open_group) == 3
    assert [event[0] for event in _events(open_group)] == [Action.REMOVE, Action.JOIN]


def test_removing_someone_who_is_not_a_member_is_refused(open_group, moderator, applicant):
    with pytest.raises(MembershipError):
        membership_remove(group=open_group, user=applicant, moderator=moderator)

    assert _member_count(open_group) == 2
    assert _events(open_group) == []


def test_banning_a_member_uncounts_them_and_keeps_them_out(open_group, moderator, applicant):
    MembershipFactory(group=open_group, user=applicant)

    membership_ban(
        group=open_group,
        user=applicant,
        moderator=moderator,
        moderator_membership=_moderator_membership(open_group, moderator),
        reason="Harassed other members.",
    )

    membership = _membership(open_group, applicant)
    assert membership.status == Status.BANNED
    assert membership.decided_by == moderator
    assert membership.decision_message == "Harassed other members."
    assert _member_count(open_group) == 2
    with pytest.raises(MembershipError, match="You cannot join this group"):
        membership_join(group=open_group, user=applicant)
    with pytest.raises(MembershipError, match="You cannot join this group"):
        membership_join(group=open_group, user=applicant, invited=True)
    assert _membership(open_group, applicant).status == Status.BANNED
    assert _member_count(open_group) == 2
    assert _events(open_group) == [
        (Action.BAN, moderator.pk, applicant.pk, "Harassed other members.")
    ]


def test_a_banned_applicant_cannot_ask_again(pending_request, approval_group, moderator):
    membership_ban(group=approval_group, user=pending_request.user, moderator=moderator)

    pending_request.refresh_from_db()
    assert pending_request.status == Status.BANNED
    with pytest.raises(MembershipError, match="You cannot join this group"):
        membership_join(
            group=approval_group, user=pending_request.user, admission_answers=["A", "B"]
        )
    assert _membership(approval_group, pending_request.user).status == Status.BANNED
    assert _member_count(approval_group) == 2
    assert _events(approval_group) == [(Action.BAN, moderator.pk, pending_request.user_id, "")]


def test_banning_someone_who_never_joined_keeps_them_out(open_group, moderator, applicant):
    membership_ban(group=open_group, user=applicant, moderator=moderator, reason="Known spammer.")

    assert _membership(open_group, applicant).status == Status.BANNED
    assert _member_count(open_group) == 2
    with pytest.raises(MembershipError):
        membership_join(group=open_group, user=applicant)
    assert _events(open_group) == [(Action.BAN, moderator.pk, applicant.pk, "Known spammer.")]


def test_banning_twice_logs_one_ban(open_group, moderator, applicant):
    membership_ban(group=open_group, user=applicant, moderator=moderator)
    membership_ban(group=open_group, user=applicant, moderator=moderator)

    assert _events(open_group) == [(Action.BAN, moderator.pk, applicant.pk, "")]


def test_lifting_a_ban_lets_the_person_join_again(open_group, moderator, applicant):
    MembershipFactory(group=open_group, user=applicant)
    membership_ban(group=open_group, user=applicant, moderator=moderator)

    membership_unban(group=open_group, user=applicant, moderator=moderator, reason="Apologised.")

    assert _membership(open_group, applicant) is None
    assert _member_count(open_group) == 2
    membership_join(group=open_group, user=applicant)
    assert _member_count(open_group) == 3
    assert _events(open_group) == [
        (Action.BAN, moderator.pk, applicant.pk, ""),
        (Action.UNBAN, moderator.pk, applicant.pk, "Apologised."),
        (Action.JOIN, applicant.pk, applicant.pk, ""),
    ]


def test_unbanning_someone_who_is_not_banned_changes_nothing(open_group, moderator, applicant):
    MembershipFactory(group=open_group, user=applicant)

    membership_unban(group=open_group, user=applicant, moderator=moderator)

    assert _membership(open_group, applicant).status == Status.ACTIVE
    assert _events(open_group) == []


@pytest.mark.parametrize("service", [membership_remove, membership_ban])
def test_a_moderator_cannot_remove_or_ban_another_moderator(open_group, moderator, service):
    colleague = UserFactory()
    MembershipFactory(group=open_group, user=colleague, role=Role.MODERATOR)

    with pytest.raises(MembershipError, match="Only the owner"):
        service(
            group=open_group,
            user=colleague,
            moderator=moderator,
            moderator_membership=_moderator_membership(open_group, moderator),
        )

    membership = _membership(open_group, colleague)
    assert (membership.role, membership.status) == (Role.MODERATOR, Status.ACTIVE)
    assert _member_count(open_group) == 3
    assert _events(open_group) == []


@pytest.mark.parametrize("service", [membership_remove, membership_ban])
@pytest.mark.parametrize("actor", ["moderator", "owner"])
def test_nobody_removes_or_bans_the_owner(open_group, owner, moderator, actor, service):
    acting = {"moderator": moderator, "owner": owner}[actor]

    with pytest.raises(MembershipError, match="owner cannot be removed"):
        service(
            group=open_group,
            user=owner,
            moderator=acting,
            moderator_membership=_moderator_membership(open_group, acting),
        )

    membership = _membership(open_group, owner)
    assert (membership.role, membership.status) == (Role.OWNER, Status.ACTIVE)
    assert _member_count(open_group) == 2
    assert _events(open_group) == []


def test_the_owner_can_remove_a_moderator(open_group, owner, moderator):
    membership_remove(
        group=open_group,
        user=moderator,
        moderator=owner,
        moderator_membership=_moderator_membership(open_group, owner),
        reason="Stepped back.",
    )

    assert _membership(open_group, moderator) is None
    assert _member_count(open_group) == 1
    assert _events(open_group) == [(Action.REMOVE, owner.pk, moderator.pk, "Stepped back.")]


def test_the_owner_can_ban_a_moderator_who_loses_the_role(open_group, owner, moderator):
    membership_ban(
        group=open_group,
        user=moderator,
        moderator=owner,
        moderator_membership=_moderator_membership(open_group, owner),
    )

    membership = _membership(open_group, moderator)
    assert (membership.role, membership.status) == (Role.MEMBER, Status.BANNED)
    assert _member_count(open_group) == 1
    assert _events(open_group) == [(Action.BAN, owner.pk, moderator.pk, "")]


# Leaving -----------------------------------------------------------------------------------


def test_leaving_uncounts_and_logs(open_group, applicant):
    MembershipFactory(group=open_group, user=applicant)

    membership_leave(group=open_group, user=applicant)

    assert _membership(open_group, applicant) is None
    assert _member_count(open_group) == 2
    assert _events(open_group) == [(Action.LEAVE, applicant.pk, applicant.pk, "")]


def test_the_owner_cannot_leave(open_group, owner):
    with pytest.raises(MembershipError, match="owner cannot leave"):
        membership_leave(group=open_group, user=owner)

    assert _membership(open_group, owner).role == Role.OWNER
    assert _member_count(open_group) == 2
    assert _events(open_group) == []


def test_a_banned_person_cannot_lift_the_ban_by_leaving(open_group, moderator, applicant):
    membership_ban(group=open_group, user=applicant, moderator=moderator)

    membership_leave(group=open_group, user=applicant)

    assert _membership(open_group, applicant).status == Status.BANNED
    assert [event[0] for event in _events(open_group)] == [Action.BAN]


# Handing a group over ----------------------------------------------------------------------


def _owners(group):
    return list(group.memberships.filter(role=Role.OWNER).values_list("user", flat=True))


def test_handing_the_group_over_leaves_one_owner_and_keeps_the_old_one_as_moderator(
    open_group, owner, applicant
):
    MembershipFactory(group=open_group, user=applicant)

    successor = ownership_transfer(group=open_group, new_owner=applicant, owner=owner)

    assert successor.user == applicant
    assert _owners(open_group) == [applicant.pk]
    assert _membership(open_group, owner).role == Role.MODERATOR
    assert _member_count(open_group) == 3
    assert _events(open_group) == [(Action.TRANSFER, owner.pk, applicant.pk, "")]


def test_the_old_owner_may_leave_after_handing_over(open_group, owner, moderator):
    ownership_transfer(group=open_group, new_owner=moderator, owner=owner)

    membership_leave(group=open_group, user=owner)

    assert _owners(open_group) == [moderator.pk]
    assert _member_count(open_group) == 1


def test_handing_over_to_oneself_changes_nothing(open_group, owner):
    ownership_transfer(group=open_group, new_owner=owner, owner=owner)

    assert _owners(open_group) == [owner.pk]
    assert _events(open_group) == []


@pytest.mark.parametrize("standing", ["pending", "banned", "declined", "stranger"])
def test_the_group_is_handed_over_only_to_an_active_member(
    approval_group, owner, moderator, applicant, standing
):
    if standing != "stranger":
        MembershipFactory(group=approval_group, user=applicant, status=standing)

    with pytest.raises(MembershipError, match="not a member"):
        ownership_transfer(group=approval_group, new_owner=applicant, owner=owner)

    assert _owners(approval_group) == [owner.pk]
    assert _membership(approval_group, owner).role == Role.OWNER
    assert _events(approval_group) == []


@pytest.mark.parametrize("actor", ["moderator", "member", "stranger"])
def test_only_the_owner_hands_the_group_over(open_group, owner, moderator, applicant, actor):
    MembershipFactory(group=open_group, user=applicant)
    acting = {"moderator": moderator, "member": applicant, "stranger": UserFactory()}[actor]

    with pytest.raises(MembershipError, match="Only the owner"):
        ownership_transfer(group=open_group, new_owner=applicant, owner=acting)

    assert _owners(open_group) == [owner.pk]
    assert _membership(open_group, moderator).role == Role.MODERATOR
    assert _events(open_group) == []


# Creating and editing groups ---------------------------------------------------------------


def _create(owner, name, **fields):
    return group_create(owner=owner, name=name, country="PL", languages=[language("pl")], **fields)


def test_creating_a_group_transliterates_and_numbers_the_slug(owner):
    first = _create(owner, "Rekruterzy Łódź")
    second = _create(UserFactory(), "Rekruterzy Łódź")
    third = _create(UserFactory(), "Rekruterzy ŁÓDŹ!")

    assert first.slug == "rekruterzy-lodz"
    assert second.slug == "rekruterzy-lodz-2"
    assert third.slug == "rekruterzy-lodz-3"


def test_a_group_name_without_letters_still_gets_a_slug(owner):
    assert _create(owner, "!!!").slug == "group"
    assert _create(owner, "???").slug == "group-2"


def test_a_group_slug_never_takes_over_a_fixed_address(owner):
    # /groups/new/ starts a group; a group slugged "new" would have a page nobody can open.
    group = _create(owner, "New")

    assert group.slug != "new"


def test_creating_a_group_makes_the_founder_owner_and_logs_it(owner):
    group = _create(
        owner,
        "Rekruterzy Łódź",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?", "", "What do you hire for?"],
    )

    assert group.member_count == 1
    assert group.admission_questions == ["Where do you recruit?", "What do you hire for?"]
    membership = _membership(group, owner)
    assert (membership.role, membership.status) == (Role.OWNER, Status.ACTIVE)
    assert membership.joined_at is not None
    assert _events(group) == [(Action.CREATE, owner.pk, owner.pk, "")]


def test_the_database_refuses_a_fourth_admission_question(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        _create(owner, "Too Curious", admission_questions=["One?", "Two?", "Three?", "Four?"])

    assert not Group.objects.filter(name="Too Curious").exists()


def test_updating_a_group_keeps_its_slug(owner):
    group = _create(owner, "Rekruterzy Łódź")

    group_update(
        group=group,
        editor=owner,
        name="Rekruterzy Gdańsk",
        city="Gdańsk",
        languages=[language("pl"), language("en")],
    )

    group.refresh_from_db()
    assert group.name == "Rekruterzy Gdańsk"
    assert group.city == "Gdańsk"
    assert group.slug == "rekruterzy-lodz"
    assert sorted(group.languages.values_list("code", flat=True)) == ["en", "pl"]


def test_updating_a_group_cannot_change_the_slug_or_the_count(owner):
    group = _create(owner, "Rekruterzy Łódź")

    with pytest.raises(TypeError):
        group_update(group=group, editor=owner, slug="elsewhere")
    with pytest.raises(TypeError):
        group_update(group=group, editor=owner, member_count=1000)

    group.refresh_from_db()
    assert (group.slug, group.member_count) == ("rekruterzy-lodz", 1)
