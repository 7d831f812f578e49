"""Reading events: the attendee list, the viewer's answer, people with similar goals, the
export, and a group's next events. Each function costs a fixed number of queries, whatever
the number of attendees."""

import re
import zoneinfo

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import Count, FloatField, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from members.permissions import can_post

from .models import RSVP, Event

ATTENDING = [RSVP.Status.GOING, RSVP.Status.WAITLISTED]
SIMILAR_LIMIT = 10
# Words of an objective compared with the others'; short words ("to", "of", "w") say
# little about a goal.
SIMILAR_MIN_WORD = 3
SIMILAR_MAX_WORDS = 30
NEXT_EVENTS_ON_GROUP_PAGE = 3


def viewer_rsvp(event, user):
    """The viewer's answer with its topics, or None."""
    if not user.is_authenticated:
        return None
    return RSVP.objects.filter(event=event, member=user).prefetch_related("topics").first()


def attendees_of(event):
    """People going, in the order they answered, then the waitlist in its order."""
    return (
        RSVP.objects.filter(event=event, status__in=ATTENDING)
        .select_related("member")
        .prefetch_related("topics")
        .order_by("status", "responded_at", "pk")  # "going" sorts before "waitlisted"
    )


def attendees_for_export(event):
    """Every answer, going first, then the waitlist, then those not going."""
    status_order = {RSVP.Status.GOING: 0, RSVP.Status.WAITLISTED: 1, RSVP.Status.NOT_GOING: 2}
    rows = RSVP.objects.filter(event=event).select_related("member").order_by("responded_at", "pk")
    return sorted(rows, key=lambda rsvp: status_order[rsvp.status])


def objective_words(text):
    """The distinct words of an objective worth comparing, lowercased, in order."""
    found = [word for word in re.findall(r"\w+", text.lower()) if len(word) >= SIMILAR_MIN_WORD]
    return list(dict.fromkeys(found))[:SIMILAR_MAX_WORDS]


def people_with_similar_goals(rsvp, limit=SIMILAR_LIMIT):
    """The other people going or on the waitlist, ranked by how many topics they share
    with this answer, then by how close their objective is to its objective (PostgreSQL
    full-text rank, `simple` configuration: no stemming, so it works in every language we
    write). People sharing nothing are left out. One query."""
    topic_ids = [topic.pk for topic in rsvp.topics.all()]
    words = objective_words(rsvp.objective)
    if not topic_ids and not words:
        return []
    through = RSVP.topics.through
    shared_topics = Coalesce(
        Subquery(
            through.objects.filter(rsvp_id=OuterRef("pk"), topic_id__in=topic_ids)
            .order_by()
            .values("rsvp_id")
            .annotate(shared=Count("topic_id"))
            .values("shared"),
            output_field=IntegerField(),
        ),
        0,
    )
    if words:
        # Only \w+ words, never the word "or": the query means "any of these words".
        query = SearchQuery(" or ".join(words), search_type="websearch", config="simple")
        similarity = SearchRank(SearchVector("objective", config="simple"), query)
    else:
        similarity = Value(0.0, output_field=FloatField())
    return list(
        RSVP.objects.filter(event_id=rsvp.event_id, status__in=ATTENDING)
        .exclude(pk=rsvp.pk)
        .annotate(shared_topic_count=shared_topics, similarity=similarity)
        .filter(Q(shared_topic_count__gt=0) | Q(similarity__gt=0))
        .select_related("member")
        .order_by("-shared_topic_count", "-similarity", "responded_at", "pk")[:limit]
    )


def next_events_of_group(group, user, membership, limit=NEXT_EVENTS_ON_GROUP_PAGE):
    """The group's next events the viewer may see, for the group's page. The viewer's
    membership is already known there, so this is one query."""
    events = (
        Event.objects.filter(group=group).visible().scheduled().upcoming().select_related("group")
    )
    sees_everything = user.is_authenticated and (
        user.is_staff or (membership is not None and membership.is_active)
    )
    if not sees_everything:
        visible = Q(visibility=Event.Visibility.PUBLIC)
        if can_post(user):
            visible |= Q(admits_visitors=True)
        events = events.filter(visible)
    return with_local_times(list(events[:limit]), user)


def viewer_zone(user):
    """The time zone the viewer chose in their profile, or None."""
    name = getattr(user, "time_zone", "") if user.is_authenticated else ""
    return zoneinfo.ZoneInfo(name) if name else None


def _same_day(event, zone):
    return event.starts_at.astimezone(zone).date() == event.ends_at.astimezone(zone).date()


def with_local_times(events, user):
    """Give each event what its templates show about time: `ends_same_day` (in the event's
    zone); `viewer_time_zone`, the viewer's zone when its clock differs from the event's at
    the start, else None, with `viewer_time_zone_label` and `viewer_ends_same_day`."""
    zone = viewer_zone(user)
    for event in events:
        event.ends_same_day = _same_day(event, event.zone)
        differs = zone is not None and (
            event.starts_at.astimezone(zone).utcoffset()
            != event.starts_at.astimezone(event.zone).utcoffset()
        )
        event.viewer_time_zone = zone.key if differs else None
        event.viewer_time_zone_label = zone.key.replace("_", " ") if differs else ""
        event.viewer_ends_same_day = _same_day(event, zone) if differs else True
    return events
