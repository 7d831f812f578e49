"""The ask form: topics, free tags and the other regions a question is about."""

import re

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse

from questions.forms import QuestionForm
from questions.models import Question, Tag
from tests.factories import GroupFactory, UserFactory
from tests.html import field_errors, input_value, page, start_tags, textarea_value

pytestmark = pytest.mark.django_db

ASK_URL = "/groups/recruiting-community-berlin/ask/"


@pytest.fixture
def asker_client(client):
    client.force_login(UserFactory(username="brit", email="brit@example.com", home_country="GB"))
    return client


@pytest.fixture
def berlin(german_group):
    return german_group


def _question(**fields):
    return {
        "title": "When do candidates expect to talk salary?",
        "body": "In the UK we discuss it in the first call.",
        "language": "en",
        **fields,
    }


def _selected_regions(response):
    """The country chosen in each of the "other region" selects, in page order."""
    content = page(response)
    selects = re.findall(r'<select name="extra_regions"[^>]*>(.*?)</select>', content, re.S)
    return [
        (re.search(r'<option value="([^"]*)" selected>', options) or [None, ""])[1]
        for options in selects
    ]


def _checked_topics(response):
    return re.findall(
        r'<input type="checkbox" name="topics" value="([^"]*)"[^>]*checked', page(response)
    )


# The form as shown -----------------------------------------------------------------------


def test_the_ask_form_offers_the_curated_topics_as_checkboxes_in_a_fieldset(asker_client, berlin):
    response = asker_client.get(ASK_URL)

    content = page(response)
    assert response.status_code == 200
    assert re.search(r"<fieldset[^>]*>\s*<legend>Topics</legend>", content)
    assert 'value="salary-and-compensation"' in content
    assert "Salary and compensation talks" in content
    assert "Up to 3 topics from the list." in content


def test_the_topics_are_shown_in_the_interface_language(client, berlin):
    client.force_login(UserFactory(home_country="GB"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"

    content = page(client.get(ASK_URL))

    assert "Okresy wypowiedzenia" in content
    assert "Notice periods" not in content


def test_the_ask_form_has_a_comma_separated_tags_input(asker_client, berlin):
    content = page(asker_client.get(ASK_URL))

    assert re.search(r'<input type="text" name="tags"', content)
    assert "separated by commas" in content


def test_the_other_regions_are_three_labelled_selects_without_the_groups_country(
    asker_client, berlin
):
    response = asker_client.get(ASK_URL)

    content = page(response)
    selects = [attrs for tag, attrs in start_tags(content) if tag == "select"]
    regions = [attrs for attrs in selects if attrs["name"] == "extra_regions"]
    assert [attrs["aria-label"] for attrs in regions] == [
        "Other region 1",
        "Other region 2",
        "Other region 3",
    ]
    assert re.search(r"<fieldset[^>]*>\s*<legend>Also ask about other regions</legend>", content)
    assert "The group&#x27;s country, Germany, always comes first." in content
    region_options = re.search(r'<select name="extra_regions".*?</select>', content, re.S)
    assert '<option value="GB">United Kingdom</option>' in region_options.group(0)
    assert 'value="DE"' not in region_options.group(0)
    assert _selected_regions(response) == ["", "", ""]


def test_the_title_leaves_room_for_similar_questions(asker_client, berlin):
    content = page(asker_client.get(ASK_URL))

    assert '<div id="similar-questions" aria-live="polite"></div>' in content
    title = next(attrs for tag, attrs in start_tags(content) if attrs.get("name") == "title")
    try:
        similar_url = reverse("questions:similar")
    except NoReverseMatch:  # the endpoint is optional: the form works without it
        assert "data-hx-get" not in title
    else:
        assert title["data-hx-get"] == similar_url
        assert title["data-hx-trigger"] == "keyup changed delay:500ms"
        assert title["data-hx-target"] == "#similar-questions"
        assert title["data-hx-include"] == "[name=title]"
    assert title["aria-describedby"] == "id_title_helptext"
    assert content.index('name="title"') < content.index('id="similar-questions"')


# Asking with topics, tags and regions ------------------------------------------------------


def test_a_question_is_asked_with_topics_tags_and_other_regions(asker_client, berlin):
    response = asker_client.post(
        ASK_URL,
        _question(
            topics=["salary-and-compensation", "candidate-expectations"],
            tags="Fintech, remote ,, fintech, Senior",
            extra_regions=["GB", "PL", ""],
        ),
    )

    question = Question.objects.get()
    assert response.status_code == 302
    assert response.url == question.get_absolute_url()
    assert question.regions == ["DE", "GB", "PL"]
    assert question.target_country == "DE"
    assert {topic.slug for topic in question.topics.all()} == {
        "salary-and-compensation",
        "candidate-expectations",
    }
    assert sorted(tag.name for tag in question.tags.all()) == ["fintech", "remote", "senior"]


def test_a_question_without_topics_tags_or_regions_is_about_the_groups_country(
    asker_client, berlin
):
    asker_client.post(ASK_URL, _question())

    question = Question.objects.get()
    assert question.regions == ["DE"]
    assert not question.topics.exists()
    assert not question.tags.exists()


def test_the_groups_own_country_and_repeated_regions_are_ignored(asker_client, berlin):
    asker_client.post(ASK_URL, _question(extra_regions=["DE", "GB", "gb", "PL", "DE"]))

    assert Question.objects.get().regions == ["DE", "GB", "PL"]


def test_existing_tags_are_reused(asker_client, berlin):
    Tag.objects.create(name="fintech")

    asker_client.post(ASK_URL, _question(tags="FINTECH"))

    assert Tag.objects.get().name == "fintech"
    assert list(Question.objects.get().tags.all()) == [Tag.objects.get()]


def test_tags_in_other_scripts_and_with_signs_are_welcome(asker_client, berlin):
    asker_client.post(ASK_URL, _question(tags="C++, .net, גיוס, Zürich, full-stack"))

    assert sorted(tag.name for tag in Question.objects.get().tags.all()) == sorted(
        ["c++", ".net", "גיוס", "zürich", "full-stack"]
    )


# Bad input is explained and kept -----------------------------------------------------------


def test_four_other_regions_are_refused_and_kept_on_the_form(asker_client, berlin):
    response = asker_client.post(
        ASK_URL,
        _question(
            topics=["notice-periods"],
            tags="fintech",
            extra_regions=["GB", "PL", "ES", "FR"],
        ),
    )

    assert response.status_code == 200
    assert not Question.objects.exists()
    assert field_errors(response, "extra_regions") == ["Choose at most 3 other regions."]
    assert _selected_regions(response) == ["GB", "PL", "ES", "FR"]
    assert input_value(response, "title") == "When do candidates expect to talk salary?"
    assert textarea_value(response, "body") == "In the UK we discuss it in the first call."
    assert input_value(response, "tags") == "fintech"
    assert _checked_topics(response) == ["notice-periods"]


def test_three_other_regions_besides_the_groups_own_are_accepted(asker_client, berlin):
    asker_client.post(ASK_URL, _question(extra_regions=["DE", "GB", "PL", "ES"]))

    assert Question.objects.get().regions == ["DE", "GB", "PL", "ES"]


def test_an_unknown_country_code_is_refused_by_name(asker_client, berlin):
    response = asker_client.post(ASK_URL, _question(extra_regions=["GB", "ZZ"]))

    assert response.status_code == 200
    assert not Question.objects.exists()
    assert field_errors(response, "extra_regions") == [
        "“ZZ” is not a country we know. Choose regions from the lists."
    ]
    assert _selected_regions(response)[0] == "GB"


def test_more_than_three_topics_are_refused_and_stay_checked(asker_client, berlin):
    topics = ["notice-periods", "benefits", "job-boards", "counter-offers"]

    response = asker_client.post(ASK_URL, _question(topics=topics, extra_regions=["PL"]))

    assert response.status_code == 200
    assert not Question.objects.exists()
    assert field_errors(response, "topics") == ["Choose at most 3 topics."]
    assert sorted(_checked_topics(response)) == sorted(topics)
    assert _selected_regions(response) == ["PL", "", ""]


def test_an_unknown_topic_is_refused(asker_client, berlin):
    response = asker_client.post(ASK_URL, _question(topics=["astrology"]))

    assert response.status_code == 200
    assert field_errors(response, "topics")
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        (
            "fintech, notice period",
            "“notice period” is more than one word. Separate tags with commas, or join the "
            "words with a hyphen.",
        ),
        ("a" * 41, f"“{'a' * 41}” is longer than 40 characters."),
        (
            "salary/bonus",
            "“salary/bonus” has a character tags cannot have. Use letters, digits and - + # . _",
        ),
        ("one, two, three, four, five, six", "Add at most 5 tags."),
    ],
    ids=["two words", "too long", "slash", "six tags"],
)
def test_a_bad_tag_is_explained_and_what_was_typed_is_kept(asker_client, berlin, typed, error):
    response = asker_client.post(ASK_URL, _question(tags=typed))

    assert response.status_code == 200
    assert field_errors(response, "tags") == [error]
    assert input_value(response, "tags") == typed
    assert not Question.objects.exists()
    assert not Tag.objects.exists()


