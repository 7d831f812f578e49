"""axe-core, run inside Chromium on every main page, finds no WCAG 2.1 A/AA violation."""

import json

import pytest

from tests.browser.conftest import AXE_SCRIPT, require, sign_in, switch_language
from tests.browser.pages import MAIN_PAGES, by_name

pytestmark = pytest.mark.browser

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(autouse=True)
def _axe_installed():
    require(AXE_SCRIPT.exists(), "axe-core is not installed (npm ci)")


def axe_violations(page):
    # The site's Content-Security-Policy forbids inline scripts, so axe is loaded through the
    # DevTools protocol, which the policy does not govern, rather than as a <script> tag.
    devtools = page.context.new_cdp_session(page)
    devtools.send("Runtime.evaluate", {"expression": AXE_SCRIPT.read_text()})
    devtools.detach()
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return result["violations"]


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {json.dumps(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)


@pytest.mark.parametrize("main_page", **by_name(MAIN_PAGES))
def test_a_main_page_has_no_accessibility_violations(page, showcase, main_page):
    if main_page.signed_in:
        sign_in(page, showcase.member.email)
    page.goto(main_page.url(showcase))

    violations = axe_violations(page)

    assert not violations, f"{main_page.name}:\n{describe(violations)}"


def test_a_form_with_errors_has_no_accessibility_violations(signed_in_page, showcase):
    page = signed_in_page
    page.goto(f"/groups/{showcase.german.slug}/ask/")
    page.fill("#id_title", "Salary?")
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    assert page.locator(".field-invalid").count() >= 1

    violations = axe_violations(page)

    assert not violations, describe(violations)


def test_the_home_page_in_hebrew_has_no_accessibility_violations(page, showcase):
    page.goto("/")
    switch_language(page, "he")

    violations = axe_violations(page)

    assert not violations, describe(violations)
