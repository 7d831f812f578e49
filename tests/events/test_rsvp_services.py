"""Answering an event: places, the waitlist in arrival order, organisers adding people, and
what a cancelled event or a lower capacity refuses."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import RSVP, Event
from events.services import (
    EventError,
    event_cancel,
    event_create,
    event_update,
    rsvp_going,
    rsvp_not_going,
    rsvp_remove,
)
from tests.factories import GroupFactory, UserFactory

pytestmark = pytest.mark.django_db

Status = RSVP.Status


def _event(*, capacity=2, **fields):
    starts_at = timezone.now() + timedelta(days=3)
    defaults = {
        "title": "Employer branding breakfast",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2),
        "time_zone": "Europe/Warsaw",
        "venue": "Hala Koszyki",
        "city": "Warszawa",
        "country": "PL",
        "capacity": capacity,
    }
    return event_create(group=GroupFactory(), organiser=None, **{**defaults, **fields})


def _status(event, member):
    return RSVP.objects.get(event=event, member=member).status


def _counts(event):
    event.refresh_from_db()
    return event.going_count, event.waitlist_count


def _waitlist(event):
    return list(
        RSVP.objects.filter(event=event, status=Status.WAITLISTED)
        .order_by("responded_at", "pk")
        .values_list("member__username", flat=True)
    )


@pytest.fixture
def people():
    return [UserFactory(username=name) for name in ("ala", "bartek", "celina", "darek")]


def test_the_first_answers_take_the_places_and_the_rest_wait_in_order(people):
    event = _event(capacity=2)

    statuses = [rsvp_going(event=event, member=person).status for person in people]

    assert statuses == [Status.GOING, Status.GOING, Status.WAITLISTED, Status.WAITLISTED]
    assert _counts(event) == (2, 2)
    assert _waitlist(event) == ["celina", "darek"]


def test_answering_going_twice_keeps_a_place(people):
    event = _event(capacity=1)
    first = rsvp_going(event=event, member=people[0])
    rsvp_going(event=event, member=people[1])

    again = rsvp_going(event=event, member=people[0], objective="Meet in-house teams.")

    assert again.status == Status.GOING
    assert again.responded_at == first.responded_at
    assert again.objective == "Meet in-house teams."
    assert _counts(event) == (1, 1)
    assert RSVP.objects.filter(event=event, member=people[0]).count() == 1


def test_answering_going_twice_keeps_a_place_on_the_waitlist(people):
    event = _event(capacity=1)
    for person in people:
        rsvp_going(event=event, member=person)

    rsvp_going(event=event, member=people[1])

    assert _waitlist(event) == ["bartek", "celina", "darek"]
    assert _counts(event) == (1, 3)


def test_not_going_gives_the_place_to_the_first_on_the_waitlist(
    people, mailoutbox, django_capture_on_commit_callbacks
):
    event = _event(capacity=2)
    for person in people:
        rsvp_going(event=event, member=person)

    with django_capture_on_commit_callbacks(execute=True):
        rsvp_not_going(event=event, member=people[0])

    assert _status(event, people[0]) == Status.NOT_GOING
    assert _status(event, people[2]) == Status.GOING
    assert _waitlist(event) == ["darek"]
    assert _counts(event) == (2, 1)
    assert [message.to for message in mailoutbox] == [[people[2].email]]
    assert "Employer branding breakfast" in mailoutbox[0].subject


def test_leaving_the_waitlist_promotes_nobody(
    people, mailoutbox, django_capture_on_commit_callbacks
):
    event = _event(capacity=2)
    for person in people:
        rsvp_going(event=event, member=person)

    with django_capture_on_commit_callbacks(execute=True):
        rsvp_not_going(event=event, member=people[2])

    assert _waitlist(event) == ["darek"]
    assert _counts(event) == (2, 1)
    assert mailoutbox == []


def test_coming_back_after_not_going_joins_the_end_of_the_waitlist(people):
    event = _event(capacity=1)
    for person in people[:3]:
        rsvp_going(event=event, member=person)
    rsvp_not_going(event=event, member=people[1])

    rsvp_going(event=event, member=people[1])

    assert _waitlist(event) == ["celina", "bartek"]


def test_not_going_without_an_earlier_answer_is_recorded(people):
    event = _event()

    rsvp = rsvp_not_going(event=event, member=people[0])

    assert rsvp.status == Status.NOT_GOING
    assert _counts(event) == (0, 0)


def test_a_member_cannot_answer_after_the_deadline(people):
    event = _event(rsvp_deadline=timezone.now() + timedelta(days=1))
    Event.objects.filter(pk=event.pk).update(rsvp_deadline=timezone.now() - timedelta(hours=1))

    with pytest.raises(EventError, match="closed"):
        rsvp_going(event=event, member=people[0])

    assert not RSVP.objects.filter(event=event).exists()


def test_an_organiser_can_add_someone_after_the_deadline(people):
    organiser = UserFactory(username="organiser")
    event = _event(rsvp_deadline=timezone.now() + timedelta(days=1))
    Event.objects.filter(pk=event.pk).update(rsvp_deadline=timezone.now() - timedelta(hours=1))

    rsvp = rsvp_going(event=event, member=people[0], added_by=organiser)

    assert rsvp.status == Status.GOING
    assert rsvp.added_by == organiser
    assert _counts(event) == (1, 0)


def test_an_organiser_adding_someone_to_a_full_event_puts_them_on_the_waitlist(people):
    organiser = UserFactory(username="organiser")
    event = _event(capacity=1)
    rsvp_going(event=event, member=people[0])

    rsvp = rsvp_going(event=event, member=people[1], added_by=organiser)

    assert rsvp.status == Status.WAITLISTED
    assert _counts(event) == (1, 1)


@pytest.mark.parametrize("added_by_organiser", [False, True])
def test_a_cancelled_event_takes_no_answers(people, added_by_organiser):
    event = _event()
    event_cancel(event=event, organiser=None)

    with pytest.raises(EventError, match="cancelled"):
        rsvp_going(
            event=event,
            member=people[0],
            added_by=UserFactory(username="organiser") if added_by_organiser else None,
        )

    assert not RSVP.objects.filter(event=event).exists()


def test_not_going_to_a_cancelled_event_promotes_nobody(
    people, mailoutbox, django_capture_on_commit_callbacks
):
    event = _event(capacity=1)
    rsvp_going(event=event, member=people[0])
    rsvp_going(event=event, member=people[1])
    event_cancel(event=event, organiser=None)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        rsvp_not_going(event=event, member=people[0])

    assert _status(event, people[1]) == Status.WAITLISTED
    assert mailoutbox == []


def test_the_capacity_cannot_go_below_the_people_going(people):
    event = _event(capacity=3)
    for person in people[:3]:
        rsvp_going(event=event, member=person)

    with pytest.raises(EventError, match="3 people are already going"):
        event_update(event=event, editor=None, capacity=2)

    event.refresh_from_db()
    assert event.capacity == 3
    assert event.sequence == 0


def test_the_capacity_can_go_down_to_the_people_going(people):
    event = _event(capacity=5)
    for person in people[:3]:
        rsvp_going(event=event, member=person)

    event_update(event=event, editor=None, capacity=3)

    event.refresh_from_db()
    assert event.capacity == 3
    assert event.is_full


def test_a_higher_capacity_moves_the_waitlist_up_in_order(
    people, mailoutbox, django_capture_on_commit_callbacks
):
    event = _event(capacity=1)
    for person in people:
        rsvp_going(event=event, member=person)

    with django_capture_on_commit_callbacks(execute=True):
        event_update(event=event, editor=None, capacity=3)

    assert [_status(event, person) for person in people] == [
        Status.GOING,
        Status.GOING,
        Status.GOING,
        Status.WAITLISTED,
    ]
    assert sorted(message.to[0] for message in mailoutbox) == [
        people[1].email,
        people[2].email,
    ]


def test_the_database_refuses_more_going_than_the_capacity(people):
    event = _event(capacity=1)
    rsvp_going(event=event, member=people[0])

    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(going_count=2)


def test_an_organiser_removing_someone_going_promotes_the_first_waiting(people):
    event = _event(capacity=1)
    for person in people[:3]:
        rsvp_going(event=event, member=person)

    rsvp_remove(event=event, member=people[0], organiser=UserFactory(username="organiser"))

    assert not RSVP.objects.filter(event=event, member=people[0]).exists()
    assert _status(event, people[1]) == Status.GOING
    assert _counts(event) == (1, 1)
