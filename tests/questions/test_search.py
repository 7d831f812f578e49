import html
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from questions.models import Answer, Question, Topic
from questions.search import (
    fold,
    index_answer,
    index_question,
    parse_search,
    search_questions,
    similar_questions,
)
from tests.factories import AnswerFactory, GroupFactory, QuestionFactory, UserFactory, language
from tests.html import page, start_tags

pytestmark = pytest.mark.django_db


def ask(group, title, body, language_code="en", **fields):
    """A question as the asking service leaves it: stored and indexed."""
    question = QuestionFactory(
        group=group, title=title, body=body, language=language(language_code), **fields
    )
    index_question(question)
    return question


def answer(question, body, language_code="en", **fields):
    posted = AnswerFactory(question=question, body=body, language=language(language_code), **fields)
    index_answer(posted)
    return posted


def hit_titles(response):
    """Titles of the search results, in order, without their highlighting."""
    content = page(response)
    results = re.search(r'<ol class="search-results"[^>]*>(.*?)</ol>', content, re.S)
    if results is None:
        return []
    return [
        html.unescape(re.sub(r"<[^>]+>", "", title)).strip()
        for title in re.findall(r"<h3><a [^>]*>(.*?)</a></h3>", results.group(1), re.S)
    ]


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response


# Accent folding ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("Kündigungsfristen", "kundigungsfristen"),
        ("Straße", "strasse"),
        ("Ærø Øresund", "aero oresund"),
        (
            "\u05de\u05b7\u05e9\u05b0\u05c2\u05db\u05bc\u05d5\u05b9\u05e8\u05b6\u05ea",
            "משכורת",
        ),  # vowel points go, the letters stay
        ("Зарплата", "зарплата"),
    ],
)
def test_folding_lowercases_and_drops_diacritics_but_keeps_other_scripts(text, folded):
    assert fold(text) == folded


# The acceptance line: every language, by a stemmed or prefix word and without accents -------


@pytest.fixture
def posts_in_four_languages(polish_group, german_group):
    israeli_group = GroupFactory(
        name="מגייסים בתל אביב", slug="tel-aviv", country="IL", languages=["he"]
    )
    british_group = GroupFactory(name="London Recruiters", country="GB", languages=["en"])
    return {
        "pl": ask(
            polish_group,
            "Jak rozmawiać o pieniądzach z kandydatami?",
            "Czy w ogłoszeniu podajecie widełki wynagrodzenia dla programistów?",
            "pl",
        ),
        "lodz": ask(
            polish_group,
            "Rekrutacja w Łódź: gdzie szukać?",
            "Szukam handlowców na miejscu, najlepiej z doświadczeniem.",
            "pl",
        ),
        "de": ask(
            german_group,
            "Kündigungsfristen bei Wechsel in der Probezeit",
            "Wie lange müssen Kandidaten nach der Unterschrift noch bleiben?",
            "de",
        ),
        "he": ask(
            israeli_group,
            "מתי מדברים על משכורת בראיון?",
            "האם מקובל לשאול את המועמד כבר בשיחה הראשונה?",
            "he",
        ),
        "en": ask(
            british_group,
            "Are salaries published in job ads?",
            "Since the new transparency rules, some employers show ranges.",
            "en",
        ),
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("wynagrodzenie", "pl"),  # Polish has no stemmer: a prefix finds "wynagrodzenia"
        ("Wynagrodzenie", "pl"),
        ("Kündigungsfrist", "de"),  # German stemmer
        ("Kundigungsfrist", "de"),  # typed without the umlaut
        ("kündigungsfristen", "de"),
        ("משכור", "he"),  # Hebrew, by prefix
        ("משכורת", "he"),
        ("salary", "en"),  # English stemmer: salaries → salari
        ("SALARIES", "en"),
        ("Lodz", "lodz"),  # typed without Polish letters
        ("łódź", "lodz"),
        ("Łódź", "lodz"),
    ],
)
def test_search_finds_posts_in_every_language_by_stem_prefix_and_without_accents(
    client, posts_in_four_languages, typed, expected
):
    response = search(client, q=typed)

    assert hit_titles(response) == [posts_in_four_languages[expected].title]


def test_highlighting_shows_the_original_spelling_of_a_folded_match(
    client, posts_in_four_languages
):
    content = page(search(client, q="Lodz"))

    assert "<mark>Łódź</mark>" in content


def test_highlighting_marks_stemmed_and_prefix_matches(client, posts_in_four_languages):
    assert "<mark>salaries</mark>" in page(search(client, q="salary"))
    assert "<mark>Kündigungsfristen</mark>" in page(search(client, q="Kundigungsfrist"))
    assert "<mark>wynagrodzenia</mark>" in page(search(client, q="wynagrodzenie"))


