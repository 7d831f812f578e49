from django.db import transaction
from django.db.models import F
from django.utils import timezone

from groups.models import Membership
from notifications.services import (
    follow,
    notify_answer_posted,
    notify_on_commit,
    notify_question_asked,
)

from ..models import Answer, Question, Tag
from ..search import index_answer, index_question


def normalise_tags(names):
    """Free tags are lowercase single words; duplicates and blanks are dropped."""
    seen = []
    for name in names:
        tag = name.strip().lower().replace(" ", "-")[:40]
        if tag and tag not in seen:
            seen.append(tag)
    return seen


@transaction.atomic
def question_ask(*, group, author, title, body, language, topics=(), tags=(), extra_regions=()):
    """Ask a group a question. Anyone with a confirmed email may ask any group: groups
    welcome askers from everywhere. A question may address up to three more regions; it is
    then answered region by region."""
    regions = [group.country.code]
    for region in extra_regions:
        code = getattr(region, "code", region)
        if code and code not in regions:
            regions.append(code)
    question = Question.objects.create(
        group=group,
        author=author,
        title=title,
        body=body,
        language=language,
        asker_country=author.home_country,
        target_country=group.country,
        regions=regions[:4],
    )
    question.topics.set(topics)
    tag_names = normalise_tags(tags)
    if tag_names:
        Tag.objects.bulk_create([Tag(name=name) for name in tag_names], ignore_conflicts=True)
        question.tags.set(Tag.objects.filter(name__in=tag_names))
    index_question(question)
    follow(follower=author, target=question)
    notify_on_commit(notify_question_asked, question)
    return question


def is_local_practitioner(*, member, question):
    """A local practitioner lives in the question's target country, or belongs to the group
    the question was asked in."""
    if member.home_country and member.home_country == question.target_country:
        return True
    return Membership.objects.active().filter(group_id=question.group_id, user=member).exists()


@transaction.atomic
def answer_post(*, question, author, body, language, region=None):
    """Answer a question. The answer speaks for the author's home country unless another of
    the question's regions is given."""
    is_local = is_local_practitioner(member=author, question=question)
    answer = Answer.objects.create(
        question=question,
        author=author,
        body=body,
        language=language,
        region=region or author.home_country,
        is_local=is_local,
    )
    Question.objects.filter(pk=question.pk).update(
        answer_count=F("answer_count") + 1,
        local_answer_count=F("local_answer_count") + (1 if is_local else 0),
        last_activity_at=timezone.now(),
    )
    index_answer(answer)
    follow(follower=author, target=question)
    notify_on_commit(notify_answer_posted, answer)
    return answer
