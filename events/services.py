"""Creating and changing events, and answering them. Capacity is never exceeded: every
RSVP change locks the event row, so concurrent answers queue behind each other and the
going count (a database-checked counter) stays within capacity."""

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from moderation.rules import DuplicateTextError, refuse_text_posted_elsewhere
from recruitcommunity.exceptions import DomainError

from .models import RSVP, Event
from .notifications import notify_attendees_of_change, notify_promoted_from_waitlist


class EventError(DomainError):
    pass


EDITABLE_FIELDS = {
    "title",
    "description",
    "starts_at",
    "ends_at",
    "time_zone",
    "format",
    "venue",
    "address",
    "city",
    "country",
    "online_url",
    "capacity",
    "rsvp_deadline",
    "visibility",
    "admits_visitors",
}
# Changes attendees are told about (and calendars pick up through SEQUENCE).
NOTEWORTHY_FIELDS = {
    "title",
    "starts_at",
    "ends_at",
    "time_zone",
    "format",
    "venue",
    "address",
    "city",
    "online_url",
}


def event_text_fingerprint(*, organiser, group, description):
    """The description's fingerprint, refusing (DuplicateTextError on "description") a text
    the organiser already posted to another group's event recently."""
    try:
        return refuse_text_posted_elsewhere(
            queryset=Event.objects.all(),
            author_field="created_by",
            hash_field="description_hash",
            author=organiser,
            group=group,
            text=description,
        )
    except DuplicateTextError as error:
        raise DuplicateTextError(error.message, field="description") from None


@transaction.atomic
def event_create(*, group, organiser, **fields):
    """Publish an event. The same description posted to another group's event in the last
    days is refused (DuplicateTextError)."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"event_create() got unexpected fields: {', '.join(sorted(unknown))}")
    description_hash = event_text_fingerprint(
        organiser=organiser, group=group, description=fields.get("description", "")
    )
    return Event.objects.create(
        group=group, created_by=organiser, description_hash=description_hash, **fields
    )


@transaction.atomic
def event_update(*, event, editor, **fields):
    """Change an event. Attendees are told when something they rely on changed; the
    calendar SEQUENCE is bumped so subscribed calendars update."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"event_update() got unexpected fields: {', '.join(sorted(unknown))}")
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.is_cancelled:
        raise EventError(_("A cancelled event cannot be changed."))
    if "capacity" in fields and fields["capacity"] < event.going_count:
        raise EventError(
            _("%(count)s people are already going; the capacity cannot be lower than that.")
            % {"count": event.going_count}
        )
    changed = {name for name, value in fields.items() if getattr(event, name) != value}
    if "description" in changed:
        event.description_hash = event_text_fingerprint(
            organiser=editor, group=event.group_id, description=fields["description"]
        )
    for name in changed:
        setattr(event, name, fields[name])
    if not changed:
        return event
    event.updated_at = timezone.now()
    event.sequence += 1
    event.save()
    if "starts_at" in changed:
        # A moved event earns a new reminder before its new start.
        RSVP.objects.filter(event=event).update(reminded_at=None)
    if "capacity" in changed:
        _fill_from_waitlist(event)
    if changed & NOTEWORTHY_FIELDS:
        notify_attendees_of_change(event, cancelled=False)
    return event


@transaction.atomic
def event_cancel(*, event, organiser):
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.is_cancelled:
        return event
    event.cancelled_at = timezone.now()
    event.updated_at = event.cancelled_at
    event.sequence += 1
    event.save(update_fields=["cancelled_at", "updated_at", "sequence"])
    notify_attendees_of_change(event, cancelled=True)
    return event


def _locked_event(event):
    return Event.objects.select_for_update().get(pk=event.pk)


def _recount(event):
    counts = {
        row["status"]: row["total"]
        for row in RSVP.objects.filter(event=event)
        .values("status")
        .annotate(total=Count("pk"))
        .order_by()
    }
    Event.objects.filter(pk=event.pk).update(
        going_count=counts.get(RSVP.Status.GOING, 0),
        waitlist_count=counts.get(RSVP.Status.WAITLISTED, 0),
    )
    event.refresh_from_db(fields=["going_count", "waitlist_count"])


def _fill_from_waitlist(event):
    """Move the first people on the waitlist up while there is room, in arrival order."""
    free = event.capacity - event.going_count
    if free <= 0:
        return []
    promoted = list(
        RSVP.objects.select_for_update()
        .filter(event=event, status=RSVP.Status.WAITLISTED)
        .select_related("member")
        .order_by("responded_at", "pk")[:free]
    )
    for rsvp in promoted:
        rsvp.status = RSVP.Status.GOING
        rsvp.save(update_fields=["status"])
        notify_promoted_from_waitlist(rsvp)
    if promoted:
        _recount(event)
    return promoted


@transaction.atomic
def rsvp_going(*, event, member, objective=None, topics=None, added_by=None):
    """Say you are going. When the event is full you join the waitlist instead. Answering
    twice keeps your place."""
    event = _locked_event(event)
    if event.is_cancelled:
        raise EventError(_("This event has been cancelled."))
    if added_by is None and not event.rsvps_open:
        raise EventError(_("RSVPs for this event are closed."))
    rsvp = RSVP.objects.filter(event=event, member=member).first()
    if rsvp is None:
        rsvp = RSVP(event=event, member=member, added_by=added_by)
    if rsvp.status not in (RSVP.Status.GOING, RSVP.Status.WAITLISTED):
        has_room = event.going_count < event.capacity
        rsvp.status = RSVP.Status.GOING if has_room else RSVP.Status.WAITLISTED
        rsvp.responded_at = timezone.now()
    if objective is not None:
        rsvp.objective = objective
    rsvp.save()
    if topics is not None:
        rsvp.topics.set(topics)
    _recount(event)
    return rsvp


@transaction.atomic
def rsvp_not_going(*, event, member):
    """Say you are not going (or no longer). A freed place goes to the first on the
    waitlist."""
    event = _locked_event(event)
    rsvp = RSVP.objects.filter(event=event, member=member).first()
    if rsvp is None:
        rsvp = RSVP.objects.create(event=event, member=member, status=RSVP.Status.NOT_GOING)
        return rsvp
    was_going = rsvp.status == RSVP.Status.GOING
    rsvp.status = RSVP.Status.NOT_GOING
    rsvp.save(update_fields=["status"])
    _recount(event)
    if was_going and not event.is_cancelled:
        _fill_from_waitlist(event)
    return rsvp


@transaction.atomic
def rsvp_remove(*, event, member, organiser):
    """An organiser takes someone off the list (people who told them offline)."""
    event = _locked_event(event)
    deleted, _rows = RSVP.objects.filter(event=event, member=member).delete()
    if deleted:
        _recount(event)
        if not event.is_cancelled:
            _fill_from_waitlist(event)
