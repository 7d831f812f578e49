import datetime
import html
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from groups.filters import FACET_SIZE, GroupFilter
from groups.models import Group
from tests.factories import GroupFactory, MembershipFactory
from tests.html import group_card_names, page, start_tags

pytestmark = pytest.mark.django_db


def _country_counts(params):
    facets = GroupFilter(params, queryset=Group.objects.all()).country_facets()
    return [(facet.value, facet.group_count) for facet in facets]


def _language_counts(params):
    facets = GroupFilter(params, queryset=Group.objects.all()).language_facets()
    return [(facet.value, facet.group_count) for facet in facets]


def _selected(facets):
    return [facet.value for facet in facets if facet.selected]


@pytest.fixture
def directory():
    """Groups chosen so that each filter alone and the combinations disagree."""
    return {
        "pl_polish": GroupFactory(name="Rekruterzy Warszawa", country="PL", languages=["pl"]),
        "pl_english_only": GroupFactory(
            name="Warsaw Expat Recruiters", country="PL", city="Warszawa", languages=["en"]
        ),
        "de_polish": GroupFactory(
            name="Polnische Recruiter Berlin", country="DE", city="Berlin", languages=["pl", "de"]
        ),
        "de_german": GroupFactory(
            name="Recruiting Community Berlin", country="DE", city="Berlin", languages=["de"]
        ),
        "il_hebrew": GroupFactory(
            name="Tel Aviv Tech Recruiters", country="IL", city="Tel Aviv", languages=["he", "en"]
        ),
    }


# Counts ------------------------------------------------------------------------------------


def test_without_filters_the_facets_count_every_group_most_first(directory):
    assert _country_counts({}) == [("DE", 2), ("PL", 2), ("IL", 1)]
    # Ties go by the language's English name.
    assert _language_counts({}) == [("en", 2), ("de", 2), ("pl", 2), ("he", 1)]


def test_the_country_facet_ignores_the_country_but_applies_the_language(directory):
    # Polish is used by one group in Poland and one in Germany: both countries stay on offer.
    assert _country_counts({"country": "PL", "language": "pl"}) == [("DE", 1), ("PL", 1)]


def test_the_language_facet_ignores_the_language_but_applies_the_country(directory):
    assert _language_counts({"country": "PL", "language": "pl"}) == [("en", 1), ("pl", 1)]


def test_the_facets_apply_the_text_search(directory):
    assert _country_counts({"q": "Berlin", "language": "pl"}) == [("DE", 1)]
    assert _language_counts({"q": "Berlin", "language": "pl"}) == [("de", 2), ("pl", 1)]
    assert _country_counts({"q": "Warszawa", "country": "DE"}) == [("PL", 2), ("DE", 0)]


def test_the_sort_order_does_not_change_the_counts(directory):
    assert _country_counts({"sort": "active"}) == _country_counts({})
    assert _language_counts({"sort": "newest"}) == _language_counts({})


def test_the_chosen_values_are_marked_selected(directory):
    group_filter = GroupFilter({"country": "DE", "language": "de"}, queryset=Group.objects.all())

    assert _selected(group_filter.country_facets()) == ["DE"]
    assert _selected(group_filter.language_facets()) == ["de"]


def test_a_chosen_country_without_groups_is_still_offered_with_zero(directory):
    facets = GroupFilter({"country": "JP"}, queryset=Group.objects.all()).country_facets()

    assert [(facet.value, facet.group_count, facet.selected) for facet in facets] == [
        ("DE", 2, False),
        ("PL", 2, False),
        ("IL", 1, False),
        ("JP", 0, True),
    ]


def test_a_chosen_language_no_group_matches_is_still_offered_with_zero(directory):
    facets = GroupFilter(
        {"country": "IL", "language": "pl"}, queryset=Group.objects.all()
    ).language_facets()

    assert [(facet.value, facet.group_count, facet.selected) for facet in facets] == [
        ("en", 1, False),
        ("he", 1, False),
        ("pl", 0, True),
    ]


def test_an_invalid_filter_value_is_ignored_by_the_facets(directory):
    assert _country_counts({"country": "ZZ", "language": "he"}) == [("IL", 1)]
    assert _language_counts({"country": "ZZ"}) == _language_counts({})


def test_kept_facet_counts_follow_a_new_group(
    directory, settings, django_capture_on_commit_callbacks
):
    # With the page cache on, the counts are kept per content version, which every write
    # to a group moves on.
    settings.PAGE_CACHE_SECONDS = 60
    assert _country_counts({"language": "pl"}) == [("DE", 1), ("PL", 1)]
    assert _language_counts({"country": "PL"}) == [("en", 1), ("pl", 1)]

    with django_capture_on_commit_callbacks(execute=True):
        GroupFactory(name="Rekruterzy Kraków", country="PL", languages=["pl"])

    assert _country_counts({"language": "pl"}) == [("PL", 2), ("DE", 1)]
    assert _language_counts({"country": "PL"}) == [("pl", 2), ("en", 1)]


# Size --------------------------------------------------------------------------------------

