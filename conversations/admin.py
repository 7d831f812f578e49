from django.contrib import admin

from .models import Block, Conversation, Message, MessageReport, Participant


class ReadOnlyAdmin(admin.ModelAdmin):
    """Messages are written, read, left and reported on the site, where the services keep
    the unread counts and the limits right. Staff read here; reports are handled in the
    report queue (/messages/reports/)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    can_delete = False
    fields = ["member", "unread_count", "last_read_at", "left_at", "email_notified_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Conversation)
class ConversationAdmin(ReadOnlyAdmin):
    list_display = [
        "pk",
        "member_low",
        "member_high",
        "started_by",
        "started_from",
        "created_at",
        "last_message_at",
    ]
    list_filter = ["started_from"]
    search_fields = ["member_low__username", "member_high__username"]
    list_select_related = ["member_low", "member_high", "started_by"]
    date_hierarchy = "created_at"
    inlines = [ParticipantInline]


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    """Who wrote when, never what: only the two participants read a message, and staff
    read a reported one with its context in the report queue."""

    fields = ["conversation", "sender", "is_first", "created_at"]
    list_display = ["pk", "conversation", "sender", "is_first", "created_at"]
    list_filter = ["is_first"]
    search_fields = ["sender__username"]
    list_select_related = ["sender", "conversation"]
    date_hierarchy = "created_at"


@admin.register(Block)
class BlockAdmin(ReadOnlyAdmin):
    list_display = ["blocker", "blocked", "created_at"]
    search_fields = ["blocker__username", "blocked__username"]
    list_select_related = ["blocker", "blocked"]

    def has_delete_permission(self, request, obj=None):
        return True


@admin.register(MessageReport)
class MessageReportAdmin(ReadOnlyAdmin):
    """Reports are handled in the report queue, which shows the message in context."""

    fields = [
        "message",
        "reporter",
        "reason",
        "note",
        "status",
        "created_at",
        "handled_by",
        "handled_at",
        "resolution_note",
    ]
    list_display = ["pk", "message", "reporter", "reason", "status", "created_at", "handled_by"]
    list_filter = ["status", "reason"]
    search_fields = ["reporter__username", "message__sender__username"]
    list_select_related = ["message", "reporter", "handled_by"]
