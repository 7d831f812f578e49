from unittest import mock

import pytest
from django.db import OperationalError

NEVER_CACHED = "max-age=0, no-cache, no-store, must-revalidate, private"


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_healthz_is_liveness_only_and_touches_no_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200


def test_healthz_still_answers_when_the_database_does_not(client, db):
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor") as cursor:
        cursor.side_effect = OperationalError("down")
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_are_never_cached_and_plain_text(client, db, path):
    response = client.get(path)
    assert response["Cache-Control"] == NEVER_CACHED
    assert response["Content-Type"].startswith("text/plain")


def test_readyz_answers_ok_when_the_database_and_the_cache_answer(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_readyz_leaves_nothing_in_the_cache(client, db):
    with mock.patch("recruitcommunity.views.cache") as cache:
        cache.get.return_value = "ok"
        client.get("/readyz")
    (key,) = {call.args[0] for call in cache.set.call_args_list}
    cache.delete.assert_called_once_with(key)


def test_readyz_is_503_when_the_database_does_not_answer(client, db):
    with mock.patch(
        "recruitcommunity.views.connection.cursor", side_effect=OperationalError("down")
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert b"database unavailable\n" in response.content
    assert response["Cache-Control"] == NEVER_CACHED


@pytest.mark.parametrize(
    "failure",
    [
        {"set.side_effect": ConnectionError("redis is down")},
        {"set.side_effect": OperationalError("cache table missing")},
        # Writes vanish (a full or misconfigured cache): read back nothing.
        {"get.return_value": None},
    ],
    ids=["unreachable", "database-cache-error", "loses-writes"],
)
def test_readyz_is_503_when_the_cache_does_not_answer(client, db, failure):
    with mock.patch("recruitcommunity.views.cache", **failure):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"cache unavailable\n"


def test_readyz_names_both_when_both_are_down(client, db):
    with (
        mock.patch(
            "recruitcommunity.views.connection.cursor", side_effect=OperationalError("down")
        ),
        mock.patch("recruitcommunity.views.cache", **{"set.side_effect": ConnectionError()}),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"database unavailable\ncache unavailable\n"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_over_plain_http_are_not_redirected_in_production(
    client, db, production_settings, path
):
    """Load balancers probe the app server directly, without TLS."""
    response = client.get(path)
    assert response.status_code == 200
