"""Whole-page cache for anonymous visitors, and the content version that invalidates it.

Only requests that cannot carry anyone's private view are served from the cache: GET or
HEAD, no session cookie (nobody signed in), no pending flash messages, not an htmx partial.
The key holds the interface language, the page's full path and the site's *content version*,
a number bumped after every committed write to the models anonymous pages show (groups,
questions, events, norms, profiles…). A write therefore retires every cached page at once;
PAGE_CACHE_SECONDS bounds how long an entry lives in any case, and 0 turns the cache off.

Pages carry forms (the language switcher), so the CSRF token in a cached page is replaced
by a placeholder and each visitor gets their own token when the page is served.
"""

import hashlib
import logging
import re

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)

CONTENT_VERSION_KEY = "content-version"
CSRF_PLACEHOLDER = "__csrf_token_placeholder__"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')

# The apps whose rows appear on public pages. Writes to others (notifications, sessions,
# direct messages, the cache table itself) leave anonymous pages as they are.
CONTENT_APPS = {"groups", "questions", "events", "norms", "members", "languages", "moderation"}

# Pages worth caching: public, read often, the same for every anonymous visitor.
CACHEABLE_NAMESPACES = {"groups", "places", "languages", "questions", "events", "norms"}
CACHEABLE_URL_NAMES = {"home", "search", "members:directory", "members:profile"}


def content_version():
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, timeout=None)


def content_version_bump():
    """Retire every cached anonymous page and fragment (after the write has committed).

    The write itself has already succeeded: an unreachable cache is logged, not raised, and
    PAGE_CACHE_SECONDS bounds how long the stale pages can live."""
    try:
        try:
            cache.incr(CONTENT_VERSION_KEY)
        except ValueError:
            cache.set(CONTENT_VERSION_KEY, 2, timeout=None)
    except Exception:
        logger.warning("could not retire cached pages", exc_info=True)


def cached_fragment(name, compute, timeout=None):
    """A value shown on public pages (home blocks, facet counts), computed once per content
    version and shared by every visitor, signed in or not."""
    if not settings.PAGE_CACHE_SECONDS:
        return compute()
    key = f"fragment:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout or settings.PAGE_CACHE_SECONDS)
    return value


def _bump_on_commit(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS:
        transaction.on_commit(content_version_bump)


def connect_invalidation():
    """Every write path (services, the admin, management commands) saves through the ORM;
    listening here is the one place none of them can forget. Bulk updates of counters ride
    along with a row save in the same service, so they are covered too."""
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in CONTENT_APPS:
            label = model._meta.label_lower
            post_save.connect(_bump_on_commit, sender=model, dispatch_uid=f"page-cache-{label}")
            post_delete.connect(_bump_on_commit, sender=model, dispatch_uid=f"page-cache-{label}-")
            m2m_changed.connect(_bump_on_commit, sender=model, dispatch_uid=f"page-cache-{label}+")


def _is_cacheable_path(path):
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.namespace in CACHEABLE_NAMESPACES or match.view_name in CACHEABLE_URL_NAMES


def _anonymous_and_plain(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_HX_REQUEST" not in request.META
    )


class AnonymousPageCacheMiddleware:
    """After LocaleMiddleware (the language is part of the key) and CsrfViewMiddleware (so the
    token given to each visitor still gets its cookie)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (
            settings.PAGE_CACHE_SECONDS
            and _anonymous_and_plain(request)
            and _is_cacheable_path(request.path_info)
        ):
            return self.get_response(request)
        path_digest = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"page:{request.LANGUAGE_CODE}:{content_version()}:{path_digest}"
        cached = cache.get(key)
        if cached is not None:
            return self._from_cache(request, cached)
        response = self.get_response(request)
        if self._storable(request, response):
            placeholder = rb"\g<1>" + CSRF_PLACEHOLDER.encode() + rb"\2"
            content = CSRF_INPUT.sub(placeholder, response.content)
            cache.set(
                key,
                {"content": content, "content_type": response["Content-Type"]},
                settings.PAGE_CACHE_SECONDS,
            )
        return response

    @staticmethod
    def _storable(request, response):
        return (
            response.status_code == 200
            and not response.streaming
            and not getattr(response, "_page_cache_skip", False)
            and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
            # A view that touched the session (e.g. remembered something for this visitor)
            # made the page personal.
            and not getattr(getattr(request, "session", None), "modified", False)
        )

    @staticmethod
    def _from_cache(request, cached):
        content = cached["content"]
        if CSRF_PLACEHOLDER.encode() in content:
            content = content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())
        response = HttpResponse(content, content_type=cached["content_type"])
        patch_vary_headers(response, ("Cookie", "Accept-Language"))
        response["X-Page-Cache"] = "hit"
        return response
