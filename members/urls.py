from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.MemberDirectoryView.as_view(), name="directory"),
    path("<str:username>/", views.profile, name="profile"),
]
