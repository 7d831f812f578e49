"""Everything a member does works with JavaScript switched off: htmx only enhances."""

import pytest
from playwright.sync_api import expect

from groups.models import Membership
from questions.models import Answer
from tests.browser.conftest import sign_in, switch_language

pytestmark = pytest.mark.browser


@pytest.fixture
def page_without_javascript(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_a_member_without_javascript_joins_a_group_and_answers(page_without_javascript, showcase):
    page = page_without_javascript
    assert page.evaluate("1 + 1") == 2  # Playwright's own scripts still run…
    sign_in(page, showcase.member.email)
    page.goto(showcase.german.get_absolute_url())
    # …but the page's do not: htmx never loaded.
    assert page.evaluate("typeof window.htmx") == "undefined"

    with page.expect_navigation():
        page.get_by_role("button", name="Join group").click()

    assert page.url.endswith(showcase.german.get_absolute_url())
    expect(page.locator(".messages")).to_have_text("Welcome to Recruiting Community Berlin!")
    expect(page.locator("#membership-actions .status")).to_have_text("You are a member.")
    assert Membership.objects.get(group=showcase.german, user=showcase.member).is_active

    page.goto(showcase.question.get_absolute_url())
    answer_form = page.locator("main form:has(textarea[name=body])")
    answer_form.get_by_role("textbox", name="Your answer", exact=True).fill(
        "In Warsaw, salary comes up in the first call as well."
    )
    with page.expect_navigation():
        answer_form.get_by_role("button", name="Post answer").click()

    expect(page.locator(".messages")).to_have_text("Your answer has been posted.")
    answer = Answer.objects.get(question=showcase.question, body__startswith="In Warsaw")
    expect(page.locator(f"#answer-{answer.pk}")).to_contain_text("salary comes up")


def test_a_visitor_without_javascript_switches_the_language(page_without_javascript, showcase):
    page = page_without_javascript
    page.goto("/groups/")
    switch_language(page, "he")

    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.url.endswith("/groups/")
