"""Signed one-click unsubscribe links for emails about new messages: a token names one
member, so the link turns off those emails for that member only, without signing in."""

from datetime import timedelta

from django.core import signing

UNSUBSCRIBE_SALT = "conversations.unsubscribe"
# Long enough for an old email to still work.
UNSUBSCRIBE_MAX_AGE = timedelta(days=180)


class BadUnsubscribeToken(Exception):
    pass


def unsubscribe_token(*, member):
    return signing.dumps({"member": member.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """The member id in a token, or BadUnsubscribeToken when it was tampered with or has
    expired."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise BadUnsubscribeToken from error
    member_id = payload.get("member") if isinstance(payload, dict) else None
    if not isinstance(member_id, int):
        raise BadUnsubscribeToken
    return member_id
