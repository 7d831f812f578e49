"""Running a group: join requests, members, bans, ownership, settings and the audit log.
Every view starts from a permission-checked getter in groups.permissions."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.permissions import verified_member_required
from recruitcommunity.forms import posted_data
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.pagination import BoundedPaginator
from recruitcommunity.ratelimits import rate_limited

from ..forms import DecisionForm, GroupForm, ReasonForm, TransferForm
from ..models import Membership, MembershipEvent
from ..permissions import (
    group_for_moderator,
    group_for_owner,
    may_manage_moderators,
    membership_in_group_or_404,
)
from ..services import (
    MembershipError,
    group_create,
    group_update,
    membership_approve,
    membership_ban,
    membership_decline,
    membership_demote,
    membership_promote,
    membership_remove,
    membership_unban,
    ownership_transfer,
)


def _page(request, queryset):
    return BoundedPaginator(queryset, settings.PAGE_SIZE).get_page(request.GET.get("page"))


def _manage_context(request, group, membership, **extra):
    return {
        "group": group,
        "membership": membership,
        "may_manage_moderators": may_manage_moderators(request.user, membership),
        "pending_count": group.memberships.pending().count(),
        **extra,
    }


@verified_member_required
def join_requests(request, slug):
    """Moderators, the owner and staff see pending requests with the applicants' answers."""
    group, membership = group_for_moderator(request.user, slug)
    pending = (
        group.memberships.pending().select_related("user", "group").order_by("requested_at", "pk")
    )
    return render(
        request,
        "groups/manage/requests.html",
        _manage_context(
            request, group, membership, page_obj=_page(request, pending), form=DecisionForm()
        ),
    )


@require_POST
@verified_member_required
def join_request_decide(request, slug, user_id, decision):
    if decision not in ("approve", "decline"):
        raise Http404
    group, _moderator_membership = group_for_moderator(request.user, slug)
    applicant = membership_in_group_or_404(group, user_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["message"]))
        return redirect("groups:manage_requests", slug=group.slug)
    message = form.cleaned_data["message"]
    try:
        if decision == "approve":
            membership_approve(membership=applicant, moderator=request.user, message=message)
            messages.success(
                request, _("%(name)s is now a member.") % {"name": applicant.user.public_name}
            )
        else:
            membership_decline(membership=applicant, moderator=request.user, message=message)
            messages.success(
                request,
                _("The request from %(name)s was declined.") % {"name": applicant.user.public_name},
            )
    except MembershipError as error:
        messages.error(request, error.message)
    return redirect("groups:manage_requests", slug=group.slug)


@verified_member_required
def group_members(request, slug):
    """Moderators manage members: promote, demote, remove, ban, hand over ownership."""
    group, membership = group_for_moderator(request.user, slug)
    query = request.GET.get("q", "").strip()
    members = group.memberships.active().select_related("user").order_by("-role", "joined_at")
    if query:
        members = members.filter(
            Q(user__display_name__icontains=query) | Q(user__username__icontains=query)
        )
    banned = group.memberships.filter(status=Membership.Status.BANNED).select_related("user")
    return render(
        request,
        "groups/manage/members.html",
        _manage_context(
            request,
            group,
            membership,
            page_obj=_page(request, members),
            banned=banned.order_by("-decided_at")[: settings.PAGE_SIZE],
            query=query,
            reason_form=ReasonForm(),
        ),
    )


@require_POST
@verified_member_required
def member_action(request, slug, user_id, action):
    group, membership = group_for_moderator(request.user, slug)
    target = membership_in_group_or_404(group, user_id)
    reason_form = ReasonForm(request.POST)
    if not reason_form.is_valid():
        messages.error(request, " ".join(reason_form.errors["reason"]))
        return redirect("groups:manage_members", slug=group.slug)
    reason = reason_form.cleaned_data["reason"]
    # Staff act with the owner's powers whether or not they belong to the group.
    acting_membership = None if request.user.is_staff else membership
    name = target.user.public_name
    if action in ("promote", "demote") and not may_manage_moderators(request.user, membership):
        raise PermissionDenied
    try:
        if action == "promote":
            membership_promote(group=group, user=target.user, owner=request.user)
            messages.success(request, _("%(name)s is now a moderator.") % {"name": name})
        elif action == "demote":
            membership_demote(group=group, user=target.user, owner=request.user)
            messages.success(request, _("%(name)s is no longer a moderator.") % {"name": name})
        elif action == "remove":
            membership_remove(
                group=group,
                user=target.user,
                moderator=request.user,
                moderator_membership=acting_membership,
                reason=reason,
            )
            messages.success(request, _("%(name)s was removed from the group.") % {"name": name})
        elif action == "ban":
            membership_ban(
                group=group,
                user=target.user,
                moderator=request.user,
                moderator_membership=acting_membership,
                reason=reason,
            )
            messages.success(request, _("%(name)s is banned from the group.") % {"name": name})
        elif action == "unban":
            membership_unban(group=group, user=target.user, moderator=request.user, reason=reason)
            messages.success(request, _("%(name)s may join again.") % {"name": name})
        else:
            raise Http404
    except MembershipError as error:
        messages.error(request, error.message)
    return redirect("groups:manage_members", slug=group.slug)


@verified_member_required
def ownership_transfer_confirm(request, slug, user_id):
    """Only the owner hands the group over, to an active member."""
    group, membership = group_for_owner(request.user, slug)
    if membership is None or not membership.is_owner:
        raise PermissionDenied
    successor = membership_in_group_or_404(group, user_id)
    form = TransferForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            ownership_transfer(group=group, new_owner=successor.user, owner=request.user)
        except MembershipError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("%(name)s now owns %(group)s.")
                % {"name": successor.user.public_name, "group": group.name},
            )
            return redirect(group)
    return render(
        request,
        "groups/manage/transfer.html",
        _manage_context(request, group, membership, successor=successor, form=form),
    )


@verified_member_required
def audit_log(request, slug):
    """Moderators see every membership change in their group: who, when and why."""
    group, membership = group_for_moderator(request.user, slug)
    events = (
        MembershipEvent.objects.filter(group=group)
        .select_related("actor", "member")
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "groups/manage/log.html",
        _manage_context(request, group, membership, page_obj=_page(request, events)),
    )


@verified_member_required
def group_settings(request, slug):
    """The owner, moderators and staff edit the group's settings."""
    group, membership = group_for_moderator(request.user, slug)
    form = GroupForm(posted_data(request), instance=group)
    if request.method == "POST" and form.is_valid():
        group_update(
            group=group,
            editor=request.user,
            languages=form.cleaned_data["languages"],
            **form.group_fields(),
        )
        messages.success(request, _("The group's settings have been saved."))
        return redirect("groups:manage_settings", slug=group.slug)
    if request.method == "POST":
        group.refresh_from_db()
    return render(
        request,
        "groups/manage/settings.html",
        _manage_context(request, group, membership, form=form),
    )


@verified_member_required
@rate_limited("group")
def group_new(request):
    """Any member with a confirmed email creates a group and becomes its owner."""
    form = GroupForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            group = submit_once(
                request,
                lambda: group_create(
                    owner=request.user,
                    languages=form.cleaned_data["languages"],
                    **form.group_fields(),
                ),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request)
        messages.success(
            request,
            _("%(group)s is ready. Invite people you know, or share its link.")
            % {"group": group.name},
        )
        return redirect(group)
    return render(request, "groups/group_new.html", {"form": form})


@verified_member_required
def manage_home(request, slug):
    group_for_moderator(request.user, slug)
    return redirect(reverse("groups:manage_requests", kwargs={"slug": slug}))
