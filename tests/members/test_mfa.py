"""Two-factor authentication with allauth's MFA: an authenticator app (TOTP) and recovery
codes, driven through the pages a member uses. The codes are computed here, from the key the
activation page shows, the way an authenticator app computes them (RFC 6238)."""

import base64
import hashlib
import hmac
import re
import struct

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-42"
EMAIL = "marta@example.com"
START = 1_800_000_000  # a fixed moment; each sign-in below happens a minute later


def totp(secret, at, digits=6, period=30):
    """The code an authenticator app shows at Unix time `at` (RFC 6238, HMAC-SHA1)."""
    key = base64.b32decode(secret, casefold=True)
    digest = hmac.new(key, struct.pack(">Q", int(at) // period), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


class Clock:
    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth counts attempts and remembers used codes in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(START)
    monkeypatch.setattr("allauth.mfa.totp.internal.auth.time", clock)
    return clock


@pytest.fixture
def marta(db):
    return UserFactory(username="marta", email=EMAIL, password=PASSWORD)


def _sign_in(client):
    return client.post("/accounts/login/", {"login": EMAIL, "password": PASSWORD})


def _sign_out(client):
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def _signed_in(client, member):
    return client.session.get("_auth_user_id") == str(member.pk)


def _activate_totp(client, clock):
    """Turn the authenticator app on; returns the key and the recovery codes shown."""
    # Changing how one signs in asks for the password again first.
    asked = client.get("/accounts/2fa/totp/activate/")
    assert asked.status_code == 302
    assert asked.url.startswith("/accounts/reauthenticate/")
    confirmed = client.post(asked.url, {"password": PASSWORD})
    assert confirmed.status_code == 302
    assert confirmed.url == "/accounts/2fa/totp/activate/"
    activation = client.get(confirmed.url)
    assert activation.status_code == 200
    secret = re.search(r'<code class="totp-secret"[^>]*>([A-Z2-7=]+)</code>', page(activation))[1]
    assert 'src="data:image/svg+xml;base64,' in page(activation)

    activated = client.post("/accounts/2fa/totp/activate/", {"code": totp(secret, clock.now)})

    assert activated.status_code == 302
    assert activated.url == "/accounts/2fa/recovery-codes/"
    codes_page = client.get(activated.url)
    codes = re.findall(r"<li><code>(\w+)</code></li>", page(codes_page))
    assert len(codes) == 10
    return secret, codes


def test_two_factor_authentication_from_activation_to_recovery_codes(client, marta, clock):
    assert _sign_in(client).status_code == 302
    secret, codes = _activate_totp(client, clock)
    assert set(Authenticator.objects.filter(user=marta).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }
    _sign_out(client)

    # The password alone no longer signs in: the code is asked for.
    clock.now += 60
    response = _sign_in(client)
    assert response.status_code == 302
    assert response.url == "/accounts/2fa/authenticate/"
    assert not _signed_in(client, marta)
    asked = client.get(response.url)
    assert asked.status_code == 200
    assert 'name="code"' in page(asked)

    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert not _signed_in(client, marta)

    signed_in = client.post("/accounts/2fa/authenticate/", {"code": totp(secret, clock.now)})
    assert signed_in.status_code == 302
    assert _signed_in(client, marta)
    _sign_out(client)

    # A recovery code signs in once.
    clock.now += 60
    _sign_in(client)
    assert client.post("/accounts/2fa/authenticate/", {"code": codes[0]}).status_code == 302
    assert _signed_in(client, marta)
    _sign_out(client)

    clock.now += 60
    _sign_in(client)
    reused = client.post("/accounts/2fa/authenticate/", {"code": codes[0]})
    assert reused.status_code == 200
    assert not _signed_in(client, marta)
    assert client.post("/accounts/2fa/authenticate/", {"code": codes[1]}).status_code == 302
    assert _signed_in(client, marta)


def test_a_code_from_the_app_is_accepted_only_once(client, marta, clock):
    _sign_in(client)
    secret, _codes = _activate_totp(client, clock)
    _sign_out(client)
    clock.now += 60
    _sign_in(client)
    code = totp(secret, clock.now)
    client.post("/accounts/2fa/authenticate/", {"code": code})
    _sign_out(client)

    _sign_in(client)
    replayed = client.post("/accounts/2fa/authenticate/", {"code": code})

    assert replayed.status_code == 200
    assert not _signed_in(client, marta)


def test_a_wrong_code_does_not_activate(client, marta, clock):
    _sign_in(client)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    client.get("/accounts/2fa/totp/activate/")

    response = client.post("/accounts/2fa/totp/activate/", {"code": "123456"})

    assert response.status_code == 200
    assert "errorlist" in page(response)
    assert not Authenticator.objects.filter(user=marta).exists()


def test_turning_the_app_off(client, marta, clock):
    _sign_in(client)
    _activate_totp(client, clock)

    response = client.post("/accounts/2fa/totp/deactivate/")

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=marta, type="totp").exists()


def test_the_profile_settings_link_to_two_factor_authentication(client, marta):
    client.force_login(marta)

    content = page(client.get("/accounts/profile/"))

    assert 'href="/accounts/2fa/"' in content
    assert "Two-factor authentication" in content


def test_the_two_factor_page_shows_the_state_in_the_site_layout(client, marta, clock):
    _sign_in(client)
    off = page(client.get("/accounts/2fa/"))
    assert 'class="site-header"' in off
    assert 'href="/accounts/2fa/totp/activate/"' in off

    _activate_totp(client, clock)
    on = page(client.get("/accounts/2fa/"))

    assert 'href="/accounts/2fa/totp/deactivate/"' in on
    assert "10 of 10" in on


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for path in ("/accounts/2fa/", "/accounts/2fa/totp/activate/", "/accounts/2fa/recovery-codes/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")


def test_an_unconfirmed_address_cannot_turn_two_factor_on(client, db):
    """Otherwise someone who signed up with another person's address could lock its owner
    out for good."""
    UserFactory(username="newbie", email="newbie@example.com", password=PASSWORD, verified=False)
    client.post("/accounts/login/", {"login": "newbie@example.com", "password": PASSWORD})

    response = client.get("/accounts/2fa/totp/activate/")

    assert response.status_code == 302
    assert response.url == "/accounts/2fa/"
    assert not Authenticator.objects.exists()
