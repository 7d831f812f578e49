"""Inviting people into a group (shareable links, emails typed in or imported from a CSV
file) and accepting an invitation. Managing starts from groups.permissions; accepting starts
from the invitation's token, which is all a visitor has."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from members.permissions import verified_member_required
from recruitcommunity.forms import posted_data
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.ratelimits import rate_limited

from ..invitation_forms import (
    EmailInvitationsForm,
    InvitationAcceptForm,
    InvitationImportForm,
    InvitationLinkForm,
)
from ..models import EmailInvitation, InvitationLink
from ..permissions import group_for_moderator, membership_of
from ..services import (
    MembershipError,
    email_invitation_accept,
    invitation_link_create,
    invitation_link_revoke,
    invitation_link_use,
    invitations_import_csv,
)
from .moderation import _manage_context, _page

RECENT_SPENT_LINKS = 10
EMAIL_INVITATION_FILTERS = ("all", "pending", "accepted")


# Managing ----------------------------------------------------------------------------------


def _link_state(link, now):
    if link.revoked_at is not None:
        return _("revoked")
    if link.expires_at is not None and link.expires_at <= now:
        return _("expired")
    if link.max_uses is not None and link.use_count >= link.max_uses:
        return _("used up")
    return _("active")


def _link_rows(request, links, now):
    return [
        {
            "link": link,
            "url": request.build_absolute_uri(link.get_absolute_url()),
            "state": _link_state(link, now),
        }
        for link in links
    ]


def _email_invitations(request, group):
    """(page of invitations, the filter in use, counts by state)."""
    invitations = group.email_invitations.all()
    counts = invitations.aggregate(
        total=Count("pk"),
        sent=Count("pk", filter=Q(sent_at__isnull=False)),
        accepted=Count("pk", filter=Q(accepted_at__isnull=False)),
        pending=Count("pk", filter=Q(accepted_at__isnull=True, revoked_at__isnull=True)),
    )
    shown = request.GET.get("status")
    if shown not in EMAIL_INVITATION_FILTERS:
        shown = "all"
    if shown == "pending":
        invitations = invitations.filter(accepted_at__isnull=True, revoked_at__isnull=True)
    elif shown == "accepted":
        invitations = invitations.filter(accepted_at__isnull=False)
    invitations = invitations.select_related("invited_by", "accepted_by").order_by(
        "-created_at", "-pk"
    )
    return _page(request, invitations), shown, counts


def _report_messages(request, report):
    if report.invited:
        messages.success(
            request,
            ngettext(
                "%(count)s invitation is on its way.",
                "%(count)s invitations are on their way.",
                report.invited,
            )
            % {"count": report.invited},
        )
    if report.already_invited:
        messages.info(
            request,
            ngettext(
                "%(count)s address had been invited before; nobody is invited twice.",
                "%(count)s addresses had been invited before; nobody is invited twice.",
                report.already_invited,
            )
            % {"count": report.already_invited},
        )


def _report_page(request, group, membership, report, source):
    return render(
        request,
        "groups/manage/invitations_report.html",
        _manage_context(request, group, membership, report=report, source=source),
    )


@verified_member_required
@rate_limited("invitation")
def manage_invitations(request, slug):
    """Moderators, the owner and staff share invitation links and invite people by email."""
    group, membership = group_for_moderator(request.user, slug)
    link_form = InvitationLinkForm(prefix="link")
    email_form = EmailInvitationsForm(prefix="invite")
    if request.method == "POST":
        submitted = request.POST.get("form")
        if submitted == "link":
            link_form = InvitationLinkForm(request.POST, prefix="link")
            if link_form.is_valid():
                manage_url = reverse("groups:manage_invitations", kwargs={"slug": group.slug})
                try:
                    submit_once(
                        request,
                        lambda: invitation_link_create(
                            group=group,
                            creator=request.user,
                            expires_at=link_form.expires_at(),
                            max_uses=link_form.cleaned_data["max_uses"],
                        ),
                        url_of=lambda link: manage_url,
                    )
                except AlreadySubmitted as repeat:
                    return repeat.response(request, fallback=manage_url)
                messages.success(request, _("A new invitation link is ready to share."))
                return redirect(manage_url)
        elif submitted == "emails":
            email_form = EmailInvitationsForm(request.POST, prefix="invite")
            if email_form.is_valid():
                try:
                    report = invitations_import_csv(
                        group=group,
                        inviter=request.user,
                        text=email_form.cleaned_data["addresses"],
                    )
                except MembershipError as error:
                    email_form.add_error("addresses", error.message)
                else:
                    if report.rejected:
                        return _report_page(request, group, membership, report, source=None)
                    _report_messages(request, report)
                    return redirect("groups:manage_invitations", slug=group.slug)
        else:
            return HttpResponseBadRequest()

    now = timezone.now()
    links = group.invitation_links.select_related("created_by").order_by("-created_at", "-pk")
    usable_links = links.usable(now)
    spent_links = links.exclude(pk__in=usable_links.values("pk"))[:RECENT_SPENT_LINKS]
    page_obj, shown, counts = _email_invitations(request, group)
    return render(
        request,
        "groups/manage/invitations.html",
        _manage_context(
            request,
            group,
            membership,
            link_form=link_form,
            email_form=email_form,
            usable_links=_link_rows(request, usable_links, now),
            spent_links=_link_rows(request, spent_links, now),
            page_obj=page_obj,
            shown=shown,
            counts=counts,
        ),
    )


@require_POST
@verified_member_required
def link_revoke(request, slug, link_id):
    group, _membership = group_for_moderator(request.user, slug)
    # Only this group's links: another group's id is a 404.
    link = get_object_or_404(InvitationLink, group=group, pk=link_id)
    invitation_link_revoke(link=link, moderator=request.user)
    messages.success(request, _("The link was revoked: nobody else can join with it."))
    return redirect("groups:manage_invitations", slug=group.slug)


@verified_member_required
@rate_limited("invitation")
def invitations_import(request, slug):
    """Moderators invite a whole community at once from a CSV file (email, name)."""
    group, membership = group_for_moderator(request.user, slug)
    form = InvitationImportForm(
        posted_data(request), request.FILES if request.method == "POST" else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            report = invitations_import_csv(
                group=group, inviter=request.user, text=form.cleaned_data["file"]
            )
        except MembershipError as error:
            form.add_error("file", error.message)
        else:
            return _report_page(
                request, group, membership, report, source=request.FILES["file"].name
            )
    return render(
        request,
        "groups/manage/invitations_import.html",
        _manage_context(request, group, membership, form=form),
    )


# Accepting ---------------------------------------------------------------------------------


def _link_problem(link):
    """Why the link no longer admits anyone, or None."""
    if link.revoked_at is not None:
        return _("This invitation link was withdrawn by the group's moderators.")
    if link.expires_at is not None and link.expires_at <= timezone.now():
        return _("This invitation link has expired.")
    if link.max_uses is not None and link.use_count >= link.max_uses:
        return _("This invitation link has been used as many times as it allows.")
    return None


def _email_invitation_problem(invitation):
    if invitation.revoked_at is not None:
        return _("This invitation was withdrawn by the group's moderators.")
    if invitation.accepted_at is not None:
        return _("This invitation has already been accepted.")
    return None


def invitation_link(request, token):
    """Anyone with the link sees the group; members with a confirmed email join with it."""
    link = get_object_or_404(
        InvitationLink.objects.select_related("group", "created_by"), token=token
    )
    return _invitation_page(
        request,
        link,
        inviter=link.created_by,
        problem_of=_link_problem,
        accept=lambda user, accept_rules: invitation_link_use(
            link=link, user=user, accept_rules=accept_rules
        ),
    )


def email_invitation(request, token):
    """The page an invitation email links to; it admits one person."""
    invitation = get_object_or_404(
        EmailInvitation.objects.select_related("group", "invited_by"), token=token
    )
    return _invitation_page(
        request,
        invitation,
        inviter=invitation.invited_by,
        problem_of=_email_invitation_problem,
        accept=lambda user, accept_rules: email_invitation_accept(
            invitation=invitation, user=user, accept_rules=accept_rules
        ),
    )


def _invitation_page(request, invitation, *, inviter, problem_of, accept):
    group = invitation.group
    context = {"group": group, "inviter": inviter}
    membership = membership_of(request.user, group)
    if membership is not None and membership.is_active:
        messages.info(request, _("You are already a member of %(group)s.") % {"group": group.name})
        return redirect(group)
    problem = problem_of(invitation)
    if problem:
        return _gone(request, context, problem)
    if not request.user.is_authenticated:
        return render(request, "groups/invitation_accept.html", context)
    return _invitation_accept(
        request,
        invitation,
        membership=membership,
        context=context,
        problem_of=problem_of,
        accept=accept,
    )


def _gone(request, context, problem):
    return render(
        request, "groups/invitation_accept.html", {**context, "problem": problem}, status=410
    )


@verified_member_required
@rate_limited("join")
def _invitation_accept(request, invitation, *, membership, context, problem_of, accept):
    group = invitation.group
    if membership is not None and membership.is_banned:
        refusal = _("You cannot join this group.")
        return render(
            request, "groups/invitation_accept.html", {**context, "refusal": refusal}, status=403
        )
    form = InvitationAcceptForm(posted_data(request), group=group)
    if request.method == "POST" and form.is_valid():
        try:
            joined = accept(user=request.user, accept_rules=form.rules_accepted)
        except MembershipError as error:
            # Someone else may have used the last place, or a moderator acted meanwhile.
            invitation.refresh_from_db()
            problem = problem_of(invitation)
            if problem:
                return _gone(request, context, problem)
            membership = membership_of(request.user, group)
            if membership is not None and membership.is_banned:
                return render(
                    request,
                    "groups/invitation_accept.html",
                    {**context, "refusal": error.message},
                    status=403,
                )
            form.add_error(None, error.message)
        else:
            if joined.is_active:
                messages.success(request, _("Welcome to %(group)s!") % {"group": group.name})
            else:
                messages.info(
                    request,
                    _("Your request to join %(group)s is waiting for a moderator.")
                    % {"group": group.name},
                )
            return redirect(group)
    return render(request, "groups/invitation_accept.html", {**context, "form": form})
