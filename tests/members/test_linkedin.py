"""Signing in with LinkedIn through allauth's OpenID Connect provider.

LinkedIn itself is replaced at the HTTP boundary only: every request allauth makes goes
through a `requests` session whose transport is a fake LinkedIn (discovery document, token
endpoint, userinfo, signing keys). The views, allauth's flow and our adapters run for real."""

import importlib.util
import json
import time
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialAccount
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings as django_settings
from django.core.cache import cache

from members.models import User
from recruitcommunity.settings.base import linkedin_openid_connect_apps
from tests.factories import UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

CLIENT_ID = "linkedin-test-client"
CLIENT_SECRET = "linkedin-test-secret"
ISSUER = "https://www.linkedin.com/oauth"
DISCOVERY_URL = f"{ISSUER}/.well-known/openid-configuration"
AUTHORIZE_URL = "https://www.linkedin.com/oauth/v2/authorization"
TOKEN_URL = "https://www.linkedin.com/oauth/v2/accessToken"
USERINFO_URL = "https://api.linkedin.com/v2/userinfo"
JWKS_URL = "https://www.linkedin.com/oauth/openid/jwks"
KEY_ID = "test-signing-key"
LOGIN_PATH = "/accounts/oidc/linkedin/login/"
CALLBACK_PATH = "/accounts/oidc/linkedin/login/callback/"


