"""A question's thread: reading it, answering, voting, accepting, commenting, and the
authors' edits and deletions with their history.

Every view that acts on a post asks the same predicates as the services (``may_edit_post``,
``may_delete_post``, ``may_accept``, ``may_see_history``) and turns a refusal into a 403;
rules of the community (no vote on your own post, none on a deleted one) come back from the
services as a DomainError, shown to the member as a message."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, Subquery
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django_countries.fields import Country

from groups.models import Membership
from members.permissions import can_post, verified_member_required
from moderation.permissions import may_see
from moderation.rules import DuplicateTextError
from norms.selectors import thread_norms
from recruitcommunity.exceptions import DomainError
from recruitcommunity.forms import posted_data
from recruitcommunity.i18n import interface_language_code
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.ratelimits import rate_limited

from .. import services
from ..forms import AnswerEditForm, AnswerForm, CommentForm, QuestionEditForm, VoteForm
from ..models import Answer, Comment, Question, Vote

# Reading the thread ------------------------------------------------------------------------


def _viewer_vote(user, kind):
    """The viewer's own vote on each post, read in the same query as the posts."""
    return Subquery(Vote.objects.filter(voter=user, **{kind: OuterRef("pk")}).values("value")[:1])


def _thread_question(request, pk):
    questions = Question.objects.select_related(
        "group", "author", "language", "hidden_by", "locked_by"
    )
    # Whether any country guide topic answers the question's topics: the guide panel is
    # only looked up when it can have something to show.
    questions = questions.annotate(
        has_norm_topics=Exists(
            Question.topics.through.objects.filter(
                question_id=OuterRef("pk"), topic__norm_topics__isnull=False
            )
        )
    )
    user = request.user
    if user.is_authenticated:
        questions = questions.annotate(my_vote=_viewer_vote(user, "question"))
        if not user.is_staff:
            # Whether the viewer moderates the question's group, read with the question.
            questions = questions.annotate(
                viewer_moderates=Exists(
                    Membership.objects.moderating().filter(group=OuterRef("group"), user=user)
                )
            )
    question = get_object_or_404(questions, pk=pk)
    question.viewer_moderates = user.is_authenticated and (
        user.is_staff or getattr(question, "viewer_moderates", False)
    )
    # Hidden and held questions are seen by the group's moderators and staff; a held one
    # also by its author, with a notice that it waits for approval. Nobody else.
    if question.is_hidden or question.is_held:
        author_waits = question.is_held and user.is_authenticated and question.author_id == user.pk
        if not (question.viewer_moderates or author_waits):
            raise Http404
    return question


def _may_vote(user, post, question):
    return (
        can_post(user)
        and post.author_id != user.pk
        and not post.is_deleted
        and not question.is_deleted
        and post.is_listed
        and question.is_listed
        and not question.is_locked
    )


def _prepare_post(user, post, question):
    """What the viewer may do with a post, for the template to read."""
    post.my_vote = getattr(post, "my_vote", None) or 0
    post.vote_allowed = _may_vote(user, post, question)
    post.editable = services.may_edit_post(user, post)
    post.deletable = services.may_delete_post(user, post)
    post.commentable = (
        can_post(user)
        and not post.is_deleted
        and not question.is_deleted
        and post.is_listed
        and question.is_listed
        and not question.is_locked
    )
    # Reporting and the moderators' tools (templates/moderation/_post_moderation.html).
    post.reportable = user.is_authenticated and post.author_id != user.pk
    post.moderatable = question.viewer_moderates
    post.thread_comments = []


