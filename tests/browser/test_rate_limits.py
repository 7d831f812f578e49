"""Over an abuse limit in a real browser: htmx swaps no error answer into the page, so the
429 answer to an htmx click reloads the page, which then says why nothing happened."""

import pytest

from questions.models import Vote

pytestmark = pytest.mark.browser


def test_a_vote_clicked_over_the_limit_reloads_the_page_with_the_explanation(
    signed_in_page, showcase, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "vote": "0/d"}
    page = signed_in_page
    page.goto(f"/questions/{showcase.question.pk}/")
    vote = page.locator(f"#vote-question-{showcase.question.pk}")

    with page.expect_navigation():
        vote.get_by_role("button", name="Upvote this question").click()

    assert "Please wait a few minutes and try again." in page.locator("ul.messages").inner_text()
    assert page.url.endswith(f"/questions/{showcase.question.pk}/")
    assert not Vote.objects.filter(question=showcase.question, voter=showcase.member).exists()
