from django.shortcuts import get_object_or_404

from members.filters import members_for_listing
from members.models import User
from members.views import MemberDirectoryView

from ..models import Group, Membership


class GroupMemberDirectoryView(MemberDirectoryView):
    """Public: a group's active members, with the filters of the member directory. A member
    who shows their profile only to their groups is listed only for those who may see it."""

    def dispatch(self, request, *args, **kwargs):
        self.group = get_object_or_404(Group, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return members_for_listing(
            User.objects.active()
            .visible_to(self.request.user)
            .filter(memberships__group=self.group, memberships__status=Membership.Status.ACTIVE)
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(group=self.group, **kwargs)


group_member_directory = GroupMemberDirectoryView.as_view()
