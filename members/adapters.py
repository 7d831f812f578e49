from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.contrib import messages
from django.contrib.auth import get_user_model

ALLAUTH_EMAIL_VERIFICATION_STAGE = "allauth.account.stages.EmailVerificationStage"


class AccountAdapter(DefaultAccountAdapter):
    """The place to shape allauth's flows for the community (kept thin on purpose)."""

    def get_login_stages(self):
        return [
            "members.stages.SignupEmailVerificationStage"
            if path == ALLAUTH_EMAIL_VERIFICATION_STAGE
            else path
            for path in super().get_login_stages()
        ]

    def confirm_email(self, request, email_address):
        """Refuse an address that another account still uses as its (unconfirmed) login:
        confirming it would give two members the same email."""
        taken = (
            get_user_model()
            .objects.filter(email__iexact=email_address.email)
            .exclude(pk=email_address.user_id)
            .exists()
        )
        if taken:
            self.add_message(
                request,
                messages.ERROR,
                "account/messages/email_confirmation_failed.txt",
                {"email": email_address.email},
            )
            return False
        return super().confirm_email(request, email_address)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Signing in with LinkedIn (OpenID Connect)."""

    def authenticate_by_email(self, sociallogin):
        """A LinkedIn sign-in whose address LinkedIn has verified signs in to the local
        account with that address, and connects LinkedIn to it, only when the member has
        confirmed that address here too. An unconfirmed local address may have been typed
        by someone else; such an account is never taken over."""
        verified_by_provider = {
            address.email.lower() for address in sociallogin.email_addresses if address.verified
        }
        for email in verified_by_provider:
            if not self.can_authenticate_by_email(sociallogin, email):
                continue
            address = (
                EmailAddress.objects.filter(
                    email__iexact=email, verified=True, user__is_active=True
                )
                .select_related("user")
                .first()
            )
            if address is not None:
                return address.user, email
        return None

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        name = (data.get("name") or "").strip()
        if not name:
            name = " ".join(
                part for part in (data.get("first_name"), data.get("last_name")) if part
            )
        max_length = user._meta.get_field("display_name").max_length
        user.display_name = name[:max_length]
        return user
