from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from groups.models import Membership
from questions.models import Question

from .forms import ProfileForm
from .models import User
from .services import profile_update


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
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile", username=request.user.username)
    return render(request, "members/profile_edit.html", {"form": form})
