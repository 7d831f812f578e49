"""The interface in another language: chosen with the header switcher, it holds across
pages, forms and messages; Hebrew lays the page out right to left."""

import pytest
from playwright.sync_api import expect

from members.models import User
from questions.models import Question
from tests.browser.conftest import PASSWORD, follow, sign_in, switch_language

pytestmark = pytest.mark.browser


def nav_links(page):
    return page.locator("nav.main-nav a").all_inner_texts()


def test_a_visitor_uses_the_site_in_polish(page, showcase):
    page.goto("/groups/")
    switch_language(page, "pl")

    # The switcher brings the visitor back to the page they were on, now in Polish.
    assert page.url.endswith("/groups/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("#interface-language").input_value() == "pl"
    assert {"Grupy", "Pytania", "Zaloguj się"} <= set(nav_links(page))
    assert page.locator("h1").inner_text() == "Grupy rekruterów"
    filters = page.locator("aside.filters form")
    expect(filters.get_by_label("Kraj")).to_be_visible()
    expect(filters.get_by_label("Język", exact=True)).to_be_visible()

    # Signing in: allauth's form and its refusal, in Polish.
    follow(page.locator("nav.main-nav").get_by_role("link", name="Zaloguj się"))
    form = page.locator("main form:has(input[name=password])")
    expect(form.get_by_label("Hasło")).to_be_visible()
    form.locator("input[name=login]").fill(showcase.member.email)
    form.locator("input[name=password]").fill("not-the-password")
    with page.expect_navigation():
        form.locator("[type=submit]").click()
    expect(page.locator(".form-errors")).to_have_text(
        "Podany adres e-mail i/lub hasło są niepoprawne."
    )
    form.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        form.locator("[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("Zalogowano jako ania.")
    assert {"Grupy", "Pytania", "Mój profil"} <= set(nav_links(page))

    # Asking a question: labels, a refusal and the success message, in Polish.
    page.goto(f"/groups/{showcase.german.slug}/ask/")
    ask = page.locator("main form")
    assert page.locator("h1").inner_text() == "Zapytaj grupę Recruiting Community Berlin"
    expect(ask.get_by_label("Tytuł")).to_be_visible()
    expect(ask.get_by_role("textbox", name="Twoje pytanie", exact=True)).to_be_visible()
    ask.get_by_label("Tytuł").fill("Pensja?")
    with page.expect_navigation():
        ask.get_by_role("button", name="Opublikuj pytanie").click()
    expect(page.locator(".form-errors")).to_have_text("Popraw poniższe błędy.")
    expect(page.locator("#id_body_error")).to_have_text("To pole jest wymagane.")
    expect(page.locator("#id_title_error")).to_have_text(
        "Tytuł powinien być pełnym pytaniem i mieć co najmniej 10 znaków."
    )

    ask.get_by_label("Tytuł").fill("Kiedy w Niemczech rozmawia się o wynagrodzeniu?")
    ask.get_by_role("textbox", name="Twoje pytanie", exact=True).fill("Przed czy po rozmowie?")
    with page.expect_navigation():
        ask.get_by_role("button", name="Opublikuj pytanie").click()
    question = Question.objects.get(author=showcase.member)
    assert question.language_id == "pl"  # the form suggests the interface language
    expect(page.locator(".messages")).to_have_text(
        "Twoje pytanie zostało opublikowane w grupie Recruiting Community Berlin."
    )


def test_a_member_who_switches_to_hebrew_sees_the_page_right_to_left(page, showcase):
    page.goto("/")
    switch_language(page, "he")

    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("he", "rtl")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The brand, first in the header, starts on the right; the language switcher, last,
    # sits on the left.
    viewport_width = page.viewport_size["width"]
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > viewport_width / 2
    assert switcher["x"] + switcher["width"] < viewport_width / 2
    # The main content is right-aligned too.
    heading = page.locator("h1").bounding_box()
    container = page.locator("main").bounding_box()
    assert heading["x"] + heading["width"] == pytest.approx(
        container["x"] + container["width"] - 16, abs=2
    )


def test_a_signed_in_members_language_choice_follows_them(new_context, showcase):
    first_device = new_context().new_page()
    sign_in(first_device, showcase.member.email)
    switch_language(first_device, "he")
    assert User.objects.get(pk=showcase.member.pk).interface_language == "he"

    second_device = new_context().new_page()
    sign_in(second_device, showcase.member.email)
    assert second_device.locator("html").get_attribute("dir") == "rtl"
