import re
from urllib.parse import urlsplit, urlunsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from languages.models import Language

from .avatars import ACCEPTED_CONTENT_TYPES, AvatarError, avatar_reencoded
from .models import Specialism, SpokenLanguage, User

MAX_SPOKEN_LANGUAGES = 6
MAX_BIO_LENGTH = 5000
MAX_YEARS_IN_RECRUITING = 70
LINKEDIN_HOST = re.compile(r"(?:[a-z]{2,3}\.)?linkedin\.com")


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


def linkedin_url_normalised(value):
    """The address with scheme and host in lower case and at least "/" as the path, when it
    is https on linkedin.com or a two- or three-letter subdomain of it (www, pl, uk…);
    otherwise None. The result is what the database check on the column accepts."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return None
    if (
        parts.scheme.lower() != "https"
        or not LINKEDIN_HOST.fullmatch(parts.hostname or "")
        or port is not None
        or parts.username is not None
    ):
        return None
    return urlunsplit(("https", parts.hostname, parts.path or "/", parts.query, ""))


class ProfileForm(forms.ModelForm):
    country = User._meta.get_field("home_country").formfield(
        label=_("Home country"),
        help_text=_("Where you recruit. Your questions show that they come from here."),
    )
    reading_languages = LanguagesField(
        label=_("Languages you read"),
        help_text=_("Question lists can show only posts in these languages."),
    )
    specialisms = forms.MultipleChoiceField(
        label=_("Specialisms"),
        choices=Specialism.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose all that apply."),
    )
    years_in_recruiting = forms.IntegerField(
        label=_("Years in recruiting"),
        min_value=0,
        max_value=MAX_YEARS_IN_RECRUITING,
        required=False,
    )
    bio = forms.CharField(
        label=_("About me"),
        max_length=MAX_BIO_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Markdown works: *italic*, **bold**, [links](https://example.com) and lists. "
            "At most 5000 characters."
        ),
    )
    linkedin_url = forms.URLField(
        label=_("LinkedIn profile"),
        required=False,
        assume_scheme="https",
        max_length=User._meta.get_field("linkedin_url").max_length,
        help_text=_("For example https://www.linkedin.com/in/your-name/"),
    )
    avatar = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPTED_CONTENT_TYPES}),
        help_text=_(
            "JPEG, PNG or WebP, at most 2 MB and 4000×4000 pixels. "
            "It is cropped to a square and shown small."
        ),
    )
    remove_avatar = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = User
        fields = [
            "display_name",
            "headline",
            "city",
            "specialisms",
            "years_in_recruiting",
            "bio",
            "linkedin_url",
            "profile_visibility",
            "time_zone",
            "message_policy",
            "message_emails",
        ]
        labels = {
            "display_name": _("Display name"),
            "headline": _("Headline"),
            "city": _("City"),
            "profile_visibility": _("Who can see my profile"),
            "time_zone": _("Your time zone"),
            "message_policy": _("Who can start a conversation with me"),
            "message_emails": _("Email me when a member writes to me"),
        }
        help_texts = {
            "time_zone": _("Event pages show their times in your time zone too when it differs.")
        }
        widgets = {"profile_visibility": forms.RadioSelect, "message_policy": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("country", self.instance.home_country.code or "")
            self.initial.setdefault(
                "reading_languages", list(self.instance.reading_languages.all())
            )
        self.fields["profile_visibility"].help_text = _(
            "Your email address is never shown, whichever you choose."
        )
        self.fields["message_policy"].help_text = _(
            "Conversations already started go on whatever you choose; you can also block a "
            "member from their profile."
        )
        self.fields["message_emails"].help_text = _("At most one email per conversation per hour.")
        # Left out of a form (an older client, say), the choice stays as it was.
        self.fields["message_policy"].required = False
        self.order_fields(
            [
                "display_name",
                "headline",
                "country",
                "city",
                "specialisms",
                "years_in_recruiting",
                "bio",
                "linkedin_url",
                "reading_languages",
                "profile_visibility",
                "message_policy",
                "message_emails",
                "time_zone",
                "avatar",
                "remove_avatar",
            ]
        )

    def clean_linkedin_url(self):
        value = self.cleaned_data["linkedin_url"]
        if not value:
            return ""
        normalised = linkedin_url_normalised(value)
        if normalised is None:
            raise forms.ValidationError(
                _(
                    "Enter the address of your LinkedIn profile, starting with "
                    "https://www.linkedin.com/ or https://<country>.linkedin.com/."
                ),
                code="not_linkedin",
            )
        return normalised

    def clean_avatar(self):
        """The re-encoded photo, ready to store, or None when no file was chosen."""
        upload = self.cleaned_data["avatar"]
        if not upload:
            return None
        try:
            return avatar_reencoded(upload)
        except AvatarError as error:
            raise forms.ValidationError(str(error), code="invalid_avatar") from None

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("avatar") and cleaned_data.get("remove_avatar"):
            self.add_error(
                "remove_avatar",
                _("Either choose a new photo or remove the current one, not both."),
            )
        return cleaned_data


class SpokenLanguageForm(forms.Form):
    """One row of the languages a member speaks: a language and how well."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    level = forms.ChoiceField(
        label=_("Level"),
        choices=SpokenLanguage.Level.choices,
        initial=SpokenLanguage.Level.FLUENT,
        required=False,
    )

    def __init__(self, *args, language_choices, row_number=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "—"), *language_choices]
        if row_number is not None:
            # Six rows of "Language" and "Level" would sound alike to a screen reader.
            self.fields["language"].label = _("Language %(number)s") % {"number": row_number}
            self.fields["level"].label = _("Level of language %(number)s") % {"number": row_number}

    def clean(self):
        cleaned_data = super().clean()
        level_missing = not cleaned_data.get("level") and "level" not in self.errors
        if cleaned_data.get("language") and level_missing:
            self.add_error("level", _("Choose how well you speak it."))
        return cleaned_data


class BaseSpokenLanguageFormSet(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None:
            kwargs["row_number"] = index + 1
        return kwargs

    def clean(self):
        if any(self.errors):
            return
        names = dict(self.form_kwargs["language_choices"])
        seen = set()
        for form in self.forms:
            code = form.cleaned_data.get("language")
            if not code:
                continue
            if code in seen:
                form.add_error(
                    "language", _("%(language)s is listed twice.") % {"language": names[code]}
                )
            seen.add(code)

    @property
    def spoken_languages(self):
        """[(language code, level)] from the rows that name a language, in their order."""
        return [
            (form.cleaned_data["language"], form.cleaned_data["level"])
            for form in self.forms
            if form.cleaned_data.get("language")
        ]


# Always six rows, so that the form works without JavaScript; empty rows are ignored.
SpokenLanguageFormSet = forms.formset_factory(
    SpokenLanguageForm,
    formset=BaseSpokenLanguageFormSet,
    extra=0,
    min_num=MAX_SPOKEN_LANGUAGES,
    max_num=MAX_SPOKEN_LANGUAGES,
    absolute_max=MAX_SPOKEN_LANGUAGES,
    validate_max=True,
)


def spoken_language_formset(data, member):
    """The rows of languages the member speaks, filled with what they saved."""
    initial = [
        {"language": row.language_id, "level": row.level}
        for row in member.spoken_languages.order_by("pk")[:MAX_SPOKEN_LANGUAGES]
    ]
    language_choices = list(Language.objects.values_list("code", "name"))
    return SpokenLanguageFormSet(
        data,
        initial=initial,
        prefix="spoken",
        form_kwargs={"language_choices": language_choices},
    )


class InterfaceLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Interface language"), choices=settings.LANGUAGES)
