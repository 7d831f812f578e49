"""Every write to conversations: starting one, sending, reading, leaving, blocking,
reporting, and the hourly email about new messages.

Refusals are ConversationError (a DomainError) with words to show the member. A refusal
caused by a block uses the same words as a member's choice of who may write to them, so the
blocked member never learns who blocked them.

Against spam, a new conversation is refused when
* the sender's account is younger than CONVERSATIONS_NEW_ACCOUNT_DAYS and they started
  CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT conversations in the last 24 hours, or
* the same first message (compared after normalising case, spaces and punctuation) went to
  CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT other people within
  CONVERSATIONS_REPEATED_FIRST_MESSAGE_HOURS.
Both counts are taken while holding a lock on the sender's row, so two requests at once
cannot both slip under a limit. Two first messages between the same pair at the same moment
make one conversation: the second waits for the first on the unique pair and then writes
into it.
"""

from datetime import timedelta
from functools import partial

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Case, F, Q, Value, When
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.permissions import can_post
from recruitcommunity.exceptions import DomainError
from recruitcommunity.links import absolute_url

from .models import (
    MAX_MESSAGE_LENGTH,
    Block,
    Conversation,
    Message,
    MessageReport,
    Participant,
    body_hash,
    ordered_pair,
)
from .permissions import write_refusal
from .tokens import unsubscribe_token

# At most one email per conversation per member in this period; messages in between are
# listed together in the next email.
EMAIL_BATCH_PERIOD = timedelta(hours=1)
EMAIL_MESSAGES_LISTED = 5


class ConversationError(DomainError):
    pass


def _setting(name, default):
    return getattr(settings, name, default)


def _clean_body(body):
    body = (body or "").strip()
    if not body:
        raise ConversationError(_("Write a message first."))
    if len(body) > MAX_MESSAGE_LENGTH:
        raise ConversationError(
            _("A message can be at most %(limit)s characters long.") % {"limit": MAX_MESSAGE_LENGTH}
        )
    return body


def _check_sender(sender):
    if not can_post(sender):
        raise ConversationError(_("Confirm your email address before you write to members."))


def _check_may_write(sender, recipient):
    refusal = write_refusal(sender, recipient)
    if refusal:
        raise ConversationError(refusal)


def _check_new_account_limit(sender, now):
    new_for = timedelta(days=_setting("CONVERSATIONS_NEW_ACCOUNT_DAYS", 7))
    if sender.date_joined <= now - new_for:
        return
    limit = _setting("CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT", 3)
    started = Conversation.objects.filter(
        started_by=sender, created_at__gt=now - timedelta(days=1)
    ).count()
    if started >= limit:
        raise ConversationError(
            ngettext(
                "New accounts may start %(limit)s conversation a day. You can write to more "
                "members tomorrow; replying in your conversations is not limited.",
                "New accounts may start %(limit)s conversations a day. You can write to more "
                "members tomorrow; replying in your conversations is not limited.",
                limit,
            )
            % {"limit": limit}
        )


def _check_repeated_first_message(sender, digest, now):
    limit = _setting("CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT", 3)
    hours = _setting("CONVERSATIONS_REPEATED_FIRST_MESSAGE_HOURS", 24)
    sent = Message.objects.filter(
        sender=sender,
        is_first=True,
        body_hash=digest,
        created_at__gt=now - timedelta(hours=hours),
    ).count()
    if sent >= limit:
        raise ConversationError(
            ngettext(
                "You already sent this same message to %(count)s other member recently. "
                "Mass messages are not allowed here: write to each member personally, about "
                "what you have in common.",
                "You already sent this same message to %(count)s other members recently. "
                "Mass messages are not allowed here: write to each member personally, about "
                "what you have in common.",
                sent,
            )
            % {"count": sent}
        )


def _post(*, conversation, sender, recipient, body, is_first, now):
    """Write the message and bring the conversation up to date on both sides: the
    recipient has one more unread message, the sender has read everything, and the
    conversation is back on the list of a side that had left it."""
    message = Message.objects.create(
        conversation=conversation,
        sender=sender,
        body=body,
        body_hash=body_hash(body),
        is_first=is_first,
        created_at=now,
    )
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message_at=now, last_message=message
    )
    conversation.last_message_at, conversation.last_message = now, message
    Participant.objects.filter(conversation=conversation).update(
        last_message_at=now,
        left_at=None,
        unread_count=Case(
            When(member=recipient, then=F("unread_count") + 1),
            default=Value(0),
        ),
        last_read_at=Case(When(member=sender, then=Value(now)), default=F("last_read_at")),
    )
    recipient_side = Participant.objects.filter(conversation=conversation, member=recipient)
    _email_on_commit(recipient_side.values_list("pk", flat=True).first())
    return message


