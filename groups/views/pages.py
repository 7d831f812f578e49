from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django_filters.views import FilterView

from events.selectors import next_events_of_group
from members.permissions import can_post, verified_member_required
from moderation.rules import DuplicateTextError
from questions.forms import QuestionForm
from questions.models import Question
from questions.services import question_ask
from recruitcommunity.exceptions import DomainError
from recruitcommunity.forms import posted_data
from recruitcommunity.i18n import interface_language_code
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.pagination import BoundedPaginator
from recruitcommunity.ratelimits import rate_limited

from ..filters import GroupFilter
from ..models import Group
from ..permissions import may_moderate, membership_of


class GroupDirectoryView(FilterView):
    """Public: the directory of groups, filtered by country, language and text."""

    filterset_class = GroupFilter
    template_name = "groups/group_list.html"
    context_object_name = "groups"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator
    strict = False

    def get_queryset(self):
        return Group.objects.for_listing()


def group_detail(request, slug):
    """Public: anyone may read a group's page."""
    group = get_object_or_404(Group.objects.prefetch_related("languages"), slug=slug)
    membership = membership_of(request.user, group)
    recent_questions = (
        Question.objects.visible()
        .filter(group=group)
        .for_listing()
        .newest_first()[: settings.PAGE_SIZE]
    )
    return render(
        request,
        "groups/group_detail.html",
        {
            "group": group,
            "membership": membership,
            "recent_questions": recent_questions,
            "can_post": can_post(request.user),
            "can_moderate": may_moderate(request.user, membership),
            "next_events": next_events_of_group(group, request.user, membership),
        },
    )


@verified_member_required
@rate_limited("question")
def group_ask(request, slug):
    """Any member with a confirmed email may ask any group, member of it or not."""
    group = get_object_or_404(Group.objects.prefetch_related("languages"), slug=slug)
    form = QuestionForm(
        posted_data(request), group=group, initial={"language": interface_language_code()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            question = submit_once(
                request,
                lambda: question_ask(group=group, author=request.user, **form.cleaned_data),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request)
        except DuplicateTextError as refusal:
            form.add_error(refusal.field, refusal.message)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            if question.is_held:
                messages.info(
                    request,
                    _(
                        "Thank you! %(group)s reviews new members' first posts: your question "
                        "is waiting for a moderator and will be published once approved."
                    )
                    % {"group": group.name},
                )
            else:
                messages.success(
                    request,
                    _("Your question has been posted to %(group)s.") % {"group": group.name},
                )
            return redirect(question)
    return render(request, "groups/group_ask.html", {"group": group, "form": form})