def _attach_comments(user, question, answers):
    """All comments of the thread in one query, handed to their posts. Deleted posts show
    none; the posts' comment counts say whether there is anything to read at all. Comments
    the moderators hid are shown to the moderators alone (the counts leave them out)."""
    open_posts = {
        (services.post_kind(post), post.pk): post
        for post in [question, *answers]
        if not post.is_deleted
    }
    moderates = question.viewer_moderates
    if not open_posts or (
        not moderates and not any(post.comment_count for post in open_posts.values())
    ):
        return
    # By the ids of the posts already on the page: each side of the OR is served by its own
    # index (a BitmapOr). Joining through the answers instead ("answer__question") made
    # PostgreSQL read every comment and every answer of the site.
    on_posts = Q(answer_id__in=[pk for kind, pk in open_posts if kind == "answer"])
    if ("question", question.pk) in open_posts:
        on_posts |= Q(question_id=question.pk)
    comments = Comment.objects.filter(on_posts, deleted_at__isnull=True)
    if not moderates:
        comments = comments.filter(hidden_at__isnull=True)
    comments = comments.select_related("author", "hidden_by").order_by("created_at", "id")
    for comment in comments:
        if comment.question_id is not None:
            post = open_posts.get(("question", comment.question_id))
        else:
            post = open_posts.get(("answer", comment.answer_id))
        if post is not None:
            comment.deletable = services.may_delete_comment(user, comment)
            comment.reportable = user.is_authenticated and comment.author_id != user.pk
            comment.moderatable = moderates
            post.thread_comments.append(comment)


def _answer_columns(question, answers):
    """On a question about several regions: one column per region, in the question's order,
    then answers about any other region."""
    columns = [
        {"country": Country(code), "answers": [a for a in answers if a.region.code == code]}
        for code in question.regions
    ]
    others = [answer for answer in answers if answer.region.code not in question.regions]
    if others:
        columns.append({"country": None, "answers": others})
    return columns


def _thread_context(request, question, form):
    user = request.user
    answers = question.answers.for_thread().select_related("hidden_by")
    if user.is_authenticated:
        answers = answers.annotate(my_vote=_viewer_vote(user, "answer"))
    if not question.viewer_moderates:
        # Answers waiting for approval: their authors and the moderators see them.
        waiting = Q(held_at__isnull=False)
        if user.is_authenticated:
            waiting &= ~Q(author=user)
        answers = answers.exclude(waiting)
    # for_thread orders by score, local practitioners first among equals; the accepted
    # answer goes on top and deleted or hidden answers (placeholders) to the end.
    answers = sorted(
        answers,
        key=lambda answer: (
            answer.is_deleted or answer.is_hidden,
            answer.pk != question.accepted_answer_id,
        ),
    )
    for post in [question, *answers]:
        _prepare_post(user, post, question)
    _attach_comments(user, question, answers)
    return {
        "question": question,
        "answers": answers,
        "answer_total": sum(1 for answer in answers if answer.is_listed),
        "columns": _answer_columns(question, answers) if question.is_multi_region else None,
        "form": form,
        "can_post": can_post(user),
        "takes_answers": question.is_listed and not question.is_locked,
        "moderates": question.viewer_moderates,
        "may_accept": services.may_accept(user, question),
        "question_norms": thread_norms(user, question, answers, interface_language_code()),
    }


def _answer_form(request, question, data=None):
    author = request.user if request.user.is_authenticated else None
    return AnswerForm(
        data,
        question=question,
        author=author,
        initial={"language": interface_language_code()},
    )


def question_detail(request, pk):
    """Public: anyone reads a thread, deleted or not; members with a confirmed email answer,
    vote and comment."""
    question = _thread_question(request, pk)
    return render(
        request,
        "questions/question_detail.html",
        _thread_context(request, question, _answer_form(request, question)),
    )


@verified_member_required
@rate_limited("answer")
def question_answer(request, pk):
    question = _thread_question(request, pk)
    if request.method != "POST":
        return redirect(question)
    if question.is_deleted:
        messages.error(request, _("This question was deleted; it no longer takes answers."))
        return redirect(question)
    form = _answer_form(request, question, request.POST)
    if form.is_valid():
        try:
            answer = submit_once(
                request,
                lambda: services.answer_post(
                    question=question, author=request.user, **form.cleaned_data
                ),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request, fallback=question.get_absolute_url())
        except DomainError as refusal:
            messages.error(request, refusal.message)
            return redirect(question)
        if answer.is_held:
            messages.info(
                request,
                _(
                    "Thank you! This group reviews new members' first posts: your answer is "
                    "waiting for a moderator and will be published once approved."
                ),
            )
        else:
            messages.success(request, _("Your answer has been posted."))
        return redirect(answer)
    return render(
        request, "questions/question_detail.html", _thread_context(request, question, form)
    )


