"""/countries/: the directory by place. Included from the project's URLs."""

from django.urls import path

from .views import places

app_name = "places"

urlpatterns = [
    path("", places.country_list, name="countries"),
    path("<str:code>/", places.CountryDetailView.as_view(), name="country"),
]