def _email_on_commit(participant_id):
    from .tasks import send_message_email  # the task calls back into this module

    if participant_id is not None:
        # robust: a broker that is down must not turn a sent message into an error page.
        transaction.on_commit(partial(send_message_email.delay, participant_id), robust=True)


@transaction.atomic
def conversation_start(*, sender, recipient, body, started_from=None, event=None):
    """Write to a member from their profile, the directory or an event's similar-goals
    list. When the two already have a conversation, the message goes there (and it comes
    back to the sender's list if they had left it). Returns the message."""
    body = _clean_body(body)
    _check_sender(sender)
    _check_may_write(sender, recipient)
    if event is not None:
        started_from = Conversation.Origin.EVENT
    started_from = started_from or Conversation.Origin.PROFILE

    now = timezone.now()
    # The limits below count what the sender did; hold their row so that two requests at
    # once are counted one after the other. NO KEY: rows pointing at the member may still
    # be written meanwhile (the other side starting a conversation with them, say).
    get_user_model().objects.select_for_update(no_key=True).filter(pk=sender.pk).first()

    conversation = Conversation.objects.between(sender, recipient).select_for_update().first()
    if conversation is not None:
        return _post(
            conversation=conversation,
            sender=sender,
            recipient=recipient,
            body=body,
            is_first=False,
            now=now,
        )

    digest = body_hash(body)
    _check_new_account_limit(sender, now)
    _check_repeated_first_message(sender, digest, now)
    low, high = ordered_pair(sender, recipient)
    try:
        with transaction.atomic():
            conversation = Conversation.objects.create(
                member_low_id=low,
                member_high_id=high,
                started_by=sender,
                started_from=started_from,
                event=event if started_from == Conversation.Origin.EVENT else None,
                created_at=now,
                last_message_at=now,
            )
    except IntegrityError:
        # The other member (or another tab) started it a moment ago: write into that one.
        conversation = Conversation.objects.between(sender, recipient).select_for_update().get()
        return _post(
            conversation=conversation,
            sender=sender,
            recipient=recipient,
            body=body,
            is_first=False,
            now=now,
        )
    Participant.objects.bulk_create(
        [
            Participant(conversation=conversation, member=sender, last_message_at=now),
            Participant(conversation=conversation, member=recipient, last_message_at=now),
        ]
    )
    return _post(
        conversation=conversation,
        sender=sender,
        recipient=recipient,
        body=body,
        is_first=True,
        now=now,
    )


@transaction.atomic
def message_send(*, conversation, sender, body):
    """Reply in a conversation the sender is part of. Returns the message."""
    if sender.pk not in conversation.member_ids():
        raise ConversationError(_("You are not part of this conversation."))
    body = _clean_body(body)
    _check_sender(sender)
    recipient = conversation.other_member(sender)
    _check_may_write(sender, recipient)
    # One message at a time per conversation keeps the counters and the order exact.
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    return _post(
        conversation=conversation,
        sender=sender,
        recipient=recipient,
        body=body,
        is_first=False,
        now=timezone.now(),
    )


def conversation_mark_read(*, participant):
    """The member has seen everything in the conversation. Nothing to write when nothing
    was unread."""
    if participant.unread_count == 0:
        return participant
    now = timezone.now()
    Participant.objects.filter(pk=participant.pk).update(unread_count=0, last_read_at=now)
    participant.unread_count, participant.last_read_at = 0, now
    return participant


def conversation_leave(*, participant):
    """Take the conversation off the member's list; the other side keeps theirs. A new
    message from the other side puts it back."""
    now = timezone.now()
    Participant.objects.filter(pk=participant.pk).update(
        left_at=now, unread_count=0, last_read_at=now
    )
    participant.left_at, participant.unread_count = now, 0
    return participant


def member_block(*, blocker, blocked):
    """The blocked member can no longer write to the blocker; blocking twice is harmless."""
    if blocker.pk == blocked.pk:
        raise ConversationError(_("You cannot block yourself."))
    Block.objects.bulk_create([Block(blocker=blocker, blocked=blocked)], ignore_conflicts=True)


def member_unblock(*, blocker, blocked):
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def is_blocking(*, blocker, blocked):
    if not blocker.is_authenticated:
        return False
    return Block.objects.filter(blocker=blocker, blocked=blocked).exists()


@transaction.atomic
def message_report(*, message, reporter, reason, note=""):
    """A participant reports a message the other side sent; it goes to the staff queue."""
    conversation = message.conversation
    if reporter.pk not in conversation.member_ids():
        raise ConversationError(_("You are not part of this conversation."))
    if message.sender_id == reporter.pk:
        raise ConversationError(_("You cannot report your own message."))
    if reason not in MessageReport.Reason.values:
        raise ConversationError(_("Choose why you report this message."))
    report, created = MessageReport.objects.get_or_create(
        message=message,
        reporter=reporter,
        defaults={"reason": reason, "note": (note or "").strip()},
    )
    if not created:
        raise ConversationError(_("You have already reported this message."))
    return report


