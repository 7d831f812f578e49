import pytest

from tests.factories import GroupFactory, MembershipFactory, UserFactory


@pytest.fixture(autouse=True)
def _english_by_default(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def member(db):
    """A signed-up member whose email address is confirmed."""
    return UserFactory(username="ania", email="ania@example.com", home_country="PL")


@pytest.fixture
def unverified_member(db):
    return UserFactory(username="newbie", email="newbie@example.com", verified=False)


@pytest.fixture
def staff_member(db):
    return UserFactory(
        username="staff", email="staff@example.com", is_staff=True, is_superuser=True
    )


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def unverified_client(client, unverified_member):
    client.force_login(unverified_member)
    return client


@pytest.fixture
def polish_group(db):
    return GroupFactory(
        name="Rekruterzy IT Polska", country="PL", city="Warszawa", languages=["pl", "en"]
    )


@pytest.fixture
def german_group(db):
    return GroupFactory(
        name="Recruiting Community Berlin", country="DE", city="Berlin", languages=["de", "en"]
    )


@pytest.fixture
def group_owner(db, polish_group):
    owner = UserFactory(username="owner", email="owner@example.com")
    MembershipFactory(user=owner, group=polish_group, role="owner")
    return owner
