"""Calendar downloads: one event as an .ics file, and a group's public events as a feed."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from groups.models import Group

from .calendar import event_calendar, events_for_group_feed, group_calendar
from .models import RSVP
from .permissions import event_for_viewer, may_see_online_link

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


@require_safe
def event_ics(request, pk):
    """Whoever may see the event may add it to their calendar; the online link is in the
    file only for the people who may see it on the event page (attendees, organisers)."""
    event, membership = event_for_viewer(request.user, pk)
    rsvp = (
        RSVP.objects.filter(event=event, member=request.user).first()
        if request.user.is_authenticated
        else None
    )
    show_online_link = event.is_online and may_see_online_link(request.user, membership, rsvp)
    response = HttpResponse(
        event_calendar(event, show_online_link=show_online_link),
        content_type=CALENDAR_CONTENT_TYPE,
    )
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    # A file with the private link stays out of every cache.
    response["Cache-Control"] = "private, no-store" if show_online_link else "private"
    return response


@require_safe
def group_events_ics(request, slug):
    """The feed calendars subscribe to: the group's public events only, as anyone sees
    them (calendar applications fetch it without signing in)."""
    group = get_object_or_404(Group, slug=slug)
    events = events_for_group_feed(group)
    return HttpResponse(group_calendar(group, events), content_type=CALENDAR_CONTENT_TYPE)
