"""Admins curate the topics. Entries are written on the site, where every edit becomes a
revision, so their text is read-only here."""

from django.contrib import admin

from .models import NormConfirmation, NormEntry, NormProposal, NormRevision, NormTopic


@admin.register(NormTopic)
class NormTopicAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "position", "slug"]
    list_filter = ["category"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["question_topics"]


class NormRevisionInline(admin.TabularInline):
    model = NormRevision
    fields = ["version", "editor", "created_at", "summary", "short_answer"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(NormEntry)
class NormEntryAdmin(admin.ModelAdmin):
    list_display = [
        "topic",
        "country",
        "language",
        "version",
        "last_reviewed_at",
        "confirmation_count",
    ]
    list_filter = ["country", "language", "topic__category"]
    search_fields = ["short_answer", "explanation"]
    list_select_related = ["topic", "language"]
    readonly_fields = [
        "country",
        "topic",
        "language",
        "short_answer",
        "explanation",
        "sources",
        "version",
        "updated_at",
        "updated_by",
        "last_reviewed_at",
        "confirmation_count",
    ]
    inlines = [NormRevisionInline]

    def has_add_permission(self, request):
        return False


@admin.register(NormConfirmation)
class NormConfirmationAdmin(admin.ModelAdmin):
    list_display = ["entry", "member", "created_at"]
    list_select_related = ["entry__topic", "member"]
    raw_id_fields = ["entry", "member"]


@admin.register(NormProposal)
class NormProposalAdmin(admin.ModelAdmin):
    list_display = ["entry", "answer", "status", "created_at", "decided_at"]
    list_filter = ["status"]
    list_select_related = ["entry__topic", "answer"]
    raw_id_fields = ["entry", "answer", "proposed_by", "decided_by"]
    readonly_fields = ["status", "decided_by", "decided_at"]
