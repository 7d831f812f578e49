import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Question


class QuestionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    to = CountryFilter(field_name="target_country", label=_("Asked to"))
    # "from" is a Python keyword; the filter is registered under that name below.
    asked_from = CountryFilter(field_name="asker_country", label=_("Asked from"))
    language = LanguageFilter(label=_("Language"))
    mine = django_filters.BooleanFilter(
        method="filter_languages_read",
        label=_("Only in languages I read"),
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Question
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.request is None or not self.request.user.is_authenticated:
            del self.filters["mine"]

    def filter_text(self, queryset, name, value):
        return queryset.matching(value.strip()) if value.strip() else queryset

    def filter_languages_read(self, queryset, name, value):
        return queryset.in_languages_read_by(self.request.user) if value else queryset


QuestionFilter.base_filters = {
    ("from" if name == "asked_from" else name): filter_
    for name, filter_ in QuestionFilter.base_filters.items()
}
