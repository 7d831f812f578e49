"""Votes on questions and answers: one per member and post, changeable, never on one's own
post, and a score that always equals the sum of the votes, however many members vote at
once."""

import pytest
from django.db.models import Sum
from django.utils import timezone

from questions.models import Answer, Question, Vote
from questions.services import VoteError, vote_cast
from tests.concurrency import run_at_once
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.html import messages_shown, page, start_tags


@pytest.fixture
def question(db):
    return QuestionFactory(author=UserFactory(username="asker", home_country="GB"))


@pytest.fixture
def answer(question):
    return AnswerFactory(
        question=question, author=UserFactory(username="answerer", home_country="PL")
    )


def _score(post):
    return type(post).objects.values_list("score", flat=True).get(pk=post.pk)


def _votes_on(post):
    kind = "question" if isinstance(post, Question) else "answer"
    return Vote.objects.filter(**{kind: post})


# The service -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_upvote_counts_one(member, answer):
    outcome = vote_cast(voter=member, post=answer, value=Vote.UP)

    assert (outcome.score, outcome.value) == (1, Vote.UP)
    assert _score(answer) == 1
    assert list(_votes_on(answer).values_list("voter", "value")) == [(member.pk, 1)]


@pytest.mark.django_db
def test_a_downvote_on_a_question_counts_minus_one(member, question):
    outcome = vote_cast(voter=member, post=question, value=Vote.DOWN)

    assert (outcome.score, outcome.value) == (-1, Vote.DOWN)
    assert _score(question) == -1


@pytest.mark.django_db
def test_voting_the_other_way_changes_the_vote(member, answer):
    vote_cast(voter=member, post=answer, value=Vote.UP)

    outcome = vote_cast(voter=member, post=answer, value=Vote.DOWN)

    assert (outcome.score, outcome.value) == (-1, Vote.DOWN)
    assert _votes_on(answer).count() == 1
    assert _score(answer) == -1


@pytest.mark.django_db
def test_voting_the_same_way_again_withdraws_the_vote(member, answer):
    vote_cast(voter=member, post=answer, value=Vote.UP)

    outcome = vote_cast(voter=member, post=answer, value=Vote.UP)

    assert (outcome.score, outcome.value) == (0, 0)
    assert not _votes_on(answer).exists()
    assert _score(answer) == 0


@pytest.mark.django_db
def test_several_members_votes_add_up(answer):
    for value in (Vote.UP, Vote.UP, Vote.DOWN, Vote.UP):
        vote_cast(voter=UserFactory(), post=answer, value=value)

    assert _score(answer) == 2


@pytest.mark.django_db
def test_nobody_votes_on_their_own_answer(answer):
    with pytest.raises(VoteError, match="You cannot vote on your own answer"):
        vote_cast(voter=answer.author, post=answer, value=Vote.UP)

    assert not _votes_on(answer).exists()
    assert _score(answer) == 0


@pytest.mark.django_db
def test_nobody_votes_on_their_own_question(question):
    with pytest.raises(VoteError, match="You cannot vote on your own question"):
        vote_cast(voter=question.author, post=question, value=Vote.DOWN)


@pytest.mark.django_db
def test_a_member_without_a_confirmed_email_cannot_vote(unverified_member, answer):
    with pytest.raises(VoteError):
        vote_cast(voter=unverified_member, post=answer, value=Vote.UP)

    assert not _votes_on(answer).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("value", [0, 2, -2, "up", None])
def test_a_vote_is_up_or_down_and_nothing_else(member, answer, value):
    with pytest.raises(VoteError):
        vote_cast(voter=member, post=answer, value=value)

    assert not _votes_on(answer).exists()


@pytest.mark.django_db
def test_a_deleted_answer_takes_no_votes(member, answer):
    Answer.objects.filter(pk=answer.pk).update(deleted_at=timezone.now())

    with pytest.raises(VoteError, match="deleted"):
        vote_cast(voter=member, post=answer, value=Vote.UP)

    assert not _votes_on(answer).exists()


