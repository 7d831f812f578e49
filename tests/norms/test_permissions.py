"""Only members of a country's groups (and staff) keep its guide; its moderators revert."""

import pytest

from norms.models import NormEntry
from norms.permissions import may_edit_country, may_revert_country
from tests.factories import GroupFactory, MembershipFactory, UserFactory
from tests.norms.factories import make_entry

pytestmark = pytest.mark.django_db

EDIT_URL = "/norms/pl/salary-timing/edit/?lang=en"
CONFIRM_URL = "/norms/pl/salary-timing/confirm/"
REVERT_URL = "/norms/pl/salary-timing/revert/?lang=en"
HISTORY_URL = "/norms/pl/salary-timing/history/?lang=en"
ROLES = ["anonymous", "unverified", "member_elsewhere", "member_there", "moderator_there", "staff"]
MAY_EDIT = {"member_there", "moderator_there", "staff"}
MAY_REVERT = {"moderator_there", "staff"}


@pytest.fixture
def person(request, polish_group, german_group):
    """A user in the given role towards Poland's guide (None for anonymous)."""
    role = request.param
    if role == "anonymous":
        return None
    if role == "staff":
        return UserFactory(username="staff", is_staff=True)
    if role == "unverified":
        user = UserFactory(username="unverified", verified=False)
        MembershipFactory(user=user, group=polish_group)
        return user
    user = UserFactory(username=role)
    if role == "member_elsewhere":
        MembershipFactory(user=user, group=german_group)
    elif role == "member_there":
        MembershipFactory(user=user, group=polish_group)
    elif role == "moderator_there":
        MembershipFactory(user=user, group=polish_group, role="moderator")
    return user


def login(client, user):
    if user is not None:
        client.force_login(user)
    return client


def posted_edit(version=1, **overrides):
    data = {
        "short_answer": "Only at the offer stage.",
        "explanation": "",
        "sources": "",
        "summary": "Updated for 2025",
        "base_version": version,
    }
    data.update(overrides)
    return data


def expected_refusal(role, response):
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_editing_a_countrys_entry_is_for_members_there_and_staff(client, person):
    role = person.username if person else "anonymous"
    entry = make_entry()
    login(client, person)

    page = client.get(EDIT_URL)
    response = client.post(EDIT_URL, posted_edit())

    entry.refresh_from_db()
    if role in MAY_EDIT:
        assert page.status_code == 200
        assert response.status_code == 302
        assert entry.version == 2
        assert entry.updated_by == person
    else:
        expected_refusal(role, page)
        expected_refusal(role, response)
        assert entry.version == 1


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_starting_an_entry_is_for_members_there_and_staff(client, person):
    role = person.username if person else "anonymous"
    login(client, person)

    response = client.post(EDIT_URL, posted_edit(version=0))

    created = NormEntry.objects.filter(country="PL", topic__slug="salary-timing").exists()
    if role in MAY_EDIT:
        assert response.status_code == 302
        assert created
    else:
        expected_refusal(role, response)
        assert not created


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_confirming_is_for_members_there_and_staff(client, person):
    role = person.username if person else "anonymous"
    entry = make_entry()
    login(client, person)

    response = client.post(CONFIRM_URL, {"lang": "en"})

    entry.refresh_from_db()
    if role in MAY_EDIT:
        assert response.status_code == 302
        assert entry.confirmation_count == 1
    else:
        expected_refusal(role, response)
        assert entry.confirmation_count == 0


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_reverting_is_for_moderators_there_and_staff(client, person):
    role = person.username if person else "anonymous"
    entry = make_entry(short_answer="The original")
    login(client, UserFactory(username="editor-pl", is_staff=True))
    client.post(EDIT_URL, posted_edit())
    client.logout()
    login(client, person)

    history = client.get(HISTORY_URL)
    response = client.post(REVERT_URL, {"version": 1})

    entry.refresh_from_db()
    assert history.status_code == 200
    if role in MAY_REVERT:
        assert b"Revert to version 1" in history.content
        assert response.status_code == 302
        assert entry.version == 3
        assert entry.short_answer == "The original"
    else:
        assert b"Revert to version 1" not in history.content
        expected_refusal(role, response)
        assert entry.version == 2


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_the_guide_offers_confirm_and_edit_only_to_those_who_may(client, person):
    role = person.username if person else "anonymous"
    make_entry()
    login(client, person)

    response = client.get("/norms/pl/")

    assert response.status_code == 200
    assert (b"Confirm it is still right" in response.content) == (role in MAY_EDIT)
    assert (b"Write it" in response.content) == (role in MAY_EDIT)


def test_permission_predicates(polish_group):
    member = UserFactory()
    MembershipFactory(user=member, group=polish_group)
    pending = UserFactory()
    MembershipFactory(user=pending, group=polish_group, status="pending")
    owner = UserFactory()
    MembershipFactory(user=owner, group=polish_group, role="owner")
    other_country = GroupFactory(country="ES")

    assert may_edit_country(member, "PL")
    assert not may_edit_country(member, other_country.country)
    assert not may_edit_country(pending, "PL")
    assert not may_revert_country(member, "PL")
    assert may_revert_country(owner, "PL")
