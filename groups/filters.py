from dataclasses import dataclass

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from languages.models import Language
from recruitcommunity.filters import CountryFilter, LanguageFilter
from recruitcommunity.page_cache import cached_fragment

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
        the chosen country; one query, or none while the counts are cached."""
        chosen = self._chosen("country")
        counts = self._facet_counts("country", _countries_with_most_groups)
        facets = [
            Facet(country.code, country, group_count, country.code == chosen)
            for country, group_count in counts
        ]
        if chosen and not any(facet.selected for facet in facets):
            facets.append(Facet(chosen, Country(chosen), 0, True))
        return _leading_and_selected(facets, size)

    def language_facets(self, size=FACET_SIZE):
        """The languages most groups use under every filter but the language one, and the
        chosen language; one query, or none while the counts are cached."""
        chosen = self._chosen("language")
        counts = self._facet_counts("language", _languages_with_most_groups)
        facets = [
            Facet(language.code, language, group_count, language == chosen)
            for language, group_count in counts
        ]
        if chosen and not any(facet.selected for facet in facets):
            facets.append(Facet(chosen.code, chosen, 0, True))
        return _leading_and_selected(facets, size)

    def _chosen(self, name):
        """The valid value chosen for a filter, or None."""
        if not self.is_bound or name in self.errors:
            return None
        return self.form.cleaned_data.get(name) or None

    def _facet_counts(self, excluded, count):
        """A facet's counts: `count(groups, others)`, with the groups every other filter lets
        through and those filters' values ({name: value}, empty when no other filter is set).
        They are the same for every visitor who chose the same other filters, so kept per
        content version (cached_fragment), except under a text search, whose words are too
        many to keep."""
        others = self._other_values(excluded)
        groups = self._filtered_except(excluded)
        if others.get("q"):
            return count(groups, others)
        key = ",".join(f"{name}={value}" for name, value in sorted(others.items()))
        return cached_fragment(f"group-facets:{excluded}:{key}", lambda: count(groups, others))

    def _other_values(self, excluded):
        """{filter name: value} of the valid filters set, other than `excluded` and the sort."""
        if not self.is_bound:
            return {}
        self.form.is_valid()  # fills cleaned_data, as FilterSet.qs does; invalid fields drop out
        return {
            name: getattr(value, "pk", value)
            for name, value in self.form.cleaned_data.items()
            if name not in (excluded, "sort") and value not in (None, "")
        }

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


# Each facet's counts are read the cheapest way for the filters set: with none, from the
# indexes on the country and on the language alone (index-only); with only the other facet's
# value, through that value's groups or links (the cost follows them, not all groups); with a
# text search, over the groups it matches.


def _countries_with_most_groups(groups, others):
    """[(Country, number of groups)], most first."""
    if not others:
        return Group.objects.countries_with_most_groups()
    if set(others) == {"language"}:
        return Group.objects.countries_with_most_groups_using(others["language"])
    return groups.countries_with_most_groups()


def _languages_with_most_groups(groups, others):
    """[(Language, number of groups)], most first."""
    if not others:
        languages = Language.objects.with_groups()
    elif set(others) == {"country"}:
        languages = Language.objects.with_groups_in_country(others["country"])
    else:
        languages = Language.objects.with_groups(among=groups)
    return [(language, language.group_count) for language in languages]


def _leading_and_selected(facets, size):
    """The first `size` facets, most groups first, and the selected one wherever it ranks."""
    return [facet for rank, facet in enumerate(facets) if rank < size or facet.selected]