MANY_COUNTRIES = ["AT", "BE", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HU"]
MANY_COUNTRIES += ["IE", "IT", "LT", "LV", "NL", "NO", "PL"]


@pytest.fixture
def twenty_countries():
    """Twenty countries: the first fifteen with two groups each, the last five with one."""
    for rank, code in enumerate(MANY_COUNTRIES):
        GroupFactory.create_batch(2 if rank < FACET_SIZE else 1, country=code)


def test_the_country_facet_offers_the_fifteen_countries_with_most_groups(twenty_countries):
    assert [code for code, _count in _country_counts({})] == MANY_COUNTRIES[:FACET_SIZE]


def test_the_country_facet_adds_a_chosen_country_outside_the_top(twenty_countries):
    counts = _country_counts({"country": "PL"})

    assert [code for code, _count in counts] == [*MANY_COUNTRIES[:FACET_SIZE], "PL"]
    assert counts[-1] == ("PL", 1)


def test_a_chosen_country_inside_the_top_is_not_repeated(twenty_countries):
    assert [code for code, _count in _country_counts({"country": "AT"})] == MANY_COUNTRIES[
        :FACET_SIZE
    ]


def test_the_language_facet_offers_at_most_fifteen_languages_plus_the_chosen_one():
    codes = ["ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he"]
    codes += ["hu", "it", "ja", "lt", "nl", "pl"]
    for code in codes:
        GroupFactory(languages=[code])

    assert len(_language_counts({})) == FACET_SIZE
    chosen = _language_counts({"language": "pl"})
    assert len(chosen) == FACET_SIZE + 1
    assert ("pl", 1) in chosen


# The directory page ------------------------------------------------------------------------


def _facet_links(response, parameter):
    """{value: query} of the facet links that set `parameter`, in page order."""
    content = page(response)
    facets = content[content.index('<aside class="facets"') :]
    links = {}
    for tag, attributes in start_tags(facets):
        if tag != "a":
            continue
        query = parse_qs(urlsplit(html.unescape(attributes["href"])).query)
        if parameter in query:
            links[query[parameter][0]] = query
    return links


def test_the_directory_shows_the_counts_beside_the_filters(client, directory):
    content = page(client.get("/groups/"))

    assert 'id="country-facets-heading"' in content
    assert 'id="language-facets-heading"' in content
    assert '<span class="count">2</span>' in content


def test_a_country_link_sets_the_country_and_keeps_the_other_filters(client, directory):
    response = client.get("/groups/?language=pl&q=Re&sort=newest&country=PL&page=1")

    links = _facet_links(response, "country")

    assert set(links) == {"DE", "PL"}
    assert links["DE"] == {"country": ["DE"], "language": ["pl"], "q": ["Re"], "sort": ["newest"]}


def test_a_language_link_sets_the_language_and_keeps_the_country(client, directory):
    links = _facet_links(client.get("/groups/?country=DE"), "language")

    assert set(links) == {"de", "pl"}
    assert links["pl"] == {"country": ["DE"], "language": ["pl"]}


def test_following_a_facet_link_lists_as_many_groups_as_it_counted(client, directory):
    links = _facet_links(client.get("/groups/?language=pl"), "country")

    response = client.get("/groups/", {key: values[0] for key, values in links["DE"].items()})

    assert group_card_names(response) == ["Polnische Recruiter Berlin"]


def test_the_chosen_facet_is_marked_current_and_can_be_cleared(client, directory):
    content = page(client.get("/groups/?country=IL"))

    current = [
        attributes["href"]
        for tag, attributes in start_tags(content)
        if tag == "a" and attributes.get("aria-current") == "true"
    ]
    assert current == ["?country=IL"]
    assert "Any country" in content


# Sorting by recent activity ----------------------------------------------------------------


def test_sort_by_recent_activity_lists_the_most_recently_active_first(client):
    now = timezone.now()
    for name, days_ago in [("Quiet", 30), ("Busy", 0), ("Weekly", 7)]:
        GroupFactory(name=name, last_activity_at=now - datetime.timedelta(days=days_ago))
    MembershipFactory.create_batch(2, group=Group.objects.get(name="Quiet"))

    assert group_card_names(client.get("/groups/?sort=active")) == ["Busy", "Weekly", "Quiet"]
    assert group_card_names(client.get("/groups/"))[0] == "Quiet"


def test_the_sort_menu_offers_recent_activity(client, db):
    options = [
        attributes.get("value")
        for tag, attributes in start_tags(page(client.get("/groups/")))
        if tag == "option"
    ]

    assert "active" in options


# Queries -----------------------------------------------------------------------------------

DIRECTORY_QUERY_BUDGET = 10


@pytest.mark.parametrize("size", [5, 50])
def test_the_directory_with_facets_query_count_does_not_grow_with_groups(
    member_client, django_assert_max_num_queries, size
):
    countries = ["PL", "DE", "ES", "IL", "EE", "GB", "FR", "IT", "NL", "SE"]
    languages = [["pl", "en"], ["de", "en"], ["es"], ["he", "en"], ["et"]]
    for number in range(size):
        group = GroupFactory(
            country=countries[number % len(countries)], languages=languages[number % len(languages)]
        )
        MembershipFactory(group=group)

    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = member_client.get("/groups/?language=en&q=Recruiters&sort=active")

    assert response.status_code == 200
    assert group_card_names(response)
