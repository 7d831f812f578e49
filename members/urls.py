from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("<str:username>/", views.profile, name="profile"),
]
