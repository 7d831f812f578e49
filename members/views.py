from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from groups.models import Membership
from questions.models import Question

from .forms import InterfaceLanguageForm, ProfileForm
from .models import User
from .services import interface_language_update, profile_update


def profile(request, username):
    """Public: anyone may read a member's profile. It never shows an email address."""
    member = get_object_or_404(
        User.objects.active().prefetch_related("languages"), username=username
    )
    memberships = (
        Membership.objects.active()
        .filter(user=member)
        .select_related("group")
        .order_by("group__name")
    )
    recent_questions = Question.objects.filter(author=member).for_listing().newest_first()[:10]
    return render(
        request,
        "members/profile.html",
        {"member": member, "memberships": memberships, "recent_questions": recent_questions},
    )


@require_POST
def interface_language_set(request):
    """Anyone may switch the interface language. It is kept in a cookie and, for a
    signed-in member, on their profile."""
    form = InterfaceLanguageForm(request.POST)
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("home")
    response = redirect(next_url)
    if form.is_valid():
        language_code = form.cleaned_data["language"]
        if request.user.is_authenticated:
            interface_language_update(member=request.user, language_code=language_code)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language_code,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


@login_required
def profile_edit(request):
    """Signed-in members edit only their own profile."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        profile_update(
            member=request.user,
            display_name=form.cleaned_data["display_name"],
            headline=form.cleaned_data["headline"],
            city=form.cleaned_data["city"],
            country=form.cleaned_data["country"],
            languages=form.cleaned_data["languages"],
            reading_languages=form.cleaned_data["reading_languages"],
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile", username=request.user.username)
    return render(request, "members/profile_edit.html", {"form": form})
