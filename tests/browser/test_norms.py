"""The norms compare page fits a 375 px phone (stacked) and leaves a screenshot behind."""

import pytest

from tests.browser.conftest import phone_context
from tests.browser.test_layout import horizontal_overflow
from tests.norms.factories import make_entry

pytestmark = pytest.mark.browser

COUNTRIES = ["GB", "PL", "DE", "ES"]
SALARY_TIMING = {
    "GB": "Before the offer, usually on the first call; most adverts show a band.",
    "PL": "Traditionally after the offer; in IT, ranges increasingly appear in the advert.",
    "DE": "In the first or second interview, as a yearly gross figure.",
    "ES": "Late in the process, often only when the offer is discussed.",
}


@pytest.fixture
def four_guides(db):
    for country in COUNTRIES:
        make_entry(country=country, short_answer=SALARY_TIMING[country])
        make_entry(
            country=country,
            topic_slug="notice-periods",
            short_answer="One month for most roles.",
        )


def test_the_compare_page_with_four_countries_fits_a_phone(
    new_context, four_guides, screenshot_dir
):
    page = phone_context(new_context).new_page()
    page.goto("/norms/compare/?" + "&".join(f"c={code}" for code in COUNTRIES))

    assert page.locator("h1").count() == 1
    for answer in SALARY_TIMING.values():
        assert page.get_by_text(answer).count() >= 1
    assert horizontal_overflow(page) is None
    page.screenshot(path=screenshot_dir / "norms-compare-phone.png", full_page=True)


def test_the_compare_page_at_desktop_width(page, four_guides, screenshot_dir):
    page.goto("/norms/compare/?" + "&".join(f"c={code}" for code in COUNTRIES))

    assert page.locator("table").count() == 1
    page.screenshot(path=screenshot_dir / "norms-compare-desktop.png", full_page=True)
