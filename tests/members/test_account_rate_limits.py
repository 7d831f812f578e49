"""allauth's own abuse limits (ACCOUNT_RATE_LIMITS), counted in the shared cache: guessing
a password, signing up in bulk, and filling someone's mailbox with password resets or
confirmation emails all stop after a few tries."""

import pytest
from allauth.account.adapter import get_adapter
from django.utils.translation import gettext

from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-42"
# allauth's defaults: 5 failed sign-ins per address in 5 minutes, 20 sign-ups a minute per
# visitor; ours: 5 password-reset emails an hour per address.
FAILED_SIGN_INS_ALLOWED = 5
SIGN_UPS_ALLOWED = 20
RESETS_ALLOWED = 5


def _sign_in(client, email, password):
    return client.post("/accounts/login/", {"login": email, "password": password})


def _too_many_attempts():
    return str(get_adapter().error_messages["too_many_login_attempts"])


def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while(client):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)
    for _ in range(FAILED_SIGN_INS_ALLOWED):
        assert _sign_in(client, "marta@example.com", "guess").status_code == 200

    response = _sign_in(client, "marta@example.com", PASSWORD)

    assert response.status_code == 200
    assert _too_many_attempts() in page(response)
    assert not response.context["user"].is_authenticated


def test_guesses_at_one_account_do_not_lock_out_another(client):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)
    UserFactory(username="ola", email="ola@example.com", password=PASSWORD)
    for _ in range(FAILED_SIGN_INS_ALLOWED + 1):
        _sign_in(client, "marta@example.com", "guess")

    response = _sign_in(client, "ola@example.com", PASSWORD)

    assert response.status_code == 302
    assert client.get("/").context["user"].username == "ola"


def test_signing_in_with_the_right_password_after_a_typo_works(client):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)
    _sign_in(client, "marta@example.com", "typo")

    assert _sign_in(client, "marta@example.com", PASSWORD).status_code == 302


def test_password_resets_for_one_address_stop_after_five_an_hour(client, mailoutbox):
    UserFactory(username="marta", email="marta@example.com")
    for _ in range(RESETS_ALLOWED):
        client.post("/accounts/password/reset/", {"email": "marta@example.com"})

    response = client.post("/accounts/password/reset/", {"email": "marta@example.com"})

    assert response.status_code == 429
    assert gettext("Slow down a little") in page(response)
    assert '<a href="/">' in page(response)
    assert len(mailoutbox) == RESETS_ALLOWED


def test_a_reset_for_another_address_still_goes_out(client, mailoutbox):
    UserFactory(username="marta", email="marta@example.com")
    UserFactory(username="ola", email="ola@example.com")
    for _ in range(RESETS_ALLOWED + 1):
        client.post("/accounts/password/reset/", {"email": "marta@example.com"})

    response = client.post("/accounts/password/reset/", {"email": "ola@example.com"})

    assert response.status_code == 302
    assert mailoutbox[-1].to == ["ola@example.com"]


def test_sign_ups_from_one_address_stop_after_twenty_a_minute(client):
    def sign_up(number):
        return client.post(
            "/accounts/signup/",
            {
                "email": f"bulk{number}@example.com",
                "username": f"bulk{number}",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )

    for number in range(SIGN_UPS_ALLOWED):
        assert sign_up(number).status_code == 302
        client.logout()

    response = sign_up(SIGN_UPS_ALLOWED)

    assert response.status_code == 429
    assert gettext("Slow down a little") in page(response)


def test_a_confirmation_email_is_sent_again_at_most_once_in_three_minutes(client, mailoutbox):
    member = UserFactory(username="newbie", email="newbie@example.com", verified=False)
    client.force_login(member)

    for _ in range(3):
        client.post("/accounts/email/", {"action_send": "", "email": "newbie@example.com"})

    assert [message.to for message in mailoutbox] == [["newbie@example.com"]]
