"""Abuse limits on every write a member can repeat: posting, answering, commenting, voting,
flagging, join requests, invitations, profile edits and messages.

Rates live in settings.RATE_LIMITS (group -> "count/period") so tests and deployments can
change them; counters live in the shared cache (Redis with REDIS_URL, else the database), so
every app server sees the same counts. A request over the limit gets the friendly 429 page
(settings.RATELIMIT_VIEW).

Put the decorator below the view's sign-in checks, so that anonymous visitors are sent to
sign in and unconfirmed members are refused before anything is counted:

    @require_POST
    @verified_member_required
    @rate_limited("vote")
    def answer_vote(request, pk): ..."""

from allauth.account.adapter import get_adapter
from django.conf import settings
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit


def rate_for(group, request):
    return settings.RATE_LIMITS[group]


def rate_limited(group):
    """Decorate a view: POSTs to it count against `group`, per member (per address for
    anonymous visitors)."""
    return ratelimit(group=group, key="user_or_ip", rate=rate_for, method="POST", block=True)


def over_limit(request, group, *, increment=True):
    """For a limit checked inside a view (e.g. only on the first message of a conversation)."""
    return is_ratelimited(
        request, group=group, key="user_or_ip", rate=rate_for, method=ALL, increment=increment
    )


def client_ip(request):
    """The visitor's address (settings.RATELIMIT_IP_META_KEY), found as allauth finds it for
    its sign-in limits: behind trusted proxies from X-Forwarded-For or the proxy's header
    (settings ALLAUTH_TRUSTED_PROXY_COUNT, ALLAUTH_TRUSTED_CLIENT_IP_HEADER), else the
    connection's. Without a usable address the request is refused (403), never counted
    under a shared one."""
    return get_adapter(request).get_client_ip(request)
