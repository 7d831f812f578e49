from django.contrib import admin

from .models import Follow, Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["recipient", "kind", "actor", "question", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["recipient__username", "question__title"]
    raw_id_fields = ["recipient", "actor", "question", "answer", "comment"]
    list_select_related = ["recipient", "actor", "question"]
    date_hierarchy = "created_at"

    # Notifications are created by notifications.services when something happens.
    def has_add_permission(self, request):
        return False


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["follower", "question", "group", "topic", "created_at"]
    raw_id_fields = ["follower", "question", "group", "topic"]
    list_select_related = ["follower", "question", "group", "topic"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["member", "daily_digest", "updated_at"]
    list_filter = ["daily_digest"]
    raw_id_fields = ["member"]
