from django import forms
from django.utils.translation import gettext_lazy as _

from languages.models import Language

from .models import Answer, Question


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


class QuestionForm(forms.ModelForm):
    language = LanguageChoiceField(label=_("Language of your question"), empty_label=None)

    class Meta:
        model = Question
        fields = ["title", "body", "language"]
        labels = {"title": _("Title"), "body": _("Your question")}
        help_texts = {
            "title": _("One sentence, e.g. “When do candidates in Poland expect to talk salary?”"),
            "body": _("Give the context practitioners need. Markdown is supported."),
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

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


class AnswerForm(forms.ModelForm):
    language = LanguageChoiceField(label=_("Language of your answer"), empty_label=None)

    class Meta:
        model = Answer
        fields = ["body", "language"]
        labels = {"body": _("Your answer")}
        help_texts = {"body": _("Share how it works where you recruit. Markdown is supported.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write your answer before posting it."))
        return body
