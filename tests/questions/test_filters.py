import pytest
from django.contrib.auth.models import AnonymousUser

from questions.filters import QuestionFilter
from questions.models import Question
from tests.factories import GroupFactory, QuestionFactory, UserFactory, language

pytestmark = pytest.mark.django_db


def _titles(params):
    question_filter = QuestionFilter(params, queryset=Question.objects.newest_first())
    return {question.title for question in question_filter.qs}


@pytest.fixture
def routes():
    """One question per route, so each filter picks out a different set."""
    warsaw = GroupFactory(country="PL", languages=["pl", "en"])
    berlin = GroupFactory(country="DE", languages=["de", "en"])
    poles = UserFactory(home_country="PL")
    brits = UserFactory(home_country="GB")
    germans = UserFactory(home_country="DE")
    QuestionFactory(title="PL to DE in English", author=poles, group=berlin)
    QuestionFactory(title="PL to DE in German", author=poles, group=berlin, language=language("de"))
    QuestionFactory(title="GB to DE about notice periods", author=brits, group=berlin)
    QuestionFactory(title="GB to PL about salaries", author=brits, group=warsaw)
    QuestionFactory(
        title="DE to PL in Polish",
        author=germans,
        group=warsaw,
        language=language("pl"),
        body="Jak wygląda OKRES wypowiedzenia?",
    )


def test_from_and_to_together_keep_exactly_that_route(routes):
    assert _titles({"from": "PL", "to": "DE"}) == {"PL to DE in English", "PL to DE in German"}


def test_to_alone_keeps_questions_to_that_country(routes):
    assert _titles({"to": "PL"}) == {"GB to PL about salaries", "DE to PL in Polish"}


def test_from_alone_keeps_questions_from_that_country(routes):
    assert _titles({"from": "GB"}) == {"GB to DE about notice periods", "GB to PL about salaries"}


def test_language_alone_keeps_questions_in_that_language(routes):
    assert _titles({"language": "de"}) == {"PL to DE in German"}


def test_text_alone_matches_titles_case_insensitively(routes):
    assert _titles({"q": "NOTICE"}) == {"GB to DE about notice periods"}


def test_text_alone_matches_bodies(routes):
    assert _titles({"q": "okres"}) == {"DE to PL in Polish"}


def test_no_filter_keeps_every_question(routes):
    assert len(_titles({})) == 5


def test_an_unknown_country_is_a_form_error(routes):
    question_filter = QuestionFilter({"from": "ZZ"}, queryset=Question.objects.all())

    assert not question_filter.is_valid()
    assert "from" in question_filter.form.errors


def test_a_member_narrows_questions_to_the_languages_they_read(rf, member):
    member.reading_languages.set([language("pl"), language("en")])
    polish = QuestionFactory(language=language("pl"))
    english = QuestionFactory(language=language("en"))
    QuestionFactory(language=language("de"))
    request = rf.get("/questions/", {"mine": "on"})
    request.user = member

    found = QuestionFilter(request.GET, queryset=Question.objects.all(), request=request).qs

    assert set(found) == {polish, english}


def test_anonymous_visitors_have_no_languages_i_read_filter(rf, db):
    request = rf.get("/questions/", {"mine": "on"})
    request.user = AnonymousUser()

    question_filter = QuestionFilter(request.GET, queryset=Question.objects.all(), request=request)

    assert "mine" not in question_filter.form.fields
