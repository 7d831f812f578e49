"""Who may do what with events, tried by every kind of visitor: creating, editing,
cancelling, adding and removing attendees, exporting the list, answering, and seeing the
online link, the attendee list and the objectives. A refused request changes nothing."""

import pytest
from django.utils import timezone

from events.models import RSVP, Event
from groups.models import Membership
from tests.factories import EventFactory, MembershipFactory, RSVPFactory, UserFactory
from tests.html import page

from .scenes import GROUP_INSIDERS, ORGANISERS, ROLES, VERIFIED, client_for, event_scene

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"
LINK = "https://meet.example.com/secret-room"
OBJECTIVE = "I want to meet sourcers who hire embedded engineers"


@pytest.fixture
def scene():
    return event_scene()


def _snapshot():
    return {
        "events": list(Event.objects.order_by("pk").values()),
        "rsvps": list(RSVP.objects.order_by("pk").values()),
    }


def _assert_refused(response, role, *, not_found=False):
    if role == "anonymous":
        assert response.status_code == 302
        assert response.url.startswith(LOGIN_URL)
    elif not_found:
        assert response.status_code == 404
    else:
        assert response.status_code == 403


def _event_data(**overrides):
    year = timezone.now().year + 1
    data = {
        "title": "Sourcing in Kraków",
        "description": "Talks and questions.",
        "start_date": f"{year}-05-14",
        "start_time": "18:00",
        "end_date": f"{year}-05-14",
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


# Creating, editing, cancelling ---------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_open_the_new_event_form(client, scene, role):
    response = client_for(client, scene, role).get(f"/events/new/?group={scene.group.slug}")

    if role in ORGANISERS:
        assert response.status_code == 200
        assert 'name="start_date"' in page(response)
    else:
        _assert_refused(response, role)


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_create_events(client, scene, role):
    before = _snapshot()

    response = client_for(client, scene, role).post(
        f"/events/new/?group={scene.group.slug}", _event_data()
    )

    if role in ORGANISERS:
        event = Event.objects.get()
        assert response.status_code == 302
        assert response.url == f"/events/{event.pk}/"
        assert (event.group, event.created_by) == (scene.group, getattr(scene, role))
    else:
        _assert_refused(response, role)
        assert _snapshot() == before


def test_the_moderator_of_another_group_cannot_create_events_for_this_one(client, scene):
    client.force_login(scene.other_moderator)

    response = client.post(f"/events/new/?group={scene.group.slug}", _event_data())

    assert response.status_code == 403
    assert not Event.objects.exists()


def test_without_a_group_organisers_choose_among_the_groups_they_run(client, scene):
    client.force_login(scene.moderator)

    response = client.get("/events/new/")

    assert response.status_code == 200
    assert f"/events/new/?group={scene.group.slug}" in page(response)
    assert scene.other_group.slug not in page(response)


def test_without_a_group_a_member_who_runs_none_is_refused(client, scene):
    client.force_login(scene.member)

    assert client.get("/events/new/").status_code == 403


def test_an_unknown_group_is_a_404(client, scene):
    client.force_login(scene.staff)

    assert client.get("/events/new/?group=no-such-group").status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_edit_events(client, scene, role):
    event = EventFactory(group=scene.group, title="Before")
    before = _snapshot()
    client = client_for(client, scene, role)

    form_page = client.get(f"/events/{event.pk}/edit/")
    response = client.post(f"/events/{event.pk}/edit/", _event_data(title="After"))

    if role in ORGANISERS:
        assert form_page.status_code == 200
        assert response.status_code == 302
        assert Event.objects.get().title == "After"
    else:
        _assert_refused(form_page, role)
        _assert_refused(response, role)
        assert _snapshot() == before


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_cancel_events(client, scene, role):
    event = EventFactory(group=scene.group)
    before = _snapshot()
    client = client_for(client, scene, role)

    confirm_page = client.get(f"/events/{event.pk}/cancel/")
    response = client.post(f"/events/{event.pk}/cancel/", {"confirm": "on"})

    if role in ORGANISERS:
        assert confirm_page.status_code == 200
        assert response.status_code == 302
        assert Event.objects.get().is_cancelled
    else:
        _assert_refused(confirm_page, role)
        _assert_refused(response, role)
        assert _snapshot() == before


@pytest.mark.parametrize("role", ROLES)
def test_organisers_of_other_groups_do_not_even_see_members_only_events(client, scene, role):
    event = EventFactory(
        group=scene.group, visibility=Event.Visibility.MEMBERS, admits_visitors=False
    )
    before = _snapshot()

    response = client_for(client, scene, role).post(f"/events/{event.pk}/edit/", _event_data())

    if role in ORGANISERS:
        assert response.status_code == 302
    elif role in GROUP_INSIDERS or role == "anonymous":
        _assert_refused(response, role)
        assert _snapshot() == before
    else:
        assert response.status_code == 404
        assert _snapshot() == before


# Adding, removing, exporting attendees -------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_add_attendees(client, scene, role):
    event = EventFactory(group=scene.group)
    guest = UserFactory(username="guest")
    before = _snapshot()

    response = client_for(client, scene, role).post(
        f"/events/{event.pk}/attendees/add/", {"username": "guest"}
    )

    if role in ORGANISERS:
        assert response.status_code == 302
        rsvp = RSVP.objects.get()
        assert (rsvp.member, rsvp.status, rsvp.added_by) == (
            guest,
            RSVP.Status.GOING,
            getattr(scene, role),
        )
    else:
        _assert_refused(response, role)
        assert _snapshot() == before


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_remove_attendees(client, scene, role):
    event = EventFactory(group=scene.group)
    attendee = RSVPFactory(event=event).member
    before = _snapshot()

    response = client_for(client, scene, role).post(
        f"/events/{event.pk}/attendees/{attendee.pk}/remove/"
    )

    if role in ORGANISERS:
        assert response.status_code == 302
        assert not RSVP.objects.exists()
        assert Event.objects.get().going_count == 0
    else:
        _assert_refused(response, role)
        assert _snapshot() == before


def test_removing_someone_who_did_not_answer_is_a_404(client, scene):
    event = EventFactory(group=scene.group)
    client.force_login(scene.moderator)

    response = client.post(f"/events/{event.pk}/attendees/{scene.member.pk}/remove/")

    assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_only_organisers_export_the_attendee_list(client, scene, role):
    event = EventFactory(group=scene.group)
    RSVPFactory(event=event, objective=OBJECTIVE)

    response = client_for(client, scene, role).get(f"/events/{event.pk}/attendees.csv")

    if role in ORGANISERS:
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert OBJECTIVE in response.content.decode("utf-8-sig")
    else:
        _assert_refused(response, role)


def test_adding_and_removing_are_post_only(client, scene):
    event = EventFactory(group=scene.group)
    client.force_login(scene.moderator)

    assert client.get(f"/events/{event.pk}/attendees/add/").status_code == 405
    assert client.get(f"/events/{event.pk}/attendees/{scene.member.pk}/remove/").status_code == 405
    assert client.get(f"/events/{event.pk}/rsvp/").status_code == 405


# Answering ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_verified_members_answer_a_public_event(client, scene, role):
    event = EventFactory(group=scene.group)
    before = _snapshot()

    response = client_for(client, scene, role).post(
        f"/events/{event.pk}/rsvp/", {"answer": "going"}
    )

    if role in VERIFIED:
        assert response.status_code == 302
        assert RSVP.objects.get().member == getattr(scene, role)
    else:
        _assert_refused(response, role)
        assert _snapshot() == before


@pytest.mark.parametrize("role", ROLES)
def test_only_the_groups_members_answer_a_members_only_event(client, scene, role):
    event = EventFactory(
        group=scene.group, visibility=Event.Visibility.MEMBERS, admits_visitors=False
    )
    before = _snapshot()

    response = client_for(client, scene, role).post(
        f"/events/{event.pk}/rsvp/", {"answer": "going"}
    )

    if role in VERIFIED & GROUP_INSIDERS:
        assert response.status_code == 302
        assert RSVP.objects.get().member == getattr(scene, role)
    elif role in ("anonymous", "unverified"):
        _assert_refused(response, role)
        assert _snapshot() == before
    else:
        assert response.status_code == 404
        assert _snapshot() == before


def test_a_visiting_member_answers_a_members_only_event_that_welcomes_visitors(client, scene):
    event = EventFactory(
        group=scene.group, visibility=Event.Visibility.MEMBERS, admits_visitors=True
    )
    client.force_login(scene.non_member)

    response = client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"})

    assert response.status_code == 302
    assert RSVP.objects.get().member == scene.non_member


def test_a_public_event_without_visitors_is_answered_by_members_only(client, scene):
    event = EventFactory(group=scene.group, admits_visitors=False)
    client.force_login(scene.non_member)

    page_response = client.get(event.get_absolute_url())
    response = client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"})

    assert "Only members of the group can come to this event." in page(page_response)
    assert response.status_code == 403
    assert not RSVP.objects.exists()


def test_a_banned_member_cannot_answer(client, scene):
    banned = UserFactory(username="banned")
    MembershipFactory(group=scene.group, user=banned, status=Membership.Status.BANNED)
    event = EventFactory(group=scene.group)
    client.force_login(banned)

    response = client.post(f"/events/{event.pk}/rsvp/", {"answer": "going"})

    assert response.status_code == 403
    assert not RSVP.objects.exists()


# Seeing the event, its online link and its attendees --------------------------------------


def _online_event(scene, **fields):
    event = EventFactory(group=scene.group, online=True, online_url=LINK, **fields)
    attendee = UserFactory(username="attendee", display_name="Adam Attendee")
    RSVPFactory(event=event, member=attendee, objective=OBJECTIVE)
    return event


@pytest.mark.parametrize("role", ROLES)
def test_on_a_public_event_only_organisers_see_the_link_and_the_attendees(client, scene, role):
    event = _online_event(scene)

    response = client_for(client, scene, role).get(event.get_absolute_url())

    assert response.status_code == 200
    content = page(response)
    assert event.title in content
    assert (LINK in content) == (role in ORGANISERS)
    assert ("Adam Attendee" in content) == (role in ORGANISERS)
    assert (OBJECTIVE in content) == (role in ORGANISERS)


@pytest.mark.parametrize("role", ROLES)
def test_a_members_only_event_is_a_404_outside_the_group(client, scene, role):
    event = _online_event(scene, visibility=Event.Visibility.MEMBERS, admits_visitors=False)

    response = client_for(client, scene, role).get(event.get_absolute_url())

    if role in GROUP_INSIDERS:
        assert response.status_code == 200
        content = page(response)
        assert (LINK in content) == (role in ORGANISERS)
        assert ("Adam Attendee" in content) == (role in ORGANISERS)
        assert (OBJECTIVE in content) == (role in ORGANISERS)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_a_members_only_event_welcoming_visitors_is_seen_by_every_verified_member(
    client, scene, role
):
    event = _online_event(scene, visibility=Event.Visibility.MEMBERS, admits_visitors=True)

    response = client_for(client, scene, role).get(event.get_absolute_url())

    if role in GROUP_INSIDERS | VERIFIED:
        assert response.status_code == 200
        assert (LINK in page(response)) == (role in ORGANISERS)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("visibility", [Event.Visibility.PUBLIC, Event.Visibility.MEMBERS])
@pytest.mark.parametrize(
    ("status", "sees_link", "sees_attendees"),
    [
        (RSVP.Status.GOING, True, True),
        (RSVP.Status.WAITLISTED, False, True),
        (RSVP.Status.NOT_GOING, False, False),
    ],
)
def test_people_going_see_the_link_and_people_answering_see_the_attendees(
    client, scene, visibility, status, sees_link, sees_attendees
):
    event = _online_event(scene, visibility=visibility)
    RSVPFactory(event=event, member=scene.member, status=status, objective="Meet agency people")
    client.force_login(scene.member)

    content = page(client.get(event.get_absolute_url()))

    assert (LINK in content) == sees_link
    assert ("Adam Attendee" in content) == sees_attendees
    assert (OBJECTIVE in content) == sees_attendees


def test_the_link_is_never_in_the_page_of_someone_not_going(client, scene):
    event = _online_event(scene)
    client.force_login(scene.member)

    content = page(client.get(event.get_absolute_url()))

    assert "secret-room" not in content
    assert "the link is shown to people who are going" in content
