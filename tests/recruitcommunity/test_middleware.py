"""The 503 page while the database is unreachable, from a view and from a middleware, and
the recovery of a kept connection that the server dropped. The real restart of a PostgreSQL
cluster under load is tests/recruitcommunity/test_database_restart.py (make restart-check)."""

from unittest import mock

import pytest
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, close_old_connections, connection
from django.test import Client
from django.urls import path

from recruitcommunity import urls as project_urls
from recruitcommunity.middleware import RETRY_AFTER_SECONDS

pytestmark = pytest.mark.django_db


def _view_losing_the_database(request):
    raise OperationalError("server closed the connection unexpectedly")


def _view_with_a_closed_connection(request):
    raise InterfaceError("connection already closed")


def _view_with_the_drivers_own_error(request):
    # What closing a cursor raises: Django does not wrap it (seen in a list's form choices).
    raise connection.Database.OperationalError("server closed the connection unexpectedly")


def _view_with_a_bug(request):
    raise ValueError("a bug, not an outage")


# This module is also the URLconf of the tests marked with it: the project's pages plus
# views that fail in known ways.
handler500 = project_urls.handler500
urlpatterns = [
    path("test-errors/database/", _view_losing_the_database),
    path("test-errors/closed/", _view_with_a_closed_connection),
    path("test-errors/driver/", _view_with_the_drivers_own_error),
    path("test-errors/bug/", _view_with_a_bug),
    *project_urls.urlpatterns,
]
failing_views = pytest.mark.urls(__name__)


def _assert_the_503_page(response, *, english=True):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    if english:
        assert "Back in a moment" in content
        assert "saved completely or not at all" in content
    return content


@failing_views
def test_a_view_losing_the_database_shows_the_503_page(client):
    content = _assert_the_503_page(client.get("/test-errors/database/?page=2"))
    assert 'href="/test-errors/database/?page=2"' in content


@failing_views
def test_a_closed_connection_shows_the_503_page(client):
    _assert_the_503_page(client.get("/test-errors/closed/"))


@failing_views
def test_the_drivers_own_error_shows_the_503_page(client):
    _assert_the_503_page(client.get("/test-errors/driver/"))


@failing_views
def test_a_post_that_met_an_outage_offers_no_link_that_would_resend_it(client):
    content = _assert_the_503_page(client.post("/test-errors/database/", {"body": "x"}))
    assert "Try this page again" not in content


@failing_views
def test_other_errors_stay_500():
    response = Client(raise_request_exception=False).get("/test-errors/bug/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert "Retry-After" not in response


def test_losing_the_database_before_the_view_shows_the_503_page(member):
    """The session and the signed-in member are read by middlewares, before any view: the
    error reaches handler500, never process_exception. The page itself needs no database,
    which here would raise again."""
    client = Client(raise_request_exception=False, headers={"accept-language": "pl"})
    client.force_login(member)
    handled_outside_the_view = []

    def record(sender, request, **kwargs):
        handled_outside_the_view.append(request.path)

    got_request_exception.connect(record)
    try:
        with mock.patch.object(
            connection,
            "ensure_connection",
            side_effect=OperationalError("connection to server failed: Connection refused"),
        ):
            response = client.get("/groups/")
    finally:
        got_request_exception.disconnect(record)
    content = _assert_the_503_page(response, english=False)
    assert handled_outside_the_view == ["/groups/"]
    assert 'lang="pl"' in content
    assert "Wczytaj stronę ponownie" in content


def test_losing_the_database_in_the_view_of_a_real_page_shows_the_503_page(client):
    with mock.patch(
        "recruitcommunity.views.Group.objects.countries_with_most_groups",
        side_effect=OperationalError("terminating connection due to administrator command"),
    ):
        _assert_the_503_page(client.get("/"))


@pytest.mark.django_db(transaction=True)
def test_a_kept_connection_the_server_dropped_is_replaced_at_the_next_request(client, monkeypatch):
    """What happens after PostgreSQL restarts: the connection a worker kept (CONN_MAX_AGE)
    is dead. Every request starts with close_old_connections; with CONN_HEALTH_CHECKS the
    first query finds the dead connection, and Django opens a new one instead of failing."""
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 60)
    connection.close()
    connection.ensure_connection()
    dropped_pid = connection.connection.get_backend_pid()
    other = connection.copy()
    try:
        with other.cursor() as cursor:
            # With a timeout, the call returns once the backend has exited.
            cursor.execute("SELECT pg_terminate_backend(%s, 5000)", [dropped_pid])
    finally:
        other.close()
    try:
        # The test client leaves out the request_started hook; a real server runs it.
        close_old_connections()
        response = client.get("/groups/")
        assert response.status_code == 200
        assert connection.connection.get_backend_pid() != dropped_pid
    finally:
        connection.close()
