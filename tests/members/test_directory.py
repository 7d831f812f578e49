import html
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from groups.models import Membership
from members.filters import MemberFilter
from members.models import SpokenLanguage, User
from tests.factories import GroupFactory, MembershipFactory, UserFactory, language
from tests.html import field_errors, page

pytestmark = pytest.mark.django_db


def member_card_names(response):
    """Names on the member cards, in page order."""
    return [
        html.unescape(name)
        for name in re.findall(
            r'<article class="card member-card">.*?<h3><a href="[^"]*"[^>]*>([^<]*)</a>',
            page(response),
            re.S,
        )
    ]


def recruiter(username, *, joined_days_ago=0, speaks=(), **fields):
    member = UserFactory(
        username=username,
        display_name=fields.pop("display_name", username.title()),
        date_joined=timezone.now() - timedelta(days=joined_days_ago),
        **fields,
    )
    for code, level in speaks:
        SpokenLanguage.objects.create(member=member, language=language(code), level=level)
    return member


@pytest.fixture
def recruiters(db):
    """Four members who differ in country, language, specialism and how long ago they
    joined."""
    return {
        "zofia": recruiter(
            "zofia",
            joined_days_ago=1,
            home_country="PL",
            city="Kraków",
            headline="Tech sourcer",
            specialisms=["tech", "sourcing"],
            speaks=[("pl", "native"), ("en", "fluent")],
        ),
        "hans": recruiter(
            "hans",
            joined_days_ago=2,
            home_country="DE",
            city="Berlin",
            headline="Finance headhunter",
            specialisms=["finance", "executive_search"],
            speaks=[("de", "native"), ("en", "working")],
        ),
        "adam": recruiter(
            "adam",
            joined_days_ago=3,
            home_country="PL",
            city="Gdańsk",
            headline="In-house TA for banks",
            specialisms=["finance", "in_house"],
            speaks=[("pl", "native")],
        ),
        "maria": recruiter(
            "maria",
            joined_days_ago=4,
            home_country="ES",
            city="Madrid",
            headline="Tech recruiter",
            specialisms=["tech"],
            speaks=[("es", "native"), ("en", "fluent")],
        ),
    }


# -- the site-wide directory --------------------------------------------------------------


def test_the_directory_lists_members_newest_first(client, recruiters):
    response = client.get("/members/")

    assert response.status_code == 200
    assert member_card_names(response) == ["Zofia", "Hans", "Adam", "Maria"]
    assert "4 members" in page(response)


def test_members_can_be_listed_by_name(client, recruiters):
    recruiter("bob", display_name="", joined_days_ago=5)

    response = client.get("/members/?sort=name")

    # A member without a display name sorts by the username that stands in for it.
    assert member_card_names(response) == ["Adam", "bob", "Hans", "Maria", "Zofia"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=PL", ["Zofia", "Adam"]),
        ("language=en", ["Zofia", "Hans", "Maria"]),
        ("specialism=finance", ["Hans", "Adam"]),
        ("q=tech", ["Zofia", "Maria"]),
        ("q=gdańsk", ["Adam"]),
        ("q=HANS", ["Hans"]),
        ("country=PL&language=en", ["Zofia"]),
        ("country=PL&specialism=finance", ["Adam"]),
        ("language=en&specialism=tech&q=madrid", ["Maria"]),
        ("country=DE&specialism=tech", []),
    ],
)
def test_the_directory_filters_alone_and_combined(client, recruiters, query, expected):
    assert member_card_names(client.get(f"/members/?{query}")) == expected


def test_the_filterset_filters_the_same_way_outside_a_view(recruiters):
    filterset = MemberFilter(
        {"country": "PL", "specialism": "finance"}, queryset=User.objects.all()
    )

    assert [member.username for member in filterset.qs] == ["adam"]


def test_an_empty_result_says_how_to_widen_the_search(client, recruiters):
    content = page(client.get("/members/?country=DE&specialism=tech"))

    assert "0 members" in content
    assert "No member matches these filters." in content


@pytest.mark.parametrize(
    ("field", "value"),
    [("specialism", "astrology"), ("country", "ZZ"), ("language", "xx"), ("sort", "age")],
)
def test_an_unknown_filter_value_is_a_message_not_an_error(client, recruiters, field, value):
    response = client.get(f"/members/?{field}={value}")

    assert response.status_code == 200
    assert field_errors(response, field) == [
        "Select a valid choice. That choice is not one of the available choices."
        if field == "language"
        else f"Select a valid choice. {value} is not one of the available choices."
    ]


def test_the_filter_form_keeps_its_state_and_the_pages_keep_the_filters(client, db):
    for number in range(settings.PAGE_SIZE + 3):
        recruiter(f"pl{number:02}", joined_days_ago=number, home_country="PL")
    recruiter("de00", home_country="DE")

    first = page(client.get("/members/?country=PL&specialism="))
    second = client.get("/members/?country=PL&specialism=&page=2")

    assert '<option value="PL" selected>' in first
    assert 'href="?country=PL&amp;specialism=&amp;page=2"' in first
    assert len(member_card_names(second)) == 3


def test_a_page_past_the_end_is_not_found(client, recruiters):
    assert client.get("/members/?page=9").status_code == 404