# Votes -------------------------------------------------------------------------------------


def _post_url(post):
    if isinstance(post, Question):
        return f"{post.get_absolute_url()}#question"
    return post.get_absolute_url()


def _in_sight_or_404(user, post):
    """A post that is hidden or held, or belongs to a hidden or held thread, is a 404 on
    every page about it (history, comment form, votes), as on the thread itself, for all
    but the group's moderators (and a held post's author)."""
    if not may_see(user, post):
        raise Http404


def _vote(request, post, question):
    """A plain form post votes and goes back to the post; htmx swaps the vote widget."""
    _in_sight_or_404(request.user, post)
    if request.method != "POST":
        return redirect(_post_url(post))
    form = VoteForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("A vote is either up or down."))
    error = None
    try:
        outcome = services.vote_cast(
            voter=request.user, post=post, value=form.cleaned_data["value"]
        )
    except DomainError as refusal:
        error = refusal.message
        post.my_vote = (
            Vote.objects.filter(voter=request.user, **{services.post_kind(post): post})
            .values_list("value", flat=True)
            .first()
            or 0
        )
    else:
        post.score, post.my_vote = outcome.score, outcome.value
    post.vote_allowed = _may_vote(request.user, post, question)
    if request.htmx:
        return render(
            request,
            "questions/_vote.html",
            {"post": post, "kind": services.post_kind(post), "vote_error": error},
        )
    if error:
        messages.error(request, error)
    return redirect(_post_url(post))


@verified_member_required
@rate_limited("vote")
def question_vote(request, pk):
    question = get_object_or_404(Question, pk=pk)
    return _vote(request, question, question)


@verified_member_required
@rate_limited("vote")
def answer_vote(request, pk):
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=pk)
    return _vote(request, answer, answer.question)


# Accepting ---------------------------------------------------------------------------------


@verified_member_required
@rate_limited("vote")
def answer_accept(request, pk):
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=pk)
    if request.method != "POST":
        return redirect(answer)
    if not services.may_accept(request.user, answer.question):
        raise PermissionDenied
    try:
        services.answer_accept(answer=answer, user=request.user)
    except DomainError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("You accepted this answer."))
    return redirect(answer)


@verified_member_required
@rate_limited("vote")
def question_acceptance_withdraw(request, pk):
    question = get_object_or_404(Question, pk=pk)
    if request.method != "POST":
        return redirect(question)
    if not services.may_accept(request.user, question):
        raise PermissionDenied
    services.answer_acceptance_withdraw(question=question, user=request.user)
    messages.success(request, _("You withdrew your acceptance."))
    return redirect(question)


# Comments ----------------------------------------------------------------------------------


def _comment_url(question, comment):
    return f"{question.get_absolute_url()}#comment-{comment.pk}"


def _comment(request, post, question):
    """Without JavaScript the form under a post lands here; a refused comment is shown again
    on a page of its own, with the reason."""
    _in_sight_or_404(request.user, post)
    form = CommentForm(posted_data(request))
    if form.is_valid():
        try:
            comment = submit_once(
                request,
                lambda: services.comment_post(
                    author=request.user, post=post, body=form.cleaned_data["body"]
                ),
                url_of=lambda comment: _comment_url(question, comment),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request, fallback=_post_url(post))
        except DomainError as refusal:
            messages.error(request, refusal.message)
            return redirect(_post_url(post))
        messages.success(request, _("Your comment has been posted."))
        return redirect(_comment_url(question, comment))
    return render(
        request,
        "questions/comment_form.html",
        {"form": form, "post": post, "kind": services.post_kind(post), "question": question},
    )


