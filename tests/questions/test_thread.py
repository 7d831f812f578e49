"""A question's thread: the order of its answers, local practitioners, the accepted answer,
one column per region on a question about several regions, deleted posts, and a query
count that does not grow with the thread."""

import re

import pytest

from questions.models import Answer, Question, Vote
from questions.services import (
    answer_accept,
    answer_delete,
    comment_post,
    question_delete,
    vote_cast,
)
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.html import messages_shown, page, question_row_titles, start_tags

pytestmark = pytest.mark.django_db


@pytest.fixture
def asker(db):
    return UserFactory(username="asker", home_country="GB", display_name="Oliver Asker")


@pytest.fixture
def question(german_group, asker):
    return QuestionFactory(
        group=german_group,
        author=asker,
        title="When do candidates in Germany expect to talk salary?",
    )


@pytest.fixture
def answer(question):
    return AnswerFactory(question=question, author=UserFactory(username="jonas", home_country="DE"))


def _answer_ids(response):
    return [
        int(pk)
        for pk in re.findall(r'<article class="answer[^"]*" id="answer-(\d+)"', page(response))
    ]


def _set_score(answer, score):
    Answer.objects.filter(pk=answer.pk).update(score=score)


# Order and badges --------------------------------------------------------------------------


def test_answers_come_by_score_with_local_practitioners_first_among_equals(client, question):
    modest = AnswerFactory(question=question, is_local=True)
    best = AnswerFactory(question=question)
    tied_visitor = AnswerFactory(question=question)
    tied_local = AnswerFactory(question=question, is_local=True)
    _set_score(best, 5)
    _set_score(tied_visitor, 2)
    _set_score(tied_local, 2)
    _set_score(modest, -1)

    response = client.get(f"/questions/{question.pk}/")

    assert _answer_ids(response) == [best.pk, tied_local.pk, tied_visitor.pk, modest.pk]


def test_the_accepted_answer_comes_first_whatever_its_score(client, question, asker):
    popular = AnswerFactory(question=question)
    _set_score(popular, 10)
    accepted = AnswerFactory(question=question)
    answer_accept(answer=accepted, user=asker)

    response = client.get(f"/questions/{question.pk}/")

    assert _answer_ids(response) == [accepted.pk, popular.pk]
    content = page(response)
    assert f'class="answer answer-accepted" id="answer-{accepted.pk}"' in content
    assert content.count("Accepted answer") == 1


def test_an_answer_from_a_local_practitioner_wears_a_badge(client, question):
    local = AnswerFactory(question=question, is_local=True, body="Here in Berlin: early.")
    AnswerFactory(question=question, is_local=False, body="From afar: late.")

    content = page(client.get(f"/questions/{question.pk}/"))

    assert content.count("Local practitioner") == 1
    local_article = content[content.index(f'id="answer-{local.pk}"') :]
    assert local_article.index("Local practitioner") < local_article.index("Here in Berlin")


def test_a_question_without_answers_says_it_is_not_answered_yet(client, question):
    content = page(client.get(f"/questions/{question.pk}/"))

    assert "Not answered yet" in content
    assert "Answer accepted" not in content


def test_a_question_with_answers_shows_it_is_answered(client, question, answer):
    content = page(client.get(f"/questions/{question.pk}/"))

    assert "Answered" in content
    assert "Not answered yet" not in content


def test_a_question_with_an_accepted_answer_says_so(client, question, answer, asker):
    answer_accept(answer=answer, user=asker)

    assert "Answer accepted" in page(client.get(f"/questions/{question.pk}/"))


def test_the_question_header_keeps_a_spot_for_more_actions(client, question):
    content = page(client.get(f"/questions/{question.pk}/"))

    header = content[
        content.index('<header class="page-header">') : content.index(
            "</header>", content.index('<header class="page-header">')
        )
    ]
    assert '<div class="post-actions-extra">' in header


# Accepting ---------------------------------------------------------------------------------


def _accept(client, answer):
    return client.post(f"/questions/answers/{answer.pk}/accept/")


def _accepted_id(question):
    return Question.objects.values_list("accepted_answer", flat=True).get(pk=question.pk)


def test_an_anonymous_visitor_who_accepts_is_sent_to_sign_in(client, answer):
    response = _accept(client, answer)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert _accepted_id(answer.question) is None


