"""An event's page: its times in the event's zone and the viewer's, answering with and
without JavaScript, the waitlist, the organisers' list tools and export, people with similar
goals, cancelled and past events, and a query count that does not grow with attendees."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.models import RSVP, Event
from events.selectors import people_with_similar_goals, viewer_rsvp
from events.views import csv_safe
from questions.models import Topic
from tests.factories import EventFactory, MembershipFactory, RSVPFactory, UserFactory
from tests.html import messages_shown, page

pytestmark = pytest.mark.django_db

NEXT_YEAR = timezone.now().year + 1
# 18:00 in Warsaw (summer time) is 16:00 UTC and 12:00 in New York.
JULY_EVENING = datetime.datetime(NEXT_YEAR, 7, 1, 16, 0, tzinfo=datetime.UTC)


@pytest.fixture
def organiser(polish_group):
    organiser = UserFactory(username="organiser")
    MembershipFactory(group=polish_group, user=organiser, role="moderator")
    return organiser


@pytest.fixture
def event(polish_group):
    return EventFactory(
        group=polish_group,
        title="Sourcing night",
        starts_at=JULY_EVENING,
        ends_at=JULY_EVENING + datetime.timedelta(hours=3),
        time_zone="Europe/Warsaw",
    )


def _topics(*slugs):
    return list(Topic.objects.filter(slug__in=slugs))


# Times ------------------------------------------------------------------------------------


def test_times_are_shown_in_the_events_zone(client, event):
    content = page(client.get(event.get_absolute_url()))

    assert "6 p.m." in content
    assert "9 p.m." in content
    assert "(Europe/Warsaw)" in content
    assert "Your time:" not in content


def test_the_viewers_time_is_shown_alongside_when_their_clock_differs(client, event):
    client.force_login(UserFactory(time_zone="America/New_York"))

    content = page(client.get(event.get_absolute_url()))

    assert "Your time:" in content
    assert "noon" in content  # 12:00 in New York
    assert "(America/New York)" in content


def test_the_viewers_time_is_left_out_when_their_clock_shows_the_same(client, event):
    client.force_login(UserFactory(time_zone="Europe/Berlin"))

    assert "Your time:" not in page(client.get(event.get_absolute_url()))


def test_an_event_ending_the_next_day_shows_both_dates(client, polish_group):
    starts_at = datetime.datetime(NEXT_YEAR, 7, 1, 20, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    event = EventFactory(
        group=polish_group, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=5)
    )

    content = page(client.get(event.get_absolute_url()))

    assert f"July 1, {NEXT_YEAR}, 8 p.m." in content
    assert f"July 2, {NEXT_YEAR}, 1 a.m." in content


# Answering --------------------------------------------------------------------------------


def test_answering_going_without_javascript_comes_back_to_the_event(member_client, member, event):
    response = member_client.post(
        f"/events/{event.pk}/rsvp/",
        {
            "answer": "going",
            "objective": "Compare notice periods",
            "topics": ["notice-periods", "benefits"],
        },
    )

    assert response.status_code == 302
    assert response.url == event.get_absolute_url()
    rsvp = RSVP.objects.get()
    assert (rsvp.member, rsvp.status, rsvp.objective) == (
        member,
        RSVP.Status.GOING,
        "Compare notice periods",
    )
    assert {topic.slug for topic in rsvp.topics.all()} == {"notice-periods", "benefits"}
    assert Event.objects.get().going_count == 1
    assert messages_shown(member_client.get(response.url)) == ["You are going. See you there!"]


def test_answering_with_htmx_swaps_the_answers_block_in_place(member_client, event):
    response = member_client.post(
        f"/events/{event.pk}/rsvp/", {"answer": "going"}, HTTP_HX_REQUEST="true"
    )

    content = page(response)
    assert response.status_code == 200
    assert content.lstrip().startswith('<div class="event-participation" id="event-participation">')
    assert "<html" not in content
    assert "You are going." in content
    assert "1 of 30 places taken" in content
    assert "You are going. See you there!" in content  # the message, inside the block


def test_a_full_event_puts_new_answers_on_the_waitlist(member_client, member, polish_group):
    event = EventFactory(group=polish_group, capacity=1)
    RSVPFactory(event=event)

    response = member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"}, follow=True)

    assert RSVP.objects.get(member=member).status == RSVP.Status.WAITLISTED
    assert "you are on the waitlist" in " ".join(messages_shown(response))
    assert "1 on the waitlist" in page(response)


def test_not_going_frees_a_place_for_the_first_on_the_waitlist(
    member_client, member, polish_group, django_capture_on_commit_callbacks
):
    event = EventFactory(group=polish_group, capacity=1)
    RSVPFactory(event=event, member=member)
    first = RSVPFactory(event=event, status=RSVP.Status.WAITLISTED).member

    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "not_going"})

    assert RSVP.objects.get(member=member).status == RSVP.Status.NOT_GOING
    assert RSVP.objects.get(member=first).status == RSVP.Status.GOING


def test_answering_again_keeps_the_place_and_updates_the_objective(member_client, member, event):
    RSVPFactory(event=event, member=member, objective="Old goal")
    answered_at = RSVP.objects.get().responded_at

    member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "going", "objective": "New goal"})

    rsvp = RSVP.objects.get()
    assert (rsvp.objective, rsvp.responded_at, rsvp.status) == (
        "New goal",
        answered_at,
        RSVP.Status.GOING,
    )


def test_answers_after_the_deadline_are_refused(member_client, polish_group):
    event = EventFactory(
        group=polish_group, rsvp_deadline=timezone.now() - datetime.timedelta(hours=1)
    )

    response = member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"}, follow=True)

    assert not RSVP.objects.exists()
    assert messages_shown(response) == ["RSVPs for this event are closed."]
    assert "Answers for this event are closed." in page(response)


def test_after_the_deadline_people_going_may_still_free_their_place(
    member_client, member, polish_group
):
    event = EventFactory(
        group=polish_group, rsvp_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    RSVPFactory(event=event, member=member)

    content = page(member_client.get(event.get_absolute_url()))
    member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "not_going"})

    assert "free your place" in content
    assert RSVP.objects.get().status == RSVP.Status.NOT_GOING


# Cancelled and past events ----------------------------------------------------------------


def test_a_cancelled_event_shows_a_banner_and_takes_no_answers(member_client, polish_group):
    event = EventFactory(group=polish_group, cancelled_at=timezone.now())

    content = page(member_client.get(event.get_absolute_url()))
    response = member_client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"}, follow=True)

    assert "This event has been cancelled." in content
    assert 'name="answer"' not in content
    assert messages_shown(response) == ["This event has been cancelled."]
    assert not RSVP.objects.exists()


def test_a_past_event_shows_how_many_people_went(client, polish_group):
    starts_at = timezone.now() - datetime.timedelta(days=3)
    event = EventFactory(
        group=polish_group, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2)
    )
    for _ in range(4):
        RSVPFactory(event=event)

    content = page(client.get(event.get_absolute_url()))

    assert "4 people went" in content
    assert "Ended" in content
    assert 'name="answer"' not in content


# Organisers: adding, removing, exporting ---------------------------------------------------


def test_an_organiser_adds_someone_by_username(client, organiser, event):
    guest = UserFactory(username="Gosia", display_name="Gosia Gość")
    client.force_login(organiser)

    response = client.post(
        f"/events/{event.pk}/attendees/add/", {"username": "@gosia"}, follow=True
    )

    rsvp = RSVP.objects.get()
    assert (rsvp.member, rsvp.added_by, rsvp.status) == (guest, organiser, RSVP.Status.GOING)
    assert messages_shown(response) == ["Gosia Gość is on the list of people going."]
    assert "added by an organiser" in page(response)


def test_an_organiser_adding_someone_to_a_full_event_puts_them_on_the_waitlist(
    client, organiser, polish_group
):
    event = EventFactory(group=polish_group, capacity=1)
    RSVPFactory(event=event)
    UserFactory(username="late", display_name="Late Comer")
    client.force_login(organiser)

    response = client.post(f"/events/{event.pk}/attendees/add/", {"username": "late"}, follow=True)

    assert RSVP.objects.get(member__username="late").status == RSVP.Status.WAITLISTED
    assert messages_shown(response) == ["The event is full: Late Comer is on the waitlist."]


def test_an_organiser_removes_someone_and_the_waitlist_moves_up(
    client, organiser, polish_group, django_capture_on_commit_callbacks
):
    event = EventFactory(group=polish_group, capacity=1)
    removed = RSVPFactory(event=event).member
    waiting = RSVPFactory(event=event, status=RSVP.Status.WAITLISTED).member
    client.force_login(organiser)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/events/{event.pk}/attendees/{removed.pk}/remove/", HTTP_HX_REQUEST="true"
        )

    assert not RSVP.objects.filter(member=removed).exists()
    assert RSVP.objects.get(member=waiting).status == RSVP.Status.GOING
    assert 'id="event-participation"' in page(response)
    assert "is no longer on the list" in page(response)


def test_the_export_lists_everyone_who_answered_and_defuses_formulas(client, organiser, event):
    RSVPFactory(
        event=event,
        member=UserFactory(username="ala", display_name="Ala Nowak"),
        objective="Meet fintech sourcers",
    )
    RSVPFactory(
        event=event,
        member=UserFactory(username="evil", display_name="=cmd|' /C calc'!A0"),
        objective="@SUM(1+1)",
    )
    RSVPFactory(
        event=event,
        member=UserFactory(username="bob", display_name="+Bob"),
        status=RSVP.Status.NOT_GOING,
        objective="-2+3",
    )
    client.force_login(organiser)

    response = client.get(f"/events/{event.pk}/attendees.csv")

    assert (
        response["Content-Disposition"] == f'attachment; filename="event-{event.pk}-attendees.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "Username", "Status", "Answered at", "Objective"]
    assert [row[:3] + row[4:] for row in rows[1:]] == [
        ["Ala Nowak", "ala", "going", "Meet fintech sourcers"],
        ["'=cmd|' /C calc'!A0", "evil", "going", "'@SUM(1+1)"],
        ["'+Bob", "bob", "not going", "'-2+3"],
    ]
    # Answered at, in the event's zone.
    assert rows[1][3].endswith(("+01:00", "+02:00"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+48 600", "'+48 600"),
        ("-5", "'-5"),
        ("@here", "'@here"),
        ("\tTab", "'\tTab"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_cells_never_start_a_formula(value, expected):
    assert csv_safe(value) == expected


# People with similar goals --------------------------------------------------------------


def test_people_with_similar_goals_rank_by_shared_topics_then_by_objective(client, member, event):
    me = RSVPFactory(
        event=event,
        member=member,
        objective="I want to meet fintech sourcers and compare salary bands",
        topics=_topics("salary-and-compensation", "sourcing-channels", "benefits"),
    )
    two_topics = RSVPFactory(
        event=event,
        member=UserFactory(display_name="Two Topics"),
        objective="Anything",
        topics=_topics("salary-and-compensation", "benefits"),
    )
    one_topic_close_words = RSVPFactory(
        event=event,
        member=UserFactory(display_name="One Topic Close"),
        objective="Fintech sourcers: salary bands in Warsaw",
        topics=_topics("sourcing-channels"),
    )
    one_topic_far_words = RSVPFactory(
        event=event,
        member=UserFactory(display_name="One Topic Far"),
        objective="Employer branding",
        topics=_topics("benefits"),
    )
    words_only = RSVPFactory(
        event=event,
        member=UserFactory(display_name="Words Only"),
        objective="Looking for fintech people",
    )
    RSVPFactory(
        event=event,
        member=UserFactory(display_name="Nothing In Common"),
        objective="Campus hiring",
        topics=_topics("job-boards"),
    )
    RSVPFactory(
        event=event,
        member=UserFactory(display_name="Not Going"),
        status=RSVP.Status.NOT_GOING,
        objective="fintech sourcers salary bands",
        topics=_topics("salary-and-compensation", "benefits", "sourcing-channels"),
    )

    ranked = people_with_similar_goals(viewer_rsvp(event, member))

    assert ranked == [two_topics, one_topic_close_words, one_topic_far_words, words_only]
    assert me not in ranked
    client.force_login(member)
    content = page(client.get(event.get_absolute_url()))
    assert "People with similar goals" in content
    assert content.index("Two Topics") < content.index("Words Only")
    assert f'href="{two_topics.member.get_absolute_url()}"' in content


def test_similar_goals_work_in_languages_without_a_stemmer(member, event):
    RSVPFactory(event=event, member=member, objective="שיתוף פעולה עם מגייסים בתל אביב")
    hebrew = RSVPFactory(event=event, objective="מגייסים בתל אביב")
    RSVPFactory(event=event, objective="Zupełnie coś innego")

    assert people_with_similar_goals(viewer_rsvp(event, member)) == [hebrew]


def test_similar_goals_show_at_most_ten_people(member, event):
    event.capacity = 30
    RSVPFactory(event=event, member=member, topics=_topics("benefits"))
    for _ in range(12):
        RSVPFactory(event=event, topics=_topics("benefits"))

    assert len(people_with_similar_goals(viewer_rsvp(event, member))) == 10


def test_without_goals_the_page_invites_the_attendee_to_add_them(member_client, member, event):
    RSVPFactory(event=event, member=member)
    RSVPFactory(event=event, objective="fintech", topics=_topics("benefits"))

    content = page(member_client.get(event.get_absolute_url()))

    assert "we will show you the people going with similar goals" in content


# Queries ----------------------------------------------------------------------------------

# Session, user, event, membership, the viewer's answer and its topics, the attendees and their
# topics, similar goals, email check, unread count, topic choices.
EVENT_PAGE_QUERY_BUDGET = 12
EVENT_PAGE_ANONYMOUS_QUERY_BUDGET = 1  # the event with its group


def _crowd(event, size):
    topics = list(Topic.objects.all()[:4])
    for index in range(size):
        RSVPFactory(
            event=event,
            objective=f"Meet fintech sourcers number {index}",
            topics=topics[index % 3 : index % 3 + 2],
        )


@pytest.mark.parametrize("size", [5, 50])
def test_the_event_page_query_count_does_not_grow_with_attendees(
    client, member, polish_group, django_assert_max_num_queries, size
):
    event = EventFactory(group=polish_group, capacity=100, online=True)
    _crowd(event, size)
    RSVPFactory(
        event=event,
        member=member,
        objective="fintech sourcers",
        topics=list(Topic.objects.all()[:2]),
    )
    client.force_login(member)

    with django_assert_max_num_queries(EVENT_PAGE_QUERY_BUDGET):
        response = client.get(event.get_absolute_url())

    content = page(response)
    assert content.count('class="attendee"') == size + 1
    assert "People with similar goals" in content


@pytest.mark.parametrize("size", [5, 50])
def test_the_event_page_query_count_for_organisers_does_not_grow_with_attendees(
    client, organiser, polish_group, django_assert_max_num_queries, size
):
    event = EventFactory(group=polish_group, capacity=100)
    _crowd(event, size)
    client.force_login(organiser)

    with django_assert_max_num_queries(EVENT_PAGE_QUERY_BUDGET):
        response = client.get(event.get_absolute_url())

    content = page(response)
    assert content.count('class="attendee"') == size
    assert content.count('Remove<span class="visually-hidden">') == size


@pytest.mark.parametrize("size", [5, 50])
def test_the_event_page_query_count_for_visitors_does_not_grow_with_attendees(
    client, polish_group, django_assert_max_num_queries, size
):
    event = EventFactory(group=polish_group, capacity=100)
    _crowd(event, size)

    with django_assert_max_num_queries(EVENT_PAGE_ANONYMOUS_QUERY_BUDGET):
        response = client.get(event.get_absolute_url())

    assert f"{size} of 100 places taken" in page(response)
