"""Forms of the account itself: signing up, and deleting the account."""

from allauth.account import app_settings as allauth_settings
from allauth.account.forms import AddEmailForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.internal.flows.email_verification import (
    send_verification_email_to_address,
)
from allauth.account.models import EmailAddress
from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form (settings.ACCOUNT_FORMS), with two changes:

    - an address that already has an account is not reported on the form: allauth's
      enumeration prevention takes over (an "account already exists" email to the owner,
      and the same "check your inbox" page everyone sees, members.stages);
    - the honeypot field is hidden by a class of site.css, not by an inline style (the
      Content-Security-Policy refuses those); the template hides its wrapper from screen
      readers too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        honeypot = allauth_settings.SIGNUP_FORM_HONEYPOT_FIELD
        if honeypot and honeypot in self.fields:
            field = self.fields[honeypot]
            field.label = _("Leave this field empty")
            field.widget.attrs = {"tabindex": "-1", "autocomplete": "off"}

    @property
    def honeypot_field(self):
        name = allauth_settings.SIGNUP_FORM_HONEYPOT_FIELD
        return self[name] if name and name in self.fields else None

    def visible_fields(self):
        honeypot = allauth_settings.SIGNUP_FORM_HONEYPOT_FIELD
        return [field for field in super().visible_fields() if field.name != honeypot]

    def validate_unique_email(self, value):
        try:
            return super().validate_unique_email(value)
        except forms.ValidationError as error:
            # With optional verification allauth refuses a taken address right here, which
            # would tell anyone that it has an account.
            if error.code != "email_taken":
                raise
            self.account_already_exists = True
            return value


class ChangeEmailForm(AddEmailForm):
    """The new address waits, unconfirmed, beside the current one, which stays the login and
    the address we write to until the new one is confirmed (then allauth drops the old one).

    allauth replaces every unconfirmed address when a change starts, which for a member who
    has not confirmed the address they signed up with would leave the account without any
    (settings.ACCOUNT_FORMS)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("New email address")

    def save(self, request):
        with transaction.atomic():
            EmailAddress.objects.filter(user=self.user, verified=False, primary=False).delete()
            address = EmailAddress.objects.create(
                user=self.user, email=self.cleaned_data["email"].lower()
            )
        send_verification_email_to_address(request, address)
        return address


class AccountDeleteForm(forms.Form):
    """The member confirms with their password, or, when they have none (signed up with
    LinkedIn), by typing their email address."""

    confirmation = forms.CharField(strip=False, max_length=254)

    def __init__(self, *args, member, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member
        field = self.fields["confirmation"]
        if self.asks_for_password:
            field.label = _("Your password")
            field.widget = forms.PasswordInput(attrs={"autocomplete": "current-password"})
            field.help_text = _("Type your password to confirm that you are deleting your account.")
        else:
            field.label = _("Your email address")
            field.widget = forms.EmailInput(attrs={"autocomplete": "off"})
            field.help_text = _(
                "Type the email address of your account to confirm that you are deleting it."
            )

    @property
    def asks_for_password(self):
        return self.member.has_usable_password()

    def clean_confirmation(self):
        value = self.cleaned_data["confirmation"]
        if self.asks_for_password:
            if not self.member.check_password(value):
                raise forms.ValidationError(
                    _("That is not your password. Your account has not been deleted."),
                    code="wrong_password",
                )
        elif value.strip().lower() != self.member.email.lower():
            raise forms.ValidationError(
                _("That is not the email address of your account. It has not been deleted."),
                code="wrong_email",
            )
        return value
