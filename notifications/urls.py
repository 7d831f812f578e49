from django.urls import path

from . import feeds, views

app_name = "notifications"

urlpatterns = [
    path("notifications/", views.notification_list, name="list"),
    path("notifications/read/", views.notifications_read, name="read_all"),
    path("notifications/<int:pk>/open/", views.notification_open_view, name="open"),
    path("notifications/preferences/", views.preferences, name="preferences"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "notifications/follow/<str:target_type>/<int:pk>/",
        views.follow_toggle,
        name="follow",
    ),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("for-you/", views.for_you, name="for_you"),
    path("groups/<slug:slug>/questions.atom", feeds.GroupQuestionsFeed(), name="group_feed"),
    path("questions/feed.atom", feeds.CountryQuestionsFeed(), name="country_feed"),
]
