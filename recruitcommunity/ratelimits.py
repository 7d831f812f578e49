"""Abuse limits on every write a member can repeat: posting, answering, commenting, voting,
flagging, join requests, invitations, profile edits and messages.

Rates live in settings.RATE_LIMITS (group -> "count/period") so tests and deployments can
change them; counters live in the shared cache (Redis with REDIS_URL, else the database), so
every app server sees the same counts. A request over the limit gets the friendly 429 page
(settings.RATELIMIT_VIEW)."""

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
