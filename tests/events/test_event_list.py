"""/events/ and /events/past/: what each visitor sees listed, the filters, visiting
recruiters, pagination, and the group page's next events."""

import datetime
import html
import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone

from events.filters import EventFilter
from events.models import Event
from tests.factories import (
    EventFactory,
    GroupFactory,
    MembershipFactory,
    RSVPFactory,
    UserFactory,
)
from tests.html import page

pytestmark = pytest.mark.django_db

MEMBERS = Event.Visibility.MEMBERS


def listed_titles(response):
    """Titles of the events listed as rows, in page order."""
    return [
        html.unescape(title)
        for title in re.findall(
            r'<article class="event-row">\s*<h3><a href="[^"]*"[^>]*>([^<]*)</a>', page(response)
        )
    ]


def _past(group, title, **fields):
    starts_at = timezone.now() - datetime.timedelta(days=10)
    return EventFactory(
        group=group,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        **fields,
    )


def _in_days(days, **fields):
    starts_at = timezone.now() + datetime.timedelta(days=days)
    return EventFactory(
        starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2), **fields
    )


@pytest.fixture
def places(polish_group, german_group):
    """A Warsaw group and a Berlin group, each with a few events."""
    krakow = GroupFactory(name="Kraków Recruiters", city="Kraków", country="PL", languages=["en"])
    _in_days(3, group=polish_group, title="Warsaw in person")
    _in_days(5, group=polish_group, title="Warsaw online", online=True, city="")
    _in_days(4, group=german_group, title="Berlin in person", city="Berlin", country="DE")
    _in_days(6, group=krakow, title="Kraków in person", city="Kraków")
    _past(polish_group, "Warsaw last month")
    return polish_group, german_group, krakow


def test_upcoming_events_are_listed_soonest_first(client, places):
    response = client.get("/events/")

    assert listed_titles(response) == [
        "Warsaw in person",
        "Berlin in person",
        "Warsaw online",
        "Kraków in person",
    ]


def test_past_events_are_archived_with_how_many_people_went(client, places):
    event = Event.objects.get(title="Warsaw last month")
    for _ in range(3):
        RSVPFactory(event=event)

    response = client.get("/events/past/")

    assert listed_titles(response) == ["Warsaw last month"]
    assert "3 people went" in page(response)


def test_a_cancelled_upcoming_event_stays_listed_marked_as_cancelled(client, polish_group):
    EventFactory(group=polish_group, title="Called off", cancelled_at=timezone.now())

    response = client.get("/events/")

    assert listed_titles(response) == ["Called off"]
    assert "Cancelled" in page(response)


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("country=DE", ["Berlin in person"]),
        ("country=PL", ["Warsaw in person", "Warsaw online", "Kraków in person"]),
        # Online events of groups based in the city count as the city's.
        ("city=warszawa", ["Warsaw in person", "Warsaw online"]),
        ("city=Kraków", ["Kraków in person"]),
        ("language=de", ["Berlin in person"]),
        ("language=pl", ["Warsaw in person", "Warsaw online"]),
        (
            "language=en",
            ["Warsaw in person", "Berlin in person", "Warsaw online", "Kraków in person"],
        ),
        ("online=yes", ["Warsaw online"]),
        ("online=no", ["Warsaw in person", "Berlin in person", "Kraków in person"]),
        ("country=PL&online=no&language=pl", ["Warsaw in person"]),
        (
            "country=XX",
            ["Warsaw in person", "Berlin in person", "Warsaw online", "Kraków in person"],
        ),
    ],
)
def test_the_filters(client, places, query, titles):
    assert listed_titles(client.get(f"/events/?{query}")) == titles


def test_the_filter_set_is_the_same_for_the_view_and_for_code(places):
    request = RequestFactory().get("/events/", {"city": "Berlin"})
    request.user = UserFactory()

    filterset = EventFilter(request.GET, queryset=Event.objects.upcoming(), request=request)

    assert [event.title for event in filterset.qs] == ["Berlin in person"]


def test_the_list_is_paginated(client, polish_group):
    for day in range(settings.PAGE_SIZE + 3):
        _in_days(day + 1, group=polish_group, title=f"Meetup {day:02d}")

    first = client.get("/events/")
    second = client.get("/events/?page=2")

    assert len(listed_titles(first)) == settings.PAGE_SIZE
    assert listed_titles(second) == ["Meetup 20", "Meetup 21", "Meetup 22"]
    assert 'rel="next"' in page(first)


# Who sees what ------------------------------------------------------------------------------


@pytest.fixture
def members_only(polish_group):
    """In Warsaw: a members-only meetup that welcomes visitors and one that does not, and a
    public one."""
    _in_days(2, group=polish_group, title="Public", city="Warszawa")
    _in_days(3, group=polish_group, title="Members, visitors welcome", visibility=MEMBERS)
    _in_days(
        4,
        group=polish_group,
        title="Members only",
        visibility=MEMBERS,
        admits_visitors=False,
    )
    return polish_group


