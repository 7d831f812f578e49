"""The .ics file of one event and a group's subscription feed, read back with icalendar the
way a calendar application reads them."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import RSVP, Event
from events.services import (
    event_cancel,
    event_create,
    event_update,
    rsvp_going,
    rsvp_not_going,
)
from groups.models import Membership
from recruitcommunity.links import absolute_url
from tests.factories import GroupFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

WARSAW = ZoneInfo("Europe/Warsaw")
CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"
ZOOM_LINK = "https://zoom.example.com/j/123456789"


def _event(group, *, starts_at=None, hours=2, **fields):
    starts_at = starts_at or timezone.now() + timedelta(days=7)
    defaults = {
        "title": "Sourcing engineers in a cold market",
        "description": "Short talks, then questions.\nBring a story.",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=hours),
        "time_zone": "Europe/Warsaw",
        "venue": "Kawiarnia Nowa",
        "address": "ul. Marszałkowska 1",
        "city": "Warszawa",
        "country": "PL",
        "capacity": 30,
    }
    return event_create(group=group, organiser=None, **{**defaults, **fields})


def _online(group, **fields):
    return _event(
        group, format=Event.Format.ONLINE, venue="", address="", online_url=ZOOM_LINK, **fields
    )


def _parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == CALENDAR_CONTENT_TYPE
    return icalendar.Calendar.from_ical(response.content)


def _event_file(client, event):
    return _parse(client.get(reverse("events:ics", kwargs={"pk": event.pk})))


def _feed(client, group):
    return _parse(client.get(reverse("groups:events_ics", kwargs={"slug": group.slug})))


def _only_event(calendar):
    (vevent,) = calendar.events
    return vevent


def _uids(calendar):
    return [str(vevent["UID"]) for vevent in calendar.events]


@pytest.fixture
def group():
    return GroupFactory(name="Rekruterzy Warszawa", city="Warszawa")


# One event -------------------------------------------------------------------------------


def test_an_event_file_is_a_published_calendar_with_one_event(client, group):
    event = _event(group)

    calendar = _event_file(client, event)

    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["VERSION"] == "2.0"
    vevent = _only_event(calendar)
    assert vevent["UID"] == f"{event.uid}@recruitcommunity"
    assert vevent["SEQUENCE"] == 0
    assert vevent["SUMMARY"] == "Sourcing engineers in a cold market"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent.DTSTAMP.tzinfo is not None
    assert vevent["LOCATION"] == "Kawiarnia Nowa, ul. Marszałkowska 1, Warszawa"
    assert vevent["URL"] == absolute_url(event.get_absolute_url())
    description = str(vevent["DESCRIPTION"])
    assert description.startswith("Short talks, then questions.\nBring a story.")
    assert "Rekruterzy Warszawa" in description
    assert description.endswith(str(vevent["URL"]))


def test_an_event_file_downloads_as_an_attachment(client, group):
    event = _event(group)

    response = client.get(reverse("events:ics", kwargs={"pk": event.pk}))

    assert response["Content-Disposition"] == f'attachment; filename="event-{event.pk}.ics"'


@pytest.mark.parametrize(
    ("local_start", "utc_start", "offset"),
    [
        # Summer time (CEST, UTC+2) on the Saturday before the October change...
        (datetime(2026, 10, 24, 18, 0), datetime(2026, 10, 24, 16, 0, tzinfo=UTC), 2),
        # ...and winter time (CET, UTC+1) a week later.
        (datetime(2026, 10, 31, 18, 0), datetime(2026, 10, 31, 17, 0, tzinfo=UTC), 1),
    ],
)
def test_times_are_in_the_events_zone_on_both_sides_of_the_dst_change(
    client, group, local_start, utc_start, offset
):
    starts_at = local_start.replace(tzinfo=WARSAW)
    event = _event(group, starts_at=starts_at)
    assert event.starts_at == utc_start

    calendar = _event_file(client, event)

    vevent = _only_event(calendar)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert vevent["DTEND"].params["TZID"] == "Europe/Warsaw"
    assert vevent.start.replace(tzinfo=None) == local_start
    assert vevent.start.astimezone(UTC) == utc_start
    assert vevent.end.astimezone(UTC) == utc_start + timedelta(hours=2)
    assert f"DTSTART;TZID=Europe/Warsaw:{local_start:%Y%m%dT%H%M%S}" in response_text(calendar)
    # The calendar carries its own definition of the zone, and that definition (not only
    # the reader's zoneinfo database) gives the right offset on each side of the change.
    (vtimezone,) = calendar.timezones
    assert vtimezone["TZID"] == "Europe/Warsaw"
    zone_from_file = vtimezone.to_tz()
    assert local_start.replace(tzinfo=zone_from_file).utcoffset() == timedelta(hours=offset)


def response_text(calendar):
    return calendar.to_ical().decode()


def test_an_event_in_utc_needs_no_time_zone_definition(client, group):
    starts_at = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    event = _event(group, starts_at=starts_at, time_zone="UTC")

    calendar = _event_file(client, event)

    assert _only_event(calendar).start == starts_at
    assert calendar.timezones == []


def test_the_uid_stays_and_the_sequence_goes_up_when_the_event_changes(client, group):
    event = _event(group)
    before = _only_event(_event_file(client, event))

    event_update(event=event, editor=None, title="Sourcing engineers, part two")
    event_update(event=event, editor=None, venue="Biblioteka Uniwersytecka")
    after = _only_event(_event_file(client, event))

    assert after["UID"] == before["UID"] == f"{event.uid}@recruitcommunity"
    assert before["SEQUENCE"] == 0
    assert after["SEQUENCE"] == 2
    assert after["SUMMARY"] == "Sourcing engineers, part two"
    assert str(after["LOCATION"]).startswith("Biblioteka Uniwersytecka")


def test_an_update_that_changes_nothing_keeps_the_sequence(client, group):
    event = _event(group)

    event_update(event=event, editor=None, title=event.title)

    assert _only_event(_event_file(client, event))["SEQUENCE"] == 0


def test_a_cancelled_event_says_so_with_a_higher_sequence(client, group):
    event = _event(group)

    event_cancel(event=event, organiser=None)

    vevent = _only_event(_event_file(client, event))
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1
    assert vevent["UID"] == f"{event.uid}@recruitcommunity"


# Who gets the online link ------------------------------------------------------------------


def test_the_online_link_is_in_the_file_of_someone_going(client, group):
    event = _online(group)
    attendee = UserFactory()
    rsvp_going(event=event, member=attendee)
    client.force_login(attendee)

    response = client.get(reverse("events:ics", kwargs={"pk": event.pk}))

    assert _only_event(_parse(response))["LOCATION"] == ZOOM_LINK
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("who", ["anonymous", "not answered", "waitlisted", "not going"])
def test_the_online_link_is_not_in_the_file_of_anyone_else(client, group, who):
    event = _online(group, capacity=1)
    rsvp_going(event=event, member=UserFactory())
    if who != "anonymous":
        person = UserFactory()
        if who == "waitlisted":
            assert rsvp_going(event=event, member=person).status == RSVP.Status.WAITLISTED
        elif who == "not going":
            rsvp_going(event=event, member=person)
            rsvp_not_going(event=event, member=person)
        client.force_login(person)

    response = client.get(reverse("events:ics", kwargs={"pk": event.pk}))

    assert _only_event(_parse(response))["LOCATION"] == "Online"
    assert ZOOM_LINK.encode() not in response.content


def test_the_online_link_is_in_the_file_of_an_organiser(client, group):
    event = _online(group)
    organiser = UserFactory()
    MembershipFactory(user=organiser, group=group, role=Membership.Role.MODERATOR)
    client.force_login(organiser)

    assert _only_event(_event_file(client, event))["LOCATION"] == ZOOM_LINK


# Who may download it -----------------------------------------------------------------------


def test_a_members_only_event_is_hidden_from_visitors(client, group):
    event = _event(group, visibility=Event.Visibility.MEMBERS)

    assert client.get(reverse("events:ics", kwargs={"pk": event.pk})).status_code == 404


def test_a_members_only_event_is_hidden_from_members_of_other_groups(client, group):
    event = _event(group, visibility=Event.Visibility.MEMBERS, admits_visitors=False)
    outsider = UserFactory()
    MembershipFactory(user=outsider, group=GroupFactory())
    client.force_login(outsider)

    assert client.get(reverse("events:ics", kwargs={"pk": event.pk})).status_code == 404


def test_a_members_only_event_downloads_for_a_member_of_its_group(client, group):
    event = _event(group, visibility=Event.Visibility.MEMBERS)
    member = UserFactory()
    MembershipFactory(user=member, group=group)
    client.force_login(member)

    assert _only_event(_event_file(client, event))["UID"] == f"{event.uid}@recruitcommunity"


def test_a_members_only_event_that_admits_visitors_downloads_for_a_confirmed_member(client, group):
    event = _event(group, visibility=Event.Visibility.MEMBERS, admits_visitors=True)
    client.force_login(UserFactory())

    assert _only_event(_event_file(client, event))["UID"] == f"{event.uid}@recruitcommunity"


def test_an_unknown_event_is_not_found(client):
    assert client.get(reverse("events:ics", kwargs={"pk": 999_999})).status_code == 404


def test_the_event_file_is_read_only(client, group):
    event = _event(group)

    assert client.post(reverse("events:ics", kwargs={"pk": event.pk})).status_code == 405


# The group feed ---------------------------------------------------------------------------


def test_the_feed_lists_the_groups_public_events_in_order(client, group):
    later = _event(group, starts_at=timezone.now() + timedelta(days=14), title="Later")
    sooner = _event(group, starts_at=timezone.now() + timedelta(days=2), title="Sooner")
    _event(GroupFactory(), title="Another group's meetup")

    calendar = _feed(client, group)

    assert calendar["METHOD"] == "PUBLISH"
    assert "Rekruterzy Warszawa" in str(calendar["X-WR-CALNAME"])
    assert _uids(calendar) == [f"{sooner.uid}@recruitcommunity", f"{later.uid}@recruitcommunity"]
    assert [str(vevent["SUMMARY"]) for vevent in calendar.events] == ["Sooner", "Later"]
    (vtimezone,) = calendar.timezones
    assert vtimezone["TZID"] == "Europe/Warsaw"
    # Subscribed calendars are asked to fetch it again every six hours.
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=6)
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT6H"


def test_the_feed_defines_each_zone_its_events_use(client, group):
    _event(group)
    _event(group, time_zone="America/New_York", city="New York", country="US")

    calendar = _feed(client, group)

    assert sorted(str(vtimezone["TZID"]) for vtimezone in calendar.timezones) == [
        "America/New_York",
        "Europe/Warsaw",
    ]
    assert {vevent["DTSTART"].params["TZID"] for vevent in calendar.events} == {
        "America/New_York",
        "Europe/Warsaw",
    }


def test_the_feed_leaves_out_members_only_events_even_for_members(client, group):
    public = _event(group, title="Open meetup")
    _event(group, title="Members' dinner", visibility=Event.Visibility.MEMBERS)
    member = UserFactory()
    MembershipFactory(user=member, group=group)
    client.force_login(member)

    calendar = _feed(client, group)

    assert _uids(calendar) == [f"{public.uid}@recruitcommunity"]
    assert "Members' dinner" not in response_text(calendar)


def test_the_feed_keeps_a_cancelled_event_marked_cancelled(client, group):
    event = _event(group)
    event_cancel(event=event, organiser=None)

    vevent = _only_event(_feed(client, group))

    assert vevent["UID"] == f"{event.uid}@recruitcommunity"
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1


def test_the_feed_never_shows_an_online_link(client, group):
    event = _online(group)
    attendee = UserFactory()
    rsvp_going(event=event, member=attendee)
    client.force_login(attendee)

    response = client.get(reverse("groups:events_ics", kwargs={"slug": group.slug}))

    assert _only_event(_parse(response))["LOCATION"] == "Online"
    assert ZOOM_LINK.encode() not in response.content


def test_the_feed_keeps_recent_past_events_and_drops_old_ones(client, group):
    recent = _event(group, starts_at=timezone.now() - timedelta(days=30), title="Last month")
    _event(group, starts_at=timezone.now() - timedelta(days=200), title="Long ago")

    assert _uids(_feed(client, group)) == [f"{recent.uid}@recruitcommunity"]


def test_the_feed_of_a_group_without_events_is_an_empty_calendar(client, group):
    calendar = _feed(client, group)

    assert calendar.events == []
    assert calendar["METHOD"] == "PUBLISH"


def test_the_feed_of_an_unknown_group_is_not_found(client):
    response = client.get(reverse("groups:events_ics", kwargs={"slug": "no-such-group"}))

    assert response.status_code == 404


@pytest.mark.parametrize("size", [1, 10])
def test_the_feed_takes_the_same_queries_however_many_events(
    client, group, django_assert_max_num_queries, size
):
    for day in range(size):
        _event(group, starts_at=timezone.now() + timedelta(days=day + 1))

    with django_assert_max_num_queries(2):
        calendar = _feed(client, group)

    assert len(calendar.events) == size


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_event_file_takes_a_fixed_number_of_queries(
    client, group, django_assert_max_num_queries, signed_in
):
    event = _event(group)
    if signed_in:
        client.force_login(UserFactory())

    # Signed in: the session and the user, then the event, the membership and the answer.
    with django_assert_max_num_queries(5 if signed_in else 1):
        _event_file(client, event)
