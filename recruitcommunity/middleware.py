"""A friendly 503 while the database is unreachable (a restart, a failover, a lost network).

Two paths lead here. An error raised by a view (or by its template) reaches
``DatabaseUnavailableMiddleware.process_exception``. An error raised by a middleware before
the view (the session or the signed-in member being read) never reaches process_exception:
Django turns it into a response at that middleware, through ``handler500``, which is
``recruitcommunity.views.server_error`` and asks ``database_unavailable_response`` too.

The page is rendered without the request: context processors (the signed-in member, the
unread-notification count) would query the database that is not there. Recovery needs
nothing from here: with CONN_HEALTH_CHECKS, Django tests a kept connection before the next
request uses it and opens a new one when the old one died with the server."""

import logging

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# A restart of PostgreSQL takes a few seconds; clients that honour Retry-After come back then.
RETRY_AFTER_SECONDS = 10


def is_database_unavailable(exception):
    """Connection refused, server closed the connection, administrator shutdown, the
    database starting up: the driver reports all of them as OperationalError or
    InterfaceError (a connection already closed). Django re-raises most as its own classes,
    but not all: closing a cursor is not wrapped, so a list read in chunks (a form's
    choices) that loses the server ends with the driver's own exception."""
    driver = connection.Database
    return isinstance(
        exception,
        OperationalError | InterfaceError | driver.OperationalError | driver.InterfaceError,
    )


def database_unavailable_response(request, exception=None):
    logger.warning("Database unavailable during %s %s: %s", request.method, request.path, exception)
    retry_path = request.get_full_path() if request.method in ("GET", "HEAD") else ""
    # The failure may come before LocaleMiddleware ran: choose the visitor's language here
    # (from the cookie or the browser; no database needed) rather than the thread's last one.
    with translation.override(translation.get_language_from_request(request)):
        content = render_to_string(
            "errors/503.html",
            {"retry_path": retry_path, "retry_after": RETRY_AFTER_SECONDS},
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return database_unavailable_response(request, exception)
        return None
