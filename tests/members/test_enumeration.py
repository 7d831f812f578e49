"""Nobody learns whether an address has an account: signing up with it, signing in with it
and resetting its password answer the same way whether it has one or not. And the sign-up
honeypot catches bots without making an account."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.test import Client

from members.models import User
from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-42"
KNOWN = "marta@example.com"
UNKNOWN = "nobody-here@example.com"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def marta(db):
    return UserFactory(username="marta", email=KNOWN, password=PASSWORD)


def _normalised(response):
    """The page as a visitor sees it, without what differs on every request anyway (the
    CSRF token) and without the address the visitor typed themselves."""
    text = page(response)
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    for address in (KNOWN, UNKNOWN):
        text = text.replace(address, "ADDRESS")
    return text


def _follow(client, response):
    """The page a redirect leads to."""
    assert response.status_code == 302
    return client.get(response.url)


def _sign_up(client, email, username):
    return client.post(
        "/accounts/signup/",
        {"email": email, "username": username, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_signing_up_with_a_taken_address_looks_like_any_sign_up(client, marta, mailoutbox):
    new_visitor = client
    taken = _sign_up(new_visitor, KNOWN, "someone")
    other_visitor = Client()
    fresh = _sign_up(other_visitor, UNKNOWN, "newcomer")

    assert taken.status_code == fresh.status_code == 302
    assert taken.url == fresh.url == "/accounts/confirm-email/"
    assert _normalised(_follow(new_visitor, taken)) == _normalised(_follow(other_visitor, fresh))
    # Neither visitor is signed in.
    assert "_auth_user_id" not in new_visitor.session
    assert "_auth_user_id" not in other_visitor.session
    # No second account; the owner of the address hears that someone tried.
    assert not User.objects.filter(username="someone").exists()
    assert User.objects.filter(email=KNOWN).count() == 1
    assert User.objects.filter(username="newcomer").exists()
    assert sorted(message.to[0] for message in mailoutbox) == [KNOWN, UNKNOWN]
    already = next(message for message in mailoutbox if message.to == [KNOWN])
    assert "/accounts/password/reset/" in already.body


def test_the_taken_address_is_reported_nowhere_on_the_sign_up_form(client, marta):
    response = _sign_up(client, KNOWN.upper(), "someone")

    assert response.status_code == 302
    assert "already registered" not in page(_follow(client, response))


def test_signing_in_with_an_unknown_address_looks_like_a_wrong_password(client, marta):
    wrong_password = client.post("/accounts/login/", {"login": KNOWN, "password": "not-it-1"})
    unknown = client.post("/accounts/login/", {"login": UNKNOWN, "password": "not-it-1"})

    assert wrong_password.status_code == unknown.status_code == 200
    assert _normalised(wrong_password) == _normalised(unknown)
    assert "not correct" in page(unknown)


def test_a_password_reset_for_an_unknown_address_looks_like_one_for_a_member(
    client, marta, mailoutbox
):
    known = client.post("/accounts/password/reset/", {"email": KNOWN})
    unknown = client.post("/accounts/password/reset/", {"email": UNKNOWN})

    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url
    assert _normalised(_follow(client, known)) == _normalised(_follow(client, unknown))
    # The member gets a reset link; the unknown address is told it has no account.
    assert [message.to for message in mailoutbox] == [[KNOWN], [UNKNOWN]]
    assert "/accounts/password/reset/key/" in mailoutbox[0].body
    assert "/accounts/password/reset/key/" not in mailoutbox[1].body


def test_following_the_confirmation_link_in_the_same_browser_signs_the_new_member_in(
    client, mailoutbox
):
    _sign_up(client, UNKNOWN, "newcomer")
    link = re.search(r"https?://\S+(/accounts/confirm-email/\S+/)", mailoutbox[0].body).group(1)

    confirmed = client.post(link)

    assert confirmed.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(username="newcomer").pk)
    assert EmailAddress.objects.get(email=UNKNOWN).verified


def test_a_new_member_may_sign_in_before_confirming(client, mailoutbox):
    _sign_up(client, UNKNOWN, "newcomer")

    response = client.post("/accounts/login/", {"login": UNKNOWN, "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(username="newcomer").pk)


# The honeypot -------------------------------------------------------------------------------


def test_the_honeypot_is_hidden_by_a_class_not_an_inline_style(client):
    content = page(client.get("/accounts/signup/"))

    trap = re.search(r'<div class="honeypot" aria-hidden="true">(.*?)</div>', content, re.S)
    assert trap, "no honeypot wrapper on the sign-up page"
    assert 'name="website"' in trap.group(1)
    assert 'tabindex="-1"' in trap.group(1)
    assert "<label" in trap.group(1)
    assert "style=" not in content


def test_a_filled_honeypot_makes_no_account(client, mailoutbox):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "bot@example.com",
            "username": "bot",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "website": "https://spam.example.com",
        },
    )

    # The bot sees the usual answer and learns nothing.
    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    assert not User.objects.filter(username="bot").exists()
    assert not EmailAddress.objects.filter(email="bot@example.com").exists()
    assert mailoutbox == []


def test_an_empty_honeypot_lets_people_sign_up(client, mailoutbox):
    _sign_up(client, UNKNOWN, "newcomer")

    assert User.objects.filter(username="newcomer").exists()
