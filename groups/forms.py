from django import forms
from django.utils.translation import gettext_lazy as _

from languages.models import Language

from .models import MAX_ADMISSION_QUESTIONS, Group


class JoinForm(forms.Form):
    """What joining asks for: accepting the rules, and answers to the admission questions of
    a group that admits by approval."""

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.group = group
        if group.needs_approval:
            for number, question in enumerate(group.admission_questions, start=1):
                self.fields[f"answer_{number}"] = forms.CharField(
                    label=question, widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
                )
        if group.rules:
            self.fields["accept_rules"] = forms.BooleanField(
                label=_("I have read the rules and accept them"),
                error_messages={"required": _("Accept the rules to join.")},
            )

    @property
    def admission_answers(self):
        return [
            self.cleaned_data[f"answer_{number}"].strip()
            for number in range(1, len(self.group.admission_questions) + 1)
            if f"answer_{number}" in self.cleaned_data
        ]


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the applicant (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept in the audit log)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class GroupForm(forms.ModelForm):
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages"),
        queryset=Language.objects.all(),
        to_field_name="code",
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("The languages the group talks in. Hold Ctrl (⌘ on a Mac) to choose several."),
        error_messages={"required": _("Choose at least one language.")},
    )

    class Meta:
        model = Group
        fields = [
            "name",
            "country",
            "city",
            "languages",
            "description",
            "rules",
            "join_policy",
            "hold_first_posts",
        ]
        labels = {
            "name": _("Name"),
            "country": _("Country"),
            "city": _("City"),
            "description": _("Description"),
            "rules": _("Rules"),
            "join_policy": _("Who can join"),
            "hold_first_posts": _("Hold new members' first posts for approval"),
        }
        help_texts = {
            "description": _("What the group is for and who it welcomes. Markdown is supported.")
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "rules": forms.Textarea(attrs={"rows": 5}),
            "join_policy": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        existing = list(self.instance.admission_questions) if self.instance.pk else []
        for number in range(1, MAX_ADMISSION_QUESTIONS + 1):
            self.fields[f"admission_question_{number}"] = forms.CharField(
                label=_("Admission question %(number)s") % {"number": number},
                required=False,
                max_length=300,
                initial=existing[number - 1] if number <= len(existing) else "",
                help_text=_("Asked when the group admits by approval.") if number == 1 else "",
            )
        # A moderation setting: after the questions about joining.
        self.fields["hold_first_posts"] = self.fields.pop("hold_first_posts")

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if len(name) < 3:
            raise forms.ValidationError(_("Give the group a name of at least 3 characters."))
        return name

    @property
    def admission_questions(self):
        return [
            self.cleaned_data[f"admission_question_{number}"].strip()
            for number in range(1, MAX_ADMISSION_QUESTIONS + 1)
            if self.cleaned_data.get(f"admission_question_{number}", "").strip()
        ]

    def group_fields(self):
        """The cleaned values as keyword arguments for group_create and group_update."""
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields if name != "languages"}
        fields["admission_questions"] = self.admission_questions
        return fields


class TransferForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, hand the group over. I stay on as a moderator."),
        error_messages={"required": _("Tick the box to confirm.")},
    )
