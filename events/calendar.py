"""Events as iCalendar (RFC 5545): one event as a file to add to a calendar, and a group's
public events as a feed calendars subscribe to.

Every event keeps its UID for life and carries its SEQUENCE, so a calendar that has it
already updates it in place (a new time, a new room, a cancellation) instead of adding a
copy. Times are written in the event's own zone with a VTIMEZONE for it, so they stay
right across daylight-saving changes in every calendar application."""

from datetime import date, timedelta

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from recruitcommunity.links import absolute_url

from .models import Event

PRODID = "-//RecruitCommunity//Events//EN"
UID_DOMAIN = "recruitcommunity"
# Calendars drop events that leave a feed; keep recent ones so last month stays put.
FEED_KEEPS_PAST = timedelta(days=90)
# How often subscribed calendars should fetch the feed again (a hint; many ignore it).
FEED_REFRESH = timedelta(hours=6)


def event_uid(event):
    return f"{event.uid}@{UID_DOMAIN}"


def events_for_group_feed(group, now=None):
    """The group's public events, cancelled ones included (so calendars learn of the
    cancellation), from the recent past on."""
    since = (now or timezone.now()) - FEED_KEEPS_PAST
    return (
        Event.objects.filter(group=group, ends_at__gte=since)
        .visible()
        .public()
        .select_related("group")
        .order_by("starts_at", "pk")
    )


def event_calendar(event, *, show_online_link, now=None):
    """A calendar holding one event. The online link is in it only when the caller allows
    it (for attendees and organisers); everyone else reads "Online"."""
    calendar = _calendar(name=event.title, uid=f"event-{event_uid(event)}")
    calendar.add_component(
        _vevent(event, show_online_link=show_online_link, now=now or timezone.now())
    )
    return _finish(calendar)


def group_calendar(group, events, *, now=None):
    """The subscription feed of a group: never any online link, since anyone may read it."""
    calendar = _calendar(
        name=_("%(group)s – events on RecruitCommunity") % {"group": group.name},
        uid=f"group-{group.pk}@{UID_DOMAIN}",
        url=absolute_url(group.get_absolute_url()),
        refresh_interval=FEED_REFRESH,
    )
    now = now or timezone.now()
    for event in events:
        calendar.add_component(_vevent(event, show_online_link=False, now=now))
    return _finish(calendar)


def _calendar(*, name, refresh_interval=None, **properties):
    calendar = icalendar.Calendar.new(prodid=PRODID, method="PUBLISH", name=name, **properties)
    if refresh_interval:
        # RFC 7986 wants VALUE=DURATION spelled out; Outlook and Apple read X-PUBLISHED-TTL.
        calendar.add("REFRESH-INTERVAL", refresh_interval, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(refresh_interval))
    return calendar


def _finish(calendar):
    """Add a VTIMEZONE for every zone the events use, built from the zoneinfo database and
    covering the years of the events (the whole history would triple the size)."""
    if calendar.events:
        first_year = min(vevent.start.year for vevent in calendar.events)
        last_year = max(vevent.end.year for vevent in calendar.events)
        calendar.add_missing_timezones(
            first_date=date(first_year, 1, 1), last_date=date(last_year + 2, 1, 1)
        )
    return calendar.to_ical()


def _vevent(event, *, show_online_link, now):
    event_url = absolute_url(event.get_absolute_url())
    zone = event.zone
    return icalendar.Event.new(
        uid=event_uid(event),
        sequence=event.sequence,
        stamp=now,
        created=event.created_at,
        last_modified=event.updated_at,
        start=event.starts_at.astimezone(zone),
        end=event.ends_at.astimezone(zone),
        summary=event.title,
        description=_description(event, event_url),
        location=_location(event, show_online_link=show_online_link),
        url=event_url,
        status="CANCELLED" if event.is_cancelled else "CONFIRMED",
    )


def _description(event, event_url):
    # Many calendar applications ignore URL, so the link is repeated in the text.
    parts = [
        event.description.strip(),
        _("Organised by %(group)s on RecruitCommunity.") % {"group": event.group.name},
        event_url,
    ]
    return "\n\n".join(part for part in parts if part)


def _location(event, *, show_online_link):
    if event.is_online:
        return event.online_url if show_online_link else _("Online")
    return ", ".join(part for part in (event.venue, event.address, event.city) if part)