@verified_member_required
@rate_limited("comment")
def question_comment(request, pk):
    question = get_object_or_404(Question.objects.select_related("language"), pk=pk)
    return _comment(request, question, question)


@verified_member_required
@rate_limited("comment")
def answer_comment(request, pk):
    answer = get_object_or_404(
        Answer.objects.select_related("question", "author", "language"), pk=pk
    )
    return _comment(request, answer, answer.question)


@verified_member_required
def comment_delete(request, pk):
    comment = get_object_or_404(
        Comment.objects.select_related("question", "answer__question"), pk=pk
    )
    question = comment.question or comment.answer.question
    if request.method != "POST":
        return redirect(question)
    if not services.may_delete_comment(request.user, comment):
        raise PermissionDenied
    services.comment_delete(comment=comment, user=request.user)
    messages.success(request, _("The comment has been deleted."))
    post = comment.question or comment.answer
    return redirect(_post_url(post))


# Editing and deleting ----------------------------------------------------------------------


def _question_or_404(pk):
    return get_object_or_404(Question.objects.select_related("author", "language"), pk=pk)


def _answer_or_404(pk):
    return get_object_or_404(Answer.objects.select_related("question", "author", "language"), pk=pk)


@verified_member_required
@rate_limited("edit")
def question_edit(request, pk):
    question = _question_or_404(pk)
    if not services.may_edit_post(request.user, question):
        raise PermissionDenied
    form = QuestionEditForm(
        posted_data(request), initial={"title": question.title, "body": question.body}
    )
    if form.is_valid():
        try:
            services.question_edit(question=question, editor=request.user, **form.cleaned_data)
        except DuplicateTextError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            messages.success(request, _("Your question has been updated."))
            return redirect(_post_url(question))
    return render(
        request,
        "questions/post_edit.html",
        {"form": form, "post": question, "kind": "question", "question": question},
    )


@verified_member_required
@rate_limited("edit")
def answer_edit(request, pk):
    answer = _answer_or_404(pk)
    if not services.may_edit_post(request.user, answer):
        raise PermissionDenied
    form = AnswerEditForm(posted_data(request), initial={"body": answer.body})
    if form.is_valid():
        services.answer_edit(answer=answer, editor=request.user, **form.cleaned_data)
        messages.success(request, _("Your answer has been updated."))
        return redirect(answer)
    return render(
        request,
        "questions/post_edit.html",
        {"form": form, "post": answer, "kind": "answer", "question": answer.question},
    )


def _delete(request, post, question, delete):
    if post.is_deleted:
        messages.info(request, _("This post has already been deleted."))
        return redirect(_post_url(post))
    if not services.may_delete_post(request.user, post):
        raise PermissionDenied
    if request.method == "POST":
        delete(user=request.user)
        messages.success(request, _("The post has been deleted."))
        return redirect(_post_url(post))
    return render(
        request,
        "questions/post_delete.html",
        {"post": post, "kind": services.post_kind(post), "question": question},
    )


@verified_member_required
def question_delete(request, pk):
    question = _question_or_404(pk)
    return _delete(
        request,
        question,
        question,
        lambda user: services.question_delete(question=question, user=user),
    )


@verified_member_required
def answer_delete(request, pk):
    answer = _answer_or_404(pk)
    return _delete(
        request,
        answer,
        answer.question,
        lambda user: services.answer_delete(answer=answer, user=user),
    )


# History -----------------------------------------------------------------------------------


def _history(request, post, question):
    _in_sight_or_404(request.user, post)
    if not services.may_see_history(request.user, post):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    return render(
        request,
        "questions/post_history.html",
        {
            "post": post,
            "kind": services.post_kind(post),
            "question": question,
            "entries": services.post_history(post),
        },
    )


def question_history(request, pk):
    question = _question_or_404(pk)
    return _history(request, question, question)


def answer_history(request, pk):
    answer = _answer_or_404(pk)
    return _history(request, answer, answer.question)
