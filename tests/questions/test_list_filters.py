"""The question list's topic, region, local-answer and answered filters, its sorts, and what
each row shows."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from questions.filters import QuestionFilter
from questions.models import Question, Tag, Topic
from tests.factories import AnswerFactory, GroupFactory, QuestionFactory, UserFactory
from tests.html import field_errors, page, question_row_titles

pytestmark = pytest.mark.django_db


def _titles(params):
    question_filter = QuestionFilter(params, queryset=Question.objects.all())
    return {question.title for question in question_filter.qs}


def _answered(question, *, local=0, accepted=False):
    """Give a question answers, `local` of them from local practitioners."""
    answers = AnswerFactory.create_batch(max(local, 1), question=question)
    Question.objects.filter(pk=question.pk).update(
        local_answer_count=local,
        accepted_answer=answers[0] if accepted else None,
    )


@pytest.fixture
def warsaw():
    return GroupFactory(country="PL", languages=["pl", "en"])


@pytest.fixture
def berlin():
    return GroupFactory(country="DE", languages=["de", "en"])


@pytest.fixture
def questions(warsaw, berlin):
    """Questions to Poland and Germany, one of them to both and Spain, in every state of
    answering; titles say what each is."""
    salary = Topic.objects.get(slug="salary-and-compensation")
    notice = Topic.objects.get(slug="notice-periods")
    multi = QuestionFactory(
        title="PL+DE+ES salary, unanswered", group=warsaw, regions=["PL", "DE", "ES"]
    )
    multi.topics.set([salary])
    local = QuestionFactory(title="PL notice, answered locally and accepted", group=warsaw)
    local.topics.set([notice])
    _answered(local, local=1, accepted=True)
    remote = QuestionFactory(title="PL salary, answered from abroad only", group=warsaw)
    remote.topics.set([salary, notice])
    _answered(remote, local=0)
    QuestionFactory(title="DE, unanswered", group=berlin)
    german = QuestionFactory(title="DE notice, answered locally", group=berlin)
    german.topics.set([notice])
    _answered(german, local=2)


# Filters alone -----------------------------------------------------------------------------


def test_to_keeps_questions_addressed_to_that_region_among_others(questions):
    assert _titles({"to": "PL"}) == {
        "PL+DE+ES salary, unanswered",
        "PL notice, answered locally and accepted",
        "PL salary, answered from abroad only",
    }


@pytest.mark.parametrize("region", ["PL", "DE", "ES"])
def test_a_question_about_several_regions_is_listed_under_each(client, questions, region):
    assert "PL+DE+ES salary, unanswered" in question_row_titles(
        client.get(f"/questions/?to={region}")
    )


def test_to_a_region_no_question_is_about_lists_nothing(questions):
    assert _titles({"to": "GB"}) == set()


def test_topic_keeps_questions_about_that_topic(questions):
    assert _titles({"topic": "salary-and-compensation"}) == {
        "PL+DE+ES salary, unanswered",
        "PL salary, answered from abroad only",
    }


def test_the_topic_is_filtered_by_its_id_without_joining_the_topics(client, questions):
    # Through the slug, PostgreSQL could not tell how many questions a topic has and read
    # every question of a large one; by the id it walks the newest questions instead.
    with CaptureQueriesContext(connection) as queries:
        client.get("/questions/?topic=salary-and-compensation")

    listing = [q["sql"] for q in queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(listing) == 1
    assert '"questions_question_topics"' in listing[0]
    assert '"questions_topic"' not in listing[0]


def test_a_question_with_two_topics_is_listed_once_under_each(client, questions):
    response = client.get("/questions/?topic=notice-periods")

    titles = question_row_titles(response)
    assert sorted(titles) == sorted(
        [
            "PL notice, answered locally and accepted",
            "PL salary, answered from abroad only",
            "DE notice, answered locally",
        ]
    )


def test_an_unknown_topic_is_explained_not_an_error_page(client, questions):
    response = client.get("/questions/?topic=astrology")

    assert response.status_code == 200
    assert field_errors(response, "topic") == [
        "There is no topic “astrology”. Choose one from the list."
    ]
    assert len(question_row_titles(response)) == 5  # the other filters still apply


def test_local_unanswered_keeps_questions_without_a_local_answer(questions):
    assert _titles({"local": "unanswered"}) == {
        "PL+DE+ES salary, unanswered",
        "PL salary, answered from abroad only",
        "DE, unanswered",
    }


def test_local_answered_keeps_questions_with_a_local_answer(questions):
    assert _titles({"local": "answered"}) == {
        "PL notice, answered locally and accepted",
        "DE notice, answered locally",
    }


def test_answered_no_keeps_questions_without_any_answer(questions):
    assert _titles({"answered": "no"}) == {"PL+DE+ES salary, unanswered", "DE, unanswered"}


def test_answered_yes_keeps_questions_with_an_answer(questions):
    assert _titles({"answered": "yes"}) == {
        "PL notice, answered locally and accepted",
        "PL salary, answered from abroad only",
        "DE notice, answered locally",
    }


def test_answered_accepted_keeps_questions_with_an_accepted_answer(questions):
    assert _titles({"answered": "accepted"}) == {"PL notice, answered locally and accepted"}


@pytest.mark.parametrize(
    "params",
    [{"local": "sometimes"}, {"answered": "maybe"}, {"sort": "random"}, {"to": "ZZ"}],
    ids=["local", "answered", "sort", "to"],
)
def test_an_unknown_value_is_a_form_error(client, questions, params):
    name = next(iter(params))
    response = client.get("/questions/", params)

    assert response.status_code == 200
    assert field_errors(response, name)
    assert len(question_row_titles(response)) == 5


# Filters together --------------------------------------------------------------------------


def test_to_poland_without_a_local_answer(client, questions):
    response = client.get("/questions/?to=PL&local=unanswered")

    assert response.status_code == 200
    assert set(question_row_titles(response)) == {
        "PL+DE+ES salary, unanswered",
        "PL salary, answered from abroad only",
    }


def test_to_germany_without_a_local_answer_includes_the_question_to_several_regions(questions):
    assert _titles({"to": "DE", "local": "unanswered"}) == {
        "PL+DE+ES salary, unanswered",
        "DE, unanswered",
    }


def test_topic_region_and_answered_together(questions):
    assert _titles({"topic": "notice-periods", "to": "PL", "answered": "yes"}) == {
        "PL notice, answered locally and accepted",
        "PL salary, answered from abroad only",
    }
    assert _titles({"topic": "notice-periods", "to": "DE", "local": "unanswered"}) == set()


def test_from_language_and_text_still_combine_with_the_new_filters(warsaw):
    brits, poles = UserFactory(home_country="GB"), UserFactory(home_country="PL")
    QuestionFactory(title="Salary bands, from GB", author=brits, group=warsaw)
    QuestionFactory(title="Salary bands, from PL", author=poles, group=warsaw)
    QuestionFactory(title="Notice, from GB", author=brits, group=warsaw)

    params = {"from": "GB", "q": "bands", "language": "en", "local": "unanswered", "to": "PL"}
    assert _titles(params) == {"Salary bands, from GB"}


# Sorts -------------------------------------------------------------------------------------


@pytest.fixture
def ranked(warsaw):
    """Three questions whose age, votes and activity rank them differently."""
    now = timezone.now()
    oldest = QuestionFactory(title="Oldest, most votes, quiet", group=warsaw)
    middle = QuestionFactory(title="Middle, no votes, busiest", group=warsaw)
    newest = QuestionFactory(title="Newest, some votes, active", group=warsaw)
    for question, days_ago, score, active_days_ago in [
        (oldest, 3, 7, 3),
        (middle, 2, 0, 0),
        (newest, 1, 2, 1),
    ]:
        Question.objects.filter(pk=question.pk).update(
            created_at=now - timedelta(days=days_ago),
            score=score,
            last_activity_at=now - timedelta(days=active_days_ago, hours=1),
        )


def test_the_list_is_newest_first_by_default(client, ranked):
    assert question_row_titles(client.get("/questions/")) == [
        "Newest, some votes, active",
        "Middle, no votes, busiest",
        "Oldest, most votes, quiet",
    ]


def test_sort_newest(client, ranked):
    assert question_row_titles(client.get("/questions/?sort=newest")) == [
        "Newest, some votes, active",
        "Middle, no votes, busiest",
        "Oldest, most votes, quiet",
    ]


def test_sort_by_votes(client, ranked):
    assert question_row_titles(client.get("/questions/?sort=votes")) == [
        "Oldest, most votes, quiet",
        "Newest, some votes, active",
        "Middle, no votes, busiest",
    ]


def test_sort_by_recent_activity(client, ranked):
    assert question_row_titles(client.get("/questions/?sort=active")) == [
        "Middle, no votes, busiest",
        "Newest, some votes, active",
        "Oldest, most votes, quiet",
    ]


def test_equal_votes_are_newest_first(client, warsaw):
    QuestionFactory(title="First asked", group=warsaw)
    QuestionFactory(title="Then asked", group=warsaw)

    assert question_row_titles(client.get("/questions/?sort=votes")) == [
        "Then asked",
        "First asked",
    ]


def test_a_sort_keeps_the_filters(client, ranked, berlin):
    QuestionFactory(title="To Germany, many votes", group=berlin, score=99)

    assert question_row_titles(client.get("/questions/?to=PL&sort=votes"))[0] == (
        "Oldest, most votes, quiet"
    )


# What a row shows --------------------------------------------------------------------------


def _row(response, title):
    content = page(response)
    start = content.index(title)
    return content[start : content.index("</article>", start)]


def test_a_row_shows_topics_tags_regions_votes_and_answers(client, warsaw):
    question = QuestionFactory(
        title="Salary talks across three markets", group=warsaw, regions=["PL", "DE", "ES"]
    )
    question.topics.set(Topic.objects.filter(slug__in=["salary-and-compensation", "benefits"]))
    question.tags.set([Tag.objects.create(name="fintech"), Tag.objects.create(name="senior")])
    _answered(question, local=0, accepted=True)
    Question.objects.filter(pk=question.pk).update(score=4)

    row = _row(client.get("/questions/"), "Salary talks across three markets")

    assert (
        '<a href="/questions/?topic=salary-and-compensation">Salary and compensation talks</a>'
        in row
    )
    assert '<a href="/questions/?topic=benefits">Benefits</a>' in row
    assert "<bdi>fintech</bdi>" in row
    assert "<bdi>senior</bdi>" in row
    assert re.search(r"Regions:.*Poland.*Germany.*Spain", row, re.S)
    assert row.count('class="flag"') >= 3
    assert "4 votes" in row
    assert "1 answer" in row
    assert "accepted answer" in row
    assert "No local answer yet" in row


def test_a_row_about_one_region_lists_no_regions(client, warsaw):
    question = QuestionFactory(title="Only about Poland", group=warsaw)
    _answered(question, local=1)

    row = _row(client.get("/questions/"), "Only about Poland")

    assert "Regions:" not in row
    assert "No local answer yet" not in row
    assert "accepted answer" not in row
    assert "0 votes" in row
    assert 'class="tags"' not in row


def test_a_row_shows_topics_in_the_interface_language(client, warsaw):
    question = QuestionFactory(title="Okres wypowiedzenia", group=warsaw)
    question.topics.set([Topic.objects.get(slug="notice-periods")])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"

    assert "Okresy wypowiedzenia</a>" in _row(client.get("/questions/"), "Okres wypowiedzenia")


def test_the_filter_form_offers_topics_local_answers_answered_and_sorts(client, db):
    content = page(client.get("/questions/"))

    for name in ["q", "topic", "to", "from", "language", "local", "answered", "sort"]:
        assert re.search(rf'<(select|input)[^>]*name="{name}"', content), name
    assert '<option value="salary-and-compensation">Salary and compensation talks</option>' in (
        content
    )


# Query counts ------------------------------------------------------------------------------

# A signed-in member: session, member, unread notifications, the count, the page of
# questions, their topics, their tags, and the language and topic choices of the filters.
QUESTION_LIST_QUERY_BUDGET = 9
# A topic in the query adds one look-up of that topic.
FILTERED_QUESTION_LIST_QUERY_BUDGET = QUESTION_LIST_QUERY_BUDGET + 1


@pytest.fixture
def tagged_questions():
    def make(size):
        groups = [GroupFactory(country=country) for country in ("PL", "DE", "ES")]
        topics = list(Topic.objects.all())
        tags = [Tag.objects.create(name=f"tag{number}") for number in range(6)]
        for number in range(size):
            question = QuestionFactory(
                group=groups[number % len(groups)], regions=["PL", "DE", "ES"][: 1 + number % 3]
            )
            question.topics.set(topics[number % len(topics) :][:3])
            question.tags.set(tags[number % len(tags) :][:4])

    return make


@pytest.mark.parametrize("size", [5, 50])
def test_the_question_list_query_count_does_not_grow_with_topics_and_tags(
    member_client, django_assert_max_num_queries, tagged_questions, size
):
    tagged_questions(size)

    with django_assert_max_num_queries(QUESTION_LIST_QUERY_BUDGET):
        response = member_client.get("/questions/")

    assert len(question_row_titles(response)) == min(size, settings.PAGE_SIZE)
    assert page(response).count('<li class="tag">') >= min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_filtered_and_sorted_list_query_count_does_not_grow(
    member_client, django_assert_max_num_queries, tagged_questions, size
):
    tagged_questions(size)
    params = "to=PL&local=unanswered&answered=no&topic=salary-and-compensation&sort=votes"

    with django_assert_max_num_queries(FILTERED_QUESTION_LIST_QUERY_BUDGET):
        response = member_client.get(f"/questions/?{params}")

    assert response.status_code == 200
    assert question_row_titles(response)
