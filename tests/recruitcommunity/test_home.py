import re

import pytest

from tests.factories import GroupFactory, QuestionFactory, UserFactory
from tests.html import page, question_row_titles

pytestmark = pytest.mark.django_db


def _visible_text(fragment):
    """The text a reader gets: decorative (aria-hidden) parts and tags removed."""
    fragment = re.sub(r'<(\w+)[^>]*aria-hidden="true"[^>]*>.*?</\1>', "", fragment, flags=re.S)
    return re.sub(r"<[^>]+>", "", fragment).strip()


def _facet(content, heading_id):
    """The [(label, count)] listed under a heading of the home page."""
    section = re.search(rf'<h2 id="{heading_id}">.*?</section>', content, re.S).group(0)
    return [
        (_visible_text(label), int(count))
        for label, count in re.findall(
            r"<li><a [^>]*>(.*?)</a> <span class=\"count\">(\d+)</span></li>", section, re.S
        )
    ]


def test_the_home_page_is_public(client):
    response = client.get("/")

    assert response.status_code == 200
    assert "No groups yet." in page(response)


def test_the_home_page_shows_the_countries_with_most_groups(client):
    GroupFactory.create_batch(3, country="PL")
    GroupFactory.create_batch(2, country="DE")
    GroupFactory(country="IL")

    countries = _facet(page(client.get("/")), "countries-heading")

    assert countries == [
        ("Poland", 3),
        ("Germany", 2),
        ("Israel", 1),
    ]
    assert 'href="/groups/?country=PL"' in page(client.get("/"))


def test_the_home_page_shows_the_languages_with_most_groups(client):
    GroupFactory.create_batch(2, languages=["pl", "en"])
    GroupFactory(languages=["he", "en"])

    content = page(client.get("/"))

    assert _facet(content, "languages-heading") == [("English", 3), ("polski", 2), ("עברית", 1)]
    assert '<span lang="he" dir="rtl">עברית</span>' in content
    assert 'href="/groups/?language=he"' in content


def test_the_home_page_counts_all_groups(client):
    GroupFactory.create_batch(4)

    assert "4 local recruiter groups" in page(client.get("/"))


def test_the_home_page_shows_recent_questions_across_borders_only(client, polish_group):
    QuestionFactory(
        group=polish_group,
        author=UserFactory(home_country="GB"),
        title="How do Polish candidates negotiate notice periods?",
    )
    QuestionFactory(
        group=polish_group,
        author=UserFactory(home_country="PL"),
        title="Which job boards work best in Kraków?",
    )
    QuestionFactory(
        group=polish_group,
        author=UserFactory(home_country=""),
        title="A question from somewhere unknown?",
    )

    titles = question_row_titles(client.get("/"))

    assert titles == ["How do Polish candidates negotiate notice periods?"]


def test_the_home_page_shows_the_newest_cross_border_questions_first(client, polish_group):
    for number in range(10):
        QuestionFactory(group=polish_group, title=f"Cross-border question number {number}")

    titles = question_row_titles(client.get("/"))

    assert titles == [f"Cross-border question number {number}" for number in range(9, 1, -1)]


HOME_QUERY_BUDGET = 7


@pytest.mark.parametrize("size", [5, 50])
def test_the_home_page_query_count_does_not_grow_with_groups(
    member_client, django_assert_max_num_queries, size
):
    countries = ["PL", "DE", "ES", "IL", "EE", "GB", "FR", "IT", "NL", "SE"]
    languages = [["pl"], ["de", "en"], ["es"], ["he", "en"], ["et"]]
    for number in range(size):
        group = GroupFactory(
            country=countries[number % len(countries)], languages=languages[number % len(languages)]
        )
        QuestionFactory(group=group, author=UserFactory(home_country="GB"))

    with django_assert_max_num_queries(HOME_QUERY_BUDGET):
        response = member_client.get("/")

    assert response.status_code == 200
    assert len(question_row_titles(response)) == min(size, 8)
