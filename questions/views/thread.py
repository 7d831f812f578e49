from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from members.permissions import can_post, verified_member_required
from recruitcommunity.i18n import interface_language_code

from ..forms import AnswerForm
from ..models import Question
from ..services import answer_post


def question_detail(request, pk):
    """Public: anyone reads a thread; members with a confirmed email answer it."""
    question = get_object_or_404(
        Question.objects.select_related("group", "author", "language"), pk=pk
    )
    answers = question.answers.for_thread()
    return render(
        request,
        "questions/question_detail.html",
        {
            "question": question,
            "answers": answers,
            "form": AnswerForm(initial={"language": interface_language_code()}),
            "can_post": can_post(request.user),
        },
    )


@verified_member_required
def question_answer(request, pk):
    question = get_object_or_404(
        Question.objects.select_related("group", "author", "language"), pk=pk
    )
    if request.method != "POST":
        return redirect(question)
    form = AnswerForm(request.POST)
    if form.is_valid():
        answer = answer_post(question=question, author=request.user, **form.cleaned_data)
        messages.success(request, _("Your answer has been posted."))
        return redirect(answer)
    return render(
        request,
        "questions/question_detail.html",
        {
            "question": question,
            "answers": question.answers.for_thread(),
            "form": form,
            "can_post": True,
        },
    )
