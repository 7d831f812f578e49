"""Reminders for the people going to an event, a day before it starts.

Celery beat runs ``send_event_reminders`` every 15 minutes (CELERY_BEAT_SCHEDULE); the
``send_event_reminders`` management command runs the same thing by hand or from cron. Each
attendee is reminded once however often, and however many copies of it, the job runs: a
reminder is claimed by setting ``reminded_at`` in a single-row UPDATE that only matches while
it is still empty, and the email goes out after that claim commits."""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import transaction
from django.utils import timezone

from groups.services.notifications import send_member_email
from recruitcommunity.links import absolute_url

from .models import RSVP

logger = logging.getLogger(__name__)

REMINDER_LEAD_TIME = timedelta(hours=24)


def rsvps_due_for_reminder(now):
    """People going (not waitlisted) to events that start within the lead time and are
    neither cancelled nor hidden by the moderators, who have not been reminded yet."""
    return RSVP.objects.filter(
        status=RSVP.Status.GOING,
        reminded_at__isnull=True,
        event__cancelled_at__isnull=True,
        event__hidden_at__isnull=True,
        event__starts_at__gt=now,
        event__starts_at__lte=now + REMINDER_LEAD_TIME,
    ).order_by("event__starts_at", "pk")


def reminder_send(*, rsvp_id, now):
    """Claim one reminder and email it; False when someone else claimed it first, or the
    answer or the event changed since it was selected."""
    with transaction.atomic():
        # Only this table in the WHERE clause: when a concurrent run claimed the row first,
        # PostgreSQL re-checks "reminded_at IS NULL" against the committed row and matches
        # nothing. (A filter through the event would become a subquery that is not
        # re-checked.)
        claimed = RSVP.objects.filter(
            pk=rsvp_id, status=RSVP.Status.GOING, reminded_at__isnull=True
        ).update(reminded_at=now)
        if not claimed:
            return False
        rsvp = RSVP.objects.select_related("member", "event__group").get(pk=rsvp_id)
        event = rsvp.event
        if event.is_cancelled or event.starts_at <= now:
            return False
        send_member_email(
            recipient_email=rsvp.member.email,
            language_code=rsvp.member.interface_language,
            template="events/email/reminder",
            context={
                "event": event,
                "member": rsvp.member,
                "event_url": absolute_url(event.get_absolute_url()),
            },
        )
    return True


def _release_claim(*, rsvp_id, claimed_at):
    """Let the next run try again after the email could not be sent."""
    RSVP.objects.filter(pk=rsvp_id, reminded_at=claimed_at).update(reminded_at=None)


@shared_task(ignore_result=True)
def send_event_reminders():
    """Remind everyone going to an event that starts within the next 24 hours. Returns how
    many reminders this run sent."""
    now = timezone.now()
    sent = 0
    for rsvp_id in list(rsvps_due_for_reminder(now).values_list("pk", flat=True)):
        try:
            sent += reminder_send(rsvp_id=rsvp_id, now=now)
        except Exception:
            # The mail server refused or was unreachable: one failure must not cost the
            # others their reminder, and this one is retried on the next run.
            logger.exception("Could not send the event reminder for RSVP %s", rsvp_id)
            _release_claim(rsvp_id=rsvp_id, claimed_at=now)
    return sent
