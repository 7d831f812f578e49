"""A popular meetup opening its RSVPs: a hundred members answer at once for twenty places.
Every answer locks the event row, so the places go to the first twenty to get the lock, the
other eighty wait in the order they got it, and a freed place goes to the first of them."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from events.models import RSVP, Event
from events.services import event_create, rsvp_going, rsvp_not_going
from tests.factories import GroupFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

Status = RSVP.Status

PEOPLE = 100
CAPACITY = 20
# PostgreSQL allows 100 connections in all, shared with everything else on the server. The
# threads all start together, but at most this many hold a connection at once, like a web
# server's bounded pool; the others queue for one, and then for the event row's lock.
CONNECTIONS = 16


def _at_once(calls, *, connections=CONNECTIONS):
    """Run every call in its own thread, released together by a barrier; return what each
    raised (or None)."""
    barrier = threading.Barrier(len(calls))
    pool = threading.BoundedSemaphore(connections)
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=30)
            with pool:
                try:
                    call()
                finally:
                    # Give the connection back before the next thread opens one.
                    connection.close()
        except Exception as error:  # reported by the caller's assertions
            outcomes[index] = error

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck on a lock"
    return outcomes


def _popular_event():
    starts_at = timezone.now() + timedelta(days=10)
    return event_create(
        group=GroupFactory(name="Rekruterzy IT Kraków", city="Kraków"),
        organiser=None,
        title="Tech recruiting meetup #50",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        time_zone="Europe/Warsaw",
        venue="Klub Pauza",
        city="Kraków",
        country="PL",
        capacity=CAPACITY,
    )


def _queue(event):
    """Everyone's answer in lock order. The primary key is drawn when the row is inserted,
    which rsvp_going does while holding the event's lock, so it numbers the lock holders."""
    return list(RSVP.objects.filter(event=event).select_related("member").order_by("pk"))


def test_a_hundred_answers_at_once_fill_twenty_places_and_queue_the_rest_in_order(mailoutbox):
    event = _popular_event()
    members = UserFactory.create_batch(PEOPLE)

    started = time.monotonic()
    outcomes = _at_once(
        [lambda member=member: rsvp_going(event=event, member=member) for member in members]
    )
    elapsed = time.monotonic() - started

    assert outcomes == [None] * PEOPLE
    assert elapsed < 20, f"{PEOPLE} answers took {elapsed:.1f}s"
    event.refresh_from_db()
    assert (event.going_count, event.waitlist_count) == (CAPACITY, PEOPLE - CAPACITY)
    queue = _queue(event)
    assert {rsvp.member_id for rsvp in queue} == {member.pk for member in members}
    # The first twenty to get the lock are going; everyone after them waits.
    assert [rsvp.status for rsvp in queue] == (
        [Status.GOING] * CAPACITY + [Status.WAITLISTED] * (PEOPLE - CAPACITY)
    )
    # The answer times follow the lock order strictly, so the waitlist (served by
    # responded_at) is in arrival order, and every place was given before anyone waited.
    answered = [rsvp.responded_at for rsvp in queue]
    assert answered == sorted(answered)
    assert len(set(answered)) == PEOPLE
    going = [rsvp for rsvp in queue if rsvp.status == Status.GOING]
    waiting = [rsvp for rsvp in queue if rsvp.status == Status.WAITLISTED]
    assert max(rsvp.responded_at for rsvp in going) < min(rsvp.responded_at for rsvp in waiting)
    assert mailoutbox == []

    # One of the twenty cannot come: the first on the waitlist, and only they, moves up.
    leaving = going[7]
    rsvp_not_going(event=event, member=leaving.member)

    first_waiting = waiting[0]
    first_waiting.refresh_from_db()
    assert first_waiting.status == Status.GOING
    assert RSVP.objects.filter(event=event, status=Status.GOING).count() == CAPACITY
    assert list(
        RSVP.objects.filter(event=event, status=Status.WAITLISTED)
        .order_by("responded_at", "pk")
        .values_list("pk", flat=True)
    ) == [rsvp.pk for rsvp in waiting[1:]]
    event.refresh_from_db()
    assert (event.going_count, event.waitlist_count) == (CAPACITY, PEOPLE - CAPACITY - 1)
    assert [message.to for message in mailoutbox] == [[first_waiting.member.email]]
    assert "Tech recruiting meetup #50" in mailoutbox[0].subject


def test_places_freed_at_once_go_to_the_first_on_the_waitlist_one_each(mailoutbox):
    event = _popular_event()
    members = UserFactory.create_batch(CAPACITY + 10)
    for member in members:
        rsvp_going(event=event, member=member)
    queue = _queue(event)
    going, waiting = queue[:CAPACITY], queue[CAPACITY:]
    leaving = going[:5]

    outcomes = _at_once(
        [lambda rsvp=rsvp: rsvp_not_going(event=event, member=rsvp.member) for rsvp in leaving]
    )

    assert outcomes == [None] * len(leaving)
    promoted = {rsvp.pk for rsvp in waiting[:5]}
    assert (
        set(RSVP.objects.filter(event=event, status=Status.GOING).values_list("pk", flat=True))
        == {rsvp.pk for rsvp in going[5:]} | promoted
    )
    assert set(
        RSVP.objects.filter(event=event, status=Status.WAITLISTED).values_list("pk", flat=True)
    ) == {rsvp.pk for rsvp in waiting[5:]}
    event.refresh_from_db()
    assert (event.going_count, event.waitlist_count) == (CAPACITY, 5)
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        rsvp.member.email for rsvp in waiting[:5]
    )


def test_the_same_member_answering_twice_at_once_holds_one_place():
    event = _popular_event()
    member = UserFactory()

    outcomes = _at_once([lambda: rsvp_going(event=event, member=member)] * 2)

    assert outcomes == [None, None]
    assert [rsvp.status for rsvp in _queue(event)] == [Status.GOING]
    assert Event.objects.values_list("going_count", flat=True).get(pk=event.pk) == 1
