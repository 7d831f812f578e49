import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Event
from .permissions import city_condition, listed_events_condition


class EventFilter(django_filters.FilterSet):
    """Events by country, city, the group's language and format. The queryset given is
    narrowed to what the request's user may see listed (see events.permissions): members
    filtering by a city also get the members-only events there that welcome visitors."""

    country = CountryFilter(label=_("Country"))
    city = django_filters.CharFilter(
        label=_("City"),
        method="filter_city",
        widget=forms.TextInput(attrs={"placeholder": _("e.g. Warszawa")}),
    )
    language = LanguageFilter(field_name="group__languages", label=_("Language of the group"))
    online = django_filters.ChoiceFilter(
        label=_("Format"),
        method="filter_online",
        empty_label=_("Online and in person"),
        choices=[("yes", _("Online")), ("no", _("In person"))],
    )

    class Meta:
        model = Event
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        user = request.user if request is not None else None
        if user is not None:
            visiting_city = self.data.get("city", "").strip()
            condition = listed_events_condition(user, visiting_city=visiting_city)
            if condition is not None:
                self.queryset = self.queryset.filter(condition)
        else:
            self.queryset = self.queryset.public()

    def filter_city(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(city_condition(value)) if value else queryset

    def filter_online(self, queryset, name, value):
        if value == "yes":
            return queryset.filter(format=Event.Format.ONLINE)
        if value == "no":
            return queryset.filter(format=Event.Format.IN_PERSON)
        return queryset
