"""The reminder a day before an event: to everyone going, once each, however often and
however many at a time the scheduler runs it, in their language and the event's time."""

import logging
import threading
from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from events.models import RSVP, Event
from events.services import (
    event_cancel,
    event_create,
    event_update,
    rsvp_going,
    rsvp_not_going,
)
from events.tasks import send_event_reminders
from tests.factories import EventFactory, GroupFactory, RSVPFactory, UserFactory

Status = RSVP.Status
ZOOM_LINK = "https://zoom.example.com/j/987654321"


def _event(*, starts_in=timedelta(hours=20), capacity=10, **fields):
    starts_at = fields.pop("starts_at", None) or timezone.now() + starts_in
    defaults = {
        "title": "Salary talks across borders",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2),
        "time_zone": "Europe/Warsaw",
        "venue": "Hala Koszyki",
        "address": "ul. Koszykowa 63",
        "city": "Warszawa",
        "country": "PL",
        "capacity": capacity,
    }
    return event_create(group=GroupFactory(), organiser=None, **{**defaults, **fields})


def _going(event, count):
    members = UserFactory.create_batch(count)
    for member in members:
        rsvp_going(event=event, member=member)
    return members


def _next_local(hour, zone_name, *, after):
    """The next time the clock in the zone shows hour:00, after the given instant."""
    zone = ZoneInfo(zone_name)
    local = after.astimezone(zone)
    candidate = datetime(local.year, local.month, local.day, hour, tzinfo=zone)
    if candidate <= after:
        candidate = datetime.combine(
            local.date() + timedelta(days=1), candidate.timetz().replace(tzinfo=None), zone
        )
    return candidate


def _recipients(outbox):
    return sorted(address for message in outbox for address in message.to)


def _emails(members):
    return sorted(member.email for member in members)


@pytest.fixture
def run_reminders(django_capture_on_commit_callbacks):
    """Run the job as beat does; the emails go once the claims commit."""

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            return send_event_reminders()

    return run


# Who is reminded --------------------------------------------------------------------------


@pytest.mark.django_db
def test_everyone_going_is_reminded_and_nobody_else(mailoutbox, run_reminders):
    event = _event(capacity=3)
    first, *going = _going(event, 3)
    promoted, still_waiting = _going(event, 2)
    rsvp_not_going(event=event, member=first)  # their place goes to the first waiting
    going.append(promoted)
    never_coming = UserFactory()
    rsvp_not_going(event=event, member=never_coming)
    mailoutbox.clear()

    sent = run_reminders()

    assert sent == 3
    assert _recipients(mailoutbox) == _emails(going)
    assert still_waiting.email not in _recipients(mailoutbox)
    reminded = RSVP.objects.filter(event=event, reminded_at__isnull=False)
    assert sorted(reminded.values_list("member__email", flat=True)) == _emails(going)


@pytest.mark.django_db
def test_running_twice_reminds_each_person_once(mailoutbox, run_reminders):
    event = _event()
    going = _going(event, 3)

    first, second = run_reminders(), run_reminders()

    assert (first, second) == (3, 0)
    assert _recipients(mailoutbox) == _emails(going)


@pytest.mark.django_db
def test_someone_who_answers_after_a_run_is_reminded_by_the_next(mailoutbox, run_reminders):
    event = _event()
    early = _going(event, 1)
    run_reminders()

    late = _going(event, 1)
    run_reminders()

    assert _recipients(mailoutbox) == _emails(early + late)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "starts_in",
    [timedelta(hours=24, minutes=5), timedelta(days=3), -timedelta(minutes=30)],
    ids=["just over a day away", "days away", "already started"],
)
def test_events_not_within_the_next_day_send_nothing(mailoutbox, run_reminders, starts_in):
    if starts_in < timedelta(0):
        # An event in progress: created ahead, then under way.
        event = _event()
        _going(event, 2)
        Event.objects.filter(pk=event.pk).update(
            starts_at=timezone.now() + starts_in, ends_at=timezone.now() + timedelta(hours=1)
        )
    else:
        _going(_event(starts_in=starts_in), 2)

    assert run_reminders() == 0
    assert mailoutbox == []


@pytest.mark.django_db
def test_an_event_just_under_a_day_away_is_reminded(mailoutbox, run_reminders):
    going = _going(_event(starts_in=timedelta(hours=23, minutes=55)), 1)

    assert run_reminders() == 1
    assert _recipients(mailoutbox) == _emails(going)


@pytest.mark.django_db
def test_a_cancelled_event_sends_no_reminder(mailoutbox, run_reminders):
    event = _event()
    _going(event, 2)
    event_cancel(event=event, organiser=None)
    mailoutbox.clear()

    assert run_reminders() == 0
    assert mailoutbox == []