@pytest.mark.django_db
def test_a_deleted_question_takes_no_votes_nor_do_its_answers(member, question, answer):
    Question.objects.filter(pk=question.pk).update(deleted_at=timezone.now())

    with pytest.raises(VoteError):
        vote_cast(voter=member, post=question, value=Vote.UP)
    with pytest.raises(VoteError):
        vote_cast(voter=member, post=answer, value=Vote.UP)

    assert not Vote.objects.exists()


# Concurrency -------------------------------------------------------------------------------


def _at_once(calls):
    return run_at_once(calls)


@pytest.mark.django_db(transaction=True)
def test_fifty_members_voting_at_once_all_count():
    answer = AnswerFactory()
    voters = [UserFactory() for _ in range(50)]

    outcomes = _at_once(
        [lambda voter=voter: vote_cast(voter=voter, post=answer, value=Vote.UP) for voter in voters]
    )

    assert outcomes == [None] * 50
    votes = _votes_on(answer)
    assert votes.count() == 50
    assert votes.aggregate(total=Sum("value"))["total"] == 50
    assert _score(answer) == 50


@pytest.mark.django_db(transaction=True)
def test_fifty_members_voting_both_ways_at_once_keep_the_score_equal_to_the_sum():
    answer = AnswerFactory()
    voters = [UserFactory() for _ in range(50)]
    # Half already voted up and now vote down; the others vote for the first time.
    for voter in voters[:25]:
        vote_cast(voter=voter, post=answer, value=Vote.UP)

    outcomes = _at_once(
        [
            lambda voter=voter, value=(Vote.DOWN if index < 25 else Vote.UP): vote_cast(
                voter=voter, post=answer, value=value
            )
            for index, voter in enumerate(voters)
        ]
    )

    assert outcomes == [None] * 50
    votes = _votes_on(answer)
    assert votes.count() == 50
    assert votes.aggregate(total=Sum("value"))["total"] == 0
    assert _score(answer) == 0


@pytest.mark.django_db(transaction=True)
def test_one_member_flipping_a_vote_many_times_at_once_leaves_one_vote_at_most():
    answer = AnswerFactory()
    voter = UserFactory()

    outcomes = _at_once(
        [
            lambda value=(Vote.UP if index % 2 else Vote.DOWN): vote_cast(
                voter=voter, post=answer, value=value
            )
            for index in range(20)
        ]
    )

    assert outcomes == [None] * 20
    votes = list(_votes_on(answer).values_list("voter", "value"))
    assert len(votes) <= 1
    assert _score(answer) == sum(value for _voter, value in votes)


# The views ---------------------------------------------------------------------------------


def _vote_url(post):
    if isinstance(post, Question):
        return f"/questions/{post.pk}/vote/"
    return f"/questions/answers/{post.pk}/vote/"


@pytest.mark.django_db
def test_an_anonymous_visitor_who_votes_is_sent_to_sign_in(client, answer):
    response = client.post(_vote_url(answer), {"value": "up"})

    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={_vote_url(answer)}"
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_a_member_without_a_confirmed_email_may_not_vote(unverified_client, answer):
    response = unverified_client.post(_vote_url(answer), {"value": "up"})

    assert response.status_code == 403
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_a_member_votes_and_lands_back_on_the_answer(member_client, member, answer):
    response = member_client.post(_vote_url(answer), {"value": "up"})

    assert response.status_code == 302
    assert response.url == f"/questions/{answer.question_id}/#answer-{answer.pk}"
    assert _score(answer) == 1
    followed = page(member_client.get(response.url))
    up_buttons = [
        attrs
        for tag, attrs in start_tags(followed)
        if tag == "button" and attrs.get("aria-label") == "Upvote this answer"
    ]
    assert [attrs["aria-pressed"] for attrs in up_buttons] == ["true"]


@pytest.mark.django_db
def test_a_member_votes_on_a_question_and_lands_back_on_it(member_client, question):
    response = member_client.post(_vote_url(question), {"value": "down"})

    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/#question"
    assert _score(question) == -1


@pytest.mark.django_db
def test_the_asker_votes_on_an_answer(client, answer):
    client.force_login(answer.question.author)

    client.post(_vote_url(answer), {"value": "up"})

    assert _score(answer) == 1


