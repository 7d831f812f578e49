import re

import pytest
from django.conf import settings

from questions.models import Answer
from tests.factories import AnswerFactory, GroupFactory, QuestionFactory, UserFactory, language
from tests.html import (
    field_errors,
    messages_shown,
    page,
    question_row_titles,
    start_tags,
    textarea_value,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(german_group):
    return QuestionFactory(
        group=german_group,
        author=UserFactory(username="brit", home_country="GB", display_name="Brit Asker"),
        title="When do candidates in Germany expect to talk salary?",
        body="In the UK we discuss it in the **first call**.",
    )


# The list of questions ---------------------------------------------------------------------


@pytest.fixture
def routes(polish_group, german_group):
    poles = UserFactory(home_country="PL")
    brits = UserFactory(home_country="GB")
    QuestionFactory(title="Notice periods, asked from PL to DE", author=poles, group=german_group)
    QuestionFactory(title="Salary talks, asked from GB to DE", author=brits, group=german_group)
    QuestionFactory(title="Referral bonuses, asked from GB to PL", author=brits, group=polish_group)


def test_the_question_list_from_poland_to_germany_lists_exactly_that_route(client, routes):
    response = client.get("/questions/?from=PL&to=DE")

    assert response.status_code == 200
    assert question_row_titles(response) == ["Notice periods, asked from PL to DE"]
    assert "from Poland to Germany" in page(response)


def test_the_question_list_to_a_country(client, routes):
    assert set(question_row_titles(client.get("/questions/?to=DE"))) == {
        "Notice periods, asked from PL to DE",
        "Salary talks, asked from GB to DE",
    }


def test_the_question_list_from_a_country(client, routes):
    assert set(question_row_titles(client.get("/questions/?from=GB"))) == {
        "Salary talks, asked from GB to DE",
        "Referral bonuses, asked from GB to PL",
    }


def test_the_question_list_in_a_language(client, polish_group):
    QuestionFactory(
        group=polish_group, title="Jak długi jest okres wypowiedzenia?", language=language("pl")
    )
    QuestionFactory(group=polish_group, title="How long is the notice period?")

    assert question_row_titles(client.get("/questions/?language=pl")) == [
        "Jak długi jest okres wypowiedzenia?"
    ]


def test_the_question_list_by_text(client, routes):
    assert question_row_titles(client.get("/questions/?q=referral")) == [
        "Referral bonuses, asked from GB to PL"
    ]


def test_the_question_list_shows_newest_first(client, routes):
    assert question_row_titles(client.get("/questions/")) == [
        "Referral bonuses, asked from GB to PL",
        "Salary talks, asked from GB to DE",
        "Notice periods, asked from PL to DE",
    ]


def test_the_question_list_with_an_unknown_country_explains_the_mistake(client, routes):
    response = client.get("/questions/?to=ZZ")

    assert response.status_code == 200
    assert field_errors(response, "to")


def test_the_question_list_without_a_match_says_so(client, routes):
    response = client.get("/questions/?to=JP")

    assert question_row_titles(response) == []
    assert "No question matches these filters yet." in page(response)


# A question's page -------------------------------------------------------------------------


def test_a_question_page_shows_the_question_and_its_answers_in_order(client, question):
    first = AnswerFactory(question=question, body="After the *first* interview.")
    second = AnswerFactory(question=question, body="Only at the offer stage.")

    response = client.get(f"/questions/{question.pk}/")

    assert response.status_code == 200
    content = page(response)
    assert "When do candidates in Germany expect to talk salary?" in content
    assert "<strong>first call</strong>" in content
    assert "from United Kingdom to Germany" in content
    assert "2 answers" in content
    assert content.index(f'id="answer-{first.pk}"') < content.index(f'id="answer-{second.pk}"')
    assert "After the <em>first</em> interview." in content


def test_an_anonymous_visitor_is_invited_to_sign_in_to_answer(client, question):
    content = page(client.get(f"/questions/{question.pk}/"))

    assert "Sign in to answer" in content
    assert f'href="/accounts/login/?next=/questions/{question.pk}/"' in content
    assert '<textarea name="body"' not in content


def test_a_member_without_a_confirmed_email_is_asked_to_confirm_it(unverified_client, question):
    content = page(unverified_client.get(f"/questions/{question.pk}/"))

    assert "Confirm your email address to answer." in content
    assert '<textarea name="body"' not in content


def test_a_verified_member_sees_the_answer_form(member_client, question):
    response = member_client.get(f"/questions/{question.pk}/")

    assert response.status_code == 200
    content = page(response)
    assert f'action="/questions/{question.pk}/answer/"' in content
    assert '<textarea name="body"' in content


def test_an_unknown_question_is_not_found(client, db):
    assert client.get("/questions/999999/").status_code == 404


# Answering ---------------------------------------------------------------------------------


def test_an_anonymous_visitor_who_answers_is_sent_to_sign_in(client, question):
    response = client.post(
        f"/questions/{question.pk}/answer/", {"body": "Three months.", "language": "en"}
    )

    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next=/questions/{question.pk}/answer/"
    assert not Answer.objects.exists()


def test_a_member_without_a_confirmed_email_cannot_answer(unverified_client, question):
    response = unverified_client.post(
        f"/questions/{question.pk}/answer/", {"body": "Three months."}
    )

    assert response.status_code == 403
    assert not Answer.objects.exists()


def test_an_empty_answer_is_refused_with_an_explanation(member_client, question):
    response = member_client.post(
        f"/questions/{question.pk}/answer/", {"body": "   ", "language": "en"}
    )

    assert response.status_code == 200
    assert field_errors(response, "body") == ["This field is required."]
    assert not Answer.objects.exists()
    question.refresh_from_db()
    assert question.answer_count == 0


def test_a_refused_answer_keeps_the_existing_answers_on_the_page(member_client, question):
    AnswerFactory(question=question, body="Only at the offer stage.")

    response = member_client.post(
        f"/questions/{question.pk}/answer/", {"body": "", "language": "en"}
    )

    assert "Only at the offer stage." in page(response)
    assert textarea_value(response, "body") == ""


def test_a_verified_member_answers_and_lands_on_the_answer(member_client, member, question):
    response = member_client.post(
        f"/questions/{question.pk}/answer/",
        {"body": "In Germany, usually in the second interview.", "language": "de"},
    )

    answer = Answer.objects.get()
    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/#answer-{answer.pk}"
    assert answer.question == question
    assert answer.author == member
    assert answer.body == "In Germany, usually in the second interview."
    question.refresh_from_db()
    assert question.answer_count == 1
    followed = member_client.get(response.url)
    assert messages_shown(followed) == ["Your answer has been posted."]
    assert f'id="answer-{answer.pk}"' in page(followed)


def test_answering_by_get_only_leads_back_to_the_question(member_client, question):
    response = member_client.get(f"/questions/{question.pk}/answer/")

    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/"
    assert not Answer.objects.exists()


def test_answering_an_unknown_question_is_not_found(member_client, db):
    assert member_client.post("/questions/999999/answer/", {"body": "Hello"}).status_code == 404


# Members' text is rendered inert ----------------------------------------------------------

HOSTILE_BODY = (
    "<script>alert(1)</script>\n\n"
    "[click me](javascript:alert(1))\n\n"
    "<img src=x onerror=alert(1)>\n\n"
    '<a href="javascript:alert(1)">raw link</a>'
)


def _assert_inert(content):
    """No script runs: no script element from members, no javascript: link, no handler."""
    assert "<script>alert" not in content
    elements = start_tags(content)
    # The only scripts on a page are our own static files.
    assert not [
        tag
        for tag, attributes in elements
        if tag == "iframe"
        or (tag == "script" and not attributes.get("src", "").startswith("/static/"))
    ]
    assert not [attrs for tag, attrs in elements if tag == "img" and attrs.get("src") == "x"]
    for tag, attributes in elements:
        for name, value in attributes.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> runs script"
            assert not (value or "").strip().lower().startswith("javascript:"), (
                f"<{tag} {name}={value!r}> runs script"
            )


def test_script_and_javascript_links_in_a_question_render_inert(client, german_group):
    question = QuestionFactory(
        group=german_group, title="<script>alert('title')</script> salary?", body=HOSTILE_BODY
    )

    response = client.get(f"/questions/{question.pk}/")

    assert response.status_code == 200
    content = page(response)
    _assert_inert(content)
    assert "<script>alert('title')" not in content
    assert "click me" in content


def test_script_and_javascript_links_in_an_answer_render_inert(client, question):
    AnswerFactory(question=question, body=HOSTILE_BODY)

    _assert_inert(page(client.get(f"/questions/{question.pk}/")))


def test_links_in_a_question_are_marked_as_user_generated(client, german_group):
    question = QuestionFactory(group=german_group, body="See [the guide](https://example.com/).")

    content = page(client.get(f"/questions/{question.pk}/"))

    assert re.search(r'<a href="https://example.com/" rel="[^"]*nofollow[^"]*ugc', content)


# Query counts ------------------------------------------------------------------------------

# Measured with a signed-in, verified member; the counts do not grow with the content.
QUESTION_LIST_QUERY_BUDGET = 9
# The answer form adds one query for its language choices.
QUESTION_PAGE_QUERY_BUDGET = 8


@pytest.mark.parametrize("size", [5, 50])
def test_the_question_list_query_count_does_not_grow_with_questions(
    member_client, django_assert_max_num_queries, size
):
    groups = [GroupFactory(country=country) for country in ("PL", "DE", "ES")]
    for number in range(size):
        QuestionFactory(group=groups[number % len(groups)])

    with django_assert_max_num_queries(QUESTION_LIST_QUERY_BUDGET):
        response = member_client.get("/questions/?from=GB")

    assert len(question_row_titles(response)) == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_question_page_query_count_does_not_grow_with_answers(
    member_client, question, django_assert_max_num_queries, size
):
    AnswerFactory.create_batch(size, question=question)

    with django_assert_max_num_queries(QUESTION_PAGE_QUERY_BUDGET):
        response = member_client.get(f"/questions/{question.pk}/")

    assert page(response).count('<article class="answer"') == size
