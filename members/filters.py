import django_filters
from django import forms
from django.db.models import Prefetch, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Specialism, SpokenLanguage, User


def members_for_listing(queryset):
    """Everything a member card shows, in a fixed number of queries whatever the page size."""
    return queryset.prefetch_related(
        Prefetch(
            "spoken_languages",
            queryset=SpokenLanguage.objects.select_related("language").order_by("language__name"),
        )
    )


class MemberFilter(django_filters.FilterSet):
    """The member directory, site-wide and within a group."""

    q = django_filters.CharFilter(
        method="filter_text",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Name, headline, city…")}),
    )
    country = CountryFilter(field_name="home_country", label=_("Home country"))
    language = LanguageFilter(method="filter_language", label=_("Speaks"))
    specialism = django_filters.ChoiceFilter(
        choices=Specialism.choices,
        method="filter_specialism",
        label=_("Specialism"),
        empty_label=_("Any specialism"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        empty_label=None,
        choices=[("newest", _("Newest members")), ("name", _("Name"))],
        method="sort_members",
    )

    class Meta:
        model = User
        fields = []

    def filter_text(self, queryset, name, value):
        return queryset.matching(value.strip()) if value.strip() else queryset

    def filter_language(self, queryset, name, value):
        return queryset.speaking(value.code)

    def filter_specialism(self, queryset, name, value):
        return queryset.with_specialism(value)

    def sort_members(self, queryset, name, value):
        if value == "name":
            # The name shown on cards: the display name, else the username.
            shown_name = Coalesce(NullIf("display_name", Value("")), "username")
            return queryset.order_by(Lower(shown_name), "id")
        return queryset.order_by("-date_joined", "-id")

    @property
    def qs(self):
        queryset = super().qs
        if not queryset.query.order_by:
            queryset = queryset.order_by("-date_joined", "-id")
        return queryset
