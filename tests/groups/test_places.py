import datetime
import html
import re

import pytest
from django.conf import settings
from django.utils import timezone

from groups import world_map
from groups.views.places import MEMBERS_SHOWN, QUESTIONS_SHOWN
from members.models import User
from tests.factories import GroupFactory, MembershipFactory, QuestionFactory, UserFactory
from tests.html import group_card_names, page, question_row_titles, start_tags

pytestmark = pytest.mark.django_db


def _country_list(response):
    """(name, count text) of the countries listed under the map, in page order."""
    content = page(response)
    listing = content[content.index('<ol class="facet-list country-list">') :]
    listing = listing[: listing.index("</ol>")]
    return [
        (html.unescape(name).strip(), count)
        for name, count in re.findall(
            r'<a href="/countries/[a-z]{2}/">(?:<img[^>]*>)?\s*([^<]*)</a>\s*'
            r'<span class="count">([^<]*)</span>',
            listing,
        )
    ]


def _map_links(response):
    """{href: title} of the links on the world map."""
    content = page(response)
    svg = content[content.index("<svg") : content.index("</svg>")]
    return {
        href: html.unescape(title)
        for href, title in re.findall(
            r'<a href="([^"]*)" tabindex="-1"><title>([^<]*)</title>', svg
        )
    }


def _member_names(response):
    content = page(response)
    if '<ul class="member-links">' not in content:
        return []
    listing = content[content.index('<ul class="member-links">') :]
    listing = listing[: listing.index("</ul>")]
    return [html.unescape(name) for name in re.findall(r"<bdi>([^<]*)</bdi>", listing)]


@pytest.fixture
def places():
    """Three groups in Germany, one in Poland, one in Israel."""
    return {
        "de": GroupFactory.create_batch(3, country="DE", city="Berlin", languages=["de"]),
        "pl": GroupFactory(name="Rekruterzy IT Polska", country="PL", languages=["pl"]),
        "il": GroupFactory(name="Tel Aviv Tech Recruiters", country="IL", languages=["he"]),
    }


# The world map data ------------------------------------------------------------------------


def test_the_map_file_has_one_outline_per_country_and_keeps_the_view_box():
    view_box, outlines = world_map.outlines()

    codes = [outline.code for outline in outlines]
    assert view_box == "0 0 1010 666"
    assert len(codes) == len(set(codes)) > 240
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in codes)
    assert {"pl", "de", "il", "us", "um", "br", "au"} <= set(codes)


def test_the_map_file_is_read_once():
    assert world_map.outlines() is world_map.outlines()


SHADES_BY_COUNT = [(0, "map-shade-0"), (1, "map-shade-1"), (2, "map-shade-2"), (3, "map-shade-2")]
SHADES_BY_COUNT += [
    (4, "map-shade-3"),
    (9, "map-shade-3"),
    (10, "map-shade-4"),
    (250, "map-shade-4"),
]


@pytest.mark.parametrize(("group_count", "css_class"), SHADES_BY_COUNT)
def test_countries_are_shaded_by_their_number_of_groups(group_count, css_class):
    assert world_map.shade_for(group_count).css_class == css_class


# /countries/ -------------------------------------------------------------------------------


def test_the_countries_page_lists_only_countries_with_groups_most_first(client, places):
    response = client.get("/countries/")

    assert response.status_code == 200
    assert _country_list(response) == [
        ("Germany", "3 groups"),
        ("Israel", "1 group"),
        ("Poland", "1 group"),
    ]


def test_the_countries_page_shows_each_country_flag(client, places):
    flags = [
        attributes["src"]
        for tag, attributes in start_tags(page(client.get("/countries/")))
        if tag == "img" and attributes.get("class") == "flag"
    ]

    assert flags == ["/static/flags/de.gif", "/static/flags/il.gif", "/static/flags/pl.gif"]


def test_the_map_is_a_captioned_figure_whose_drawing_stays_out_of_the_way(client, places):
    """Links inside an image are never announced; the list after the map carries them."""
    tags = start_tags(page(client.get("/countries/")))

    figure = next(attributes for tag, attributes in tags if tag == "figure")
    svg = next(attributes for tag, attributes in tags if tag == "svg")
    map_links = [attributes for tag, attributes in tags if tag == "a" and "tabindex" in attributes]
    assert [tag for tag, attributes in tags if attributes.get("id") == figure["aria-labelledby"]]
    assert svg["aria-hidden"] == "true"
    assert svg["viewbox"] == "0 0 1010 666"
    assert map_links
    assert all(link["tabindex"] == "-1" for link in map_links)


def test_every_country_on_the_map_links_to_its_page_with_its_count(client, places):
    links = _map_links(client.get("/countries/"))

    assert links["/countries/de/"] == "Germany: 3 groups"
    assert links["/countries/pl/"] == "Poland: 1 group"
    assert links["/countries/fr/"] == "France: 0 groups"
    assert len(links) > 240


def test_the_map_shades_countries_by_their_groups(client, places):
    content = page(client.get("/countries/"))

    assert 'id="map-de" class="map-shade-2"' in content
    assert 'id="map-pl" class="map-shade-1"' in content
    assert 'id="map-fr" class="map-shade-0"' in content
    for label in ["No groups", "1 group", "2–3 groups", "4–9 groups", "10 or more groups"]:
        assert label in content


def test_a_place_without_an_iso_code_is_drawn_without_a_link(client, places):
    content = page(client.get("/countries/"))

    assert 'id="map-xk"' in content
    assert "/countries/xk/" not in content


def test_the_map_names_countries_in_the_interface_language(client, places):
    client.cookies["django_language"] = "pl"

    links = _map_links(client.get("/countries/"))

    assert links["/countries/de/"].startswith("Niemcy")


