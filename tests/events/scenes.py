"""A group with one person in every role, for the event tests."""

from types import SimpleNamespace

from groups.models import Membership
from tests.factories import GroupFactory, MembershipFactory, UserFactory

ROLES = [
    "anonymous",
    "unverified",
    "non_member",
    "member",
    "moderator",
    "owner",
    "other_moderator",
    "staff",
]
ORGANISERS = frozenset({"moderator", "owner", "staff"})
VERIFIED = frozenset(ROLES) - {"anonymous", "unverified"}
# Who sees a members-only event that does not welcome visitors.
GROUP_INSIDERS = frozenset({"unverified", "member", "moderator", "owner", "staff"})


def event_scene():
    """A Kraków group with its owner, a moderator, a member, a moderator whose email is not
    confirmed (only the email check can refuse them), someone from outside, the moderator of
    another group, and a staff member."""
    group = GroupFactory(
        name="Rekruterzy Kraków", slug="rekruterzy-krakow", city="Kraków", languages=["pl", "en"]
    )
    people = SimpleNamespace(
        group=group,
        owner=UserFactory(username="owner", display_name="Olga Owner"),
        moderator=UserFactory(username="moderator", display_name="Marek Moderator"),
        member=UserFactory(username="member", display_name="Maja Member"),
        unverified=UserFactory(username="unverified", verified=False),
        non_member=UserFactory(username="non-member", display_name="Nina Outsider"),
        staff=UserFactory(username="staff", is_staff=True),
        other_group=GroupFactory(name="Recruiters Gdańsk", slug="recruiters-gdansk", city="Gdańsk"),
        other_moderator=UserFactory(username="other-moderator"),
    )
    for user, role in [
        (people.owner, Membership.Role.OWNER),
        (people.moderator, Membership.Role.MODERATOR),
        (people.unverified, Membership.Role.MODERATOR),
        (people.member, Membership.Role.MEMBER),
    ]:
        MembershipFactory(group=group, user=user, role=role)
    MembershipFactory(
        group=people.other_group, user=people.other_moderator, role=Membership.Role.OWNER
    )
    return people


def client_for(client, scene, role):
    if role != "anonymous":
        client.force_login(getattr(scene, role))
    return client
