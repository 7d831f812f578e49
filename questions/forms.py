import unicodedata

from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country

from languages.models import Language

from .models import Answer, Comment, Question, Tag, Topic, Vote


class LanguageChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Language.objects.all(), to_field_name="code", **kwargs)

    def __deepcopy__(self, memo):
        # Each form gets its own copy; reading the languages once here keeps a page that
        # renders the select to a single query however often the template touches it.
        field = super().__deepcopy__(memo)
        field.choices = list(iter(field.choices))  # iter(): no COUNT query for a length hint
        return field

    def label_from_instance(self, language):
        if language.native_name and language.native_name != language.name:
            return f"{language.name} ({language.native_name})"
        return language.name


# What one question may carry besides its text.
MAX_TOPICS = 3
MAX_TAGS = 5
MAX_EXTRA_REGIONS = 3
TAG_MAX_LENGTH = Tag._meta.get_field("name").max_length
# Besides letters, digits and combining marks, tags such as "c++", "c#", ".net" or
# "full-stack" need a few signs.
TAG_SIGNS = "-+#._"


class TopicsField(forms.ModelMultipleChoiceField):
    """Topics from the curated list, as checkboxes sent by slug."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(queryset=Topic.objects.all(), to_field_name="slug", **kwargs)

    def label_from_instance(self, topic):
        # The curated names are marked in questions/topics.py; lazy, so translated when shown.
        return _(topic.name)


class CountrySelects(forms.Widget):
    """A few drop-downs sharing one name: the browser sends each chosen country, as a
    multiple select would, but each is a plain select, easy without a mouse or JavaScript."""

    template_name = "django/forms/widgets/multiwidget.html"
    use_fieldset = True

    def __init__(self, attrs=None, count=MAX_EXTRA_REGIONS):
        super().__init__(attrs)
        self.count = count
        self.choices = []
        self.excluded = ()  # the group's own country, which every question includes anyway

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        values = list(value) if isinstance(value, list | tuple) else []
        select = forms.Select(
            choices=[
                ("", _("No other region")),
                *((code, label) for code, label in self.choices if code not in self.excluded),
            ]
        )
        attrs = context["widget"]["attrs"]
        subwidgets = []
        # One select more per value sent beyond the usual number, so nothing sent is lost.
        for index in range(max(self.count, len(values))):
            select_attrs = {
                **attrs,
                "aria-label": _("Other region %(number)s") % {"number": index + 1},
            }
            if attrs.get("id"):
                select_attrs["id"] = f"{attrs['id']}_{index}"
            selected = values[index] if index < len(values) else None
            subwidgets.append(select.get_context(name, selected, select_attrs)["widget"])
        context["widget"]["subwidgets"] = subwidgets
        return context

    def value_from_datadict(self, data, files, name):
        if hasattr(data, "getlist"):
            return data.getlist(name)
        value = data.get(name)
        return [value] if isinstance(value, str) else value

    def value_omitted_from_data(self, data, files, name):
        return name not in data

    def id_for_label(self, id_):
        return f"{id_}_0" if id_ else id_


class RegionsField(forms.MultipleChoiceField):
    """Country codes; blanks and repeats are dropped, lower case is accepted."""

    widget = CountrySelects
    default_error_messages = {
        "invalid_choice": _("“%(value)s” is not a country we know. Choose regions from the lists."),
    }

    def __init__(self, **kwargs):
        super().__init__(choices=lambda: list(countries), **kwargs)

    def to_python(self, value):
        codes = []
        for code in super().to_python(value):
            code = code.strip().upper()
            if code and code not in codes:
                codes.append(code)
        return codes


class QuestionForm(forms.ModelForm):
    """A question, the curated topics and free tags it is about, and up to three regions
    besides the group's own country that should answer it too."""

    language = LanguageChoiceField(label=_("Language of your question"), empty_label=None)
    topics = TopicsField(label=_("Topics"), required=False)
    tags = forms.CharField(label=_("Tags"), required=False, max_length=300)
    extra_regions = RegionsField(label=_("Also ask about other regions"), required=False)

    class Meta:
        model = Question
        fields = ["title", "body", "language"]
        labels = {"title": _("Title"), "body": _("Your question")}
        help_texts = {
            "title": _("One sentence, e.g. “When do candidates in Poland expect to talk salary?”"),
            "body": _("Give the context practitioners need. Markdown is supported."),
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, group=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.group = group
        self.fields["topics"].help_text = ngettext(
            "Up to %(limit)d topic from the list.",
            "Up to %(limit)d topics from the list.",
            MAX_TOPICS,
        ) % {"limit": MAX_TOPICS}
        self.fields["tags"].help_text = ngettext(
            "Up to %(limit)d single word, separated by commas, e.g. fintech, senior, remote.",
            "Up to %(limit)d single words, separated by commas, e.g. fintech, senior, remote.",
            MAX_TAGS,
        ) % {"limit": MAX_TAGS}
        regions_help = ngettext(
            "Up to %(limit)d more country whose practitioners should answer too, e.g. to "
            "compare when candidates expect to talk salary in GB, PL and DE.",
            "Up to %(limit)d more countries whose practitioners should answer too, e.g. to "
            "compare when candidates expect to talk salary in GB, PL and DE.",
            MAX_EXTRA_REGIONS,
        ) % {"limit": MAX_EXTRA_REGIONS}
        if group is not None:
            self.fields["extra_regions"].widget.excluded = (group.country.code,)
            regions_help = " ".join(
                [
                    regions_help,
                    gettext("The group's country, %(country)s, always comes first.")
                    % {"country": group.country.name},
                ]
            )
        self.fields["extra_regions"].help_text = regions_help

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if len(title) < 10:
            raise forms.ValidationError(
                _("Make the title a full question of at least 10 characters.")
            )
        return title

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Describe your question."))
        return body

    def clean_topics(self):
        topics = self.cleaned_data["topics"]
        if len(topics) > MAX_TOPICS:
            raise forms.ValidationError(
                ngettext(
                    "Choose at most %(limit)d topic.",
                    "Choose at most %(limit)d topics.",
                    MAX_TOPICS,
                )
                % {"limit": MAX_TOPICS}
            )
        return topics

    def clean_tags(self):
        """Lowercase single words, each named in the error when it cannot be a tag."""
        names, problems = [], []
        for typed in self.cleaned_data["tags"].split(","):
            name = unicodedata.normalize("NFC", typed.strip().lstrip("#").strip()).lower()
            if not name:
                continue
            if any(character.isspace() for character in name):
                problems.append(
                    _(
                        "“%(tag)s” is more than one word. Separate tags with commas, or join "
                        "the words with a hyphen."
                    )
                    % {"tag": name}
                )
            elif len(name) > TAG_MAX_LENGTH:
                problems.append(
                    ngettext(
                        "“%(tag)s” is longer than %(limit)d character.",
                        "“%(tag)s” is longer than %(limit)d characters.",
                        TAG_MAX_LENGTH,
                    )
                    % {"tag": name, "limit": TAG_MAX_LENGTH}
                )
            elif not all(
                unicodedata.category(character)[0] in "LMN" or character in TAG_SIGNS
                for character in name
            ):
                problems.append(
                    _(
                        "“%(tag)s” has a character tags cannot have. Use letters, digits "
                        "and - + # . _"
                    )
                    % {"tag": name}
                )
            elif name not in names:
                names.append(name)
        if problems:
            raise forms.ValidationError(problems)
        if len(names) > MAX_TAGS:
            raise forms.ValidationError(
                ngettext("Add at most %(limit)d tag.", "Add at most %(limit)d tags.", MAX_TAGS)
                % {"limit": MAX_TAGS}
            )
        return names

    def clean_extra_regions(self):
        """The group's own country is always the first region; naming it again is ignored."""
        own = self.group.country.code if self.group is not None else None
        regions = [code for code in self.cleaned_data["extra_regions"] if code != own]
        if len(regions) > MAX_EXTRA_REGIONS:
            raise forms.ValidationError(
                ngettext(
                    "Choose at most %(limit)d other region.",
                    "Choose at most %(limit)d other regions.",
                    MAX_EXTRA_REGIONS,
                )
                % {"limit": MAX_EXTRA_REGIONS}
            )
        return regions


class AnswerForm(forms.ModelForm):
    language = LanguageChoiceField(label=_("Language of your answer"), empty_label=None)

    class Meta:
        model = Answer
        fields = ["body", "language"]
        labels = {"body": _("Your answer")}
        help_texts = {"body": _("Share how it works where you recruit. Markdown is supported.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, question=None, author=None, **kwargs):
        super().__init__(*args, **kwargs)
        if question is not None and question.is_multi_region:
            self.fields["region"] = _region_field(question, author)

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write your answer before posting it."))
        return body


def _region_field(question, author):
    """On a question about several regions the answerer says which one the answer is
    about: one of the question's regions, or their own country when it is none of them."""
    home = str(author.home_country) if author is not None and author.home_country else ""
    choices = [(code, Country(code).name) for code in question.regions]
    if home and home not in question.regions:
        choices.append(
            (home, _("%(country)s (your home country)") % {"country": Country(home).name})
        )
    return forms.ChoiceField(
        label=_("Region your answer is about"),
        choices=choices,
        initial=home or None,
        widget=forms.RadioSelect,
    )


class QuestionEditForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Your question"),
        help_text=_("Markdown is supported. The previous version is kept in the history."),
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    clean_title = QuestionForm.clean_title
    clean_body = QuestionForm.clean_body


class AnswerEditForm(forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        help_text=_("Markdown is supported. The previous version is kept in the history."),
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    clean_body = AnswerForm.clean_body


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=Comment._meta.get_field("body").max_length,
        help_text=_("Plain text, at most 600 characters."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class VoteForm(forms.Form):
    """Which way the member votes: the button they pressed."""

    value = forms.TypedChoiceField(
        choices=[("up", _("Up")), ("down", _("Down"))],
        coerce=lambda value: Vote.UP if value == "up" else Vote.DOWN,
    )