def test_every_bad_tag_is_named(asker_client, berlin):
    response = asker_client.post(ASK_URL, _question(tags="good, two words, a/b"))

    assert len(field_errors(response, "tags")) == 2


def test_five_tags_after_removing_repeats_are_accepted(asker_client, berlin):
    asker_client.post(ASK_URL, _question(tags="one, two, three, four, five, ONE, #two"))

    assert Question.objects.get().tags.count() == 5


def test_the_refused_form_marks_the_invalid_fields_for_assistive_technology(asker_client, berlin):
    response = asker_client.post(ASK_URL, _question(title="Salary?", extra_regions=["ZZ"]))

    tags = start_tags(page(response))
    title = next(attrs for tag, attrs in tags if attrs.get("name") == "title")
    assert title["aria-invalid"] == "true"
    assert title["aria-describedby"] == "id_title_helptext id_title_error"
    region_fieldset = next(
        attrs
        for tag, attrs in tags
        if tag == "fieldset" and "id_extra_regions_error" in attrs.get("aria-describedby", "")
    )
    assert region_fieldset["aria-describedby"] == (
        "id_extra_regions_helptext id_extra_regions_error"
    )


# The form on its own -----------------------------------------------------------------------


def test_the_form_without_a_group_keeps_every_valid_region(db):
    form = QuestionForm(_question(extra_regions=["PL", "pl", "GB"]))

    assert form.is_valid(), form.errors
    assert form.cleaned_data["extra_regions"] == ["PL", "GB"]
    assert form.cleaned_data["tags"] == []
    assert list(form.cleaned_data["topics"]) == []


def test_the_form_counts_other_regions_without_the_groups_country(db):
    group = GroupFactory(country="PL")

    form = QuestionForm(_question(extra_regions=["PL", "GB", "DE", "ES"]), group=group)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["extra_regions"] == ["GB", "DE", "ES"]
