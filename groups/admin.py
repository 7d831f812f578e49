from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Group, Membership
from .services import membership_approve


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "city", "join_policy", "member_count", "created_at"]
    list_filter = ["join_policy", "country", "languages"]
    search_fields = ["name", "slug", "city", "description"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["languages"]
    readonly_fields = ["member_count", "created_at"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "group", "role", "status", "joined_at"]
    list_filter = ["role", "status", "group__country"]
    search_fields = ["user__username", "user__email", "group__name"]
    raw_id_fields = ["user", "group"]
    list_select_related = ["user", "group"]
    readonly_fields = ["status"]
    actions = ["approve_requests"]

    # Joining and leaving go through groups.services, which keep member counts right.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Approve selected join requests"))
    def approve_requests(self, request, queryset):
        pending = queryset.pending()
        count = 0
        for membership in pending:
            membership_approve(membership=membership)
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d request approved.", "%(count)d requests approved.", count)
            % {"count": count},
            messages.SUCCESS,
        )
