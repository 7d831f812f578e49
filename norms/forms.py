"""Validation for the country guides: an entry edit and the choice of countries to compare."""

from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

MIN_COMPARED = 2
MAX_COMPARED = 4

_url_validator = URLValidator(schemes=["http", "https"])


def is_web_link(text):
    """An absolute http(s) URL; anything else (javascript:, relative paths) is not shown."""
    if urlsplit(text).scheme.lower() not in {"http", "https"}:
        return False
    try:
        _url_validator(text)
    except ValidationError:
        return False
    return True


class NormEntryForm(forms.Form):
    short_answer = forms.CharField(
        label=_("Short answer"),
        max_length=300,
        help_text=_("One or two sentences; this is what the comparison table shows."),
    )
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Markdown is supported."),
    )
    sources = forms.CharField(
        label=_("Sources"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One link per line, starting with https:// or http://."),
    )
    summary = forms.CharField(
        label=_("What did you change?"),
        max_length=200,
        help_text=_("A short note for the history, for example “Added the 2025 notice rules”."),
    )
    base_version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def clean_sources(self):
        lines = [line.strip() for line in self.cleaned_data["sources"].splitlines()]
        errors = [
            ValidationError(
                _("Line %(line)s is not a web link (http:// or https://): %(text)s"),
                code="invalid_source",
                params={"line": number, "text": text},
            )
            for number, text in enumerate(lines, start=1)
            if text and not is_web_link(text)
        ]
        if errors:
            raise ValidationError(errors)
        return "\n".join(line for line in lines if line)


class CountryCodesField(forms.MultipleChoiceField):
    """Country codes from the query string; any ISO code is accepted, not only the offered
    choices, and the form says which ones it does not know."""

    def valid_value(self, value):
        return True


class CompareForm(forms.Form):
    c = CountryCodesField(
        label=_("Countries to compare"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose two to four countries."),
    )

    def __init__(self, *args, offered_countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["c"].choices = [(country.code, country.name) for country in offered_countries]

    def clean_c(self):
        codes = [code.strip().upper() for code in self.cleaned_data["c"]]
        unknown = [code for code in codes if len(code) != 2 or code not in countries]
        if unknown:
            raise ValidationError(
                _("Unknown country code: %(codes)s."),
                code="unknown_country",
                params={"codes": ", ".join(unknown)},
            )
        if len(set(codes)) != len(codes):
            raise ValidationError(
                _("Each country can be chosen only once."), code="duplicate_country"
            )
        if len(codes) > MAX_COMPARED:
            raise ValidationError(
                _("Choose at most %(max)s countries."),
                code="too_many_countries",
                params={"max": MAX_COMPARED},
            )
        if len(codes) < MIN_COMPARED:
            raise ValidationError(
                _("Choose at least %(min)s countries to compare."),
                code="too_few_countries",
                params={"min": MIN_COMPARED},
            )
        return codes
