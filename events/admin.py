from django.contrib import admin

from .models import RSVP, Event


class ReadOnlyAdmin(admin.ModelAdmin):
    """Events are created, changed and cancelled on the site, and answered there: the
    services notify attendees, bump the calendar sequence and keep the going and waitlist
    counts right. Staff read here and act on the event pages."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = [
        "title",
        "group",
        "starts_at",
        "time_zone",
        "format",
        "city",
        "country",
        "visibility",
        "going_count",
        "capacity",
        "waitlist_count",
        "cancelled_at",
    ]
    list_filter = ["format", "visibility", "admits_visitors", "country"]
    search_fields = ["title", "group__name", "venue", "city"]
    list_select_related = ["group"]
    date_hierarchy = "starts_at"


@admin.register(RSVP)
class RSVPAdmin(ReadOnlyAdmin):
    list_display = ["member", "event", "status", "responded_at", "added_by"]
    list_filter = ["status"]
    search_fields = ["member__username", "member__email", "event__title"]
    list_select_related = ["member", "event", "added_by"]