def test_the_map_credits_its_source(client, db):
    content = page(client.get("/countries/"))

    assert "svg-maps/world" in content
    assert "https://creativecommons.org/licenses/by/4.0/" in content


def test_the_header_links_to_the_countries(client, db):
    links = [attributes.get("href") for tag, attributes in start_tags(page(client.get("/")))]

    assert "/countries/" in links


def test_a_group_card_links_its_country(client, places):
    assert 'href="/countries/pl/"' in page(client.get("/groups/?country=PL"))


# /countries/<code>/ ------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["pl", "PL", "Pl"])
def test_a_country_page_accepts_its_code_in_either_case(client, places, code):
    response = client.get(f"/countries/{code}/")

    assert response.status_code == 200
    assert group_card_names(response) == ["Rekruterzy IT Polska"]


@pytest.mark.parametrize("code", ["zz", "xk", "pol", "p", "12"])
def test_an_unknown_country_is_not_found(client, db, code):
    assert client.get(f"/countries/{code}/").status_code == 404


def test_a_country_without_groups_still_has_a_page(client, places):
    response = client.get("/countries/fr/")

    assert response.status_code == 200
    assert group_card_names(response) == []
    assert "No group in France yet." in page(response)


def test_a_country_page_lists_its_groups_most_members_first(client):
    small = GroupFactory(name="Small", country="DE")
    large = GroupFactory(name="Large", country="DE")
    GroupFactory(name="Elsewhere", country="AT")
    MembershipFactory.create_batch(3, group=large)
    MembershipFactory(group=small)

    assert group_card_names(client.get("/countries/de/")) == ["Large", "Small"]


def test_a_country_page_is_paginated(client):
    GroupFactory.create_batch(settings.PAGE_SIZE + 2, country="DE")

    first = client.get("/countries/de/")
    second = client.get("/countries/de/?page=2")

    assert len(group_card_names(first)) == settings.PAGE_SIZE
    assert len(group_card_names(second)) == 2
    assert "Page 2 of 2" in page(second)


def test_a_country_page_lists_public_members_living_there(client, places):
    UserFactory(display_name="Ania Public", home_country="PL")
    UserFactory(display_name="Hidden Hanna", home_country="PL", profile_visibility="groups")
    UserFactory(display_name="Gone Greta", home_country="PL", is_active=False)
    UserFactory(display_name="Berlin Ben", home_country="DE")

    assert _member_names(client.get("/countries/pl/")) == ["Ania Public"]


def test_a_members_only_profile_shows_only_to_someone_sharing_a_group(client, places):
    viewer = UserFactory(display_name="Viewer", home_country="GB")
    shared = GroupFactory(country="GB")
    MembershipFactory(user=viewer, group=shared)
    fellow = UserFactory(
        display_name="Fellow Filip", home_country="PL", profile_visibility="groups"
    )
    MembershipFactory(user=fellow, group=shared)
    stranger = UserFactory(
        display_name="Stranger Stefan", home_country="PL", profile_visibility="groups"
    )
    MembershipFactory(user=stranger, group=places["pl"])
    client.force_login(viewer)

    names = _member_names(client.get("/countries/pl/"))

    assert "Fellow Filip" in names
    assert "Stranger Stefan" not in names


def test_a_country_page_shows_the_newest_members_up_to_its_limit(client, db):
    joined = timezone.now()
    for number in range(MEMBERS_SHOWN + 3):
        UserFactory(
            display_name=f"Member {number:02}",
            home_country="EE",
            date_joined=joined + datetime.timedelta(minutes=number),
        )

    names = _member_names(client.get("/countries/ee/"))

    assert names == [f"Member {number:02}" for number in range(MEMBERS_SHOWN + 2, 2, -1)]


def test_a_country_page_shows_the_newest_questions_asked_to_it(client, places):
    for number in range(QUESTIONS_SHOWN + 2):
        QuestionFactory(group=places["pl"], title=f"Question to Poland {number:02}")
    QuestionFactory(group=places["il"], title="Question to Israel")

    titles = question_row_titles(client.get("/countries/pl/"))

    assert titles == [
        f"Question to Poland {number:02}" for number in range(QUESTIONS_SHOWN + 1, 1, -1)
    ]


# Queries -----------------------------------------------------------------------------------

COUNTRY_LIST_QUERY_BUDGET = 4
COUNTRY_QUERY_BUDGET = 8


def _populate(size):
    """`size` groups, members and questions, most of them in Poland."""
    countries = ["PL", "DE", "ES", "IL", "EE", "GB", "FR", "IT", "NL", "SE"]
    for number in range(size):
        group = GroupFactory(country="PL" if number % 2 else countries[number % len(countries)])
        member = UserFactory(
            home_country="PL", profile_visibility="groups" if number % 3 else "public"
        )
        MembershipFactory(user=member, group=group)
        QuestionFactory(group=group)


@pytest.mark.parametrize("size", [5, 50])
def test_the_countries_page_query_count_does_not_grow(
    member_client, django_assert_max_num_queries, size
):
    _populate(size)

    with django_assert_max_num_queries(COUNTRY_LIST_QUERY_BUDGET):
        response = member_client.get("/countries/")

    assert response.status_code == 200


@pytest.mark.parametrize("size", [5, 50])
def test_a_country_page_query_count_does_not_grow(
    member_client, django_assert_max_num_queries, size
):
    _populate(size)
    MembershipFactory(user=User.objects.get(username="ania"), group=GroupFactory(country="PL"))

    with django_assert_max_num_queries(COUNTRY_QUERY_BUDGET):
        response = member_client.get("/countries/pl/")

    assert response.status_code == 200
    assert group_card_names(response)
    assert _member_names(response)
    assert question_row_titles(response)