def test_anonymous_visitors_see_public_events_only(client, members_only):
    assert listed_titles(client.get("/events/?city=Warszawa")) == ["Public"]


def test_members_see_their_groups_members_only_events(member_client, member, members_only):
    MembershipFactory(group=members_only, user=member)

    assert listed_titles(member_client.get("/events/")) == [
        "Public",
        "Members, visitors welcome",
        "Members only",
    ]


def test_others_do_not_see_members_only_events_in_the_general_list(member_client, members_only):
    assert listed_titles(member_client.get("/events/")) == ["Public"]


def test_a_visiting_member_filtering_by_the_city_sees_the_events_that_welcome_visitors(
    member_client, members_only
):
    assert listed_titles(member_client.get("/events/?city=warszawa")) == [
        "Public",
        "Members, visitors welcome",
    ]


def test_visitors_need_a_confirmed_email(unverified_client, members_only):
    assert listed_titles(unverified_client.get("/events/?city=Warszawa")) == ["Public"]


def test_visiting_events_of_another_city_stay_out(member_client, members_only):
    assert listed_titles(member_client.get("/events/?city=Berlin")) == []


def test_staff_see_every_event(client, staff_member, members_only):
    client.force_login(staff_member)

    assert len(listed_titles(client.get("/events/"))) == 3


def test_every_listed_event_opens_for_the_one_who_sees_it_listed(member_client, members_only):
    response = member_client.get("/events/?city=Warszawa")

    for event in Event.objects.filter(title__in=listed_titles(response)):
        assert member_client.get(event.get_absolute_url()).status_code == 200


# Group page ---------------------------------------------------------------------------------


def test_the_group_page_shows_its_next_three_visible_events(client, polish_group, german_group):
    for day, title in enumerate(["First", "Second", "Third", "Fourth"], start=1):
        _in_days(day, group=polish_group, title=title)
    _in_days(0.5, group=polish_group, title="Secret", visibility=MEMBERS, admits_visitors=False)
    _in_days(0.6, group=polish_group, title="Off", cancelled_at=timezone.now())
    _in_days(0.7, group=german_group, title="Elsewhere")
    _past(polish_group, "Over")

    response = client.get(polish_group.get_absolute_url())

    assert listed_titles(response) == ["First", "Second", "Third"]
    assert "Create event" not in page(response)


def test_members_see_their_groups_members_only_events_on_the_group_page(
    member_client, member, polish_group
):
    MembershipFactory(group=polish_group, user=member)
    _in_days(1, group=polish_group, title="Secret", visibility=MEMBERS, admits_visitors=False)

    assert listed_titles(member_client.get(polish_group.get_absolute_url())) == ["Secret"]


def test_moderators_get_a_create_event_link_on_the_group_page(client, polish_group, group_owner):
    client.force_login(group_owner)

    content = page(client.get(polish_group.get_absolute_url()))

    assert f'href="/events/new/?group={polish_group.slug}"' in content
    assert "No event is planned yet." in content


# Queries ------------------------------------------------------------------------------------

# Session, user, email check, the language filter's choices (twice), count, page, unread count.
LIST_QUERY_BUDGET = 8
# The group page's own queries and one for its next events.
GROUP_PAGE_EVENTS_QUERY_BUDGET = 10


@pytest.mark.parametrize("size", [5, 50])
def test_the_list_query_count_does_not_grow_with_events(
    member_client, member, polish_group, django_assert_max_num_queries, size
):
    MembershipFactory(group=polish_group, user=member)
    member.time_zone = "America/New_York"
    member.save(update_fields=["time_zone"])
    for day in range(size):
        _in_days(day + 1, group=polish_group, visibility=MEMBERS if day % 2 else "public")

    with django_assert_max_num_queries(LIST_QUERY_BUDGET):
        response = member_client.get("/events/?city=Warszawa&language=pl&online=no")

    assert len(listed_titles(response)) == min(size, settings.PAGE_SIZE)
    assert "Your time:" in page(response)


@pytest.mark.parametrize("size", [5, 50])
def test_the_past_list_query_count_does_not_grow_with_events(
    client, polish_group, django_assert_max_num_queries, size
):
    for index in range(size):
        _past(polish_group, f"Past {index}")

    with django_assert_max_num_queries(LIST_QUERY_BUDGET):
        response = client.get("/events/past/")

    assert len(listed_titles(response)) == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_group_page_query_count_does_not_grow_with_events(
    client, polish_group, group_owner, django_assert_max_num_queries, size
):
    for day in range(size):
        _in_days(day + 1, group=polish_group)
    client.force_login(group_owner)

    with django_assert_max_num_queries(GROUP_PAGE_EVENTS_QUERY_BUDGET):
        response = client.get(polish_group.get_absolute_url())

    assert len(listed_titles(response)) == 3
