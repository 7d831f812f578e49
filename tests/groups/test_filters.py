import datetime

import pytest
from django.utils import timezone

from groups.filters import GroupFilter
from groups.models import Group
from tests.factories import GroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def _filtered(params):
    group_filter = GroupFilter(params, queryset=Group.objects.all())
    return group_filter, list(group_filter.qs)


def _names(params):
    return [group.name for group in _filtered(params)[1]]


@pytest.fixture
def directory():
    """Groups chosen so that each filter alone and the combination disagree."""
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
            name="Tel Aviv Tech Recruiters",
            country="IL",
            city="Tel Aviv",
            languages=["he", "en"],
            description="Sourcing engineers in the start-up nation.",
        ),
    }


def test_without_parameters_every_group_is_listed(directory):
    assert len(_names({})) == len(directory)


def test_country_alone_keeps_groups_in_that_country(directory):
    assert set(_names({"country": "PL"})) == {"Rekruterzy Warszawa", "Warsaw Expat Recruiters"}


def test_language_alone_keeps_groups_using_that_language_wherever_they_are(directory):
    assert set(_names({"language": "pl"})) == {
        "Rekruterzy Warszawa",
        "Polnische Recruiter Berlin",
    }


def test_country_and_language_together_keep_only_groups_matching_both(directory):
    assert _names({"country": "PL", "language": "pl"}) == ["Rekruterzy Warszawa"]


def test_a_group_with_several_languages_is_listed_once(directory):
    assert _names({"language": "de"}).count("Polnische Recruiter Berlin") == 1


def test_text_search_matches_the_name(directory):
    assert _names({"q": "expat"}) == ["Warsaw Expat Recruiters"]


def test_text_search_matches_the_city_case_insensitively(directory):
    assert set(_names({"q": "BERLIN"})) == {
        "Polnische Recruiter Berlin",
        "Recruiting Community Berlin",
    }
    assert _names({"q": "tel aviv"}) == ["Tel Aviv Tech Recruiters"]


def test_text_search_matches_the_description(directory):
    assert _names({"q": "Start-Up Nation"}) == ["Tel Aviv Tech Recruiters"]


def test_blank_text_search_filters_nothing(directory):
    assert len(_names({"q": "   "})) == len(directory)


def test_text_search_without_a_match_is_empty(directory):
    assert _names({"q": "Reykjavik"}) == []


def test_groups_are_sorted_by_most_members_by_default():
    small = GroupFactory(name="A small group")
    big = GroupFactory(name="Z big group")
    MembershipFactory.create_batch(3, group=big)
    MembershipFactory(group=small)

    assert _names({}) == [big.name, small.name]
    assert _names({"sort": "members"}) == [big.name, small.name]


def test_groups_can_be_sorted_newest_first():
    old = GroupFactory(name="Old group", created_at=timezone.now() - datetime.timedelta(days=30))
    new = GroupFactory(name="New group", created_at=timezone.now())
    MembershipFactory.create_batch(2, group=old)

    assert _names({"sort": "newest"}) == [new.name, old.name]


def test_an_unknown_country_code_is_a_form_error_not_an_exception(directory):
    group_filter, groups = _filtered({"country": "ZZ"})

    assert not group_filter.is_valid()
    assert "country" in group_filter.form.errors
    assert len(groups) == len(directory)


def test_an_unknown_language_code_is_a_form_error(directory):
    group_filter, _groups = _filtered({"language": "xx"})

    assert not group_filter.is_valid()
    assert "language" in group_filter.form.errors


def test_an_unknown_sort_order_is_a_form_error(directory):
    group_filter, _groups = _filtered({"sort": "random"})

    assert not group_filter.is_valid()
    assert "sort" in group_filter.form.errors