def test_every_word_must_match(client, posts_in_four_languages):
    assert hit_titles(search(client, q="salary transparency")) == [
        posts_in_four_languages["en"].title
    ]
    assert hit_titles(search(client, q="salary Probezeit")) == []


# Ranking -----------------------------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_only_match(client, german_group):
    # The body-only match is newer: only the rank can put the title match first.
    in_title = ask(german_group, "Relocation packages for engineers", "What is usual?")
    in_body = ask(
        german_group, "Offers for engineers moving to Berlin", "Do you pay for relocation?"
    )
    assert in_body.created_at >= in_title.created_at

    assert hit_titles(search(client, q="relocation")) == [in_title.title, in_body.title]


def test_a_question_matching_itself_ranks_above_one_matching_only_in_an_answer(
    client, german_group
):
    via_answer = ask(german_group, "What do candidates expect?", "Anything surprising?")
    answer(via_answer, "Most expect a signing bonus in the second round.")
    itself = ask(german_group, "Is a signing bonus common here?", "For senior roles.")

    assert hit_titles(search(client, q="signing bonus")) == [itself.title, via_answer.title]


def test_an_answer_hit_shows_its_question_and_the_answer_snippet(client, german_group):
    question = ask(german_group, "What do candidates expect?", "Anything surprising?")
    posted = answer(question, "Most expect a company car from the second year on.")

    content = page(search(client, q="company car"))

    assert hit_titles(search(client, q="company car")) == [question.title]
    assert "Found in an answer:" in content
    assert f'href="{posted.get_absolute_url()}"' in content
    assert "<mark>company</mark> <mark>car</mark>" in content


# Safety ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "'\":*&|!()",
        "salary:* & !(bonus | 'x')",
        "<->",
        "\\",
        "'",
        "a" * 5000,
        "salary " * 2000,
        "the and of",
        "   ",
        "\x00",
        "🙂 ☃",
    ],
    ids=[
        "operators",
        "tsquery-syntax",
        "phrase",
        "backslash",
        "quote",
        "very-long-word",
        "very-long-input",
        "only-stop-words",
        "blank",
        "nul",
        "symbols",
    ],
)
def test_hostile_input_is_not_an_error(client, posts_in_four_languages, typed):
    response = client.get("/search/", {"q": typed})

    assert response.status_code == 200


def test_only_stop_words_explains_why_nothing_is_searched(client, posts_in_four_languages):
    content = page(search(client, q="the and of"))

    assert "Those words are too common to search for" in content


def test_text_is_escaped_before_matches_are_marked(client, german_group):
    ask(german_group, "<b>Bonus</b> & <script>alert(1)</script> rules", "Bonus <i>talk</i>.")

    content = page(search(client, q="bonus"))

    assert "<script>alert(1)" not in content
    assert "<b>" not in content
    assert "<i>" not in content
    assert "&lt;b&gt;<mark>Bonus</mark>&lt;/b&gt; &amp; &lt;script&gt;" in content


def test_long_input_is_bounded():
    parsed = parse_search(" ".join(f"word{number}" for number in range(100)))

    assert len(parsed.words) == 10


# Filters, deleted posts, empty states ------------------------------------------------------


@pytest.fixture
def notice_questions(polish_group, german_group):
    notice_periods = Topic.objects.get(slug="notice-periods")
    to_germany_and_poland = ask(
        german_group,
        "Notice periods when moving from Poland to Germany",
        "Which notice applies?",
        regions=["DE", "PL"],
    )
    to_germany_and_poland.topics.add(notice_periods)
    in_polish = ask(
        polish_group, "Okres wypowiedzenia a notice period w umowie", "Jak to liczyć?", "pl"
    )
    to_germany = ask(german_group, "Notice in the probation period", "Two weeks?")
    return to_germany_and_poland, in_polish, to_germany


def test_the_country_filter_finds_questions_addressing_that_region(client, notice_questions):
    both, in_polish, _to_germany = notice_questions

    assert set(hit_titles(search(client, q="notice", country="PL"))) == {
        both.title,
        in_polish.title,
    }


def test_the_language_filter(client, notice_questions):
    _both, in_polish, _to_germany = notice_questions

    assert hit_titles(search(client, q="notice", language="pl")) == [in_polish.title]


def test_the_topic_filter(client, notice_questions):
    both, _in_polish, _to_germany = notice_questions

    assert hit_titles(search(client, q="notice", topic="notice-periods")) == [both.title]


def test_an_unknown_filter_value_is_explained_not_an_error(client, notice_questions):
    content = page(search(client, q="notice", country="ZZ", topic="no-such-topic"))

    assert 'id="id_country_error"' in content
    assert 'id="id_topic_error"' in content


