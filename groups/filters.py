from dataclasses import dataclass

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from languages.models import Language
from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Group

# How many countries and languages the directory offers beside the filters; the one
# chosen is shown as well when it is not among them.
FACET_SIZE = 15


@dataclass(frozen=True)
class Facet:
    """One value a filter can take, with how many groups it would list."""

    value: str  # what the link puts in the URL
    item: Country | Language
    group_count: int
    selected: bool


class GroupFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Name, city, topic…")}),
    )
    country = CountryFilter(label=_("Country"))
    language = LanguageFilter(field_name="languages", label=_("Language"))
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        empty_label=None,
        choices=[
            ("members", _("Most members")),
            ("newest", _("Newest")),
            ("active", _("Recent activity")),
        ],
        method="sort_groups",
    )

    class Meta:
        model = Group
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.matching(value.strip()) if value.strip() else queryset

    def sort_groups(self, queryset, name, value):
        if value == "newest":
            return queryset.order_by("-created_at", "-id")
        if value == "active":
            return queryset.order_by("-last_activity_at", "-id")
        return queryset.order_by("-member_count", "name", "id")

    @property
    def qs(self):
        queryset = super().qs
        if not queryset.query.order_by:
            queryset = queryset.order_by("-member_count", "name", "id")
        return queryset

    def country_facets(self, size=FACET_SIZE):
        """The countries with the most groups under every filter but the country one, and
        the chosen country; one query."""
        chosen = self._chosen("country")
        groups = Group.objects.filter(pk__in=self._filtered_except("country").values("pk"))
        facets = [
            Facet(country.code, country, group_count, country.code == chosen)
            for country, group_count in groups.countries_with_most_groups()
        ]
        if chosen and not any(facet.selected for facet in facets):
            facets.append(Facet(chosen, Country(chosen), 0, True))
        return _leading_and_selected(facets, size)

    def language_facets(self, size=FACET_SIZE):
        """The languages most groups use under every filter but the language one, and the
        chosen language; one query."""
        chosen = self._chosen("language")
        languages = Language.objects.filter(
            groups__in=self._filtered_except("language").values("pk")
        ).with_groups()  # counts only the groups the filter above lets through
        facets = [
            Facet(language.code, language, language.group_count, language == chosen)
            for language in languages
        ]
        if chosen and not any(facet.selected for facet in facets):
            facets.append(Facet(chosen.code, chosen, 0, True))
        return _leading_and_selected(facets, size)

    def _chosen(self, name):
        """The valid value chosen for a filter, or None."""
        if not self.is_bound or name in self.errors:
            return None
        return self.form.cleaned_data.get(name) or None

    def _filtered_except(self, excluded):
        """The groups every filter but one lets through. A facet is counted without its own
        filter, or it could only ever offer the value already chosen."""
        queryset = self.queryset.all()
        if not self.is_bound:
            return queryset
        self.form.is_valid()  # fills cleaned_data, as FilterSet.qs does; invalid fields drop out
        for name, value in self.form.cleaned_data.items():
            if name not in (excluded, "sort"):
                queryset = self.filters[name].filter(queryset, value)
        return queryset


def _leading_and_selected(facets, size):
    """The first `size` facets, most groups first, and the selected one wherever it ranks."""
    return [facet for rank, facet in enumerate(facets) if rank < size or facet.selected]
