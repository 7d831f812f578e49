"""The organisers' event form: local times in the event's zone stored as UTC, the zone a
group starts from, daylight-saving changes, and every rule refused with the error next to its
field, nothing saved and what was typed kept."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from events.forms import default_time_zone, utc_from_local
from events.models import RSVP, Event
from tests.factories import (
    EventFactory,
    GroupFactory,
    MembershipFactory,
    RSVPFactory,
    UserFactory,
)
from tests.html import field_errors, input_value, messages_shown, page, textarea_value

pytestmark = pytest.mark.django_db

WARSAW = ZoneInfo("Europe/Warsaw")
NEXT_YEAR = timezone.now().year + 1


def _last_sunday(year, month):
    day = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    while day.weekday() != 6:
        day -= datetime.timedelta(days=1)
    return day


# The European clocks go forward at 02:00 on the last Sunday of March, back at 03:00 on the
# last Sunday of October.
SPRING_FORWARD = _last_sunday(NEXT_YEAR, 3)
FALL_BACK = _last_sunday(NEXT_YEAR, 10)


@pytest.fixture
def organiser(db):
    return UserFactory(username="organiser")


@pytest.fixture
def group(organiser):
    group = GroupFactory(name="Rekruterzy Kraków", slug="krakow", country="PL", city="Kraków")
    MembershipFactory(group=group, user=organiser, role="owner")
    return group


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


def _data(**overrides):
    data = {
        "title": "Sourcing in Kraków",
        "description": "Talks, then **questions**.",
        "start_date": f"{NEXT_YEAR}-05-14",
        "start_time": "18:00",
        "end_date": f"{NEXT_YEAR}-05-14",
        "end_time": "21:00",
        "time_zone": "Europe/Warsaw",
        "rsvp_deadline_date": "",
        "rsvp_deadline_time": "",
        "format": "in_person",
        "venue": "Klub Pod Jaszczurami",
        "address": "Rynek Główny 8",
        "city": "Kraków",
        "country": "PL",
        "online_url": "",
        "capacity": "40",
        "visibility": "public",
        "admits_visitors": "on",
    }
    return {**data, **overrides}


def _create(client, group, **overrides):
    return client.post(f"/events/new/?group={group.slug}", _data(**overrides))


# Times --------------------------------------------------------------------------------------


def test_local_times_are_stored_in_utc(organiser_client, group):
    response = _create(organiser_client, group)

    event = Event.objects.get()
    assert response.status_code == 302
    # Kraków is on summer time (UTC+2) in May.
    assert event.starts_at == datetime.datetime(NEXT_YEAR, 5, 14, 16, 0, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(NEXT_YEAR, 5, 14, 19, 0, tzinfo=datetime.UTC)
    assert event.time_zone == "Europe/Warsaw"
    assert event.rsvp_deadline is None


def test_the_same_local_time_elsewhere_is_another_moment(organiser_client, group):
    _create(organiser_client, group, time_zone="America/New_York")

    event = Event.objects.get()
    assert event.starts_at == datetime.datetime(NEXT_YEAR, 5, 14, 22, 0, tzinfo=datetime.UTC)


def test_the_rsvp_deadline_is_local_too(organiser_client, group):
    _create(
        organiser_client, group, rsvp_deadline_date=f"{NEXT_YEAR}-05-13", rsvp_deadline_time="12:00"
    )

    event = Event.objects.get()
    assert event.rsvp_deadline == datetime.datetime(NEXT_YEAR, 5, 13, 10, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("country", "zone"),
    [("PL", "Europe/Warsaw"), ("DE", "Europe/Berlin"), ("IL", "Asia/Jerusalem"), ("BR", "UTC")],
)
def test_the_form_starts_from_a_zone_of_the_groups_country(client, country, zone):
    group = GroupFactory(country=country)
    owner = UserFactory()
    MembershipFactory(group=group, user=owner, role="owner")
    client.force_login(owner)

    response = client.get(f"/events/new/?group={group.slug}")

    assert default_time_zone(country) == zone
    assert f'<option value="{zone}" selected>' in page(response)


def test_a_time_skipped_when_the_clocks_go_forward_is_refused(organiser_client, group):
    day = SPRING_FORWARD.isoformat()

    response = _create(organiser_client, group, start_date=day, start_time="02:30", end_date=day)

    assert response.status_code == 200
    assert field_errors(response, "start_time") == [
        f"2:30 a.m. on {SPRING_FORWARD:%B} {SPRING_FORWARD.day}, {NEXT_YEAR} does not exist in "
        "Europe/Warsaw: the clocks go forward at that hour. Choose a time an hour later or "
        "earlier."
    ]
    assert not Event.objects.exists()


def test_a_time_that_happens_twice_is_read_as_the_first_and_the_organiser_is_told(
    organiser_client, group
):
    day = FALL_BACK.isoformat()

    response = _create(organiser_client, group, start_date=day, start_time="02:30", end_date=day)

    event = Event.objects.get()
    # 02:30 summer time (UTC+2), the first of the two.
    assert event.starts_at == datetime.datetime(
        FALL_BACK.year, FALL_BACK.month, FALL_BACK.day, 0, 30, tzinfo=datetime.UTC
    )
    assert any(
        "happens twice" in message for message in messages_shown(organiser_client.get(response.url))
    )


def test_utc_from_local_around_the_changes():
    moment, ambiguous = utc_from_local(FALL_BACK, datetime.time(2, 30), "Europe/Warsaw")
    assert ambiguous
    assert moment.astimezone(WARSAW).utcoffset() == datetime.timedelta(hours=2)

    moment, ambiguous = utc_from_local(
        datetime.date(NEXT_YEAR, 1, 10), datetime.time(2, 30), "Europe/Warsaw"
    )
    assert not ambiguous
    assert moment.hour == 1


# Bad input: refused, error beside the field, nothing saved, typed values kept ----------------


BAD_INPUT = [
    pytest.param(
        {"end_date": f"{NEXT_YEAR}-05-13"},
        "end_date",
        "The event must end after it starts.",
        id="end-before-start",
    ),
    pytest.param(
        {"end_time": "18:00"},
        "end_date",
        "The event must end after it starts.",
        id="end-equals-start",
    ),
    pytest.param(
        {"capacity": "0"},
        "capacity",
        "At least one person must be able to come: enter 1 or more.",
        id="capacity-zero",
    ),
    pytest.param(
        {"capacity": "-5"},
        "capacity",
        "At least one person must be able to come: enter 1 or more.",
        id="capacity-negative",
    ),
    pytest.param(
        {"rsvp_deadline_date": f"{NEXT_YEAR}-05-14", "rsvp_deadline_time": "19:00"},
        "rsvp_deadline_date",
        "The RSVP deadline must be no later than the start.",
        id="deadline-after-start",
    ),
    pytest.param(
        {"rsvp_deadline_date": f"{NEXT_YEAR}-05-13"},
        "rsvp_deadline_time",
        "Enter the time as well as the date.",
        id="deadline-without-time",
    ),
    pytest.param(
        {"start_date": f"{NEXT_YEAR - 2}-05-14", "end_date": f"{NEXT_YEAR - 2}-05-14"},
        "start_date",
        "This date and time have passed: an event cannot start in the past.",
        id="start-in-the-past",
    ),
    pytest.param(
        {"format": "online", "online_url": ""},
        "online_url",
        "An online event needs a link for the people who are going.",
        id="online-without-link",
    ),
    pytest.param(
        {"format": "online", "online_url": "not a link"},
        "online_url",
        "Enter a valid URL.",
        id="online-with-a-broken-link",
    ),
    pytest.param(
        {"venue": "   "}, "venue", "An event in person needs a venue.", id="in-person-without-venue"
    ),
    pytest.param(
        {"city": ""}, "city", "An event in person needs a city.", id="in-person-without-city"
    ),
    pytest.param({"title": ""}, "title", "This field is required.", id="no-title"),
    pytest.param(
        {"start_date": "14/05/banana"}, "start_date", "Enter a valid date.", id="bad-date"
    ),
    pytest.param({"time_zone": "Mars/Olympus"}, "time_zone", None, id="unknown-zone"),
]


@pytest.mark.parametrize(("overrides", "field", "error"), BAD_INPUT)
def test_creating_refuses_bad_input(organiser_client, group, overrides, field, error):
    data = _data(title="Kept title", **{k: v for k, v in overrides.items() if k != "title"})
    if "title" in overrides:
        data["title"] = overrides["title"]

    response = organiser_client.post(f"/events/new/?group={group.slug}", data)

    assert response.status_code == 200
    errors = field_errors(response, field)
    assert errors
    if error is not None:
        assert error in errors
    assert "Please correct the errors below." in page(response)
    assert not Event.objects.exists()
    # What was typed stays in the form.
    assert input_value(response, "venue") == data["venue"]
    assert input_value(response, "capacity") == data["capacity"]
    assert input_value(response, "start_time") == data["start_time"]
    assert textarea_value(response, "description") == data["description"]
    if "title" not in overrides:
        assert input_value(response, "title") == "Kept title"


@pytest.mark.parametrize(("overrides", "field", "error"), BAD_INPUT)
def test_editing_refuses_bad_input(organiser_client, group, overrides, field, error):
    event = EventFactory(group=group, title="Original")
    before = list(Event.objects.values())

    response = organiser_client.post(f"/events/{event.pk}/edit/", _data(**overrides))

    assert response.status_code == 200
    assert field_errors(response, field)
    assert list(Event.objects.values()) == before
    assert input_value(response, "venue") == _data(**overrides)["venue"]
    assert not mail.outbox


def test_the_capacity_cannot_drop_below_the_people_going(organiser_client, group):
    event = EventFactory(group=group, capacity=5)
    for _ in range(3):
        RSVPFactory(event=event)

    response = organiser_client.post(f"/events/{event.pk}/edit/", _data(capacity="2"))

    assert field_errors(response, "capacity") == [
        "3 people are already going; the capacity cannot be lower."
    ]
    assert Event.objects.get().capacity == 5


def test_an_event_that_has_started_can_still_be_edited_without_moving_its_start(
    organiser_client, group
):
    starts_at = timezone.now() - datetime.timedelta(hours=1)
    event = EventFactory(
        group=group, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=3)
    )
    local_start = starts_at.astimezone(WARSAW)
    local_end = event.ends_at.astimezone(WARSAW)
    data = _data(
        title="Renamed",
        start_date=local_start.date().isoformat(),
        start_time=f"{local_start:%H:%M}",
        end_date=local_end.date().isoformat(),
        end_time=f"{local_end:%H:%M}",
    )

    response = organiser_client.post(f"/events/{event.pk}/edit/", data)

    assert response.status_code == 302
    assert Event.objects.get().title == "Renamed"


def test_the_edit_form_shows_local_times(organiser_client, group):
    starts_at = datetime.datetime(NEXT_YEAR, 7, 1, 16, 0, tzinfo=datetime.UTC)
    event = EventFactory(
        group=group, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2)
    )

    response = organiser_client.get(f"/events/{event.pk}/edit/")

    assert input_value(response, "start_date") == f"{NEXT_YEAR}-07-01"
    assert input_value(response, "start_time") == "18:00"
    assert input_value(response, "end_time") == "20:00"


def test_editing_tells_attendees_when_the_time_changes(
    organiser_client, group, django_capture_on_commit_callbacks
):
    event = EventFactory(group=group)
    RSVPFactory(event=event)

    with django_capture_on_commit_callbacks(execute=True):
        response = organiser_client.post(f"/events/{event.pk}/edit/", _data(start_time="19:00"))

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert Event.objects.get().sequence == 1


def test_a_cancelled_event_cannot_be_edited(organiser_client, group):
    event = EventFactory(group=group, cancelled_at=timezone.now())

    response = organiser_client.post(f"/events/{event.pk}/edit/", _data(title="Changed"))

    assert response.status_code == 302
    assert Event.objects.get().title != "Changed"


def test_cancelling_needs_the_box_ticked(organiser_client, group):
    event = EventFactory(group=group)
    RSVPFactory(event=event)

    response = organiser_client.post(f"/events/{event.pk}/cancel/", {})

    assert response.status_code == 200
    assert field_errors(response, "confirm") == [
        "Tick the box to confirm that you want to cancel the event."
    ]
    assert not Event.objects.get().is_cancelled
    assert not mail.outbox


def test_cancelling_tells_everyone_who_answered(
    organiser_client, group, django_capture_on_commit_callbacks
):
    event = EventFactory(group=group)
    RSVPFactory(event=event)
    RSVPFactory(event=event, status=RSVP.Status.WAITLISTED)

    with django_capture_on_commit_callbacks(execute=True):
        response = organiser_client.post(f"/events/{event.pk}/cancel/", {"confirm": "on"})

    assert Event.objects.get().is_cancelled
    assert len(mail.outbox) == 2
    assert "2 people who answered have been told by email." in " ".join(
        messages_shown(organiser_client.get(response.url))
    )


@pytest.mark.parametrize(
    ("objective", "topics", "error_field"),
    [
        ("x" * 1001, [], "objective"),
        ("", ["salary-and-compensation", "notice-periods", "benefits", "job-boards"], "topics"),
        ("", ["no-such-topic"], "topics"),
    ],
)
def test_answering_refuses_bad_input_and_keeps_what_was_typed(
    client, group, objective, topics, error_field
):
    event = EventFactory(group=group)
    member = UserFactory()
    client.force_login(member)

    response = client.post(
        f"/events/{event.pk}/rsvp/", {"answer": "going", "objective": objective, "topics": topics}
    )

    assert response.status_code == 200
    assert field_errors(response, error_field)
    assert textarea_value(response, "objective") == objective
    assert not RSVP.objects.exists()


def test_answering_without_an_answer_is_refused(client, group):
    event = EventFactory(group=group)
    client.force_login(UserFactory())

    response = client.post(f"/events/{event.pk}/rsvp/", {"objective": "Meet people"})

    assert "Choose whether you are going." in page(response)
    assert not RSVP.objects.exists()


def test_adding_an_unknown_username_is_refused(organiser_client, group):
    event = EventFactory(group=group)

    response = organiser_client.post(f"/events/{event.pk}/attendees/add/", {"username": "nobody"})

    assert response.status_code == 200
    assert field_errors(response, "username") == ["No member has the username nobody."]
    assert input_value(response, "username") == "nobody"
    assert not RSVP.objects.exists()


def test_adding_someone_who_may_not_see_a_members_only_event_is_refused(organiser_client, group):
    event = EventFactory(group=group, visibility=Event.Visibility.MEMBERS, admits_visitors=False)
    UserFactory(username="outsider", display_name="Olek Outsider")

    response = organiser_client.post(f"/events/{event.pk}/attendees/add/", {"username": "outsider"})

    assert field_errors(response, "username") == [
        "Olek Outsider is not a member of the group, and this event is for members only."
    ]
    assert not RSVP.objects.exists()


def test_adding_someone_banned_from_the_group_is_refused(organiser_client, group):
    event = EventFactory(group=group)
    banned = UserFactory(username="banned", display_name="Bartek Banned")
    MembershipFactory(group=group, user=banned, status="banned")

    response = organiser_client.post(
        f"/events/{event.pk}/attendees/add/", {"username": "banned"}, HTTP_HX_REQUEST="true"
    )

    assert 'id="event-participation"' in page(response)
    assert field_errors(response, "username") == ["Bartek Banned is banned from the group."]
    assert not RSVP.objects.exists()


def test_a_date_at_the_edge_of_the_calendar_is_an_error_not_a_crash(organiser_client, group):
    # Found by the form fuzzer: 1 January of year 1 in a zone east of UTC is before year 1.
    response = _create(
        organiser_client,
        group,
        rsvp_deadline_date="0001-01-01",
        rsvp_deadline_time="00:00",
        time_zone="Africa/Addis_Ababa",
    )

    assert response.status_code == 200
    assert "Enter a date between the years 1900 and 9000." in field_errors(
        response, "rsvp_deadline_date"
    )
    assert not Event.objects.exists()
