"""The shared cache the abuse limits count in (recruitcommunity/cache.py and the CACHES
setting): exact under concurrent requests, and one count for every app server, whether the
counts live in Redis or in the database."""

import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import RequestFactory
from django_ratelimit.core import is_ratelimited

from recruitcommunity.cache import AtomicDatabaseCache
from tests.concurrency import run_at_once
from tests.factories import UserFactory

CONCURRENT_REQUESTS = 8
# A Redis database of its own, and a prefix of its own per test: nothing else is touched.
REDIS_URL = "redis://127.0.0.1:6379/11"


def _database_cache(prefix):
    """One app server's view of the database cache table."""
    return AtomicDatabaseCache("recruitcommunity_cache", {"KEY_PREFIX": prefix})


def _redis_cache(prefix):
    return RedisCache(REDIS_URL, {"KEY_PREFIX": prefix})


@pytest.fixture
def redis_prefix():
    probe = _redis_cache("probe")
    try:
        probe.get("ping")
    except Exception:  # no server: these tests say so rather than fail
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    prefix = f"rc-test-{uuid.uuid4().hex}"
    yield prefix
    keys = probe._cache.get_client(write=True).keys(f"{prefix}:*")
    if keys:
        probe._cache.get_client(write=True).delete(*keys)


# The database cache ----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_increments_of_the_database_cache_are_all_counted():
    cache = _database_cache(f"rc-test-{uuid.uuid4().hex}")
    cache.set("hits", 0, timeout=60)

    outcomes = run_at_once([lambda: cache.incr("hits")] * CONCURRENT_REQUESTS)

    try:
        assert outcomes == [None] * CONCURRENT_REQUESTS
        assert cache.get("hits") == CONCURRENT_REQUESTS
    finally:
        cache.delete("hits")


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_get_exactly_the_allowed_number_through(settings):
    """django-ratelimit's own sequence (add the key, else increment it) under load: with a
    limit of half the requests, exactly half get through, however they interleave."""
    settings.RATELIMIT_USE_CACHE = "default"
    settings.CACHES = {
        "default": {
            "BACKEND": "recruitcommunity.cache.AtomicDatabaseCache",
            "LOCATION": "recruitcommunity_cache",
            "KEY_PREFIX": f"rc-test-{uuid.uuid4().hex}",
        }
    }
    member = UserFactory()
    limited = []

    def vote():
        request = RequestFactory().post("/questions/1/vote/")
        request.user = member
        limited.append(
            is_ratelimited(
                request,
                group="vote",
                key="user_or_ip",
                rate=f"{CONCURRENT_REQUESTS // 2}/d",
                method="POST",
                increment=True,
            )
        )

    try:
        outcomes = run_at_once([vote] * CONCURRENT_REQUESTS)

        assert outcomes == [None] * CONCURRENT_REQUESTS
        assert sorted(limited) == [False] * (CONCURRENT_REQUESTS // 2) + [True] * (
            CONCURRENT_REQUESTS // 2
        )
    finally:
        caches["default"].clear()


def test_two_app_servers_share_the_database_count(db):
    prefix = f"rc-test-{uuid.uuid4().hex}"
    first_server, second_server = _database_cache(prefix), _database_cache(prefix)

    assert first_server.add("votes", 1, timeout=60)
    assert not second_server.add("votes", 1, timeout=60)
    assert second_server.incr("votes") == 2
    assert first_server.incr("votes") == 3
    assert second_server.get("votes") == 3


def test_the_limit_is_reached_across_two_servers(settings, db):
    """Requests alternate between two app servers, each with its own cache connection to
    the same store: the third in the period is refused wherever it arrives."""
    shared = {
        "BACKEND": "recruitcommunity.cache.AtomicDatabaseCache",
        "LOCATION": "recruitcommunity_cache",
        "KEY_PREFIX": f"rc-test-{uuid.uuid4().hex}",
    }
    settings.CACHES = {"default": shared, "server-a": dict(shared), "server-b": dict(shared)}
    member = UserFactory()

    def refused_on(server):
        settings.RATELIMIT_USE_CACHE = server
        request = RequestFactory().post("/questions/1/vote/")
        request.user = member
        return is_ratelimited(
            request, group="vote", key="user_or_ip", rate="2/d", method="POST", increment=True
        )

    assert [refused_on("server-a"), refused_on("server-b"), refused_on("server-a")] == [
        False,
        False,
        True,
    ]
    assert refused_on("server-b") is True


# Redis -----------------------------------------------------------------------------------


def test_two_app_servers_share_the_redis_count(redis_prefix):
    first_server, second_server = _redis_cache(redis_prefix), _redis_cache(redis_prefix)

    assert first_server.add("votes", 1, timeout=60)
    assert not second_server.add("votes", 1, timeout=60)
    assert second_server.incr("votes") == 2
    assert first_server.incr("votes") == 3
    assert second_server.get("votes") == 3


def test_concurrent_increments_in_redis_are_all_counted(redis_prefix):
    cache = _redis_cache(redis_prefix)
    cache.set("hits", 0, timeout=60)

    outcomes = run_at_once([lambda: cache.incr("hits")] * CONCURRENT_REQUESTS)

    assert outcomes == [None] * CONCURRENT_REQUESTS
    assert cache.get("hits") == CONCURRENT_REQUESTS


def test_the_limit_is_reached_across_two_servers_with_redis(settings, redis_prefix):
    anonymous = AnonymousUser()
    shared = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": redis_prefix,
    }
    settings.CACHES = {
        "default": django_settings.CACHES["default"],
        "server-a": shared,
        "server-b": dict(shared),
    }

    def refused_on(server):
        settings.RATELIMIT_USE_CACHE = server
        request = RequestFactory().post("/groups/kraków/join/", REMOTE_ADDR="203.0.113.9")
        request.user = anonymous
        return is_ratelimited(
            request, group="join", key="user_or_ip", rate="2/d", method="POST", increment=True
        )

    assert [refused_on("server-a"), refused_on("server-b"), refused_on("server-a")] == [
        False,
        False,
        True,
    ]


# Which cache the settings choose ---------------------------------------------------------


def _configured_cache(**environment):
    """CACHES["default"] as recruitcommunity/settings/base.py builds it in a fresh process
    with that environment."""
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(environment)
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from recruitcommunity.settings import base; "
            "print(base.CACHES['default']['BACKEND'], base.CACHES['default']['LOCATION'])",
        ],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout.split()


def test_with_redis_url_the_counts_live_in_redis():
    assert _configured_cache(REDIS_URL="redis://cache.internal:6379/2") == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.internal:6379/2",
    ]


def test_without_redis_url_the_counts_live_in_the_database():
    assert _configured_cache() == [
        "recruitcommunity.cache.AtomicDatabaseCache",
        "recruitcommunity_cache",
    ]
