import sys
import uuid

from django.contrib import messages
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache

from groups.models import Group
from languages.models import Language
from questions.models import Question

from .middleware import database_unavailable_response, is_database_unavailable
from .page_cache import cached_fragment

HOME_BLOCK_SIZE = 8


def home_blocks():
    """The home page's blocks: the same for every visitor, so computed once per content
    version (recruitcommunity/page_cache.py) rather than on every request."""
    return {
        "top_countries": list(Group.objects.countries_with_most_groups(limit=HOME_BLOCK_SIZE)),
        "top_languages": list(Language.objects.with_groups()[:HOME_BLOCK_SIZE]),
        "recent_questions": list(
            Question.objects.visible().cross_region().for_listing().newest_first()[:HOME_BLOCK_SIZE]
        ),
        "group_total": Group.objects.count(),
    }


def home(request):
    """Public: what the site is, where the groups are, what people ask across borders."""
    return render(request, "home.html", cached_fragment("home-blocks", home_blocks))


@never_cache
def healthz(request):
    """Public liveness probe: the process answers. It touches nothing else, so a database
    outage does not get healthy app servers restarted (that is /readyz's business)."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """Public readiness probe: 200 when the database and the cache both answer, else 503
    with what is down, one per line (no details beyond that)."""
    problems = []
    if not _database_answers():
        problems.append("database unavailable")
    if not _cache_answers():
        problems.append("cache unavailable")
    if problems:
        return HttpResponse(
            "".join(f"{problem}\n" for problem in problems), status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def _cache_answers():
    """Write a fresh value and read it back, through whichever backend is configured."""
    key = f"readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        answered = cache.get(key) == "ok"
        cache.delete(key)
    # Each backend raises its own errors (redis-py's ConnectionError, the database's
    # DatabaseError for the database cache, ...): any failure means "not ready".
    except Exception:
        return False
    return answered


def rate_limited(request, exception=None):
    """Shown instead of the page when a member repeats a write too often (django-ratelimit;
    allauth's own limits show the same page through templates/429.html). htmx swaps no
    error answer into the page, so a click that htmx sent reloads the page instead, with
    the explanation as a message: the member is not left wondering why nothing happened."""
    if getattr(request, "htmx", False):
        messages.warning(
            request,
            " ".join(
                [
                    _(
                        "You have done this many times in a short while. To keep the community "
                        "free of spam, there is a limit on how often anyone can post, vote, "
                        "invite or send messages."
                    ),
                    _("Nothing you did before is lost. Please wait a few minutes and try again."),
                ]
            ),
        )
        return HttpResponse(status=429, headers={"HX-Refresh": "true"})
    return render(request, "errors/429.html", status=429)


def floor(request):
    """Public: a constant answer through the whole middleware stack. The benchmark measures
    every page against it, as the fastest any Django page can be on the same machine."""
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """handler500. An error from a middleware (the session or the signed-in member read
    before the view) arrives here instead of at DatabaseUnavailableMiddleware: when the
    database is unreachable, the visitor gets the 503 page too; anything else is a 500."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return database_unavailable_response(request, exception)
    with translation.override(translation.get_language_from_request(request)):
        return defaults.server_error(request)
