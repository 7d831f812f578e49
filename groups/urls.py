from django.urls import path

from events.calendar_views import group_events_ics
from moderation import views as moderation_views

from .views import insights, invitations, members, membership, moderation, pages

app_name = "groups"

urlpatterns = [
    path("", pages.GroupDirectoryView.as_view(), name="list"),
    path("new/", moderation.group_new, name="new"),
    # Before "<slug:slug>/" so that these resolve as invitations, not as a group's pages.
    path("invitations/<str:token>/", invitations.invitation_link, name="invitation_link"),
    path(
        "invitations/email/<str:token>/",
        invitations.email_invitation,
        name="email_invitation",
    ),
    path("<slug:slug>/", pages.group_detail, name="detail"),
    path("<slug:slug>/join/", membership.group_join, name="join"),
    path("<slug:slug>/leave/", membership.group_leave, name="leave"),
    path("<slug:slug>/ask/", pages.group_ask, name="ask"),
    path("<slug:slug>/events.ics", group_events_ics, name="events_ics"),
    path("<slug:slug>/members/", members.group_member_directory, name="members"),
    path("<slug:slug>/manage/", moderation.manage_home, name="manage"),
    path("<slug:slug>/manage/requests/", moderation.join_requests, name="manage_requests"),
    path(
        "<slug:slug>/manage/requests/<int:user_id>/<str:decision>/",
        moderation.join_request_decide,
        name="manage_request_decide",
    ),
    path("<slug:slug>/manage/members/", moderation.group_members, name="manage_members"),
    path(
        "<slug:slug>/manage/members/<int:user_id>/transfer/",
        moderation.ownership_transfer_confirm,
        name="manage_transfer",
    ),
    path(
        "<slug:slug>/manage/members/<int:user_id>/<str:action>/",
        moderation.member_action,
        name="manage_member_action",
    ),
    path("<slug:slug>/manage/insights/", insights.group_insights_page, name="manage_insights"),
    path(
        "<slug:slug>/manage/invitations/",
        invitations.manage_invitations,
        name="manage_invitations",
    ),
    path(
        "<slug:slug>/manage/invitations/import/",
        invitations.invitations_import,
        name="manage_invitations_import",
    ),
    path(
        "<slug:slug>/manage/invitations/links/<int:link_id>/revoke/",
        invitations.link_revoke,
        name="manage_invitation_link_revoke",
    ),
    path("<slug:slug>/manage/log/", moderation.audit_log, name="manage_log"),
    path("<slug:slug>/manage/settings/", moderation.group_settings, name="manage_settings"),
    path(
        "<slug:slug>/moderation/queue/",
        moderation_views.group_queue,
        name="moderation_queue",
    ),
    path("<slug:slug>/moderation/log/", moderation_views.group_log, name="moderation_log"),
]
