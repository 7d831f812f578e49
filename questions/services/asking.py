from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from groups.models import Membership
from moderation.rules import (
    post_needs_approval,
    refuse_banned_author,
    refuse_text_posted_elsewhere,
)
from notifications.services import (
    follow,
    notify_answer_posted,
    notify_on_commit,
    notify_question_asked,
)
from recruitcommunity.exceptions import DomainError

from ..models import Answer, Question, Tag
from ..search import index_answer, index_question


class AnswerError(DomainError):
    pass


def question_text_fingerprint(*, author, group, body):
    """The body's fingerprint, refusing (DuplicateTextError) a text the author already posted
    to another group recently: mass job adverts are not spread across groups. Questions the
    author deleted do not count."""
    return refuse_text_posted_elsewhere(
        queryset=Question.objects.filter(deleted_at__isnull=True),
        author_field="author",
        hash_field="body_hash",
        author=author,
        group=group,
        text=body,
    )


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
    then answered region by region.

    The same text posted to another group in the last days is refused (DuplicateTextError).
    In a group that holds new members' first posts, the question may wait for a moderator's
    approval (``held_at``); nobody is notified about it until it is approved. A member
    banned from the group cannot ask it (BannedAuthorError)."""
    refuse_banned_author(author=author, group_id=group.pk)
    body_hash = question_text_fingerprint(author=author, group=group, body=body)
    held = post_needs_approval(author=author, group=group)
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
        body_hash=body_hash,
        held_at=timezone.now() if held else None,
    )
    question.topics.set(topics)
    tag_names = normalise_tags(tags)
    if tag_names:
        Tag.objects.bulk_create([Tag(name=name) for name in tag_names], ignore_conflicts=True)
        question.tags.set(Tag.objects.filter(name__in=tag_names))
    index_question(question)
    follow(follower=author, target=question)
    if not held:
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
    the question's regions is given.

    A deleted, hidden, locked or not yet approved question takes no answers. In a group that
    holds new members' first posts the answer may wait for approval: it is then not counted
    and nobody is notified until a moderator approves it."""
    # The question's row is locked so that an answer and a moderator locking or hiding the
    # thread cannot cross.
    thread = (
        Question.objects.select_for_update(of=("self",)).select_related("group").get(pk=question.pk)
    )
    refuse_closed_thread(thread, AnswerError)
    refuse_banned_author(author=author, group_id=thread.group_id)
    held = post_needs_approval(author=author, group=thread.group)
    is_local = is_local_practitioner(member=author, question=thread)
    answer = Answer.objects.create(
        question=question,
        author=author,
        body=body,
        language=language,
        region=region or author.home_country,
        is_local=is_local,
        held_at=timezone.now() if held else None,
    )
    if not held:
        Question.objects.filter(pk=question.pk).update(
            answer_count=F("answer_count") + 1,
            local_answer_count=F("local_answer_count") + (1 if is_local else 0),
            last_activity_at=timezone.now(),
        )
    index_answer(answer)
    follow(follower=author, target=question)
    if not held:
        notify_on_commit(notify_answer_posted, answer)
    return answer


def refuse_closed_thread(question, error_class):
    """Raise ``error_class`` when the thread takes nothing new: deleted by its author,
    hidden by the moderators, waiting for approval, or locked."""
    if question.is_deleted:
        raise error_class(_("This question was deleted; it no longer takes answers."))
    if question.is_hidden:
        raise error_class(_("This question was hidden by the moderators."))
    if question.is_held:
        raise error_class(_("This question is waiting for a moderator's approval."))
    if question.is_locked:
        raise error_class(_("This thread is locked: it takes no new answers, comments or votes."))
