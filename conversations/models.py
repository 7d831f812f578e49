"""One-to-one conversations between members.

A conversation belongs to an unordered pair of members, stored as (member_low, member_high)
with low < high so that the database allows one conversation per pair. Each side has a
Participant row with its own state: what it has read, whether it left, how many messages
wait unread, when it was last emailed. Leaving hides the conversation from that side only;
a new message from the other side brings it back."""

import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_MESSAGE_LENGTH = 5000
MAX_REPORT_NOTE_LENGTH = 1000


def normalised_text(text):
    """The text as the repeated-message rule compares it: Unicode-normalised, case-folded,
    without punctuation and with single spaces, so that "Hi!  Great offer" and "hi, great
    offer" count as the same message."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def body_hash(text):
    return hashlib.sha256(normalised_text(text).encode()).hexdigest()


def ordered_pair(first, second):
    """The two member ids, lower first: how a conversation stores its members."""
    first_id = getattr(first, "pk", first)
    second_id = getattr(second, "pk", second)
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


class ConversationQuerySet(models.QuerySet):
    def between(self, first, second):
        low, high = ordered_pair(first, second)
        return self.filter(member_low_id=low, member_high_id=high)


class Conversation(models.Model):
    class Origin(models.TextChoices):
        PROFILE = "profile", _("a member's profile")
        DIRECTORY = "directory", _("the member directory")
        EVENT = "event", _("an event's people with similar goals")

    member_low = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    member_high = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="conversations_started",
        verbose_name=_("started by"),
    )
    started_from = models.CharField(
        _("started from"), max_length=10, choices=Origin.choices, default=Origin.PROFILE
    )
    event = models.ForeignKey(
        "events.Event",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("event"),
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now, db_index=True)
    last_message = models.ForeignKey(
        "Message", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ConversationQuerySet.as_manager()

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.UniqueConstraint(
                fields=["member_low", "member_high"], name="conversation_once_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(member_low__lt=F("member_high")), name="conversation_pair_ordered"
            ),
            models.CheckConstraint(
                condition=Q(started_by=F("member_low")) | Q(started_by=F("member_high")),
                name="conversation_started_by_a_member",
            ),
            models.CheckConstraint(
                condition=Q(started_from__in=["profile", "directory", "event"]),
                name="conversation_started_from_valid",
            ),
            models.CheckConstraint(
                condition=Q(event__isnull=True) | Q(started_from="event"),
                name="conversation_event_only_when_started_there",
            ),
        ]
        indexes = [
            # New accounts may start only a few conversations a day.
            models.Index(fields=["started_by", "created_at"], name="conversation_started_by"),
        ]

    def __str__(self):
        return f"conversation {self.pk} ({self.member_low_id}, {self.member_high_id})"

    def get_absolute_url(self):
        return reverse("conversations:detail", kwargs={"pk": self.pk})

    def member_ids(self):
        return (self.member_low_id, self.member_high_id)

    def other_member(self, member):
        """The other side (expects member_low and member_high loaded)."""
        member_id = getattr(member, "pk", member)
        return self.member_high if member_id == self.member_low_id else self.member_low


class ParticipantQuerySet(models.QuerySet):
    def of(self, member):
        return self.filter(member=member)

    def listed(self):
        """The conversations a member has not left."""
        return self.filter(left_at__isnull=True)

    def for_listing(self):
        return self.select_related(
            "conversation__member_low",
            "conversation__member_high",
            "conversation__last_message",
        ).order_by("-last_message_at", "-id")


class Participant(models.Model):
    """One side of a conversation, with what that side has read and whether it left."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="participants"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="conversation_sides"
    )
    # A copy of the conversation's, so that "my conversations, newest activity first" is
    # one index scan.
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    last_read_at = models.DateTimeField(_("last read"), null=True, blank=True)
    unread_count = models.PositiveIntegerField(_("unread messages"), default=0)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)
    # When this side was last emailed about the conversation: at most one email an hour.
    email_notified_at = models.DateTimeField(_("last emailed"), null=True, blank=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "member"], name="participant_once_per_conversation"
            ),
            models.CheckConstraint(
                condition=Q(left_at__isnull=True) | Q(unread_count=0),
                name="participant_left_has_nothing_unread",
            ),
        ]
        indexes = [
            models.Index(
                fields=["member", "-last_message_at", "-id"],
                condition=Q(left_at__isnull=True),
                name="participant_inbox",
            ),
            models.Index(
                fields=["member"], condition=Q(unread_count__gt=0), name="participant_unread"
            ),
            models.Index(
                fields=["email_notified_at"],
                condition=Q(unread_count__gt=0),
                name="participant_email_due",
            ),
        ]

    def __str__(self):
        return f"{self.member_id} in {self.conversation_id}"


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="messages_sent",
        verbose_name=_("sender"),
    )
    body = models.TextField(_("message"), max_length=MAX_MESSAGE_LENGTH)
    # sha256 of normalised_text(body): the same first message sent to many people is refused.
    body_hash = models.CharField(max_length=64, editable=False)
    is_first = models.BooleanField(_("first message"), default=False, editable=False)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="message_body_not_empty"),
            models.CheckConstraint(
                condition=Q(body_hash__regex=r"^[0-9a-f]{64}$"), name="message_body_hash_sha256"
            ),
            models.UniqueConstraint(
                fields=["conversation"],
                condition=Q(is_first=True),
                name="message_one_first_per_conversation",
            ),
        ]
        indexes = [
            models.Index(fields=["conversation", "created_at", "id"], name="message_thread"),
            models.Index(
                fields=["sender", "body_hash", "created_at"],
                condition=Q(is_first=True),
                name="message_first_by_hash",
            ),
        ]

    def __str__(self):
        return f"message {self.pk} in {self.conversation_id}"

    def get_absolute_url(self):
        return f"{self.conversation.get_absolute_url()}#message-{self.pk}"


class Block(models.Model):
    """The blocker hears nothing more from the blocked member, who is not told."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("blocked"), default=timezone.now)

    class Meta:
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once_per_pair"),
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="block_not_oneself"),
        ]
        indexes = [models.Index(fields=["blocked", "blocker"], name="block_by_blocked")]

    def __str__(self):
        return f"{self.blocker_id} blocks {self.blocked_id}"


class MessageReport(models.Model):
    """A participant reports a message from the other side to staff."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        HARASSMENT = "harassment", _("Harassment or abuse")
        SCAM = "scam", _("A scam or a fake job offer")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        RESOLVED = "resolved", _("resolved")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="message_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=12, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=MAX_REPORT_NOTE_LENGTH, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    resolution_note = models.TextField(
        _("what was done"), max_length=MAX_REPORT_NOTE_LENGTH, blank=True
    )

    class Meta:
        verbose_name = _("message report")
        verbose_name_plural = _("message reports")
        constraints = [
            models.UniqueConstraint(fields=["message", "reporter"], name="report_once_per_member"),
            models.CheckConstraint(
                condition=Q(reason__in=["spam", "harassment", "scam", "other"]),
                name="report_reason_valid",
            ),
            models.CheckConstraint(
                condition=(Q(status="open") & Q(handled_at__isnull=True))
                | (Q(status="resolved") & Q(handled_at__isnull=False)),
                name="report_handled_when_resolved",
            ),
        ]
        indexes = [
            models.Index(
                fields=["created_at", "id"],
                condition=Q(status="open"),
                name="report_open_queue",
            ),
            models.Index(fields=["status", "-handled_at"], name="report_by_status"),
        ]

    def __str__(self):
        return f"report {self.pk} of message {self.message_id}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN
