"""Changing one's email address (allauth, ACCOUNT_CHANGE_EMAIL): the new address must be
confirmed before it replaces the old one, and posting follows what is confirmed."""

import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from members.models import User
from members.permissions import can_post
from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

OLD = "marta@example.com"
NEW = "marta.kowalska@example.com"
ASK_PATH = "/groups/recruiting-community-berlin/ask/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _confirmation_path(message):
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert match, f"no confirmation link in:\n{message.body}"
    return urlsplit(match.group(0)).path


def _request_change(client, email=NEW):
    return client.post("/accounts/email/", {"email": email, "action_add": ""})


def _fresh(member):
    return User.objects.get(pk=member.pk)


def test_the_old_address_stays_in_use_until_the_new_one_is_confirmed(
    client, mailoutbox, german_group
):
    marta = UserFactory(username="marta", email=OLD)
    client.force_login(marta)

    response = _request_change(client)

    assert response.status_code == 302
    assert response.url == "/accounts/email/"
    assert _fresh(marta).email == OLD
    assert EmailAddress.objects.get(user=marta, primary=True).email == OLD
    pending = EmailAddress.objects.get(user=marta, email=NEW)
    assert not pending.verified and not pending.primary
    assert [message.to for message in mailoutbox] == [[NEW]]
    # Still a member in good standing, writing from the old address.
    assert can_post(_fresh(marta))
    assert client.get(ASK_PATH).status_code == 200
    shown = page(client.get("/accounts/email/"))
    assert OLD in shown and NEW in shown
    assert "waiting for confirmation" in shown

    confirmed = client.post(_confirmation_path(mailoutbox[0]))

    assert confirmed.status_code == 302
    assert _fresh(marta).email == NEW
    assert list(
        EmailAddress.objects.filter(user=marta).values_list("email", "verified", "primary")
    ) == [(NEW, True, True)]
    assert can_post(_fresh(marta))
    # The old address is told about the change.
    assert mailoutbox[-1].to == [OLD]


def test_an_unconfirmed_member_may_post_only_once_the_new_address_is_confirmed(
    client, mailoutbox, german_group
):
    newbie = UserFactory(username="newbie", email="newbie@example.com", verified=False)
    client.force_login(newbie)
    assert client.get(ASK_PATH).status_code == 403

    _request_change(client, "newbie.real@example.com")

    assert not can_post(_fresh(newbie))
    assert client.get(ASK_PATH).status_code == 403

    client.post(_confirmation_path(mailoutbox[-1]))

    assert _fresh(newbie).email == "newbie.real@example.com"
    assert can_post(_fresh(newbie))
    assert client.get(ASK_PATH).status_code == 200


def test_cancelling_a_change_keeps_the_old_address(client, mailoutbox):
    marta = UserFactory(username="marta", email=OLD)
    client.force_login(marta)
    _request_change(client)

    client.post("/accounts/email/", {"email": NEW, "action_remove": ""})

    assert list(EmailAddress.objects.filter(user=marta).values_list("email", flat=True)) == [OLD]
    assert _fresh(marta).email == OLD


def test_an_address_another_member_uses_cannot_be_confirmed(client, mailoutbox):
    """The other member's address is not refused on the form (that would tell whether it has
    an account), but confirming it cannot take it over."""
    UserFactory(username="other", email=NEW, verified=False)
    marta = UserFactory(username="marta", email=OLD)
    client.force_login(marta)

    assert _request_change(client).status_code == 302
    client.post(_confirmation_path(mailoutbox[-1]))

    assert _fresh(marta).email == OLD
    assert not EmailAddress.objects.filter(user=marta, email=NEW, verified=True).exists()


@pytest.mark.parametrize(
    ("email", "error"),
    [
        ("not-an-address", "Enter a valid email address"),
        (OLD, "already associated with this account"),
    ],
)
def test_a_bad_address_keeps_the_form_with_an_error(client, email, error):
    marta = UserFactory(username="marta", email=OLD)
    client.force_login(marta)

    response = _request_change(client, email)

    assert response.status_code == 200
    assert error in page(response)
    assert list(EmailAddress.objects.filter(user=marta).values_list("email", flat=True)) == [OLD]


def test_the_email_page_is_for_signed_in_members(client):
    response = client.get("/accounts/email/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_the_profile_settings_link_to_the_email_page(client):
    client.force_login(UserFactory(username="marta", email=OLD))

    assert 'href="/accounts/email/"' in page(client.get("/accounts/profile/"))
