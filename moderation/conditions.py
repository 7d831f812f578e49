"""Database conditions shared by every kind of content moderators act on (questions,
answers, comments, events). They live here, away from any model, so that the apps holding
the content and their migrations can use them without importing the moderation models."""

from django.db.models import Q


def hidden_is_explained():
    """Shown content carries no hider and no reason; hidden content always says why (the
    moderator who hid it may since have left, so only the reason is required)."""
    return Q(hidden_at__isnull=True, hidden_by__isnull=True, hidden_reason="") | (
        Q(hidden_at__isnull=False) & ~Q(hidden_reason="")
    )


def locked_has_time():
    """Whoever locked a thread is only recorded while it is locked."""
    return Q(locked_at__isnull=False) | Q(locked_by__isnull=True)


def held_or_hidden_not_both():
    """A post waiting for approval is either approved (no longer held) or rejected (then
    hidden, no longer held); never both at once."""
    return Q(held_at__isnull=True) | Q(hidden_at__isnull=True)