def test_a_member_without_a_confirmed_email_cannot_accept(unverified_client, answer):
    assert _accept(unverified_client, answer).status_code == 403


def test_a_member_who_did_not_ask_cannot_accept(member_client, answer):
    assert _accept(member_client, answer).status_code == 403
    assert _accepted_id(answer.question) is None


def test_the_author_of_the_answer_cannot_accept_it(client, answer):
    client.force_login(answer.author)

    assert _accept(client, answer).status_code == 403
    assert _accepted_id(answer.question) is None


def test_staff_cannot_accept_for_the_asker(client, staff_member, answer):
    client.force_login(staff_member)

    assert _accept(client, answer).status_code == 403


def test_the_asker_accepts_an_answer(client, asker, answer):
    client.force_login(asker)

    response = _accept(client, answer)

    assert response.status_code == 302
    assert response.url == f"/questions/{answer.question_id}/#answer-{answer.pk}"
    assert _accepted_id(answer.question) == answer.pk
    assert messages_shown(client.get(response.url)) == ["You accepted this answer."]


def test_the_asker_changes_the_accepted_answer(client, asker, question, answer):
    other = AnswerFactory(question=question)
    client.force_login(asker)
    _accept(client, answer)

    _accept(client, other)

    assert _accepted_id(question) == other.pk


def test_the_asker_withdraws_the_acceptance(client, asker, question, answer):
    answer_accept(answer=answer, user=asker)
    client.force_login(asker)
    assert "Withdraw your acceptance" in page(client.get(f"/questions/{question.pk}/"))

    response = client.post(f"/questions/{question.pk}/acceptance/withdraw/")

    assert response.status_code == 302
    assert _accepted_id(question) is None


@pytest.mark.parametrize("role", ["anonymous", "unverified", "member", "answerer", "staff"])
def test_only_the_asker_withdraws_the_acceptance(
    client, role, asker, question, answer, unverified_member, member, staff_member
):
    answer_accept(answer=answer, user=asker)
    viewer = {
        "anonymous": None,
        "unverified": unverified_member,
        "member": member,
        "answerer": answer.author,
        "staff": staff_member,
    }[role]
    if viewer:
        client.force_login(viewer)

    response = client.post(f"/questions/{question.pk}/acceptance/withdraw/")

    assert response.status_code == (302 if role == "anonymous" else 403)
    assert _accepted_id(question) == answer.pk


def test_only_the_asker_sees_the_accept_buttons(client, asker, member, answer):
    client.force_login(member)
    assert "Accept this answer" not in page(client.get(f"/questions/{answer.question_id}/"))

    client.force_login(asker)
    assert "Accept this answer" in page(client.get(f"/questions/{answer.question_id}/"))


def test_a_deleted_answer_cannot_be_accepted(client, asker, answer):
    answer_delete(answer=answer, user=answer.author)
    client.force_login(asker)

    response = _accept(client, answer)

    assert response.status_code == 302
    assert _accepted_id(answer.question) is None
    assert messages_shown(client.get(response.url)) == ["A deleted answer cannot be accepted."]


def test_accepting_by_get_only_leads_back_to_the_answer(client, asker, answer):
    client.force_login(asker)

    response = client.get(f"/questions/answers/{answer.pk}/accept/")

    assert response.status_code == 302
    assert _accepted_id(answer.question) is None


def test_accepting_an_unknown_answer_is_not_found(member_client):
    assert member_client.post("/questions/answers/999999/accept/").status_code == 404


# Questions about several regions ----------------------------------------------------------


@pytest.fixture
def regional_question(german_group, asker):
    return QuestionFactory(
        group=german_group,
        author=asker,
        title="How long are notice periods in Germany, Austria and Switzerland?",
        regions=["DE", "AT", "CH"],
    )


def _column_headings(content):
    return re.findall(r'<h3 id="answers-region-\d+">(?:<img[^>]*>\s*)?([^<]*)</h3>', content)


def _column_of(content, answer):
    """The heading of the column the answer sits in."""
    before = content[: content.index(f'id="answer-{answer.pk}"')]
    return _column_headings(before)[-1].strip()


