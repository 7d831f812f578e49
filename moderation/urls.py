"""/moderation/: the staff queue, reports and the moderators' actions. The group's own
queue and log are under /groups/<slug>/moderation/ (groups/urls.py)."""

from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("", views.staff_queue, name="queue"),
    path("report/<str:kind>/<int:pk>/", views.report, name="report"),
    path("<str:kind>/<int:pk>/<str:action>/", views.act, name="act"),
]