# What it says -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_reminder_is_in_the_attendees_language_and_the_events_time(mailoutbox, run_reminders):
    starts_at = _next_local(18, "Europe/Warsaw", after=timezone.now() + timedelta(minutes=5))
    event = _event(starts_at=starts_at)
    polish = UserFactory(interface_language="pl", display_name="Kasia")
    rsvp_going(event=event, member=polish)

    run_reminders()

    (message,) = mailoutbox
    assert message.to == [polish.email]
    assert "Salary talks across borders" in message.subject
    assert message.body.startswith("Cześć, Kasia!")
    # Polish date format, in Warsaw's time: 18:00, whatever the offset from UTC that day.
    assert "18:00 – 20:00 (Europe/Warsaw)" in message.body
    assert f"{starts_at.astimezone(ZoneInfo('UTC')):%H:%M}" not in message.body
    assert "Hala Koszyki, ul. Koszykowa 63, Warszawa" in message.body
    assert f"{django_settings.SITE_URL}/events/{event.pk}/" in message.body


@pytest.mark.django_db
def test_an_english_reminder_of_an_event_elsewhere_uses_that_places_clock(
    mailoutbox, run_reminders
):
    starts_at = _next_local(18, "America/New_York", after=timezone.now() + timedelta(minutes=5))
    event = _event(
        starts_at=starts_at,
        time_zone="America/New_York",
        venue="WeWork",
        address="",
        city="New York",
        country="US",
    )
    member = UserFactory(interface_language="en", display_name="Sam")
    rsvp_going(event=event, member=member)

    run_reminders()

    (message,) = mailoutbox
    assert message.body.startswith("Hello Sam,")
    assert "6 p.m. – 8 p.m. (America/New_York)" in message.body
    assert "WeWork, New York" in message.body


@pytest.mark.django_db
def test_an_online_reminder_carries_the_link(mailoutbox, run_reminders):
    event = _event(format=Event.Format.ONLINE, venue="", address="", online_url=ZOOM_LINK)
    _going(event, 1)

    run_reminders()

    (message,) = mailoutbox
    assert ZOOM_LINK in message.body


# The command and the schedule -------------------------------------------------------------


@pytest.mark.django_db
def test_the_management_command_sends_the_reminders_due(
    mailoutbox, django_capture_on_commit_callbacks
):
    going = _going(_event(), 2)
    output = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=output)

    assert output.getvalue().strip() == "Sent 2 event reminders."
    assert _recipients(mailoutbox) == _emails(going)


def test_beat_runs_the_reminders_every_quarter_of_an_hour():
    (entry,) = [
        entry
        for entry in django_settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == send_event_reminders.name
    ]
    assert send_event_reminders.name == "events.tasks.send_event_reminders"
    assert entry["schedule"].minute == {0, 15, 30, 45}


# Failures and concurrent runs --------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_reminder_the_mail_server_refused_is_sent_by_the_next_run(settings, mailoutbox, caplog):
    event = _event()
    going = _going(event, 2)
    # A real SMTP connection to a port nobody listens on: refused.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2

    with caplog.at_level(logging.ERROR, logger="events.tasks"):
        assert send_event_reminders() == 0

    assert len(caplog.records) == 2
    assert not RSVP.objects.filter(event=event, reminded_at__isnull=False).exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_event_reminders() == 2
    assert _recipients(mailoutbox) == _emails(going)


def _at_once(*calls):
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait(timeout=10)
            outcomes[index] = call()
        except Exception as error:  # reported by the caller's assertions
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck on a lock"
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_remind_each_person_once(mailoutbox):
    # Each round is a fresh race; several make an unlucky interleaving likely to show.
    for round_number in range(3):
        mailoutbox.clear()
        going = _going(_event(title=f"Round {round_number}"), 8)

        outcomes = _at_once(send_event_reminders, send_event_reminders)

        assert all(isinstance(sent, int) for sent in outcomes), outcomes
        assert sum(outcomes) == 8, f"round {round_number}: {outcomes}"
        assert _recipients(mailoutbox) == _emails(going), f"round {round_number}"


def test_moving_an_event_earns_a_new_reminder(db):
    event = EventFactory()
    rsvp = RSVPFactory(event=event)
    RSVP.objects.filter(pk=rsvp.pk).update(reminded_at=timezone.now())

    event_update(
        event=event,
        editor=event.created_by,
        starts_at=event.starts_at + timedelta(days=7),
        ends_at=event.ends_at + timedelta(days=7),
    )

    rsvp.refresh_from_db()
    assert rsvp.reminded_at is None