def test_a_question_about_several_regions_has_one_column_per_region(client, regional_question):
    german = AnswerFactory(question=regional_question, region="DE")
    swiss = AnswerFactory(question=regional_question, region="CH")
    french = AnswerFactory(question=regional_question, region="FR")

    content = page(client.get(f"/questions/{regional_question.pk}/"))

    assert [heading.strip() for heading in _column_headings(content)] == [
        "Answers about Germany",
        "Answers about Austria",
        "Answers about Switzerland",
        "Other regions",
    ]
    assert _column_of(content, german) == "Answers about Germany"
    assert _column_of(content, swiss) == "Answers about Switzerland"
    assert _column_of(content, french) == "Other regions"
    assert "No answers about this region yet." in content  # Austria
    # The columns sit side by side where there is room and stack on a phone (.columns).
    assert '<div class="columns answer-columns">' in content


def test_without_answers_from_elsewhere_there_is_no_other_regions_column(client, regional_question):
    AnswerFactory(question=regional_question, region="AT")

    content = page(client.get(f"/questions/{regional_question.pk}/"))

    assert "Other regions" not in content


def test_a_question_about_one_region_has_no_columns(client, question, answer):
    content = page(client.get(f"/questions/{question.pk}/"))

    assert "answer-columns" not in content
    assert _column_headings(content) == []


def _radio_buttons(content, name):
    return {
        attrs["value"]: "checked" in attrs
        for tag, attrs in start_tags(content)
        if tag == "input" and attrs.get("type") == "radio" and attrs.get("name") == name
    }


def test_the_answer_form_asks_for_the_region_with_the_home_country_chosen(
    client, regional_question
):
    client.force_login(UserFactory(home_country="AT"))

    content = page(client.get(f"/questions/{regional_question.pk}/"))

    assert _radio_buttons(content, "region") == {"DE": False, "AT": True, "CH": False}
    assert "Region your answer is about" in content


def test_an_answerer_from_elsewhere_may_answer_about_their_own_country(client, regional_question):
    client.force_login(UserFactory(home_country="PL"))

    content = page(client.get(f"/questions/{regional_question.pk}/"))

    assert _radio_buttons(content, "region") == {
        "DE": False,
        "AT": False,
        "CH": False,
        "PL": True,
    }
    assert "Poland (your home country)" in content


def test_a_single_region_question_does_not_ask_for_a_region(member_client, question):
    assert _radio_buttons(page(member_client.get(f"/questions/{question.pk}/")), "region") == {}


def test_an_answer_goes_to_the_chosen_region(client, regional_question):
    client.force_login(UserFactory(home_country="PL"))

    response = client.post(
        f"/questions/{regional_question.pk}/answer/",
        {"body": "In Switzerland it is three months.", "language": "en", "region": "CH"},
    )

    answer = Answer.objects.get()
    assert response.status_code == 302
    assert answer.region == "CH"
    assert _column_of(page(client.get(response.url)), answer) == "Answers about Switzerland"


