"""allauth login stages of our own."""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.stages import EmailVerificationStage


class SignupEmailVerificationStage(EmailVerificationStage):
    """Every sign-up ends on the "check your inbox" page, signed out, as if verification
    were mandatory; signing in later works with an unconfirmed address (reading is open to
    everyone, posting waits for the confirmation).

    That is what makes a sign-up with an address that already has an account look exactly
    like any other: allauth then sends the owner an "account already exists" email and shows
    the same page, instead of signing a new member in. Following the confirmation link in
    the same browser signs the new member in (ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION). The
    stage keeps allauth's key, so allauth's own confirmation view finds it."""

    def handle(self):
        if self.login.signup and self.login.email_verification == EmailVerificationMethod.OPTIONAL:
            self.login.email_verification = EmailVerificationMethod.MANDATORY
        return super().handle()
