"""Votes on questions and answers. Every change to a post's votes happens under a lock on
the post's row, so the score always equals the sum of its votes, however many members vote
at once."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from members.permissions import can_post
from recruitcommunity.exceptions import DomainError

from ..models import Answer, Question, Vote


class VoteError(DomainError):
    pass


@dataclass(frozen=True)
class VoteOutcome:
    score: int
    # The voter's vote after this one: Vote.UP, Vote.DOWN, or 0 when withdrawn.
    value: int


def post_kind(post):
    """ "question" or "answer": the name of the Vote, Comment and Revision field for the post."""
    if isinstance(post, Question):
        return "question"
    if isinstance(post, Answer):
        return "answer"
    raise TypeError(f"not a post: {post!r}")


def _locked_post(post):
    if isinstance(post, Answer):
        # The answer's row is the lock; the question comes along to tell whether it was
        # deleted (a deleted question closes its thread).
        return (
            Answer.objects.select_for_update(of=("self",))
            .select_related("question")
            .get(pk=post.pk)
        )
    return Question.objects.select_for_update().get(pk=post.pk)


def _refuse_if_closed(post):
    if post.is_deleted:
        raise VoteError(_("This post was deleted; it cannot be voted on."))
    if isinstance(post, Answer) and post.question.is_deleted:
        raise VoteError(_("This question was deleted; its answers cannot be voted on."))
    question = post.question if isinstance(post, Answer) else post
    if post.is_hidden or question.is_hidden:
        raise VoteError(_("This post was hidden by the moderators; it cannot be voted on."))
    if post.is_held or question.is_held:
        raise VoteError(_("This post is waiting for a moderator's approval."))
    if question.is_locked:
        raise VoteError(_("This thread is locked: it takes no new answers, comments or votes."))


@transaction.atomic
def vote_cast(*, voter, post, value):
    """Vote a question or an answer up (Vote.UP) or down (Vote.DOWN).

    Voting the other way changes the vote; voting the same way again withdraws it. Members
    vote once per post, never on their own posts, and only with a confirmed email address.
    """
    if value not in (Vote.UP, Vote.DOWN):
        raise VoteError(_("A vote is either up or down."))
    if not can_post(voter):
        raise VoteError(_("Confirm your email address to vote."))
    kind = post_kind(post)
    locked = _locked_post(post)
    _refuse_if_closed(locked)
    if locked.author_id == voter.pk:
        if kind == "question":
            raise VoteError(_("You cannot vote on your own question."))
        raise VoteError(_("You cannot vote on your own answer."))

    votes = Vote.objects.filter(**{kind: locked})
    existing = votes.filter(voter=voter).first()
    if existing is None:
        Vote.objects.create(voter=voter, value=value, **{kind: locked})
        current = value
    elif existing.value == value:
        existing.delete()
        current = 0
    else:
        existing.value = value
        existing.save(update_fields=["value"])
        current = value

    score = votes.aggregate(total=Coalesce(Sum("value"), 0))["total"]
    type(locked).objects.filter(pk=locked.pk).update(score=score)
    post.score = score
    return VoteOutcome(score=score, value=current)
