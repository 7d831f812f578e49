import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Group


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
        choices=[("members", _("Most members")), ("newest", _("Newest"))],
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
        return queryset.order_by("-member_count", "name", "id")

    @property
    def qs(self):
        queryset = super().qs
        if not queryset.query.order_by:
            queryset = queryset.order_by("-member_count", "name", "id")
        return queryset