@pytest.mark.django_db
def test_staff_vote_like_members(client, staff_member, answer):
    client.force_login(staff_member)

    client.post(_vote_url(answer), {"value": "down"})

    assert _score(answer) == -1


@pytest.mark.django_db
def test_the_author_is_told_they_cannot_vote_on_their_own_answer(client, answer):
    client.force_login(answer.author)

    response = client.post(_vote_url(answer), {"value": "up"}, follow=True)

    assert messages_shown(response) == ["You cannot vote on your own answer."]
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_the_author_sees_the_score_of_their_answer_without_buttons(client, answer):
    client.force_login(answer.author)

    content = page(client.get(f"/questions/{answer.question_id}/"))

    assert "Upvote this answer" not in content
    assert "Score: 0" in content


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["", "sideways", "1", "UP", "-1"])
def test_a_vote_other_than_up_or_down_is_a_bad_request(member_client, answer, value):
    response = member_client.post(_vote_url(answer), {"value": value})

    assert response.status_code == 400
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_a_vote_without_a_value_is_a_bad_request(member_client, answer):
    assert member_client.post(_vote_url(answer)).status_code == 400


@pytest.mark.django_db
def test_voting_on_a_deleted_answer_is_refused(member_client, answer):
    Answer.objects.filter(pk=answer.pk).update(deleted_at=timezone.now())

    response = member_client.post(_vote_url(answer), {"value": "up"}, follow=True)

    assert response.status_code == 200
    assert messages_shown(response) == ["This post was deleted; it cannot be voted on."]
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_voting_by_get_only_leads_back_to_the_answer(member_client, answer):
    response = member_client.get(_vote_url(answer))

    assert response.status_code == 302
    assert response.url == f"/questions/{answer.question_id}/#answer-{answer.pk}"
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_voting_on_an_unknown_post_is_not_found(member_client):
    assert member_client.post("/questions/answers/999999/vote/", {"value": "up"}).status_code == 404
    assert member_client.post("/questions/999999/vote/", {"value": "up"}).status_code == 404


# htmx --------------------------------------------------------------------------------------


def _buttons(content):
    return {
        attrs["aria-label"]: attrs.get("aria-pressed")
        for tag, attrs in start_tags(content)
        if tag == "button" and "aria-label" in attrs
    }


@pytest.mark.django_db
def test_with_htmx_a_vote_swaps_the_widget_in_place(member_client, answer):
    response = member_client.post(_vote_url(answer), {"value": "up"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    content = page(response)
    assert content.lstrip().startswith(f'<div class="vote" id="vote-answer-{answer.pk}">')
    assert "<html" not in content
    assert _buttons(content) == {"Upvote this answer": "true", "Downvote this answer": "false"}
    assert "Score:</span> 1" in content


@pytest.mark.django_db
def test_with_htmx_withdrawing_a_vote_unpresses_both_buttons(member_client, member, question):
    vote_cast(voter=member, post=question, value=Vote.DOWN)

    response = member_client.post(_vote_url(question), {"value": "down"}, HTTP_HX_REQUEST="true")

    assert _buttons(page(response)) == {
        "Upvote this question": "false",
        "Downvote this question": "false",
    }
    assert _score(question) == 0


@pytest.mark.django_db
def test_with_htmx_a_refused_vote_explains_itself_in_the_widget(client, answer):
    client.force_login(answer.author)

    response = client.post(_vote_url(answer), {"value": "up"}, HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert "You cannot vote on your own answer." in page(response)
    # Shown in place, not left over for the next page.
    assert messages_shown(client.get(f"/questions/{answer.question_id}/")) == []


@pytest.mark.django_db
def test_the_vote_form_works_with_and_without_htmx(member_client, answer):
    content = page(member_client.get(f"/questions/{answer.question_id}/"))

    forms = [attrs for tag, attrs in start_tags(content) if tag == "form"]
    vote_form = next(attrs for attrs in forms if attrs.get("action") == _vote_url(answer))
    assert vote_form["method"] == "post"
    assert vote_form["data-hx-post"] == _vote_url(answer)
    assert vote_form["data-hx-target"] == f"#vote-answer-{answer.pk}"
    assert vote_form["data-hx-swap"] == "outerHTML"
