from django.db import transaction
from django.db.models import F

from .models import Answer, Question


@transaction.atomic
def question_ask(*, group, author, title, body, language):
    """Ask a group a question. Anyone with a confirmed email may ask any group: groups
    welcome askers from everywhere."""
    return Question.objects.create(
        group=group,
        author=author,
        title=title,
        body=body,
        language=language,
        asker_country=author.home_country,
        target_country=group.country,
    )


@transaction.atomic
def answer_post(*, question, author, body, language):
    answer = Answer.objects.create(question=question, author=author, body=body, language=language)
    Question.objects.filter(pk=question.pk).update(answer_count=F("answer_count") + 1)
    return answer
