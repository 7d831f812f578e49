from functools import cache

from .models import Notification


def unread_count(request):
    """``unread_notification_count`` for the header: one COUNT over the partial index on
    unread notifications, run only for signed-in members and only when a template uses it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    @cache
    def count():
        return Notification.objects.for_recipient(user).unread().count()

    return {"unread_notification_count": count}
