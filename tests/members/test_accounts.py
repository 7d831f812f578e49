"""The whole sign-up story through django-allauth, with email sent to Django's locmem outbox."""

import re
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from members.models import User
from questions.models import Question
from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-42"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def _sign_up(client, email="joanna@example.com", username="joanna"):
    return client.post(
        "/accounts/signup/",
        {"email": email, "username": username, "password1": PASSWORD, "password2": PASSWORD},
    )


def _confirmation_path(message):
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert match, f"no confirmation link in:\n{message.body}"
    return urlsplit(match.group(0)).path


def test_the_sign_up_page_asks_for_email_username_and_password(client):
    response = client.get("/accounts/signup/")

    assert response.status_code == 200
    content = page(response)
    for field in ("email", "username", "password1", "password2"):
        assert f'name="{field}"' in content


def test_signing_up_sends_a_confirmation_email(client, mailoutbox):
    response = _sign_up(client)

    assert response.status_code == 302
    member = User.objects.get(username="joanna")
    assert member.email == "joanna@example.com"
    assert not EmailAddress.objects.get(user=member).verified
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["joanna@example.com"]
    assert message.subject.startswith("[RecruitCommunity] ")
    assert _confirmation_path(message).startswith("/accounts/confirm-email/")


def test_a_new_member_confirms_the_email_then_asks_a_question(client, mailoutbox, german_group):
    _sign_up(client, email="joanna@example.com", username="joanna")
    member = User.objects.get(username="joanna")
    member.home_country = "GB"
    member.save(update_fields=["home_country"])
    confirm_path = _confirmation_path(mailoutbox[0])

    # Signing up ends signed out on "check your inbox"; signing in works before the address
    # is confirmed, asking does not.
    client.post("/accounts/login/", {"login": "joanna@example.com", "password": PASSWORD})
    assert client.get("/groups/recruiting-community-berlin/ask/").status_code == 403

    confirm_page = client.get(confirm_path)
    assert confirm_page.status_code == 200
    assert "joanna@example.com" in page(confirm_page)
    assert not EmailAddress.objects.get(user=member).verified  # a GET confirms nothing

    confirmed = client.post(confirm_path)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=member).verified

    assert client.get("/groups/recruiting-community-berlin/ask/").status_code == 200
    asked = client.post(
        "/groups/recruiting-community-berlin/ask/",
        {
            "title": "When do candidates in Germany expect to talk salary?",
            "body": "In the UK we discuss it in the first call.",
            "language": "en",
        },
    )
    question = Question.objects.get(author=member)
    assert asked.status_code == 302
    assert asked.url == question.get_absolute_url()
    assert question.asker_country == "GB"
    assert question.target_country == "DE"


def test_a_wrong_confirmation_key_confirms_nothing(client, mailoutbox):
    _sign_up(client)

    response = client.post("/accounts/confirm-email/not-a-real-key/")

    assert response.status_code == 404
    assert not EmailAddress.objects.filter(verified=True, email="joanna@example.com").exists()


def test_signing_up_twice_with_the_same_email_makes_one_member(client, mailoutbox):
    UserFactory(username="first", email="joanna@example.com")

    _sign_up(client, email="joanna@example.com", username="second")

    assert not User.objects.filter(username="second").exists()
    assert User.objects.filter(email="joanna@example.com").count() == 1


def test_a_member_signs_in_with_the_email_address(client, db):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)

    response = client.post("/accounts/login/", {"login": "marta@example.com", "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/"
    assert client.get("/").context["user"].username == "marta"


def test_signing_in_with_a_wrong_password_fails(client, db):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)

    response = client.post("/accounts/login/", {"login": "marta@example.com", "password": "nope"})

    assert response.status_code == 200
    assert not response.context["user"].is_authenticated


def test_signing_in_follows_the_next_address(client, db):
    UserFactory(username="marta", email="marta@example.com", password=PASSWORD)

    response = client.post(
        "/accounts/login/?next=/groups/",
        {"login": "marta@example.com", "password": PASSWORD, "next": "/groups/"},
    )

    assert response.status_code == 302
    assert response.url == "/groups/"


def test_a_password_reset_sends_an_email(client, mailoutbox, db):
    UserFactory(username="marta", email="marta@example.com")

    response = client.post("/accounts/password/reset/", {"email": "marta@example.com"})

    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["marta@example.com"]
    assert "/accounts/password/reset/key/" in mailoutbox[0].body
