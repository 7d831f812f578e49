"""/norms/: the country guides. Included from the project's URLs."""

from django.urls import path

from . import views

app_name = "norms"

urlpatterns = [
    path("", views.norms_index, name="index"),
    path("review/", views.review_queue, name="review"),
    path("compare/", views.compare, name="compare"),
    path("<str:country>/", views.guide, name="guide"),
    path("<str:country>/<slug:topic>/", views.entry_detail, name="entry"),
    path("<str:country>/<slug:topic>/edit/", views.entry_edit, name="edit"),
    path("<str:country>/<slug:topic>/history/", views.entry_history, name="history"),
    path("<str:country>/<slug:topic>/revert/", views.entry_revert, name="revert"),
    path("<str:country>/<slug:topic>/confirm/", views.entry_confirm, name="confirm"),
]
