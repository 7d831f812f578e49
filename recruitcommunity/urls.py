from django.conf import settings
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from django.views.static import serve

from members import account_views
from members import views as member_views
from questions.views import search as question_search_views

from . import views

# A database outage noticed by a middleware shows the 503 page, not the 500 one.
handler500 = "recruitcommunity.views.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    # Lazy: with hashed static names (production) the name is known only once collectstatic
    # has run, which must not be needed to import the URLs (manage.py check).
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("favicon.svg"), permanent=True)),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("floor", views.floor, name="floor"),
    path("groups/", include("groups.urls")),
    path("countries/", include("groups.places_urls")),
    path("languages/", include("languages.urls")),
    path("questions/", include("questions.urls")),
    path("search/", question_search_views.search, name="search"),
    path("members/", include("members.urls")),
    path("events/", include("events.urls")),
    path("moderation/", include("moderation.urls")),
    path("messages/", include("conversations.urls")),
    # Before /norms/, whose /norms/<country>/ would otherwise match "proposals".
    path("norms/proposals/", include("norms.proposal_urls")),
    path("norms/", include("norms.urls")),
    # Notifications, following, topics, /for-you/ and the Atom feeds of questions.
    path("", include("notifications.urls")),
    path("accounts/profile/", member_views.profile_edit, name="profile_edit"),
    path("accounts/data/", account_views.account_data, name="account_data"),
    path("accounts/delete/", account_views.account_delete_confirm, name="account_delete"),
    path("accounts/", include("allauth.urls")),
    path("language/", member_views.interface_language_set, name="interface_language"),
    path("admin/", admin.site.urls),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
