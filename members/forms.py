from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from languages.models import Language

from .models import User


class LanguagesField(forms.ModelMultipleChoiceField):
    """Several languages, chosen by ISO 639-1 code."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Language.objects.all(),
            to_field_name="code",
            required=False,
            widget=forms.SelectMultiple(attrs={"size": 8}),
            **kwargs,
        )


class ProfileForm(forms.ModelForm):
    country = User._meta.get_field("home_country").formfield(
        label=_("Home country"),
        help_text=_("Where you recruit. Your questions show that they come from here."),
    )
    languages = LanguagesField(
        label=_("Languages you speak"), help_text=_("Hold Ctrl (⌘ on a Mac) to choose several.")
    )
    reading_languages = LanguagesField(
        label=_("Languages you read"),
        help_text=_("Question lists can show only posts in these languages."),
    )

    class Meta:
        model = User
        fields = ["display_name", "headline", "city"]
        labels = {"display_name": _("Display name"), "headline": _("Headline"), "city": _("City")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("country", self.instance.home_country.code or "")
            self.initial.setdefault("languages", list(self.instance.languages.all()))
            self.initial.setdefault(
                "reading_languages", list(self.instance.reading_languages.all())
            )
        self.order_fields(
            ["display_name", "headline", "country", "city", "languages", "reading_languages"]
        )


class InterfaceLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)