def test_an_answer_about_a_region_not_on_offer_is_refused(client, regional_question):
    client.force_login(UserFactory(home_country="PL"))

    response = client.post(
        f"/questions/{regional_question.pk}/answer/",
        {"body": "In Japan it is one month.", "language": "en", "region": "JP"},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in page(response)
    assert not Answer.objects.exists()


# Deleted posts -----------------------------------------------------------------------------


def test_a_deleted_question_keeps_its_page_and_its_answers(client, question, answer, asker):
    question_delete(question=question, user=asker)

    response = client.get(f"/questions/{question.pk}/")

    assert response.status_code == 200
    content = page(response)
    assert "This question was deleted by its author." in content
    assert question.body not in content
    assert f'id="answer-{answer.pk}"' in content
    assert answer.body in content
    assert "This question was deleted; it no longer takes answers." in content


def test_a_deleted_question_leaves_the_list(client, question, asker):
    kept = QuestionFactory(title="Do candidates in Spain expect a counter-offer?")
    question_delete(question=question, user=asker)

    assert question_row_titles(client.get("/questions/")) == [kept.title]


def test_a_deleted_question_takes_no_more_answers(member_client, question, asker):
    question_delete(question=question, user=asker)

    response = member_client.post(
        f"/questions/{question.pk}/answer/", {"body": "Three months.", "language": "en"}
    )

    assert response.status_code == 302
    assert not Answer.objects.exists()


def test_a_deleted_answer_leaves_a_placeholder(client, question, answer):
    answer_delete(answer=answer, user=answer.author)

    response = client.get(f"/questions/{question.pk}/")

    assert response.status_code == 200
    content = page(response)
    assert "This answer was deleted." in content
    assert answer.body not in content
    assert "0 answers" in content


# Members' text is rendered inert ----------------------------------------------------------


def test_a_hostile_title_is_shown_as_text(client, german_group):
    question = QuestionFactory(
        group=german_group, title='<svg onload=alert(1)> <img src=x onerror="alert(2)">'
    )

    content = page(client.get(f"/questions/{question.pk}/"))

    assert "&lt;svg onload=alert(1)&gt;" in content
    assert not [tag for tag, _attrs in start_tags(content) if tag == "svg"]
    assert not [attrs for tag, attrs in start_tags(content) if "onerror" in attrs]


# Query counts ------------------------------------------------------------------------------

# A signed-in member: session, user, the question (with the member's own vote), the
# languages of the answer form, the member's confirmed email, the answers (each with the
# member's own vote) and every comment of the thread with its author: 7 for the thread.
# Around it, one for the header's count of unread notifications and one for the follow
# button in the question's header. Whatever the size of the thread.
THREAD_QUERY_BUDGET = 9


def _busy_thread(question, viewer, size):
    """A thread whose every post has comments and votes, one of them the viewer's."""
    commenters = [UserFactory(username=f"commenter{number}") for number in range(2)]
    comment_post(author=commenters[0], post=question, body="Which industry?")
    vote_cast(voter=viewer, post=question, value=Vote.UP)
    for number in range(size):
        answer = AnswerFactory(question=question, is_local=bool(number % 3))
        for commenter in commenters:
            comment_post(author=commenter, post=answer, body=f"Thanks, {number}!")
        vote_cast(voter=viewer, post=answer, value=Vote.UP if number % 2 else Vote.DOWN)
        vote_cast(voter=commenters[0], post=answer, value=Vote.UP)
    answer_accept(answer=answer, user=question.author)


@pytest.mark.parametrize("size", [5, 50])
def test_the_thread_query_count_does_not_grow_with_answers_comments_and_votes(
    member_client, member, question, django_assert_max_num_queries, size
):
    _busy_thread(question, member, size)

    with django_assert_max_num_queries(THREAD_QUERY_BUDGET):
        response = member_client.get(f"/questions/{question.pk}/")

    content = page(response)
    assert len(_answer_ids(response)) == size
    assert content.count('<li class="comment"') == 1 + 2 * size
    pressed = [
        attrs
        for tag, attrs in start_tags(content)
        if tag == "button" and attrs.get("aria-pressed") == "true"
    ]
    assert len(pressed) == 1 + size


@pytest.mark.parametrize("size", [5, 50])
def test_the_thread_query_count_for_a_visitor_does_not_grow_either(
    client, member, question, django_assert_max_num_queries, size
):
    _busy_thread(question, member, size)

    # The question, the answer form's languages, the answers, the comments.
    with django_assert_max_num_queries(4):
        response = client.get(f"/questions/{question.pk}/")

    assert len(_answer_ids(response)) == size


@pytest.mark.parametrize("size", [5, 50])
def test_a_multi_region_thread_query_count_does_not_grow(
    member_client, member, asker, german_group, django_assert_max_num_queries, size
):
    question = QuestionFactory(group=german_group, author=asker, regions=["DE", "AT"])
    _busy_thread(question, member, size)
    Answer.objects.filter(question=question, pk__gt=0).update(region="AT")

    with django_assert_max_num_queries(THREAD_QUERY_BUDGET):
        response = member_client.get(f"/questions/{question.pk}/")

    assert len(_answer_ids(response)) == size


def test_a_deleted_question_hides_its_comments_but_not_those_of_its_answers(
    client, question, answer, asker, django_assert_max_num_queries
):
    comment_post(author=UserFactory(), post=question, body="About the question.")
    comment_post(author=UserFactory(), post=answer, body="About the answer.")
    question_delete(question=question, user=asker)

    with django_assert_max_num_queries(4):
        content = page(client.get(f"/questions/{question.pk}/"))

    assert "About the question." not in content
    assert "About the answer." in content
    # The thread is closed: no more comments.
    assert "comment-body-" not in content


def test_a_deleted_thread_without_comments_does_not_look_for_them(
    client, question, answer, asker, django_assert_max_num_queries
):
    question_delete(question=question, user=asker)

    # The question, the answer form's languages, the answers.
    with django_assert_max_num_queries(3):
        client.get(f"/questions/{question.pk}/")
