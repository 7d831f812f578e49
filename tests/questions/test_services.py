import pytest

from questions.models import Question
from questions.services import answer_post, question_ask
from tests.factories import AnswerFactory, QuestionFactory, UserFactory, language

pytestmark = pytest.mark.django_db


def test_asking_copies_the_asker_and_group_countries(german_group):
    asker = UserFactory(home_country="GB")

    question = question_ask(
        group=german_group,
        author=asker,
        title="When do candidates in Germany expect to talk salary?",
        body="In the UK we discuss it in the first call.",
        language=language("en"),
    )

    question.refresh_from_db()
    assert question.asker_country == "GB"
    assert question.target_country == "DE"
    assert question.is_cross_region
    assert question.answer_count == 0


def test_the_copied_countries_stay_when_the_asker_moves(german_group):
    asker = UserFactory(home_country="GB")
    question = question_ask(
        group=german_group,
        author=asker,
        title="When do candidates in Germany expect to talk salary?",
        body="In the UK we discuss it in the first call.",
        language=language("en"),
    )

    asker.home_country = "ES"
    asker.save()

    question.refresh_from_db()
    assert question.asker_country == "GB"


def test_an_asker_without_a_home_country_asks_from_nowhere(polish_group):
    asker = UserFactory(home_country="")

    question = question_ask(
        group=polish_group,
        author=asker,
        title="How long is the notice period in Poland?",
        body="Asking for a client.",
        language=language("en"),
    )

    assert question.asker_country == ""
    assert question.target_country == "PL"
    assert not question.is_cross_region


def test_posting_an_answer_counts_it(member):
    question = QuestionFactory()
    AnswerFactory(question=question)

    answer = answer_post(
        question=question, author=member, body="Three months, usually.", language=language("en")
    )

    question.refresh_from_db()
    assert answer.question == question
    assert answer.author == member
    assert question.answer_count == 2


def test_each_answer_is_counted(member):
    question = QuestionFactory()

    for body in ["One month.", "Three months."]:
        answer_post(question=question, author=member, body=body, language=language("en"))

    assert Question.objects.get(pk=question.pk).answer_count == 2