class FakeLinkedIn(requests.adapters.BaseAdapter):
    """A transport adapter answering the requests allauth sends to LinkedIn."""

    def __init__(self, person):
        super().__init__()
        self.person = person
        self.sent = []
        self.private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def _id_token(self):
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "iat": now,
            "exp": now + 3600,
            "sub": self.person["sub"],
            "name": self.person["name"],
            "given_name": self.person["given_name"],
            "family_name": self.person["family_name"],
            "email": self.person["email"],
            "email_verified": self.person["email_verified"],
            "locale": "pl_PL",
        }
        return jwt.encode(claims, self.private_key, algorithm="RS256", headers={"kid": KEY_ID})

    def _jwks(self):
        key = jwt.algorithms.RSAAlgorithm.to_jwk(self.private_key.public_key(), as_dict=True)
        return {"keys": [{**key, "kid": KEY_ID, "alg": "RS256", "use": "sig"}]}

    def _answer(self, request):
        url = request.url.split("?")[0]
        if (request.method, url) == ("GET", DISCOVERY_URL):
            return {
                "issuer": ISSUER,
                "authorization_endpoint": AUTHORIZE_URL,
                "token_endpoint": TOKEN_URL,
                "userinfo_endpoint": USERINFO_URL,
                "jwks_uri": JWKS_URL,
                "response_types_supported": ["code"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid", "profile", "email"],
                "claims_supported": ["iss", "aud", "iat", "exp", "sub", "name", "email"],
            }
        if (request.method, url) == ("POST", TOKEN_URL):
            form = parse_qs(
                request.body if isinstance(request.body, str) else request.body.decode()
            )
            assert form["grant_type"] == ["authorization_code"]
            assert form["code"] == ["code-from-linkedin"]
            assert form["client_id"] == [CLIENT_ID]
            assert form["client_secret"] == [CLIENT_SECRET]
            return {
                "access_token": "access-token-from-linkedin",
                "expires_in": 5184000,
                "scope": "openid,profile,email",
                "token_type": "Bearer",
                "id_token": self._id_token(),
            }
        if (request.method, url) == ("GET", USERINFO_URL):
            assert request.headers["Authorization"] == "Bearer access-token-from-linkedin"
            return {**self.person, "locale": {"country": "PL", "language": "pl"}}
        if (request.method, url) == ("GET", JWKS_URL):
            return self._jwks()
        raise AssertionError(f"unexpected request to LinkedIn: {request.method} {request.url}")

    def send(self, request, **kwargs):
        self.sent.append((request.method, request.url.split("?")[0]))
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps(self._answer(request)).encode()
        response.headers["Content-Type"] = "application/json"
        response.url = request.url
        response.request = request
        return response

    def close(self):
        pass


PERSON = {
    "sub": "linkedin-member-782364",
    "name": "Joanna Nowak",
    "given_name": "Joanna",
    "family_name": "Nowak",
    "email": "joanna.nowak@example.com",
    "email_verified": True,
    "picture": "https://media.licdn.com/dms/image/joanna.jpg",
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def linkedin_configured(settings):
    settings.SOCIALACCOUNT_PROVIDERS = {
        "openid_connect": {"APPS": linkedin_openid_connect_apps(CLIENT_ID, CLIENT_SECRET)}
    }


@pytest.fixture
def linkedin(monkeypatch, linkedin_configured):
    """LinkedIn answering as PERSON; tests may change `linkedin.person` first."""
    fake = FakeLinkedIn(dict(PERSON))

    def session_through_fake(adapter):
        session = requests.Session()
        session.mount("https://", fake)
        return session

    monkeypatch.setattr(DefaultSocialAccountAdapter, "get_requests_session", session_through_fake)
    return fake


def _sign_in_with_linkedin(client):
    """Press the button, come back from LinkedIn with a code; returns the callback response."""
    started = client.post(f"{LOGIN_PATH}?process=login")
    assert started.status_code == 302
    target = urlsplit(started.url)
    assert f"{target.scheme}://{target.netloc}{target.path}" == AUTHORIZE_URL
    query = parse_qs(target.query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == [f"http://testserver{CALLBACK_PATH}"]
    assert set(query["scope"][0].split()) == {"openid", "profile", "email"}
    return client.get(CALLBACK_PATH, {"code": "code-from-linkedin", "state": query["state"][0]})


def _signed_in_member(client):
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def test_a_new_member_signs_up_with_linkedin(client, linkedin):
    response = _sign_in_with_linkedin(client)

    assert response.status_code == 302
    assert response.url == "/"
    member = User.objects.get(email="joanna.nowak@example.com")
    assert _signed_in_member(client) == member
    assert member.display_name == "Joanna Nowak"
    assert not member.has_usable_password()
    assert EmailAddress.objects.get(user=member).verified  # LinkedIn vouched for it
    account = SocialAccount.objects.get(user=member)
    assert account.provider == "linkedin"
    assert account.uid == "linkedin-member-782364"
    assert ("GET", DISCOVERY_URL) in linkedin.sent
    assert ("POST", TOKEN_URL) in linkedin.sent
    assert ("GET", USERINFO_URL) in linkedin.sent


def test_signing_in_again_finds_the_same_member(client, linkedin):
    _sign_in_with_linkedin(client)
    client.post("/accounts/logout/")

    _sign_in_with_linkedin(client)

    assert User.objects.filter(email="joanna.nowak@example.com").count() == 1
    assert _signed_in_member(client).email == "joanna.nowak@example.com"


def test_a_confirmed_address_connects_linkedin_to_the_existing_account(client, linkedin):
    joanna = UserFactory(username="joanna", email="joanna.nowak@example.com")

    response = _sign_in_with_linkedin(client)

    assert response.status_code == 302
    assert _signed_in_member(client) == joanna
    assert SocialAccount.objects.get(provider="linkedin").user == joanna
    assert User.objects.filter(email="joanna.nowak@example.com").count() == 1
    joanna.refresh_from_db()
    assert joanna.has_usable_password()


def test_an_unconfirmed_address_is_never_taken_over(client, linkedin):
    """Someone may have signed up with Joanna's address without owning it: LinkedIn does not
    open that account, nor get connected to it."""
    squatter = UserFactory(username="squatter", email="joanna.nowak@example.com", verified=False)

    response = _sign_in_with_linkedin(client)

    assert _signed_in_member(client) is None
    assert not SocialAccount.objects.filter(user=squatter).exists()
    assert response.status_code == 302
    assert response.url == "/accounts/3rdparty/signup/"


def test_an_address_linkedin_has_not_verified_opens_no_account(client, linkedin):
    joanna = UserFactory(username="joanna", email="joanna.nowak@example.com")
    linkedin.person["email_verified"] = False

    _sign_in_with_linkedin(client)

    assert _signed_in_member(client) != joanna
    assert not SocialAccount.objects.filter(user=joanna).exists()


def test_a_callback_with_a_forged_state_signs_no_one_in(client, linkedin):
    client.post(f"{LOGIN_PATH}?process=login")

    response = client.get(CALLBACK_PATH, {"code": "code-from-linkedin", "state": "forged"})

    assert response.status_code == 401
    assert 'class="site-header"' in page(response)
    assert _signed_in_member(client) is None
    assert not User.objects.filter(email="joanna.nowak@example.com").exists()


# The button ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/signup/"])
def test_the_button_appears_when_linkedin_is_configured(client, linkedin_configured, path):
    content = page(client.get(path))

    assert "Sign in with LinkedIn" in content
    assert f'<form method="post" action="{LOGIN_PATH}?process=login"' in content


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/signup/"])
def test_no_button_without_linkedin_credentials(client, settings, path):
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": []}}

    assert "LinkedIn" not in page(client.get(path))
    assert client.post(f"{LOGIN_PATH}?process=login").status_code == 404


def _settings_loaded_with(monkeypatch, **environment):
    for name in ("LINKEDIN_OIDC_CLIENT_ID", "LINKEDIN_OIDC_SECRET"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location(
        "settings_under_test", django_settings.BASE_DIR / "recruitcommunity/settings/base.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_provider_is_configured_from_the_environment(monkeypatch):
    configured = _settings_loaded_with(
        monkeypatch, LINKEDIN_OIDC_CLIENT_ID="id-123", LINKEDIN_OIDC_SECRET="secret-456"
    )
    [app] = configured.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"]
    assert app["provider_id"] == "linkedin"
    assert (app["client_id"], app["secret"]) == ("id-123", "secret-456")
    assert app["settings"]["server_url"] == ISSUER

    assert _settings_loaded_with(monkeypatch).SOCIALACCOUNT_PROVIDERS == {
        "openid_connect": {"APPS": []}
    }
    only_id = _settings_loaded_with(monkeypatch, LINKEDIN_OIDC_CLIENT_ID="id-123")
    assert only_id.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"] == []
