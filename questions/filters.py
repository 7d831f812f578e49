import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from recruitcommunity.filters import CountryFilter, LanguageFilter

from .models import Question, Topic


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, topic):
        # The curated names are marked in questions/topics.py; lazy, so translated when shown.
        return _(topic.name)


class TopicFilter(django_filters.ModelChoiceFilter):
    """A curated topic, by slug; names follow the interface language."""

    field_class = TopicChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Topic.objects.all())
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("empty_label", _("Any topic"))
        kwargs.setdefault(
            "error_messages",
            {"invalid_choice": _("There is no topic “%(value)s”. Choose one from the list.")},
        )
        super().__init__(*args, **kwargs)


# Each sort is served by an index on Question (see Question.Meta.indexes).
SORTS = {
    "newest": ("-created_at", "-id"),
    "votes": ("-score", "-created_at", "-id"),
    "active": ("-last_activity_at", "-id"),
}


class QuestionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_text",
        label=_("Search"),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    topic = TopicFilter(method="filter_topic", label=_("Topic"))
    # Any of the regions a question addresses, not only the group's country.
    to = CountryFilter(method="filter_to", label=_("Asked to"))
    # "from" is a Python keyword; the filter is registered under that name below.
    asked_from = CountryFilter(field_name="asker_country", label=_("Asked from"))
    language = LanguageFilter(label=_("Language"))
    local = django_filters.ChoiceFilter(
        method="filter_local",
        label=_("Local answers"),
        empty_label=_("With or without"),
        choices=[
            ("unanswered", _("No local answer yet")),
            ("answered", _("Answered by a local member")),
        ],
    )
    answered = django_filters.ChoiceFilter(
        method="filter_answered",
        label=_("Answers"),
        empty_label=_("With or without"),
        choices=[
            ("no", _("No answers yet")),
            ("yes", _("Answered")),
            ("accepted", _("With an accepted answer")),
        ],
    )
    sort = django_filters.ChoiceFilter(
        method="sort_questions",
        label=_("Sort by"),
        empty_label=None,
        choices=[
            ("newest", _("Newest")),
            ("votes", _("Most votes")),
            ("active", _("Recent activity")),
        ],
    )
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

    @property
    def qs(self):
        queryset = super().qs
        if not queryset.query.order_by:
            queryset = queryset.order_by(*SORTS["newest"])
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.matching(value.strip()) if value.strip() else queryset

    def filter_topic(self, queryset, name, topic):
        return queryset.about_topic(topic)

    def filter_to(self, queryset, name, country_code):
        return queryset.to_country(country_code)

    def filter_local(self, queryset, name, value):
        if value == "unanswered":
            return queryset.without_local_answer()
        return queryset.filter(local_answer_count__gt=0)

    def filter_answered(self, queryset, name, value):
        if value == "no":
            return queryset.filter(answer_count=0)
        if value == "accepted":
            return queryset.filter(accepted_answer__isnull=False)
        return queryset.filter(answer_count__gt=0)

    def sort_questions(self, queryset, name, value):
        return queryset.order_by(*SORTS[value])

    def filter_languages_read(self, queryset, name, value):
        return queryset.in_languages_read_by(self.request.user) if value else queryset


QuestionFilter.base_filters = {
    ("from" if name == "asked_from" else name): filter_
    for name, filter_ in QuestionFilter.base_filters.items()
}
