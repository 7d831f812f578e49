"""Emails about events, sent in each recipient's language once the change is committed."""

from groups.services.notifications import send_member_email
from recruitcommunity.links import absolute_url

from .models import RSVP


def notify_attendees_of_change(event, *, cancelled):
    attendees = (
        RSVP.objects.filter(event=event, status__in=[RSVP.Status.GOING, RSVP.Status.WAITLISTED])
        .select_related("member")
        .order_by("pk")
    )
    for rsvp in attendees:
        send_member_email(
            recipient_email=rsvp.member.email,
            language_code=rsvp.member.interface_language,
            template="events/email/event_changed",
            context={
                "event": event,
                "member": rsvp.member,
                "cancelled": cancelled,
                "event_url": absolute_url(event.get_absolute_url()),
            },
        )


def notify_promoted_from_waitlist(rsvp):
    send_member_email(
        recipient_email=rsvp.member.email,
        language_code=rsvp.member.interface_language,
        template="events/email/promoted",
        context={
            "event": rsvp.event,
            "member": rsvp.member,
            "event_url": absolute_url(rsvp.event.get_absolute_url()),
        },
    )