def test_deleted_questions_and_answers_are_not_found(client, german_group):
    ask(german_group, "Headhunting fees in Munich", "Usual?", deleted_at=timezone.now())
    question = ask(german_group, "What do agencies charge?", "Anything surprising?")
    answer(question, "Headhunting fees are around a quarter.", deleted_at=timezone.now())

    response = search(client, q="headhunting")

    assert hit_titles(response) == []


def test_an_empty_search_shows_how_to_search(client, db):
    content = page(search(client))

    assert "Find what recruiters elsewhere already asked" in content
    assert 'class="search-results"' not in content


def test_no_results_suggest_what_to_try(client, notice_questions):
    content = page(search(client, q="xylophone", country="PL"))

    assert "No question or answer matches “xylophone” yet." in content
    assert "Check the spelling, or use fewer words." in content
    assert 'href="?q=xylophone">Search without the filters</a>' in content


def test_results_are_paginated_by_twenty(client, german_group):
    for number in range(21):
        ask(german_group, f"Sourcing question {number}", "Where do you find people?")

    first, second = search(client, q="sourcing"), search(client, q="sourcing", page=2)

    assert len(hit_titles(first)) == 20
    assert len(hit_titles(second)) == 1
    assert '<ol class="search-results" start="21">' in page(second)


def test_the_search_page_only_answers_reads(client, db):
    assert client.post("/search/", {"q": "salary"}).status_code == 405


def test_the_header_has_a_labelled_search_box_on_every_page(client, db):
    tags = start_tags(page(client.get("/")))

    form = next(attributes for tag, attributes in tags if attributes.get("role") == "search")
    assert form["action"] == "/search/"
    assert ("label", {"class": "visually-hidden", "for": "site-search-q"}) in tags
    field = next(attributes for tag, attributes in tags if attributes.get("id") == "site-search-q")
    assert field["name"] == "q"


# Bounded queries and indexes ---------------------------------------------------------------


def _searchable_posts(group, count):
    """Questions found through an answer (the most expensive kind of hit: it adds a snippet
    of the answer), and as many that match in their own title."""
    for number in range(count):
        via_answer = ask(group, f"Question {number} on onboarding", "Any tips?")
        answer(via_answer, "A referral from a friend helps a lot.")
        ask(group, f"Referral bonus policy {number}", "How much is usual?")


@pytest.mark.parametrize("rows", [5, 50])
def test_the_search_page_runs_a_fixed_number_of_queries(client, german_group, rows):
    _searchable_posts(german_group, rows)

    with CaptureQueriesContext(connection) as queries:
        response = search(client, q="referral friend")

    assert len(hit_titles(response)) == min(rows, 20)
    assert "Found in an answer:" in page(response)
    # Stems, filter choices (languages, topics), count, page, best answers, headlines.
    assert len(queries) == 7


def test_the_search_uses_the_full_text_indexes(german_group):
    _searchable_posts(german_group, 3)
    queryset = search_questions(Question.objects.for_listing(), parse_search("referral bonus"))

    with connection.cursor() as cursor:
        # The tables are tiny here; make the planner show what it does with real ones.
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = queryset.explain()

    assert "question_search" in plan
    assert "answer_search" in plan


# Bounded cost: recent posts first, the archive for rare words -----------------------------


@pytest.fixture
def recent_window_of_three(monkeypatch):
    """The recent posts a search reads row by row shrunk to three questions and three answers,
    so that a handful of posts is enough to have an archive behind them."""
    monkeypatch.setattr("questions.search.RECENT_QUESTIONS", 3)
    monkeypatch.setattr("questions.search.RECENT_ANSWERS", 3)


def test_a_rare_word_finds_questions_older_than_the_recent_ones(
    client, german_group, recent_window_of_three
):
    ask(german_group, "Kündigungsfrist in Bayern", "Wie lange dauert sie?", "de")
    for number in range(5):
        ask(german_group, f"Newer question {number}", "Where do you find people?")

    assert hit_titles(search(client, q="kundigungsfrist")) == ["Kündigungsfrist in Bayern"]


def test_a_rare_word_finds_an_answer_older_than_the_recent_ones(
    client, german_group, recent_window_of_three
):
    onboarding = ask(german_group, "Onboarding remote hires", "Any tips?")
    answer(onboarding, "A buddy programme helps a lot.")
    for number in range(5):
        answer(ask(german_group, f"Newer question {number}", "Tips?"), "Ask around.")

    assert hit_titles(search(client, q="buddy")) == ["Onboarding remote hires"]


def test_older_matches_fill_the_pages_and_the_count_says_more_than(
    client, german_group, recent_window_of_three, settings
):
    settings.PAGINATION_MAX_PAGES = 1
    for number in range(settings.PAGE_SIZE + 5):
        ask(german_group, f"Sourcing question {number}", "Where do you find people?")

    response = search(client, q="sourcing")

    assert len(hit_titles(response)) == settings.PAGE_SIZE
    assert f"More than {settings.PAGE_SIZE} questions match" in page(response)


