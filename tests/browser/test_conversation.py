"""Asking, answering, voting, accepting, commenting and following work without JavaScript;
with JavaScript, voting and following update in place (htmx)."""

import pytest
from playwright.sync_api import expect

from notifications.models import Follow
from questions.models import Comment, Question, Vote
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def page_without_javascript(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_a_member_without_javascript_votes_comments_and_follows(page_without_javascript, showcase):
    page = page_without_javascript
    sign_in(page, showcase.member.email)
    page.goto(showcase.question.get_absolute_url())

    with page.expect_navigation():
        page.get_by_role("button", name="Upvote this question").click()
    assert Vote.objects.get(question=showcase.question, voter=showcase.member).value == 1

    page.get_by_text("Comment on this question").click()
    page.get_by_role("textbox", name="Your comment").first.fill("Same in Poland, thanks!")
    with page.expect_navigation():
        page.get_by_role("button", name="Post comment").first.click()
    assert Comment.objects.filter(question=showcase.question, author=showcase.member).exists()
    expect(page.locator("main")).to_contain_text("Same in Poland, thanks!")

    with page.expect_navigation():
        page.get_by_role("button", name="Follow this question").click()
    assert Follow.objects.filter(follower=showcase.member, question=showcase.question).exists()


def test_the_asker_without_javascript_accepts_an_answer(page_without_javascript, showcase):
    page = page_without_javascript
    sign_in(page, showcase.asker.email)
    answer = showcase.question.answers.get(author__username="jonas")
    page.goto(showcase.question.get_absolute_url())

    with page.expect_navigation():
        page.locator(f"#answer-{answer.pk}").get_by_role(
            "button", name="Accept this answer"
        ).click()

    assert Question.objects.get(pk=showcase.question.pk).accepted_answer_id == answer.pk
    expect(page.locator(f"#answer-{answer.pk}")).to_contain_text("Accepted answer")


def test_with_javascript_voting_and_following_update_in_place(page, showcase):
    sign_in(page, showcase.member.email)
    page.goto(showcase.question.get_absolute_url())
    answer = showcase.question.answers.get(author__username="jonas")
    url_before = page.url
    page.evaluate("window.__still_the_same_page = true")

    page.locator(f"#answer-{answer.pk}").get_by_role("button", name="Upvote this answer").click()
    expect(
        page.locator(f"#answer-{answer.pk}").get_by_role("button", name="Upvote this answer")
    ).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="Follow this question").click()
    expect(page.get_by_text("You follow this question.")).to_be_visible()

    # No page load happened: the marker set on the page is still there.
    assert page.evaluate("window.__still_the_same_page") is True
    assert page.url == url_before
    assert Vote.objects.get(answer=answer, voter=showcase.member).value == 1
    assert Follow.objects.filter(follower=showcase.member, question=showcase.question).exists()
