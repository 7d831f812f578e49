"""Who may see and act on what moderators handle. Every moderation view starts from one of
the getters below; each raises 404 for something that does not exist (or that the person may
not even see) and 403 for something they see but may not act on.

* The owner and moderators of a group, and staff everywhere, hide and restore the group's
  questions, answers, comments and events, lock threads, approve or reject held posts,
  handle reports and remove or ban authors (with the group's own rules: only the owner acts
  on moderators, nobody on the owner).
* A member reported outside any group (from their profile) is handled by staff only.
* Members with a confirmed email report what they can see.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from events.models import Event
from events.permissions import may_see_event
from groups.models import Group, Membership
from groups.permissions import membership_of
from questions.models import Answer, Comment, Question

from .models import TARGET_KINDS


def _targets():
    return {
        "question": Question.objects.select_related("group", "author", "language"),
        "answer": Answer.objects.select_related("question__group", "author", "language"),
        "comment": Comment.objects.select_related(
            "author", "question__group", "answer__question__group"
        ),
        "event": Event.objects.select_related("group", "created_by"),
        "member": get_user_model().objects.all(),
    }


def target_or_404(kind, pk):
    if kind not in TARGET_KINDS:
        raise Http404("Nothing of that kind can be reported")
    return get_object_or_404(_targets()[kind], pk=pk)


def question_of(target):
    """The thread a question, answer or comment belongs to; None for events and members."""
    if isinstance(target, Question):
        return target
    if isinstance(target, Answer):
        return target.question
    if isinstance(target, Comment):
        return target.question if target.question_id else target.answer.question
    return None


def group_of(target):
    """The group whose moderators handle the target; None for a member."""
    if isinstance(target, Event):
        return target.group
    question = question_of(target)
    return question.group if question is not None else None


def author_of(target):
    """The member who wrote the post or published the event; the member themself."""
    if isinstance(target, Event):
        return target.created_by
    if isinstance(target, get_user_model()):
        return target
    return target.author


def moderating_membership(user, group):
    """The user's membership when it lets them moderate the group, else None."""
    if group is None or not user.is_authenticated:
        return None
    membership = membership_of(user, group)
    return membership if membership is not None and membership.can_moderate else None


def may_moderate_in(user, group):
    """Staff everywhere; a group's active owner and moderators in that group. Only staff
    handle what belongs to no group."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return moderating_membership(user, group) is not None


def is_out_of_sight(target):
    """Hidden by the moderators, or waiting for their approval: only they see it."""
    hidden = getattr(target, "hidden_at", None) is not None
    held = getattr(target, "held_at", None) is not None
    question = question_of(target)
    if question is not None and question is not target:
        hidden = hidden or question.hidden_at is not None
        held = held or question.held_at is not None
    return hidden or held


def may_see(user, target):
    """Whether the user may see the target at all (and so report it)."""
    group = group_of(target)
    if isinstance(target, get_user_model()):
        return (
            target.is_active
            and get_user_model().objects.visible_to(user).filter(pk=target.pk).exists()
        )
    if isinstance(target, Event):
        if target.hidden_at is not None:
            return may_moderate_in(user, group)
        return may_see_event(user, target, membership_of(user, group))
    if is_out_of_sight(target):
        if may_moderate_in(user, group):
            return True
        held_question = question_of(target)
        # The author sees their own post while it waits for approval, never once hidden.
        return (
            user.is_authenticated
            and target.author_id == user.pk
            and getattr(target, "hidden_at", None) is None
            and held_question.hidden_at is None
        )
    return True


def target_for_reporter(user, kind, pk):
    """What a member reports: 404 for what does not exist or what they cannot see."""
    target = target_or_404(kind, pk)
    if not may_see(user, target):
        raise Http404
    return target


def scope_group_for_member(member, slug):
    """A member is reported to a group's moderators only when they belong to it; without a
    group the report goes to staff."""
    if not slug:
        return None
    group = get_object_or_404(Group, slug=slug)
    if not Membership.objects.active().filter(group=group, user=member).exists():
        raise Http404
    return group


def target_for_moderator(user, kind, pk, *, group_slug=""):
    """(target, group) for the people who moderate it: the group of the content, or for a
    member the group named (staff only without one). 404 for an unknown target, 403 for
    anyone else."""
    target = target_or_404(kind, pk)
    if kind == "member":
        group = get_object_or_404(Group, slug=group_slug) if group_slug else None
    else:
        group = group_of(target)
    if not may_moderate_in(user, group):
        if not may_see(user, target):
            raise Http404
        raise PermissionDenied
    return target, group


def staff_required(user):
    if not (user.is_authenticated and user.is_staff):
        raise PermissionDenied
