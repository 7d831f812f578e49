"""Every `next=` the site follows leads back to the site, never to another host: allauth's
sign-in, sign-up and sign-out, the admin's sign-in, the interface-language switch and
following. (All of them use url_has_allowed_host_and_scheme against the request's host.)"""

from urllib.parse import urlsplit

import pytest

from tests.factories import GroupFactory, UserFactory

PASSWORD = "correct-horse-battery"

# Another site, written the ways browsers resolve to another host.
FOREIGN_TARGETS = [
    "https://evil.example/",
    "//evil.example",
    "http://evil.example/accounts/login/",
    "https:evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    " //evil.example",
    "javascript:alert(1)",
]

pytestmark = pytest.mark.parametrize("target", FOREIGN_TARGETS)


def assert_stays_on_site(response):
    assert response.status_code == 302, response.content[:500]
    location = response["Location"].strip()
    parts = urlsplit(location.replace("\\", "/"))
    assert parts.netloc in ("", "testserver"), location
    assert parts.scheme in ("", "https"), location
    assert "evil.example" not in location


def test_sign_in(client, production_settings, db, target):
    member = UserFactory(email="ania@example.com")

    response = client.post(
        "/accounts/login/",
        {"login": member.email, "password": PASSWORD, "next": target},
        secure=True,
    )

    assert_stays_on_site(response)
    assert "sessionid" in response.cookies


def test_sign_in_with_next_in_the_address(client, production_settings, db, target):
    member = UserFactory(email="ania@example.com")

    response = client.post(
        "/accounts/login/",
        {"login": member.email, "password": PASSWORD},
        QUERY_STRING=f"next={target}",
        secure=True,
    )

    assert_stays_on_site(response)


def test_sign_up(client, production_settings, db, target):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "new.member@example.com",
            "username": "newmember",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": target,
        },
        secure=True,
    )

    assert_stays_on_site(response)


def test_sign_out(client, production_settings, db, target):
    client.force_login(UserFactory())

    response = client.post("/accounts/logout/", {"next": target}, secure=True)

    assert_stays_on_site(response)


def test_admin_sign_in(client, production_settings, db, target):
    UserFactory(username="staff", email="staff@example.com", is_staff=True, is_superuser=True)

    response = client.post(
        "/admin/login/",
        {"username": "staff", "password": PASSWORD, "next": target},
        secure=True,
    )

    assert_stays_on_site(response)


def test_interface_language_switch(client, production_settings, db, target):
    response = client.post("/language/", {"language": "pl", "next": target}, secure=True)

    assert_stays_on_site(response)


def test_following(client, production_settings, db, target):
    client.force_login(UserFactory())
    group = GroupFactory()

    response = client.post(
        f"/notifications/follow/group/{group.pk}/",
        {"action": "follow", "next": target},
        secure=True,
    )

    assert_stays_on_site(response)
