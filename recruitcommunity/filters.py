import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from languages.models import Language

from .widgets import LongSelect


class CountryFilter(django_filters.ChoiceFilter):
    """An ISO 3166 alpha-2 country code; country names follow the interface language."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", lambda: list(countries))
        kwargs.setdefault("empty_label", _("Any country"))
        kwargs.setdefault("widget", LongSelect)
        super().__init__(*args, **kwargs)


class LanguageFilter(django_filters.ModelChoiceFilter):
    """An ISO 639-1 language code."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Language.objects.all())
        kwargs.setdefault("to_field_name", "code")
        kwargs.setdefault("empty_label", _("Any language"))
        kwargs.setdefault("widget", LongSelect)
        super().__init__(*args, **kwargs)
