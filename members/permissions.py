"""Who may do what, as far as the account itself is concerned."""

from functools import wraps

from allauth.account.models import EmailAddress
from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse


def has_verified_email(user):
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_has_verified_email", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._has_verified_email = cached
    return cached


def can_post(user):
    """Members post questions and answers once their email address is confirmed."""
    return user.is_authenticated and user.is_active and has_verified_email(user)


def verified_member_required(view):
    """Anonymous visitors are sent to sign in; signed-in members whose email is not yet
    confirmed get a 403 page that tells them how to confirm it."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_post(request.user):
            return TemplateResponse(request, "members/verify_email_first.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper
