from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.permissions import verified_member_required
from recruitcommunity.forms import posted_data
from recruitcommunity.ratelimits import rate_limited

from ..forms import JoinForm
from ..models import Group
from ..permissions import may_moderate, membership_of
from ..services import MembershipError, membership_join, membership_leave


@verified_member_required
@rate_limited("join")
def group_join(request, slug):
    """Members with a confirmed email join open groups, or ask to join the others (answering
    the admission questions and accepting the rules where the group has them). Groups that
    admit by invitation are joined through an invitation."""
    group = get_object_or_404(Group, slug=slug)
    membership = membership_of(request.user, group)
    if membership is not None and membership.status in ("active", "pending"):
        return redirect(group)
    if membership is not None and membership.is_banned:
        return render(
            request,
            "groups/group_join.html",
            {"group": group, "membership": membership, "form": None},
            status=403,
        )
    form = JoinForm(posted_data(request), group=group)
    if request.method == "POST" and form.is_valid():
        try:
            membership = membership_join(
                group=group,
                user=request.user,
                admission_answers=form.admission_answers,
                accept_rules=form.cleaned_data.get("accept_rules", False),
            )
        except MembershipError as error:
            if not form.fields:
                messages.error(request, error.message)
                return redirect(group)
            form.add_error(None, error.message)
        else:
            if membership.is_active:
                messages.success(request, _("Welcome to %(group)s!") % {"group": group.name})
            else:
                messages.info(
                    request,
                    _("Your request to join %(group)s has been sent to its moderators.")
                    % {"group": group.name},
                )
            return _membership_actions_or_redirect(request, group, membership)
    return render(
        request, "groups/group_join.html", {"group": group, "form": form, "membership": membership}
    )


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
    return _membership_actions_or_redirect(request, group, membership_of(request.user, group))


def _membership_actions_or_redirect(request, group, membership):
    """htmx swaps the join/leave block in place; a plain form post goes back to the group."""
    if request.htmx:
        group.refresh_from_db(fields=["member_count"])
        return render(
            request,
            "groups/_membership_actions.html",
            {
                "group": group,
                "membership": membership,
                "can_moderate": may_moderate(request.user, membership),
            },
        )
    return redirect(group)