@transaction.atomic
def report_resolve(*, report, staff, note=""):
    """Staff close a report, saying what they did."""
    if not staff.is_staff:
        raise ConversationError(_("Only staff handle reports."))
    report = MessageReport.objects.select_for_update().get(pk=report.pk)
    if not report.is_open:
        raise ConversationError(_("This report has already been resolved."))
    report.status = MessageReport.Status.RESOLVED
    report.handled_by = staff
    report.handled_at = timezone.now()
    report.resolution_note = (note or "").strip()
    report.save(update_fields=["status", "handled_by", "handled_at", "resolution_note"])
    return report


def message_emails_off(*, member):
    """Stop emails about new messages (the one-click link in those emails). Returns False
    when they were off already."""
    return bool(
        get_user_model()
        .objects.filter(pk=member.pk, message_emails=True)
        .update(message_emails=False)
    )


# Email -------------------------------------------------------------------------------------


def _may_email(member):
    """Active members with a confirmed address who want these emails."""
    return (
        member.is_active
        and not member.is_former_member
        and member.message_emails
        and bool(member.email)
        and EmailAddress.objects.filter(
            user=member, email__iexact=member.email, verified=True
        ).exists()
    )


def _pending_messages(participant):
    """Messages from the other side the member has neither read nor been emailed about."""
    since = [
        moment
        for moment in (participant.email_notified_at, participant.last_read_at)
        if moment is not None
    ]
    messages = Message.objects.filter(conversation_id=participant.conversation_id).exclude(
        sender_id=participant.member_id
    )
    if since:
        messages = messages.filter(created_at__gt=max(since))
    return list(messages.select_related("sender").order_by("created_at", "id"))


def message_email_send(*, participant_id, now=None):
    """Email a member about the messages waiting for them in one conversation, unless they
    were emailed about it within the hour, read them already, left, or do not want these
    emails. Messages arriving within the hour are listed in the next email. Returns whether
    an email went out; running it twice sends at most one."""
    now = now or timezone.now()
    participant = (
        Participant.objects.select_related(
            "member", "conversation__member_low", "conversation__member_high"
        )
        .filter(pk=participant_id, unread_count__gt=0, left_at__isnull=True)
        .first()
    )
    if participant is None:
        return False
    previous = participant.email_notified_at
    if previous is not None and previous > now - EMAIL_BATCH_PERIOD:
        return False
    member = participant.member
    if not _may_email(member):
        return False
    pending = _pending_messages(participant)
    if not pending:
        return False
    # Claim first, so that a second worker running the same task sends nothing; give it
    # back when the email cannot be sent, so that a retry may try again.
    claim = Participant.objects.filter(pk=participant.pk)
    claim = (
        claim.filter(email_notified_at=previous)
        if previous
        else claim.filter(email_notified_at__isnull=True)
    )
    if not claim.update(email_notified_at=now):
        return False
    try:
        _send_message_email(participant=participant, member=member, pending=pending)
    except Exception:
        Participant.objects.filter(pk=participant.pk, email_notified_at=now).update(
            email_notified_at=previous
        )
        raise
    return True


def _send_message_email(*, participant, member, pending):
    conversation = participant.conversation
    sender = conversation.other_member(member)
    unsubscribe_url = absolute_url(
        reverse("conversations:unsubscribe", kwargs={"token": unsubscribe_token(member=member)})
    )
    with translation.override(member.interface_language or settings.LANGUAGE_CODE):
        context = {
            "recipient": member,
            "sender_name": sender.public_name,
            "count": len(pending),
            "messages": pending[-EMAIL_MESSAGES_LISTED:],
            "conversation_url": absolute_url(conversation.get_absolute_url()),
            "unsubscribe_url": unsubscribe_url,
            "settings_url": absolute_url(reverse("profile_edit")),
        }
        subject = " ".join(
            render_to_string("conversations/email/new_messages_subject.txt", context).split()
        )
        body = render_to_string("conversations/email/new_messages_body.txt", context)
    EmailMessage(
        subject,
        body,
        to=[member.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()


def participants_due_for_email(now=None):
    """Sides with unread messages that arrived after their last email, whose hour has
    passed: what the periodic task sends, so the last messages of a busy hour are not lost."""
    now = now or timezone.now()
    return (
        Participant.objects.filter(
            unread_count__gt=0, left_at__isnull=True, member__message_emails=True
        )
        .filter(
            Q(email_notified_at__isnull=True)
            | Q(
                email_notified_at__lte=now - EMAIL_BATCH_PERIOD,
                last_message_at__gt=F("email_notified_at"),
            )
        )
        .order_by("last_message_at")
        .values_list("pk", flat=True)
    )
