"""Signed one-click unsubscribe links: a token names one member and one kind of email, so a
link in an email turns off that kind only, for that member only, without signing in."""

from datetime import timedelta

from django.core import signing

from .models import Notification

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# The daily digest mixes kinds; its link turns off every kind of notification email.
UNSUBSCRIBE_ALL = "all"
# Long enough for an old email to still work; an expired link asks to sign in instead.
UNSUBSCRIBE_MAX_AGE = timedelta(days=180)


class BadUnsubscribeToken(Exception):
    pass


def unsubscribe_token(*, member, kind):
    return signing.dumps({"member": member.pk, "kind": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(member id, kind) from a token, or BadUnsubscribeToken when it was tampered with,
    has expired, or names no kind of notification."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise BadUnsubscribeToken from error
    if not isinstance(payload, dict):
        raise BadUnsubscribeToken
    member_id, kind = payload.get("member"), payload.get("kind")
    if not isinstance(member_id, int) or kind not in [*Notification.Kind.values, UNSUBSCRIBE_ALL]:
        raise BadUnsubscribeToken
    return member_id, kind
