from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.generic import ListView
from django_countries import countries
from django_countries.fields import Country

from members.models import User
from questions.models import Question
from recruitcommunity.pagination import BoundedPaginator

from ..models import Group
from ..world_map import shaded_world_map

MEMBERS_SHOWN = 12
QUESTIONS_SHOWN = 10


def country_from_code(code):
    """The country with this ISO 3166-1 alpha-2 code, in either case; 404 otherwise."""
    code = code.upper()
    if len(code) != 2 or code not in countries:
        raise Http404("No country has this code.")
    return Country(code)


def country_list(request):
    """Public: every country with groups, on a world map and in a list, most groups first."""
    countries_with_groups = Group.objects.countries_with_most_groups()
    group_counts = {country.code: group_count for country, group_count in countries_with_groups}
    return render(
        request,
        "places/country_list.html",
        {
            "countries_with_groups": countries_with_groups,
            "world_map": shaded_world_map(group_counts),
        },
    )


class CountryDetailView(ListView):
    """Public: a country's groups, the members living there whom the visitor may see, and
    the questions recently asked to it."""

    template_name = "places/country_detail.html"
    context_object_name = "groups"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator

    def get_queryset(self):
        self.country = country_from_code(self.kwargs["code"])
        return (
            Group.objects.in_country(self.country.code)
            .for_listing()
            .order_by("-member_count", "name", "id")
        )

    def get_context_data(self, **kwargs):
        code = self.country.code
        return super().get_context_data(
            country=self.country,
            members=User.objects.visible_to(self.request.user)
            .active()
            .in_country(code)
            .order_by("-date_joined", "-id")[:MEMBERS_SHOWN],
            recent_questions=Question.objects.visible()
            .to_country(code)
            .for_listing()
            .newest_first()[:QUESTIONS_SHOWN],
            **kwargs,
        )
