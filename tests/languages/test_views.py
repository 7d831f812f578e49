import datetime
import html
import re

import pytest
from django.conf import settings
from django.utils import timezone

from languages.views import MEMBERS_SHOWN, QUESTIONS_SHOWN
from members.models import SpokenLanguage
from tests.factories import (
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
    language,
)
from tests.html import group_card_names, page, question_row_titles

pytestmark = pytest.mark.django_db


def _member_names(response):
    content = page(response)
    if '<ul class="member-links">' not in content:
        return []
    listing = content[content.index('<ul class="member-links">') :]
    listing = listing[: listing.index("</ul>")]
    return [html.unescape(name) for name in re.findall(r"<bdi>([^<]*)</bdi>", listing)]


def _speaker(code, **kwargs):
    member = UserFactory(**kwargs)
    SpokenLanguage.objects.create(member=member, language=language(code))
    return member


@pytest.fixture
def groups():
    return {
        "polish": GroupFactory(name="Rekruterzy IT Polska", country="PL", languages=["pl", "en"]),
        "berlin_polish": GroupFactory(
            name="Polnische Recruiter Berlin", country="DE", languages=["pl"]
        ),
        "german": GroupFactory(name="Recruiting Community Berlin", country="DE", languages=["de"]),
    }


@pytest.mark.parametrize("code", ["pl", "PL"])
def test_a_language_page_lists_the_groups_using_it_wherever_they_are(client, groups, code):
    MembershipFactory.create_batch(2, group=groups["berlin_polish"])

    response = client.get(f"/languages/{code}/")

    assert response.status_code == 200
    assert group_card_names(response) == ["Polnische Recruiter Berlin", "Rekruterzy IT Polska"]


def test_a_language_page_is_titled_with_the_native_name(client, groups):
    content = page(client.get("/languages/he/"))

    assert '<span lang="he" dir="rtl">עברית</span>' in content


@pytest.mark.parametrize("code", ["xx", "pol", "polish", "p"])
def test_an_unknown_language_is_not_found(client, db, code):
    assert client.get(f"/languages/{code}/").status_code == 404


def test_a_language_page_is_paginated(client):
    GroupFactory.create_batch(settings.PAGE_SIZE + 1, languages=["et"])

    second = client.get("/languages/et/?page=2")

    assert len(group_card_names(client.get("/languages/et/"))) == settings.PAGE_SIZE
    assert len(group_card_names(second)) == 1


def test_a_language_page_lists_public_members_speaking_it(client, groups):
    _speaker("pl", display_name="Ania Public")
    _speaker("pl", display_name="Hidden Hanna", profile_visibility="groups")
    _speaker("de", display_name="Berlin Ben")
    UserFactory(display_name="Silent Sam")

    assert _member_names(client.get("/languages/pl/")) == ["Ania Public"]


def test_a_members_only_speaker_shows_only_to_someone_sharing_a_group(client, groups):
    viewer = UserFactory(display_name="Viewer")
    MembershipFactory(user=viewer, group=groups["german"])
    fellow = _speaker("pl", display_name="Fellow Filip", profile_visibility="groups")
    MembershipFactory(user=fellow, group=groups["german"])
    stranger = _speaker("pl", display_name="Stranger Stefan", profile_visibility="groups")
    MembershipFactory(user=stranger, group=groups["polish"])
    client.force_login(viewer)

    names = _member_names(client.get("/languages/pl/"))

    assert "Fellow Filip" in names
    assert "Stranger Stefan" not in names


def test_a_language_page_shows_the_newest_speakers_up_to_its_limit(client, db):
    joined = timezone.now()
    for number in range(MEMBERS_SHOWN + 2):
        _speaker("es", display_name=f"Speaker {number:02}", date_joined=joined)
        joined += datetime.timedelta(minutes=1)

    names = _member_names(client.get("/languages/es/"))

    assert names == [f"Speaker {number:02}" for number in range(MEMBERS_SHOWN + 1, 1, -1)]


def test_a_language_page_shows_the_newest_questions_in_it(client, groups):
    for number in range(QUESTIONS_SHOWN + 1):
        QuestionFactory(
            group=groups["polish"], title=f"Pytanie {number:02}", language=language("pl")
        )
    QuestionFactory(group=groups["polish"], title="An English question", language=language("en"))

    titles = question_row_titles(client.get("/languages/pl/"))

    assert titles == [f"Pytanie {number:02}" for number in range(QUESTIONS_SHOWN, 0, -1)]


LANGUAGE_QUERY_BUDGET = 9


@pytest.mark.parametrize("size", [5, 50])
def test_a_language_page_query_count_does_not_grow(
    member_client, member, django_assert_max_num_queries, size
):
    for number in range(size):
        group = GroupFactory(languages=["pl", "en"] if number % 2 else ["pl"])
        speaker = _speaker("pl", profile_visibility="groups" if number % 3 else "public")
        MembershipFactory(user=speaker, group=group)
        QuestionFactory(group=group, language=language("pl"))
    MembershipFactory(user=member, group=group)

    with django_assert_max_num_queries(LANGUAGE_QUERY_BUDGET):
        response = member_client.get("/languages/pl/")

    assert response.status_code == 200
    assert group_card_names(response)
    assert _member_names(response)
    assert question_row_titles(response)
