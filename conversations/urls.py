from django.urls import path

from . import views

app_name = "conversations"

urlpatterns = [
    path("", views.conversation_list, name="list"),
    path("<int:pk>/", views.conversation_detail, name="detail"),
    path("<int:pk>/updates/", views.conversation_updates, name="updates"),
    path("<int:pk>/reply/", views.conversation_reply, name="reply"),
    path("<int:pk>/leave/", views.conversation_leave_view, name="leave"),
    path("<int:pk>/report/<int:message_id>/", views.report, name="report"),
    path("new/<str:username>/", views.conversation_new, name="new"),
    path("block/<str:username>/", views.block, name="block"),
    path("unblock/<str:username>/", views.unblock, name="unblock"),
    path("reports/", views.report_queue, name="reports"),
    path("reports/<int:report_id>/", views.report_detail, name="report_detail"),
    path("reports/<int:report_id>/resolve/", views.report_resolve_view, name="resolve"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
