"""Full-text search over questions and answers (a first version; see the search issue)."""

from django.contrib.postgres.search import SearchVector
from django.db.models import Value

from .models import Answer, Question


def index_question(question):
    Question.objects.filter(pk=question.pk).update(
        search_vector=SearchVector(Value(question.title), weight="A", config="simple")
        + SearchVector(Value(question.body), weight="B", config="simple")
    )


def index_answer(answer):
    Answer.objects.filter(pk=answer.pk).update(
        search_vector=SearchVector(Value(answer.body), weight="B", config="simple")
    )
