"""The Content-Security-Policy (default-src 'self', no inline script or style) breaks
nothing: Chromium reports no violation on any main page, on the admin, or when htmx swaps
part of a page in. The policy is the same in every environment (settings/base.py)."""

import pytest

from tests.browser.conftest import PASSWORD, sign_in
from tests.browser.pages import MAIN_PAGES, by_name
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

# Runs in every document before the page's own scripts; Playwright adds it outside the
# page's policy.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
    ` at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`
  );
});
"""


@pytest.fixture
def csp_violations(page):
    """Every CSP violation on `page` so far: the console's reports (Chromium prints one for
    each) and the securitypolicyviolation events of the current document."""
    console = []

    def record(message):
        if "Content Security Policy" in message.text:
            console.append(message.text)

    page.on("console", record)
    page.add_init_script(RECORD_VIOLATIONS)
    return lambda: console + page.evaluate("window.cspViolations || []")


@pytest.mark.parametrize("main_page", **by_name(MAIN_PAGES))
def test_a_main_page_breaks_no_rule_of_the_policy(page, csp_violations, showcase, main_page):
    if main_page.signed_in:
        sign_in(page, showcase.member.email)

    response = page.goto(main_page.url(showcase))
    page.wait_for_load_state("load")

    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert csp_violations() == [], main_page.name


def test_htmx_swaps_break_no_rule_of_the_policy(page, csp_violations, showcase):
    sign_in(page, showcase.member.email)
    page.goto(f"/questions/{showcase.question.pk}/")
    vote = page.locator(f"#vote-question-{showcase.question.pk}")

    with page.expect_response(lambda response: "/vote/" in response.url):
        vote.get_by_role("button", name="Upvote this question").click()

    upvote = vote.get_by_role("button", name="Upvote this question")
    assert upvote.get_attribute("aria-pressed") == "true"
    assert csp_violations() == []


ADMIN_PAGES = [
    "/admin/",
    "/admin/members/user/",
    "/admin/members/user/{member.pk}/change/",
    "/admin/groups/group/",
    "/admin/groups/group/add/",
]


def test_the_admin_breaks_no_rule_of_the_policy(page, csp_violations, showcase):
    """The admin is Django's own: its scripts are files, with no inline script."""
    staff = UserFactory(username="staff", is_staff=True, is_superuser=True)
    page.goto("/admin/login/")
    page.fill("#id_username", staff.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("input[type=submit]").click()

    for path in ADMIN_PAGES:
        page.goto(path.format(member=showcase.member))
        page.wait_for_load_state("load")
        assert page.locator("#site-name").count() == 1, path
        assert csp_violations() == [], path
