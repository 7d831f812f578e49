"""Proposed updates to a country's guide: an editor of the guide proposes a thread's
accepted answer for the entry on its topic; editors of that guide accept it (the answer is
appended to the entry as a new version) or decline it.

Only people who keep the guide (``may_edit_country``) propose and decide: visitors are sent
to sign in, members without a confirmed email and members who do not keep that country's
guide get a 403."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django_countries import countries
from django_countries.fields import Country

from members.permissions import verified_member_required
from questions.models import Answer
from recruitcommunity.exceptions import DomainError
from recruitcommunity.ratelimits import rate_limited

from .models import NormEntry, NormProposal
from .permissions import may_edit_country
from .services import norm_proposal_create, norm_proposal_decide

DECIDED_SHOWN = 20


def _country_or_404(code):
    code = countries.alpha2(code.upper()) if code else ""
    if not code:
        raise Http404
    return Country(code)


@verified_member_required
@rate_limited("norm")
def proposal_create(request, answer):
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=answer)
    question = answer.question
    if request.method != "POST":
        return redirect(answer)
    try:
        entry_pk = int(request.POST.get("entry", ""))
    except ValueError:
        return HttpResponseBadRequest(_("Choose the guide entry to update."))
    entry = get_object_or_404(NormEntry.objects.select_related("topic"), pk=entry_pk)
    if not may_edit_country(request.user, entry.country.code):
        raise PermissionDenied
    if (
        not question.is_listed
        or not answer.is_listed
        or question.accepted_answer_id != answer.pk
        or entry.country.code not in question.regions
        or not question.topics.filter(norm_topics=entry.topic).exists()
    ):
        messages.error(
            request, _("Only a question's accepted answer can update the guide on its topic.")
        )
        return redirect(answer)
    proposal = norm_proposal_create(entry=entry, answer=answer, proposer=request.user)
    topic = _(entry.topic.name)
    if proposal.status == NormProposal.Status.PENDING:
        messages.success(
            request,
            _("You proposed this answer as an update to the “%(topic)s” entry.") % {"topic": topic},
        )
    else:
        messages.info(
            request,
            _("This answer was already proposed for the “%(topic)s” entry.") % {"topic": topic},
        )
    return redirect(answer)


@verified_member_required
def proposal_list(request, country):
    country = _country_or_404(country)
    if not may_edit_country(request.user, country.code):
        raise PermissionDenied
    proposals = NormProposal.objects.filter(entry__country=country.code).select_related(
        "entry__topic",
        "entry__language",
        "answer__question",
        "answer__language",
        "answer__author",
        "proposed_by",
        "decided_by",
    )
    return render(
        request,
        "norms/proposal_list.html",
        {
            "country": country,
            # An answer the moderators hid is proposed to nobody.
            "pending": proposals.filter(
                status=NormProposal.Status.PENDING,
                answer__hidden_at__isnull=True,
                answer__question__hidden_at__isnull=True,
            ).order_by("created_at", "pk"),
            "decided": proposals.exclude(status=NormProposal.Status.PENDING).order_by(
                "-decided_at", "-pk"
            )[:DECIDED_SHOWN],
        },
    )


@verified_member_required
@rate_limited("norm")
def proposal_decide(request, pk):
    proposal = get_object_or_404(NormProposal.objects.select_related("entry__topic"), pk=pk)
    country = proposal.entry.country.code
    if not may_edit_country(request.user, country):
        raise PermissionDenied
    back = redirect("norm_proposals:list", country=country.lower())
    if request.method != "POST":
        return back
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        return HttpResponseBadRequest(_("Accept or decline the proposal."))
    if proposal.status != NormProposal.Status.PENDING:
        messages.info(request, _("Someone has already decided on this proposal."))
        return back
    try:
        norm_proposal_decide(proposal=proposal, editor=request.user, accept=decision == "accept")
    except DomainError as refusal:
        messages.error(request, refusal.message)
        return back
    topic = _(proposal.entry.topic.name)
    if decision == "accept":
        messages.success(
            request,
            _("The answer was added to the “%(topic)s” entry as a new version.") % {"topic": topic},
        )
    else:
        messages.success(
            request, _("You declined the proposal for the “%(topic)s” entry.") % {"topic": topic}
        )
    return back
