"""Reporting, the moderation queues, the moderators' actions and the moderation log.

Every view starts from a permission-checked getter in moderation.permissions (or
groups.permissions for a group's pages); services in moderation.services do every write,
and their refusals (DomainError) come back as a form error or a message."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from groups.permissions import group_for_moderator, may_manage_moderators
from members.permissions import verified_member_required
from recruitcommunity.exceptions import DomainError
from recruitcommunity.forms import posted_data
from recruitcommunity.ratelimits import rate_limited
from recruitcommunity.redirects import safe_next_url

from . import selectors, services
from .forms import FlagForm, ReasonForm
from .models import Flag, ModerationAction
from .permissions import (
    author_of,
    question_of,
    scope_group_for_member,
    staff_required,
    target_for_moderator,
    target_for_reporter,
)

# What each action applies to ("content": questions, answers, comments and events).
ACTIONS = {
    "hide": {"question", "answer", "comment", "event"},
    "restore": {"question", "answer", "comment", "event"},
    "lock": {"question"},
    "unlock": {"question"},
    "approve": {"question", "answer"},
    "reject": {"question", "answer"},
    "dismiss": {"question", "answer", "comment", "event", "member"},
    "uphold": {"question", "answer", "comment", "event", "member"},
    "remove": {"question", "answer", "comment", "member"},
    "ban": {"question", "answer", "comment", "member"},
}


def _page(request, queryset, name="page"):
    return Paginator(queryset, settings.PAGE_SIZE).get_page(request.GET.get(name))


def target_url(target):
    """Where the target is read: a post in its thread, an event's page, a profile."""
    return target.get_absolute_url()


def _safe_next(request, default):
    candidate = request.POST.get("next") or request.GET.get("next")
    return safe_next_url(request, candidate, default)


# Reporting -------------------------------------------------------------------------------


@verified_member_required
@rate_limited("flag")
def report(request, kind, pk):
    """Members with a confirmed email report what they can see; 404 for anything else.
    A member reported from a group's pages (``?group=<slug>``) goes to that group's
    moderators, else to staff."""
    target = target_for_reporter(request.user, kind, pk)
    group_slug = request.POST.get("group") or request.GET.get("group") or ""
    group = scope_group_for_member(target, group_slug) if kind == "member" else None
    back = _safe_next(request, target_url(target))
    already = Flag.objects.open().of(target).filter(reporter=request.user).exists()
    form = FlagForm(posted_data(request))
    if request.method == "POST" and not already and form.is_valid():
        try:
            services.flag_create(
                reporter=request.user,
                target=target,
                group=group,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except services.AlreadyReported:
            already = True
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("Thank you for your report. The moderators will look at it.")
            )
            return redirect(back)
    if already and request.method == "POST":
        messages.info(request, _("You already reported this. The moderators will look at it."))
        return redirect(back)
    return render(
        request,
        "moderation/report.html",
        {
            "form": form,
            "kind": kind,
            "target": target,
            "thread": question_of(target),
            "group": group,
            "already": already,
            "next": back,
        },
    )


# Acting ----------------------------------------------------------------------------------


def _applies(action, kind, target, group):
    if kind not in ACTIONS[action]:
        return False
    if action in ("approve", "reject"):
        return target.held_at is not None
    if action in ("remove", "ban"):
        return group is not None and author_of(target) is not None
    return True


SUCCESS = {
    "hide": gettext_lazy("Hidden. It stays in the moderation log and can be restored."),
    "restore": gettext_lazy("Restored: everyone can see it again."),
    "lock": gettext_lazy("The thread is locked."),
    "unlock": gettext_lazy("The thread is open again."),
    "approve": gettext_lazy("Approved and published."),
    "reject": gettext_lazy("Rejected: the post stays hidden."),
    "remove": gettext_lazy("%(name)s was removed from the group."),
    "ban": gettext_lazy("%(name)s is banned from the group."),
}


