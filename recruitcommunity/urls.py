from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from members import views as member_views

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"), permanent=True)),
    path("healthz", views.healthz, name="healthz"),
    path("groups/", include("groups.urls")),
    path("questions/", include("questions.urls")),
    path("members/", include("members.urls")),
    path("accounts/profile/", member_views.profile_edit, name="profile_edit"),
    path("accounts/", include("allauth.urls")),
    path("language/", member_views.interface_language_set, name="interface_language"),
    path("admin/", admin.site.urls),
]
