import importlib

import pytest
from django.apps import apps

from tests.factories import GroupFactory, MembershipFactory, UserFactory


def _ensure_reference_languages():
    """Languages and topics are reference data loaded by data migrations. Transactional tests
    (threads, the live server) end by emptying every table; put them back when missing."""
    from languages.models import Language
    from questions.models import Topic

    if not Language.objects.exists():
        migration = importlib.import_module("languages.migrations.0002_load_languages")
        migration.load_languages(apps, None)
    if not Topic.objects.exists():
        migration = importlib.import_module("questions.migrations.0004_load_topics")
        migration.load_topics(apps, None)
    from norms.models import NormTopic

    if not NormTopic.objects.exists():
        migration = importlib.import_module("norms.migrations.0002_load_norm_topics")
        migration.load_topics(apps, None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        _ensure_reference_languages()


@pytest.fixture(autouse=True)
def _reference_languages_for_transactional_tests(request, django_db_blocker):
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    if transactional:
        with django_db_blocker.unblock():
            _ensure_reference_languages()


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


# What production changes about security, applied on top of the test settings by the
# `production_settings` fixture. Storage, database, cache and email stay the test ones.
PRODUCTION_SETTING_PREFIXES = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "LANGUAGE_COOKIE_")
PRODUCTION_SETTING_NAMES = {"DEBUG", "X_FRAME_OPTIONS", "CONTENT_SECURITY_POLICY", "MIDDLEWARE"}


@pytest.fixture
def production_settings(settings, monkeypatch):
    """The security settings of recruitcommunity/settings/production.py (HTTPS redirect,
    HSTS, Secure cookies, headers, CSP), as its defaults give them, in force for the test.
    Requests through `client` then need `secure=True` to be served rather than redirected."""
    monkeypatch.setenv("SECRET_KEY", "production-settings-test-" + "k" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    for name in ("SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER"):
        monkeypatch.delenv(name, raising=False)
    production = importlib.reload(importlib.import_module("recruitcommunity.settings.production"))
    for name in dir(production):
        if name.startswith(PRODUCTION_SETTING_PREFIXES) or name in PRODUCTION_SETTING_NAMES:
            setattr(settings, name, getattr(production, name))
    return settings