def _perform(action, *, target, group, moderator, reason):
    """Run the action; returns the message to show."""
    if action == "hide":
        services.content_hide(target=target, moderator=moderator, reason=reason)
    elif action == "restore":
        services.content_restore(target=target, moderator=moderator, reason=reason)
    elif action == "lock":
        services.question_lock(question=target, moderator=moderator, reason=reason)
    elif action == "unlock":
        services.question_unlock(question=target, moderator=moderator, reason=reason)
    elif action == "approve":
        services.post_approve(post=target, moderator=moderator)
    elif action == "reject":
        services.post_reject(post=target, moderator=moderator, reason=reason)
    elif action in ("dismiss", "uphold"):
        close = services.flags_dismiss if action == "dismiss" else services.flags_uphold
        closed = close(target=target, moderator=moderator, group=group, reason=reason)
        if action == "dismiss":
            return ngettext(
                "%(count)d report dismissed.", "%(count)d reports dismissed.", closed
            ) % {"count": closed}
        return ngettext(
            "%(count)d report marked as handled.", "%(count)d reports marked as handled.", closed
        ) % {"count": closed}
    else:
        member = services.author_remove(
            target=target, moderator=moderator, group=group, reason=reason, ban=action == "ban"
        )
        return SUCCESS[action] % {"name": member.public_name}
    return SUCCESS[action]


@verified_member_required
def act(request, kind, pk, action):
    """The group's moderators, its owner and staff act on reported or held content, on a
    thread, or on a member (for a member, ``group`` names the group, none for staff's
    site-wide reports). GET shows a page to confirm with a reason; POST acts."""
    if action not in ACTIONS:
        raise Http404
    group_slug = request.POST.get("group") or request.GET.get("group") or ""
    target, group = target_for_moderator(request.user, kind, pk, group_slug=group_slug)
    if not _applies(action, kind, target, group):
        raise Http404
    default_back = target_url(target)
    back = _safe_next(request, default_back)
    form = ReasonForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"].strip()
        if action == "hide" and not reason:
            reason = services.reason_from_reports(target, group)
        if action == "hide" and not reason:
            form.add_error("reason", _("Say why it is hidden: the reason is kept with it."))
        else:
            try:
                message = _perform(
                    action, target=target, group=group, moderator=request.user, reason=reason
                )
            except DomainError as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, message)
                return redirect(back)
    return render(
        request,
        "moderation/confirm.html",
        {
            "form": form,
            "action": action,
            "kind": kind,
            "target": target,
            "thread": question_of(target),
            "group": group,
            "next": back,
        },
    )


# Queues ----------------------------------------------------------------------------------


def _queue_context(request, flags):
    page_obj = _page(request, selectors.reported_targets(flags))
    return {"page_obj": page_obj, "items": selectors.queue_items(page_obj.object_list)}


@verified_member_required
def group_queue(request, slug):
    """The group's moderators, its owner and staff: open reports about the group's content
    and members, and the posts waiting for approval. Other groups' moderators get a 403."""
    group, membership = group_for_moderator(request.user, slug)
    context = _queue_context(request, Flag.objects.for_group(group))
    return render(
        request,
        "moderation/group_queue.html",
        {
            **context,
            "group": group,
            "membership": membership,
            "may_manage_moderators": may_manage_moderators(request.user, membership),
            "pending_count": group.memberships.pending().count(),
            "held": selectors.held_posts(group),
        },
    )


@verified_member_required
def staff_queue(request):
    """Staff only: every open report, in groups and outside them (members reported from
    their profiles)."""
    staff_required(request.user)
    context = _queue_context(request, Flag.objects.all())
    return render(request, "moderation/staff_queue.html", context)


@verified_member_required
def group_log(request, slug):
    """The group's moderators, its owner and staff: every moderation action in the group,
    newest first."""
    group, membership = group_for_moderator(request.user, slug)
    actions = ModerationAction.objects.for_group(group).for_listing()
    return render(
        request,
        "moderation/group_log.html",
        {
            "group": group,
            "membership": membership,
            "may_manage_moderators": may_manage_moderators(request.user, membership),
            "pending_count": group.memberships.pending().count(),
            "page_obj": _page(request, actions),
        },
    )
