from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Case, Prefetch, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_filters.views import FilterView

from conversations.permissions import members_open_to, refusal_from_facts, with_message_facts
from groups.models import Membership
from questions.models import Question
from recruitcommunity.pagination import BoundedPaginator
from recruitcommunity.ratelimits import rate_limited
from recruitcommunity.redirects import safe_next_url

from .filters import MemberFilter, members_for_listing
from .forms import InterfaceLanguageForm, ProfileForm, spoken_language_formset
from .models import SpokenLanguage, User
from .services import interface_language_update, profile_update

LEVEL_ORDER = Case(
    *(When(level=level, then=Value(rank)) for rank, level in enumerate(SpokenLanguage.Level)),
)


def profile(request, username):
    """Anyone may read a public profile; one shown only to the member's groups is a 404 for
    everyone else (the owner and staff always see it). It never shows an email address."""
    spoken_languages = SpokenLanguage.objects.select_related("language").order_by(
        LEVEL_ORDER, "language__name"
    )
    members = User.objects.active().visible_to(request.user)
    if request.user.is_authenticated:
        # Whether the viewer may write to the member, in the same query.
        members = with_message_facts(members, request.user)
    member = get_object_or_404(
        members.prefetch_related(Prefetch("spoken_languages", queryset=spoken_languages)),
        username=username,
    )
    memberships = (
        Membership.objects.active()
        .filter(user=member)
        .select_related("group")
        .order_by("group__name")
    )
    recent_questions = (
        Question.objects.visible().filter(author=member).for_listing().newest_first()[:10]
    )
    writes = request.user.is_authenticated and request.user.pk != member.pk
    return render(
        request,
        "members/profile.html",
        {
            "member": member,
            "memberships": memberships,
            "recent_questions": recent_questions,
            "shows_message_tools": writes and not member.is_former_member,
            "may_message": writes and refusal_from_facts(request.user, member) is None,
        },
    )


@require_POST
def interface_language_set(request):
    """Anyone may switch the interface language. It is kept in a cookie and, for a
    signed-in member, on their profile."""
    form = InterfaceLanguageForm(request.POST)
    response = redirect(safe_next_url(request, request.POST.get("next"), reverse("home")))
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
@rate_limited("profile")
def profile_edit(request):
    """Signed-in members edit only their own profile."""
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = ProfileForm(data, files, instance=request.user)
    spoken_formset = spoken_language_formset(data, request.user)
    if request.method == "POST" and form.is_valid() and spoken_formset.is_valid():
        profile_update(
            member=request.user,
            display_name=form.cleaned_data["display_name"],
            headline=form.cleaned_data["headline"],
            city=form.cleaned_data["city"],
            country=form.cleaned_data["country"],
            reading_languages=form.cleaned_data["reading_languages"],
            spoken_languages=spoken_formset.spoken_languages,
            specialisms=form.cleaned_data["specialisms"],
            years_in_recruiting=form.cleaned_data["years_in_recruiting"],
            bio=form.cleaned_data["bio"],
            linkedin_url=form.cleaned_data["linkedin_url"],
            profile_visibility=form.cleaned_data["profile_visibility"],
            time_zone=form.cleaned_data["time_zone"],
            avatar=form.cleaned_data["avatar"],
            remove_avatar=form.cleaned_data["remove_avatar"],
            message_policy=form.cleaned_data["message_policy"] or None,
            message_emails=form.cleaned_data["message_emails"],
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:profile", username=request.user.username)
    return render(
        request,
        "members/profile_edit.html",
        {"form": form, "spoken_formset": spoken_formset, "current_avatar": request.user.avatar},
    )


class MemberDirectoryView(FilterView):
    """Every member whose profile the visitor may see, filtered by country, language,
    specialism and text."""

    filterset_class = MemberFilter
    template_name = "members/member_directory.html"
    context_object_name = "members"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator
    strict = False

    def get_queryset(self):
        return members_for_listing(User.objects.active().visible_to(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # "Send a message" on the cards of members who accept the viewer's messages.
        context["messageable_ids"] = members_open_to(self.request.user, context["members"])
        return context
