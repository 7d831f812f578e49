"""Forms for inviting people to a group and for accepting an invitation: validation only,
the writes happen in groups.services.invitations."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from .services.invitations import MAX_IMPORT_ROWS

MAX_IMPORT_BYTES = 1024 * 1024
MAX_TYPED_ADDRESSES = 100
# Far more than any group needs, and well inside the column's range.
MAX_LINK_USES = 100_000


class InvitationLinkForm(forms.Form):
    expires_in_days = forms.IntegerField(
        label=_("Expires after (days)"),
        required=False,
        min_value=1,
        max_value=365,
        help_text=_("From 1 to 365. Leave empty for a link that does not expire."),
    )
    max_uses = forms.IntegerField(
        label=_("Maximum uses"),
        required=False,
        min_value=1,
        max_value=MAX_LINK_USES,
        help_text=_("How many people may join with it. Leave empty for no limit."),
    )

    def expires_at(self, now=None):
        days = self.cleaned_data.get("expires_in_days")
        if not days:
            return None
        return (now or timezone.now()) + timedelta(days=days)


class EmailInvitationsForm(forms.Form):
    addresses = forms.CharField(
        label=_("Email addresses"),
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
        max_length=MAX_TYPED_ADDRESSES * 400,
        help_text=_(
            "One per line: an address, or an address, a comma and the person's name "
            "(anna@example.com, Anna Nowak)."
        ),
        error_messages={"required": _("Type at least one email address.")},
    )

    def clean_addresses(self):
        addresses = self.cleaned_data["addresses"]
        lines = [line for line in addresses.splitlines() if line.strip()]
        if len(lines) > MAX_TYPED_ADDRESSES:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Type at most %(limit)d address here; upload a CSV file for more.",
                    "Type at most %(limit)d addresses here; upload a CSV file for more.",
                    "limit",
                ),
                params={"limit": MAX_TYPED_ADDRESSES},
            )
        return addresses


class InvitationImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv,text/plain"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = gettext(
            "One person per row: email address, then name (optional). At most %(rows)s rows "
            "and 1 MB, saved as UTF-8 (“CSV UTF-8” in Excel, the default in Google Sheets "
            "and LibreOffice). A first row reading “email” is skipped."
        ) % {"rows": number_format(MAX_IMPORT_ROWS, force_grouping=True)}

    def clean_file(self):
        """The file's text, decoded: binary files and other encodings are turned away here."""
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 1 MB. Split it into smaller files.")
            )
        content = upload.read()
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                _(
                    "This file is not a CSV file saved as UTF-8 text. In your spreadsheet, "
                    "choose “Save as” or “Download” → “CSV UTF-8” and upload that file."
                )
            ) from None
        if "\x00" in text:
            raise forms.ValidationError(
                _("This is not a CSV file: it holds binary data. Upload a CSV file.")
            )
        if not text.strip():
            raise forms.ValidationError(_("The file is empty."))
        return text


class InvitationAcceptForm(forms.Form):
    """Accepting an invitation: the group's rules, when it has them, are accepted first."""

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        if group.rules:
            self.fields["accept_rules"] = forms.BooleanField(
                label=_("I have read the rules and accept them"),
                error_messages={"required": _("Accept the rules to join.")},
            )

    @property
    def rules_accepted(self):
        return self.cleaned_data.get("accept_rules", False)
