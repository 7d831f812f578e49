from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_MESSAGE_LENGTH, MAX_REPORT_NOTE_LENGTH, Conversation, MessageReport

MARKDOWN_HELP = _("Markdown works: *italic*, **bold**, [links](https://example.com) and lists.")


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=MARKDOWN_HELP,
        error_messages={"required": _("Write a message first.")},
    )


class NewConversationForm(MessageForm):
    """The first message; where it was started from travels along as hidden fields."""

    started_from = forms.ChoiceField(
        choices=Conversation.Origin.choices,
        required=False,
        widget=forms.HiddenInput,
    )
    event = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this message?"),
        choices=MessageReport.Reason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything staff should know (optional)"),
        max_length=MAX_REPORT_NOTE_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ResolveReportForm(forms.Form):
    note = forms.CharField(
        label=_("What was done"),
        max_length=MAX_REPORT_NOTE_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: warned the sender, or deactivated the account."),
    )
