from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_filters.views import FilterView

from members.permissions import can_post, verified_member_required
from questions.forms import QuestionForm
from questions.models import Question
from questions.services import question_ask
from recruitcommunity.i18n import interface_language_code

from .filters import GroupFilter
from .models import Group, Membership
from .services import MembershipError, membership_join, membership_leave


class GroupDirectoryView(FilterView):
    """Public: the directory of groups, filtered by country, language and text."""

    filterset_class = GroupFilter
    template_name = "groups/group_list.html"
    context_object_name = "groups"
    paginate_by = settings.PAGE_SIZE
    strict = False

    def get_queryset(self):
        return Group.objects.for_listing()


def group_detail(request, slug):
    """Public: anyone may read a group's page."""
    group = get_object_or_404(Group.objects.prefetch_related("languages"), slug=slug)
    membership = None
    if request.user.is_authenticated:
        membership = Membership.objects.filter(group=group, user=request.user).first()
    recent_questions = (
        Question.objects.filter(group=group).for_listing().newest_first()[: settings.PAGE_SIZE]
    )
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "membership": membership,
            "recent_questions": recent_questions,
            "can_post": can_post(request.user),
        },
    )


@require_POST
@verified_member_required
def group_join(request, slug):
    """Members with a confirmed email join open groups or ask to join the others."""
    group = get_object_or_404(Group, slug=slug)
    membership = membership_join(group=group, user=request.user)
    if membership.is_active:
        messages.success(request, _("Welcome to %(group)s!") % {"group": group.name})
    else:
        messages.info(
            request,
            _("Your request to join %(group)s has been sent to its moderators.")
            % {"group": group.name},
        )
    return _membership_actions_or_redirect(request, group, membership)


@require_POST
@login_required
def group_leave(request, slug):
    """Signed-in members leave a group they belong to (or withdraw a request)."""
    group = get_object_or_404(Group, slug=slug)
    try:
        membership_leave(group=group, user=request.user)
    except MembershipError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have left %(group)s.") % {"group": group.name})
    membership = Membership.objects.filter(group=group, user=request.user).first()
    return _membership_actions_or_redirect(request, group, membership)


def _membership_actions_or_redirect(request, group, membership):
    """htmx swaps the join/leave block in place; a plain form post goes back to the group."""
    if request.htmx:
        group.refresh_from_db(fields=["member_count"])
        return render(
            request,
            "groups/_membership_actions.html",
            {"group": group, "membership": membership},
        )
    return redirect(group)


@verified_member_required
def group_ask(request, slug):
    """Any member with a confirmed email may ask any group, member of it or not."""
    group = get_object_or_404(Group.objects.prefetch_related("languages"), slug=slug)
    form = QuestionForm(request.POST or None, initial={"language": interface_language_code()})
    if request.method == "POST" and form.is_valid():
        question = question_ask(group=group, author=request.user, **form.cleaned_data)
        messages.success(
            request, _("Your question has been posted to %(group)s.") % {"group": group.name}
        )
        return redirect(question)
    return render(request, "groups/group_ask.html", {"group": group, "form": form})
