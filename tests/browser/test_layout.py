"""The layout holds on a phone, and the suite leaves screenshots of the main pages behind
(test-artifacts/screenshots/) for a person to look at."""

import pytest

from tests.browser.conftest import PHONE, phone_context, sign_in, switch_language
from tests.browser.pages import MAIN_PAGES, SCREENSHOT_PAGES

pytestmark = pytest.mark.browser

# Elements sticking out past the right edge of the viewport, for the failure message.
OVERFLOWING_ELEMENTS = """(width) => {
  return [...document.querySelectorAll("body *")]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 1 || box.left < -1);
    })
    .slice(0, 5)
    .map((element) => element.outerHTML.slice(0, 160));
}"""


def horizontal_overflow(page):
    """What scrolls sideways, if anything: (address, scroll width, viewport width, elements).
    A mobile browser zooms out to fit content that is too wide, which widens innerWidth
    too: hence the comparison with the phone's own width as well."""
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll_width <= inner_width and scroll_width <= PHONE["width"]:
        return None
    return (
        page.url,
        scroll_width,
        inner_width,
        page.evaluate(OVERFLOWING_ELEMENTS, PHONE["width"]),
    )


def test_no_main_page_scrolls_sideways_on_a_375_pixel_phone(new_context, showcase):
    anonymous = phone_context(new_context).new_page()
    member = phone_context(new_context).new_page()
    sign_in(member, showcase.member.email)
    overflowing = []
    for main_page in MAIN_PAGES:
        page = member if main_page.signed_in else anonymous
        page.goto(main_page.url(showcase))
        overflowing.append(horizontal_overflow(page))
    # Polish has the longest words of the interface languages; Hebrew runs right to left.
    for language_code in ("pl", "he"):
        switch_language(anonymous, language_code)
        for path in ("/", "/groups/", showcase.question.get_absolute_url()):
            anonymous.goto(path)
            overflowing.append(horizontal_overflow(anonymous))

    overflowing = [problem for problem in overflowing if problem]
    assert not overflowing, "\n".join(
        f"{url}: scrollWidth {scroll} > innerWidth {inner}\n  " + "\n  ".join(elements)
        for url, scroll, inner, elements in overflowing
    )


def test_screenshots_of_the_main_pages(new_context, showcase, screenshot_dir):
    for device, context in (
        ("desktop", new_context()),
        ("phone", phone_context(new_context)),
    ):
        page = context.new_page()
        for main_page in SCREENSHOT_PAGES:
            page.goto(main_page.url(showcase))
            path = screenshot_dir / f"{main_page.name}-{device}.png"
            page.screenshot(path=path, full_page=True, animations="disabled")
            assert path.stat().st_size > 0

    page = new_context().new_page()
    page.goto("/")
    for language_code in ("pl", "he"):
        switch_language(page, language_code)
        page.screenshot(path=screenshot_dir / f"home-{language_code}-desktop.png", full_page=True)