def test_deactivated_members_are_not_listed(client, recruiters):
    User.objects.filter(username="hans").update(is_active=False)

    assert "Hans" not in member_card_names(client.get("/members/"))


def test_a_card_shows_name_headline_country_specialisms_and_languages(client, recruiters):
    card = page(client.get("/members/?q=zofia")).split('<article class="card member-card">')[1]

    assert 'href="/members/zofia/"' in card
    assert "Tech sourcer" in card
    assert 'class="flag"' in card
    assert "Poland" in card
    assert "Kraków" in card
    assert "Tech and IT" in card
    assert "Sourcing" in card
    assert '<li lang="pl" dir="ltr">polski</li>' in card
    assert "zofia@example.com" not in card


def test_the_header_links_to_the_directory(client, db):
    content = page(client.get("/"))

    assert '<a href="/members/">Members</a>' in content
    assert '<a href="/members/" aria-current="page">Members</a>' in page(client.get("/members/"))


# -- visibility in the lists --------------------------------------------------------------


@pytest.fixture
def discreet(polish_group):
    member = recruiter("discreet", profile_visibility=User.Visibility.GROUPS)
    MembershipFactory(user=member, group=polish_group)
    return member


@pytest.fixture
def viewers(discreet, polish_group, german_group, staff_member, unverified_member):
    group_mate = recruiter("groupmate", joined_days_ago=10)
    MembershipFactory(user=group_mate, group=polish_group)
    stranger = recruiter("stranger", joined_days_ago=10)
    MembershipFactory(user=stranger, group=german_group)
    return {
        "anonymous": None,
        "unverified": unverified_member,
        "group mate": group_mate,
        "member of another group": stranger,
        "owner of the profile": discreet,
        "staff": staff_member,
    }


LISTED_FOR = {
    "anonymous": False,
    "unverified": False,
    "group mate": True,
    "member of another group": False,
    "owner of the profile": True,
    "staff": True,
}


@pytest.mark.parametrize(("role", "listed"), LISTED_FOR.items())
def test_a_groups_only_member_is_listed_only_for_those_who_may_see_the_profile(
    client, viewers, polish_group, role, listed
):
    if viewers[role] is not None:
        client.force_login(viewers[role])

    for url in ("/members/", f"/groups/{polish_group.slug}/members/"):
        assert ("Discreet" in member_card_names(client.get(url))) is listed, url


# -- a group's members --------------------------------------------------------------------


def test_a_group_lists_its_active_members_only(client, polish_group, recruiters):
    MembershipFactory(user=recruiters["zofia"], group=polish_group, role="owner")
    MembershipFactory(user=recruiters["adam"], group=polish_group)
    MembershipFactory(user=recruiters["hans"], group=polish_group, status=Membership.Status.PENDING)
    MembershipFactory(user=recruiters["maria"], group=polish_group, status="banned")
    outsider_group = GroupFactory(name="Elsewhere")
    MembershipFactory(user=recruiter("outsider"), group=outsider_group)

    response = client.get(f"/groups/{polish_group.slug}/members/")

    assert response.status_code == 200
    assert member_card_names(response) == ["Zofia", "Adam"]
    content = page(response)
    assert "Members of Rekruterzy IT Polska" in content
    assert f'href="{polish_group.get_absolute_url()}"' in content


def test_a_groups_members_can_be_filtered(client, polish_group, recruiters):
    for member in recruiters.values():
        MembershipFactory(user=member, group=polish_group)

    response = client.get(f"/groups/{polish_group.slug}/members/?language=en&specialism=tech")

    assert member_card_names(response) == ["Zofia", "Maria"]
    assert f'action="/groups/{polish_group.slug}/members/"' in page(response)


def test_a_group_without_visible_members_says_so(client, polish_group):
    content = page(client.get(f"/groups/{polish_group.slug}/members/"))

    assert "This group has no members you can see yet." in content


def test_an_unknown_group_is_not_found(client, db):
    assert client.get("/groups/no-such-group/members/").status_code == 404


# -- queries ------------------------------------------------------------------------------

DIRECTORY_QUERY_BUDGET = 8
GROUP_MEMBERS_QUERY_BUDGET = 8


def members_with_profiles(size, group=None):
    for number in range(size):
        member = recruiter(
            f"bulk{number:03}",
            specialisms=["tech", "sourcing"],
            speaks=[("pl", "native"), ("en", "fluent"), ("de", "working")],
        )
        MembershipFactory(user=member, group=group or GroupFactory())


@pytest.mark.parametrize("size", [5, 50])
def test_the_directory_query_count_does_not_grow_with_members(
    member_client, django_assert_max_num_queries, size
):
    members_with_profiles(size)

    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = member_client.get("/members/?language=en")

    assert len(member_card_names(response)) == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_a_groups_member_list_query_count_does_not_grow_with_members(
    member_client, polish_group, django_assert_max_num_queries, size
):
    members_with_profiles(size, group=polish_group)

    with django_assert_max_num_queries(GROUP_MEMBERS_QUERY_BUDGET):
        response = member_client.get(f"/groups/{polish_group.slug}/members/?specialism=tech")

    assert len(member_card_names(response)) == min(size, settings.PAGE_SIZE)
