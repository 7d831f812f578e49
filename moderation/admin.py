from django.contrib import admin

from .models import Flag, ModerationAction

TARGETS = ["question", "answer", "comment", "event", "member"]


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ["__str__", "reporter", "group", "reason", "status", "created_at"]
    list_filter = ["status", "reason"]
    search_fields = ["note", "reporter__username", "member__username"]
    raw_id_fields = [*TARGETS, "group", "reporter", "handled_by"]
    list_select_related = ["reporter", "group"]
    date_hierarchy = "created_at"


@admin.register(ModerationAction)
class ModerationActionAdmin(admin.ModelAdmin):
    """The audit log is read, never edited."""

    list_display = ["created_at", "actor", "action", "group", "reason"]
    list_filter = ["action"]
    search_fields = ["reason", "actor__username", "member__username"]
    list_select_related = ["actor", "group"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
