"""What the header shows a signed-in member on every page: unread notifications and unread
messages. Both come from one query (two counts over partial indexes), run only when a
template uses one of them."""

from functools import cache

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from conversations.models import Participant
from notifications.models import Notification


def unread_counts(member):
    """(unread notifications, unread messages) of the member, in one query."""
    notifications = (
        Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(total=Count("pk"))
        .values("total")
    )
    messages = (
        Participant.objects.filter(member=OuterRef("pk"), unread_count__gt=0)
        .order_by()
        .values("member")
        .annotate(total=Sum("unread_count"))
        .values("total")
    )
    return (
        get_user_model()
        .objects.filter(pk=member.pk)
        .annotate(
            unread_notifications=Coalesce(Subquery(notifications, output_field=IntegerField()), 0),
            unread_messages=Coalesce(Subquery(messages, output_field=IntegerField()), 0),
        )
        .values_list("unread_notifications", "unread_messages")
        .first()
    ) or (0, 0)


def header_counts(request):
    """``unread_notification_count`` and ``unread_message_count`` for the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    @cache
    def counts():
        return unread_counts(user)

    return {
        "unread_notification_count": lambda: counts()[0],
        "unread_message_count": lambda: counts()[1],
    }
