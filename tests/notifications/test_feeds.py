from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from tests.factories import GroupFactory, QuestionFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_a_groups_feed_lists_its_questions_newest_first(client, polish_group, german_group):
    now = timezone.now()
    older = QuestionFactory(
        group=polish_group, title="Older question", created_at=now - timedelta(days=1)
    )
    QuestionFactory(group=polish_group, title="Newer question", created_at=now)
    QuestionFactory(group=polish_group, title="Deleted question", deleted_at=now)
    QuestionFactory(group=german_group, title="Question to Berlin")

    entries = _entries(client.get(f"/groups/{polish_group.slug}/questions.atom"))

    assert [entry["title"] for entry in entries] == ["Newer question", "Older question"]
    assert entries[1]["link"] == f"http://testserver/questions/{older.pk}/"
    assert entries[1]["author"] == older.author.public_name


def test_a_groups_feed_names_the_group(client, polish_group):
    feed = ElementTree.fromstring(client.get(f"/groups/{polish_group.slug}/questions.atom").content)

    assert feed.findtext(f"{ATOM}title") == "Questions to Rekruterzy IT Polska · RecruitCommunity"


def test_the_feed_of_an_unknown_group_is_not_found(client, db):
    assert client.get("/groups/no-such-group/questions.atom").status_code == 404


def test_a_countrys_feed_lists_the_questions_addressing_it(client, polish_group, german_group):
    spain = GroupFactory(country="ES")
    QuestionFactory(group=german_group, title="To Germany")
    QuestionFactory(group=spain, title="To Spain and Germany", regions=["ES", "DE"])
    QuestionFactory(group=polish_group, title="To Poland")

    entries = _entries(client.get("/questions/feed.atom?to=DE"))

    assert {entry["title"] for entry in entries} == {"To Germany", "To Spain and Germany"}


def test_a_countrys_feed_accepts_a_lowercase_code(client, german_group):
    QuestionFactory(group=german_group, title="To Germany")

    assert [entry["title"] for entry in _entries(client.get("/questions/feed.atom?to=de"))] == [
        "To Germany"
    ]


@pytest.mark.parametrize("query", ["?to=XX", "?to=DEU", "?to=", "", "?to=%00"])
def test_a_feed_for_no_real_country_is_not_found(client, db, query):
    assert client.get(f"/questions/feed.atom{query}").status_code == 404
