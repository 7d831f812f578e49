"""Conversations: my list, one conversation, writing, leaving, blocking, reporting, the
staff's report queue, and the one-click unsubscribe from message emails.

Every view names who may use it. A conversation is found through
conversations.permissions.participant_for, which is a 404 for anyone but its two
participants (a member guessing ids, staff, or a participant who left it). Writes go through
conversations.services; their refusals come back as form errors or messages. Plain forms
work without JavaScript; htmx sends replies and fetches new messages in place."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from events.models import Event
from members.permissions import can_post, verified_member_required
from recruitcommunity.exceptions import DomainError
from recruitcommunity.forms import posted_data
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.ratelimits import rate_limited
from recruitcommunity.redirects import safe_next_url

from . import selectors
from .forms import MessageForm, NewConversationForm, ReportForm, ResolveReportForm
from .models import Conversation, Message, MessageReport
from .permissions import (
    member_to_block,
    participant_for,
    recipient_with_facts,
    refusal_from_facts,
    staff_required,
)
from .services import (
    conversation_leave,
    conversation_mark_read,
    conversation_start,
    member_block,
    member_unblock,
    message_emails_off,
    message_report,
    message_send,
    report_resolve,
)
from .tokens import BadUnsubscribeToken, read_unsubscribe_token

REPORTS_PER_PAGE = 10


def _safe_next(request, fallback):
    return safe_next_url(request, request.POST.get("next"), fallback)


def _last_id(messages_shown):
    return messages_shown[-1].pk if messages_shown else 0


# My conversations ------------------------------------------------------------------------


@login_required
def conversation_list(request):
    """Signed-in members (confirmed email or not) read their own conversations."""
    page_obj = Paginator(selectors.conversations_of(request.user), settings.PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    participants = selectors.with_other_members(list(page_obj.object_list), request.user)
    return render(
        request,
        "conversations/conversation_list.html",
        {"page_obj": page_obj, "participants": participants},
    )


def _conversation_context(request, participant, *, form=None):
    """What a conversation's page shows: a page of messages (the latest unless another is
    asked for), whether the member may reply and the reply form."""
    user = request.user
    conversation = participant.conversation
    page_number = request.GET.get("page")
    if not page_number:
        # Before the messages are read, so that nothing arriving meanwhile is lost.
        conversation_mark_read(participant=participant)
    page_obj = selectors.messages_page(conversation, page_number)
    is_latest = page_obj.number == page_obj.paginator.num_pages
    if page_number and is_latest:
        conversation_mark_read(participant=participant)
    shown = list(page_obj.object_list)
    other = recipient_with_facts(user, conversation.other_member(user))
    return {
        "participant": participant,
        "conversation": conversation,
        "other": other,
        "page_obj": page_obj,
        "conversation_messages": shown,
        "is_latest": is_latest,
        "last_id": _last_id(shown),
        "refusal": refusal_from_facts(user, other) if can_post(user) else None,
        "can_post": can_post(user),
        "i_blocked": other.viewer_blocked_them,
        "form": form if form is not None else MessageForm(),
    }


@login_required
def conversation_detail(request, pk):
    """Only the two participants, while they have the conversation on their list."""
    participant = participant_for(request.user, pk)
    return render(
        request,
        "conversations/conversation_detail.html",
        _conversation_context(request, participant),
    )


@require_GET
@login_required
def conversation_updates(request, pk):
    """htmx asks every few seconds for messages newer than the last one shown."""
    participant = participant_for(request.user, pk)
    if not request.htmx:
        return redirect(participant.conversation)
    try:
        after = int(request.GET.get("after", 0))
    except ValueError:
        after = 0
    conversation_mark_read(participant=participant)
    new_messages = selectors.messages_after(participant.conversation, after)
    return render(
        request,
        "conversations/_updates.html",
        {
            "conversation": participant.conversation,
            "new_messages": new_messages,
            "last_id": _last_id(new_messages) or after,
        },
    )


@require_POST
@verified_member_required
@rate_limited("message")
def conversation_reply(request, pk):
    """A participant with a confirmed email replies. htmx appends the message (and any
    that arrived meanwhile) and resets the form; a plain form goes back to the page."""
    participant = participant_for(request.user, pk)
    conversation = participant.conversation
    form = MessageForm(request.POST)
    message = None
    repeated = False
    if form.is_valid():
        try:
            message = submit_once(
                request,
                lambda: message_send(
                    conversation=conversation, sender=request.user, body=form.cleaned_data["body"]
                ),
            )
        except AlreadySubmitted as repeat:
            # A double click: the first send shows the message already.
            if not request.htmx:
                return repeat.response(request, fallback=conversation.get_absolute_url())
            repeated = True
        except DomainError as refusal:
            form.add_error("body", refusal.message)
    if request.htmx:
        try:
            after = int(request.POST.get("after", 0))
        except ValueError:
            after = 0
        new_messages = selectors.messages_after(conversation, after) if message else []
        return render(
            request,
            "conversations/_reply_response.html",
            {
                "conversation": conversation,
                "new_messages": new_messages,
                "last_id": _last_id(new_messages) or after,
                "form": MessageForm() if message or repeated else form,
            },
        )
    if message is not None:
        return redirect(message.get_absolute_url())
    return render(
        request,
        "conversations/conversation_detail.html",
        _conversation_context(request, participant, form=form),
    )


@require_POST
@login_required
def conversation_leave_view(request, pk):
    participant = participant_for(request.user, pk)
    other = participant.conversation.other_member(request.user)
    conversation_leave(participant=participant)
    messages.success(
        request,
        _(
            "You left the conversation with %(name)s: it is no longer on your list. If "
            "%(name)s writes to you again, it comes back."
        )
        % {"name": other.public_name},
    )
    return redirect("conversations:list")


# Starting a conversation -----------------------------------------------------------------


def _origin(request, form_data):
    """(started_from, event) from ?from=directory or ?event=<id> (the hidden fields on
    POST). An event the member may not see is ignored."""
    source = form_data if form_data is not None else request.GET
    started_from = source.get("started_from") or source.get("from") or ""
    if started_from not in Conversation.Origin.values:
        started_from = Conversation.Origin.PROFILE
    event = None
    event_id = source.get("event", "")
    # isdigit() alone lets through digits int() refuses, such as "²".
    if event_id.isascii() and event_id.isdigit():
        event = Event.objects.visible_to(request.user).filter(pk=int(event_id)).first()
    if event is not None:
        started_from = Conversation.Origin.EVENT
    elif started_from == Conversation.Origin.EVENT:
        started_from = Conversation.Origin.PROFILE
    return started_from, event


@verified_member_required
@rate_limited("conversation")
def conversation_new(request, username):
    """A member with a confirmed email writes to a member whose profile they may see. When
    the two already have a conversation, the form is not needed: it opens instead."""
    User = get_user_model()
    recipient = get_object_or_404(
        User.objects.active().visible_to(request.user).filter(deleted_at__isnull=True),
        username=username,
    )
    recipient = recipient_with_facts(request.user, recipient)
    if request.method == "GET" and recipient.talking_with_viewer:
        existing = selectors.conversation_with(request.user, recipient)
        if existing is not None:
            return redirect(existing.conversation)
    data = posted_data(request)
    started_from, event = _origin(request, data)
    form = NewConversationForm(
        data, initial={"started_from": started_from, "event": event.pk if event else None}
    )
    refusal = refusal_from_facts(request.user, recipient)
    if request.method == "POST" and form.is_valid():
        try:
            message = submit_once(
                request,
                lambda: conversation_start(
                    sender=request.user,
                    recipient=recipient,
                    body=form.cleaned_data["body"],
                    started_from=started_from,
                    event=event,
                ),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request, fallback=recipient.get_absolute_url())
        except DomainError as error:
            form.add_error("body", error.message)
        else:
            messages.success(
                request,
                _("Your message to %(name)s was sent.") % {"name": recipient.public_name},
            )
            return redirect(message.get_absolute_url())
    return render(
        request,
        "conversations/conversation_new.html",
        {"recipient": recipient, "form": form, "refusal": refusal, "event": event},
    )


# Blocking --------------------------------------------------------------------------------


@require_POST
@login_required
def block(request, username):
    """Any signed-in member blocks a member whose profile they see or who wrote to them;
    the blocked member is not told."""
    blocked = member_to_block(request.user, username)
    try:
        member_block(blocker=request.user, blocked=blocked)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("You blocked %(name)s. They can no longer write to you, and they are not told.")
            % {"name": blocked.public_name},
        )
    return redirect(_safe_next(request, blocked.get_absolute_url()))


@require_POST
@login_required
def unblock(request, username):
    blocked = member_to_block(request.user, username)
    member_unblock(blocker=request.user, blocked=blocked)
    messages.success(
        request,
        _("You unblocked %(name)s. They may write to you again.") % {"name": blocked.public_name},
    )
    return redirect(_safe_next(request, blocked.get_absolute_url()))


# Reporting -------------------------------------------------------------------------------


@login_required
@rate_limited("flag")
def report(request, pk, message_id):
    """A participant reports a message the other side sent."""
    participant = participant_for(request.user, pk)
    message = get_object_or_404(
        Message.objects.select_related("sender", "conversation"), pk=message_id, conversation_id=pk
    )
    if message.sender_id == request.user.pk:
        raise Http404("Members report messages they received, not their own.")
    form = ReportForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            message_report(
                message=message,
                reporter=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            messages.info(request, error.message)
        else:
            messages.success(
                request,
                _(
                    "Thank you. Staff will look at this message; the sender is not told who "
                    "reported it."
                ),
            )
        return redirect(message.get_absolute_url())
    return render(
        request,
        "conversations/report_form.html",
        {
            "participant": participant,
            "conversation": participant.conversation,
            "message": message,
            "form": form,
        },
    )


@login_required
def report_queue(request):
    """Staff only: reported messages, each with the messages around it."""
    staff_required(request.user)
    status = request.GET.get("status")
    if status not in MessageReport.Status.values:
        status = MessageReport.Status.OPEN
    page_obj = Paginator(selectors.reports_for_queue(status), REPORTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    reports = selectors.with_context(page_obj.object_list)
    return render(
        request,
        "conversations/report_queue.html",
        {
            "page_obj": page_obj,
            "reports": reports,
            "status": status,
            "resolve_form": ResolveReportForm(),
        },
    )


@login_required
def report_detail(request, report_id):
    """Staff only: one report with more of the conversation around the message."""
    staff_required(request.user)
    report_row = get_object_or_404(selectors.reports_with_messages(), pk=report_id)
    [report_row] = selectors.with_context([report_row], around=selectors.REPORT_CONTEXT * 2)
    return render(
        request,
        "conversations/report_detail.html",
        {"report": report_row, "resolve_form": ResolveReportForm()},
    )


@require_POST
@login_required
def report_resolve_view(request, report_id):
    staff_required(request.user)
    report_row = get_object_or_404(MessageReport, pk=report_id)
    form = ResolveReportForm(request.POST)
    if form.is_valid():
        try:
            report_resolve(report=report_row, staff=request.user, note=form.cleaned_data["note"])
        except DomainError as error:
            messages.info(request, error.message)
        else:
            messages.success(request, _("The report is resolved."))
    else:
        messages.error(request, _("The note is too long."))
    return redirect(_safe_next(request, reverse("conversations:reports")))


# Email -----------------------------------------------------------------------------------


# Mail clients post to the link in the List-Unsubscribe header without a CSRF token
# (RFC 8058); the signed token is what proves the request comes from the member's email.
@csrf_exempt
def unsubscribe(request, token):
    """Anyone holding the link turns off message emails for the member it names: GET asks
    to confirm, POST turns them off."""
    User = get_user_model()
    try:
        member = User.objects.get(pk=read_unsubscribe_token(token))
    except (BadUnsubscribeToken, User.DoesNotExist):
        return TemplateResponse(request, "conversations/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        changed = message_emails_off(member=member)
        return render(request, "conversations/unsubscribe_done.html", {"changed": changed})
    return render(request, "conversations/unsubscribe_confirm.html", {"token": token})
