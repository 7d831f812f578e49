import pytest

from questions.models import Comment, Topic
from recruitcommunity.celery import app as celery_app
from tests.factories import AnswerFactory, QuestionFactory, UserFactory


@pytest.fixture(autouse=True)
def _celery_tasks_run_inline():
    """Tasks run inline in these tests, even where CELERY_BROKER_URL is set, and their
    errors fail the test. (The real-worker test sends its task through its own client.)"""
    previous = celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates
    celery_app.conf.task_always_eager = celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


@pytest.fixture
def asker(db):
    return UserFactory(username="brit", email="brit@example.com", home_country="GB")


@pytest.fixture
def question(polish_group, asker):
    return QuestionFactory(
        group=polish_group,
        author=asker,
        title="When do candidates in Poland expect to talk salary?",
    )


@pytest.fixture
def answerer(db):
    return UserFactory(username="kasia", email="kasia@example.com", home_country="PL")


@pytest.fixture
def answer(question, answerer):
    return AnswerFactory(question=question, author=answerer)


@pytest.fixture
def topic(db):
    return Topic.objects.get(slug="salary-and-compensation")


def comment_on(post, *, author, body="Could you say more about the notice period?"):
    kind = "answer" if post._meta.model_name == "answer" else "question"
    return Comment.objects.create(author=author, body=body, **{kind: post})
