"""What visitors and members do on the site, end to end, in a real browser."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from members.models import User
from questions.models import Answer, Question
from tests.browser.conftest import follow, sign_in, submit
from tests.factories import GroupFactory, QuestionFactory

pytestmark = pytest.mark.browser

NEW_PASSWORD = "a-long-and-unusual-passphrase-42"


def card_names(page):
    return page.locator(".group-card h3").all_inner_texts()


def question_titles(page):
    return page.locator(".question-row h3").all_inner_texts()


def messages(page):
    return page.locator(".messages .message, .inline-messages .message").all_inner_texts()


@pytest.fixture
def directory(transactional_db):
    return {
        "pl": GroupFactory(name="Rekruterzy IT Polska", country="PL", languages=["pl", "en"]),
        "de": GroupFactory(
            name="Recruiting Community Berlin", country="DE", city="Berlin", languages=["de"]
        ),
        "es": GroupFactory(name="Reclutadores Madrid", country="ES", languages=["es"]),
        "at": GroupFactory(name="Recruiting Wien", country="AT", languages=["de", "en"]),
    }


def test_a_visitor_browses_the_groups_of_one_country(page, directory):
    page.goto("/")
    follow(page.locator("header").get_by_role("link", name="Groups"))
    assert sorted(card_names(page)) == sorted(group.name for group in directory.values())

    filters = page.locator("aside.filters form")
    filters.get_by_label("Country").select_option("DE")
    submit(filters)

    assert card_names(page) == ["Recruiting Community Berlin"]
    assert parse_qs(urlsplit(page.url).query)["country"] == ["DE"]
    assert page.locator(".results-count").inner_text() == "1 group"
    # The choice stays selected, so the visitor sees what the list is filtered by.
    assert filters.get_by_label("Country").input_value() == "DE"


def test_a_visitor_browses_the_groups_that_speak_a_language(page, directory):
    page.goto("/groups/")

    filters = page.locator("aside.filters form")
    filters.get_by_label("Language").select_option("de")
    submit(filters)

    assert sorted(card_names(page)) == ["Recruiting Community Berlin", "Recruiting Wien"]

    filters.get_by_label("Country").select_option("AT")
    submit(filters)

    assert card_names(page) == ["Recruiting Wien"]

    follow(page.get_by_role("link", name="Clear filters"))
    assert len(card_names(page)) == len(directory)


def test_a_visitor_goes_from_the_home_page_to_a_country_and_a_group(page, directory):
    page.goto("/")
    follow(page.locator("#countries-heading + .facet-list").get_by_role("link", name="Spain"))

    assert card_names(page) == ["Reclutadores Madrid"]
    follow(page.get_by_role("link", name="Reclutadores Madrid"))
    assert page.locator("h1").inner_text() == "Reclutadores Madrid"


def confirmation_link(message):
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert match, f"no confirmation link in:\n{message.body}"
    return match.group(0)


def test_a_new_member_signs_up_confirms_joins_asks_and_answers(page, showcase):
    polish, german = showcase.polish, showcase.german

    # Sign up through the form.
    page.goto("/")
    follow(page.locator("header").get_by_role("link", name="Join RecruitCommunity"))
    signup = page.locator("main form")
    signup.get_by_label("Email").fill("joanna@example.com")
    signup.get_by_label("Username").fill("joanna")
    signup.locator("input[name=password1]").fill(NEW_PASSWORD)
    signup.locator("input[name=password2]").fill(NEW_PASSWORD)
    submit(signup)
    joanna = User.objects.get(username="joanna")

    # Sign-up ends signed out on "check your inbox" (the same page whether or not the address
    # already had an account); the new member may sign in and read before confirming.
    sign_in(page, "joanna@example.com", NEW_PASSWORD)

    # Before confirming the address, asking is refused with the way out.
    page.goto(f"/groups/{german.slug}/ask/")
    assert page.locator("h1").inner_text() == "Confirm your email address first"

    # The confirmation email, sent by the live server thread to the shared locmem outbox.
    to_joanna = [message for message in mail.outbox if message.to == ["joanna@example.com"]]
    assert len(to_joanna) == 1
    page.goto(confirmation_link(to_joanna[0]))
    assert "joanna@example.com" in page.locator("main").inner_text()
    submit(page.locator("main form"))
    assert joanna.emailaddress_set.get().verified

    # Home country on the profile.
    page.goto("/accounts/profile/")
    profile = page.locator("main form")
    profile.get_by_label("Home country").select_option("PL")
    submit(profile)
    assert "Your profile has been saved." in messages(page)
    assert "Poland" in page.locator(".profile-header").inner_text()

    # Join a Polish group (htmx swaps the actions in place).
    page.goto("/groups/?country=PL")
    follow(page.get_by_role("link", name=polish.name))
    page.get_by_role("button", name="Join group").click()
    actions = page.locator("#membership-actions")
    expect(actions.get_by_text("You are a member.")).to_be_visible()
    expect(actions.locator("[role=status]")).to_have_text(f"Welcome to {polish.name}!")
    assert polish.memberships.filter(user=joanna, status="active").exists()
    page.reload()
    expect(page.get_by_role("button", name="Leave group")).to_be_visible()

    # Ask a German group a question.
    page.goto(german.get_absolute_url())
    follow(page.get_by_role("link", name="Ask this group"))
    ask = page.locator("main form")
    ask.get_by_label("Title").fill("How do Berlin start-ups handle relocation packages?")
    ask.get_by_role("textbox", name="Your question", exact=True).fill(
        "We hire engineers from Poland for Berlin teams."
    )
    ask.get_by_label("Language of your question").select_option("en")
    submit(ask)
    question = Question.objects.get(author=joanna)
    assert (question.asker_country.code, question.target_country.code) == ("PL", "DE")
    assert page.url.endswith(question.get_absolute_url())
    assert f"Your question has been posted to {german.name}." in messages(page)

    # It is listed among the questions from Poland to Germany…
    follow(page.locator("header").get_by_role("link", name="Questions"))
    filters = page.locator("aside.filters form")
    filters.get_by_label("Asked from").select_option("PL")
    filters.get_by_label("Asked to").select_option("DE")
    submit(filters)
    query = parse_qs(urlsplit(page.url).query)
    assert (query["from"], query["to"]) == (["PL"], ["DE"])
    assert question_titles(page) == [question.title]

    # …and on the German group's page.
    page.goto(german.get_absolute_url())
    assert question.title in question_titles(page)

    # Then answer someone else's question.
    page.goto(showcase.question.get_absolute_url())
    answer_form = page.locator("main form:has(textarea[name=body])")
    answer_form.get_by_role("textbox", name="Your answer", exact=True).fill(
        "From Warsaw we offer the first month's rent."
    )
    answer_form.get_by_label("Language of your answer").select_option("en")
    submit(answer_form)
    assert "Your answer has been posted." in messages(page)
    answer = Answer.objects.get(author=joanna)
    assert page.url.endswith(f"#answer-{answer.pk}")
    assert "the first month's rent" in page.locator(f"#answer-{answer.pk}").inner_text()
    assert page.locator("#answers-heading").inner_text() == "3 answers"


def test_a_member_fixes_a_refused_question_then_posts_it(signed_in_page, showcase):
    page = signed_in_page
    page.goto(f"/groups/{showcase.german.slug}/ask/")
    ask = page.locator("main form")
    ask.get_by_label("Title").fill("Salary?")
    submit(ask)

    assert page.locator("#id_title_error").inner_text() == (
        "Make the title a full question of at least 10 characters."
    )
    assert page.locator("#id_body_error").is_visible()
    assert page.locator("#id_title").get_attribute("aria-invalid") == "true"
    assert not Question.objects.filter(author=showcase.member).exists()

    ask.get_by_label("Title").fill("When is salary discussed in Germany?")
    ask.get_by_role("textbox", name="Your question", exact=True).fill(
        "Before or after the technical interview?"
    )
    submit(ask)

    assert "Your question has been posted to Recruiting Community Berlin." in messages(page)


def test_a_visitor_who_wants_to_answer_signs_in_and_comes_back(page, showcase):
    question = QuestionFactory(group=showcase.polish)
    page.goto(question.get_absolute_url())

    follow(page.get_by_role("link", name="Sign in to answer"))
    form = page.locator("main form:has(input[name=password])")
    form.locator("input[name=login]").fill(showcase.member.email)
    form.locator("input[name=password]").fill("correct-horse-battery")
    submit(form)

    assert page.url.endswith(question.get_absolute_url())
    expect(page.get_by_role("textbox", name="Your answer", exact=True)).to_be_visible()
