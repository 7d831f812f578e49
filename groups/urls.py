from django.urls import path

from . import views

app_name = "groups"

urlpatterns = [
    path("", views.GroupDirectoryView.as_view(), name="list"),
    path("<slug:slug>/", views.group_detail, name="detail"),
    path("<slug:slug>/join/", views.group_join, name="join"),
    path("<slug:slug>/leave/", views.group_leave, name="leave"),
    path("<slug:slug>/ask/", views.group_ask, name="ask"),
]
