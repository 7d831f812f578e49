from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from groups.models import Group
from members.permissions import can_post
from moderation.permissions import may_see
from questions.models import Question, Topic
from recruitcommunity.forms import posted_data
from recruitcommunity.pagination import BoundedPaginator
from recruitcommunity.ratelimits import rate_limited
from recruitcommunity.redirects import safe_next_url

from .forms import NotificationPreferenceForm
from .models import Notification
from .selectors import questions_for_region
from .services import (
    email_unsubscribe,
    follow,
    is_following,
    notification_open,
    notifications_mark_all_read,
    preference_for,
    preferences_update,
    unfollow,
)
from .tokens import UNSUBSCRIBE_ALL, BadUnsubscribeToken, read_unsubscribe_token

FOLLOWABLE = {"question": Question, "group": Group, "topic": Topic}


def _page(request, queryset):
    return BoundedPaginator(queryset, settings.PAGE_SIZE).get_page(request.GET.get("page"))


# Notifications ---------------------------------------------------------------------------


@login_required
def notification_list(request):
    """Signed-in members (confirmed email or not) read their own notifications."""
    page_obj = _page(request, Notification.objects.for_recipient(request.user).for_listing())
    return render(
        request,
        "notifications/notification_list.html",
        {"page_obj": page_obj, "notifications": page_obj.object_list},
    )


@require_POST
@login_required
def notifications_read(request):
    notifications_mark_all_read(member=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


@login_required
def notification_open_view(request, pk):
    """Only the recipient opens a notification; for anyone else it does not exist."""
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    notification_open(notification=notification)
    return redirect(notification.target_path)


@login_required
def preferences(request):
    form = NotificationPreferenceForm(posted_data(request), instance=preference_for(request.user))
    if request.method == "POST" and form.is_valid():
        preferences_update(member=request.user, **form.cleaned_data)
        messages.success(request, _("Your notification settings have been saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


def _unsubscribe_label(kind):
    if kind == UNSUBSCRIBE_ALL:
        return _("Every notification email")
    return Notification.Kind(kind).label


# Mail clients post to the link in the List-Unsubscribe header without a CSRF token
# (RFC 8058); the signed token is what proves the request comes from the member's email.
@csrf_exempt
def unsubscribe(request, token):
    """Anyone holding the link may turn off the one kind of email it names, signed in or
    not: GET asks to confirm, POST turns it off."""
    try:
        member_id, kind = read_unsubscribe_token(token)
        member = get_user_model().objects.get(pk=member_id)
    except (BadUnsubscribeToken, get_user_model().DoesNotExist):
        return TemplateResponse(request, "notifications/unsubscribe_invalid.html", status=400)
    context = {"token": token, "kind_label": _unsubscribe_label(kind)}
    if request.method == "POST":
        changed = email_unsubscribe(member=member, kind=kind)
        return render(
            request, "notifications/unsubscribe_done.html", {**context, "changed": changed}
        )
    return render(request, "notifications/unsubscribe_confirm.html", context)


# Following -------------------------------------------------------------------------------


def _follow_target(user, target_type, pk):
    model = FOLLOWABLE.get(target_type)
    if model is None:
        raise Http404("Nothing of that kind can be followed")
    target = get_object_or_404(model, pk=pk)
    # A question the moderators hid (or one waiting for approval) is followed only by
    # those who may see it.
    if isinstance(target, Question) and not may_see(user, target):
        raise Http404
    return target


def _target_url(target):
    if isinstance(target, Topic):
        return reverse("notifications:topic", kwargs={"slug": target.slug})
    return target.get_absolute_url()


@require_POST
@login_required
@rate_limited("follow")
def follow_toggle(request, target_type, pk):
    """Members with a confirmed email follow or unfollow a question, group or topic
    (``action`` is "follow" or "unfollow"). htmx swaps the button in place; a plain form
    goes back to the page it came from."""
    target = _follow_target(request.user, target_type, pk)
    action = request.POST.get("action")
    if action not in ("follow", "unfollow"):
        return HttpResponseBadRequest("action must be follow or unfollow")
    if not can_post(request.user):
        if not request.htmx:
            return TemplateResponse(request, "members/verify_email_first.html", status=403)
        messages.error(request, _("Confirm your email address to follow."))
    elif action == "follow":
        follow(follower=request.user, target=target)
        messages.success(request, _("You are following this now."))
    else:
        unfollow(follower=request.user, target=target)
        messages.success(request, _("You no longer follow this."))
    if request.htmx:
        return render(
            request,
            "notifications/_follow_button.html",
            {
                "target": target,
                "is_following": is_following(follower=request.user, target=target),
                "next_path": request.htmx.current_url_abs_path or _target_url(target),
            },
        )
    return redirect(safe_next_url(request, request.POST.get("next"), _target_url(target)))


# Pages -----------------------------------------------------------------------------------


def topic_detail(request, slug):
    """Public: a topic's questions, newest first."""
    topic = get_object_or_404(Topic, slug=slug)
    page_obj = _page(request, topic.questions.visible().for_listing().newest_first())
    return render(
        request,
        "notifications/topic_detail.html",
        {
            "topic": topic,
            "page_obj": page_obj,
            "questions": page_obj.object_list,
            "is_following": is_following(follower=request.user, target=topic),
        },
    )


@login_required
def for_you(request):
    """Signed-in members: open questions to their groups and their home country."""
    page_obj = _page(request, questions_for_region(request.user))
    return render(
        request,
        "notifications/for_you.html",
        {"page_obj": page_obj, "questions": page_obj.object_list},
    )
