from django.urls import path

from . import calendar_views, views

app_name = "events"

urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("past/", views.PastEventListView.as_view(), name="past"),
    path("new/", views.event_new, name="new"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>/edit/", views.event_edit, name="edit"),
    path("<int:pk>/cancel/", views.event_cancel_confirm, name="cancel"),
    path("<int:pk>/rsvp/", views.event_rsvp, name="rsvp"),
    path("<int:pk>/attendees/add/", views.attendee_add, name="attendee_add"),
    path(
        "<int:pk>/attendees/<int:user_id>/remove/",
        views.attendee_remove,
        name="attendee_remove",
    ),
    path("<int:pk>/attendees.csv", views.attendees_csv, name="attendees_csv"),
    path("<int:pk>/event.ics", calendar_views.event_ics, name="ics"),
]