def test_common_words_that_rarely_meet_are_looked_for_among_recent_posts_only(
    client, german_group, recent_window_of_three
):
    # The trade-off search_questions explains: both words are common among the recent posts,
    # so the archive is not searched for the one old post that holds both; with a rare word
    # beside a common one, it is.
    ask(german_group, "Salary and notice in Bavaria", "Both words, long ago.")
    for number in range(3):
        ask(german_group, f"Salary question {number}", "Pay.")
        ask(german_group, f"Notice question {number}", "Periods.")

    assert hit_titles(search(client, q="salary notice")) == []
    assert hit_titles(search(client, q="salary bavaria")) == ["Salary and notice in Bavaria"]


# Indexing ----------------------------------------------------------------------------------


def _vector(model, pk):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT search_vector::text FROM {model._meta.db_table} WHERE id = %s", [pk]
        )
        return cursor.fetchone()[0]


def test_posts_are_indexed_in_their_language_and_accent_folded(german_group):
    question = ask(german_group, "Kündigungsfristen in Köln", "Kurz erklärt.", "de")
    posted = answer(question, "Zwei Wochen in der Probezeit.", "de")

    vector = _vector(Question, question.pk)
    assert "'kundigungsfrist':1A" in vector  # german stemmer
    assert "'kundigungsfristen':" in vector  # folded, simple
    assert "'koln':" in vector
    assert "'erklart':" in vector and "B" in vector
    assert "'woch':" in _vector(Answer, posted.pk)  # german stem of Wochen
    assert _vector(Answer, posted.pk).count("C") >= 4


def test_reindex_search_rebuilds_every_vector_in_batches(client, german_group):
    for number in range(5):
        ask(german_group, f"Reindexed question {number}", "Body.")
    Question.objects.update(search_vector=None)

    output = io.StringIO()
    call_command("reindex_search", batch_size=2, stdout=output)

    assert "Indexed 5 questions and 0 answers." in output.getvalue()

    assert not Question.objects.filter(search_vector__isnull=True).exists()
    assert len(hit_titles(search(client, q="reindexed"))) == 5


# Similar questions while asking ------------------------------------------------------------


@pytest.fixture
def asked_about_notice(german_group):
    questions = [
        ask(german_group, f"How long are notice periods in Germany? ({number})", "Details.")
        for number in range(7)
    ]
    ask(german_group, "Which job boards work for nurses?", "Any?")
    return questions


def test_similar_questions_are_the_closest_five(asked_about_notice):
    found = similar_questions("Notice periods for German engineers")

    assert len(found) == 5
    assert all("notice periods" in question.title for question in found)


def test_similar_questions_need_three_words(asked_about_notice):
    assert similar_questions("notice periods") == []


def test_similar_questions_leave_out_deleted_ones(german_group):
    ask(german_group, "Notice periods in Germany", "Details.", deleted_at=timezone.now())

    assert similar_questions("notice periods in Germany") == []


def test_the_similar_endpoint_answers_htmx_with_the_list_alone(client, asked_about_notice):
    response = client.get(
        "/questions/similar/", {"title": "notice periods in Germany"}, HTTP_HX_REQUEST="true"
    )

    content = page(response)
    assert response.status_code == 200
    assert "<html" not in content
    assert "Similar questions already asked" in content
    assert content.count("<li>") == 5
    assert "HX-Request" in response["Vary"]


def test_the_similar_endpoint_answers_htmx_with_nothing_for_a_short_title(
    client, asked_about_notice
):
    response = client.get("/questions/similar/", {"title": "notice"}, HTTP_HX_REQUEST="true")

    assert page(response).strip() == ""


def test_the_similar_endpoint_is_a_page_without_javascript(client, asked_about_notice):
    response = client.get("/questions/similar/", {"title": "notice periods in Germany"})

    content = page(response)
    assert content.startswith("<!DOCTYPE html>")
    assert "Has it been asked before?" in content
    assert "Similar questions already asked" in content
    assert 'name="title" value="notice periods in Germany"' in content


def test_the_similar_page_asks_for_three_words(client, db):
    content = page(client.get("/questions/similar/", {"title": "notice"}))

    assert "Type at least three words." in content
    assert "Similar questions already asked" not in content


def test_the_similar_endpoint_tolerates_hostile_titles(client, asked_about_notice):
    response = client.get("/questions/similar/", {"title": "'\":*&|!() " * 50})

    assert response.status_code == 200


def test_posts_in_other_stemmed_languages_are_found_by_their_stem(client, german_group):
    author = UserFactory(home_country="FR", display_name="Chloé")
    ask(german_group, "Entretiens en anglais ?", "Quelle langue ?", "fr", author=author)

    assert hit_titles(search(client, q="entretien")) == ["Entretiens en anglais ?"]
