from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Flag
from .services import NOTE_MAX_LENGTH, REASON_MAX_LENGTH


class FlagForm(forms.Form):
    """A member's report: why, and optionally what the moderators should know."""

    reason = forms.ChoiceField(
        label=_("What is wrong with it?"),
        choices=Flag.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you are reporting this.")},
    )
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the moderators read this."),
    )


class ReasonForm(forms.Form):
    """The reason a moderator gives for an action; it is kept in the audit log (and with a
    hidden post)."""

    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kept in the moderation log; shown to moderators with hidden content."),
    )
