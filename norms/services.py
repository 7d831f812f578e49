"""Keeping the country guides: edits as revisions (refused when made from an older version),
reverts, confirmations and proposed updates from accepted answers."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from recruitcommunity.exceptions import DomainError

from .models import NormConfirmation, NormEntry, NormProposal, NormRevision


class NormError(DomainError):
    pass


class EditConflict(NormError):
    """Someone saved the entry after the editor opened it; ``current`` is what they saved."""

    def __init__(self, current):
        super().__init__(
            _("Someone else changed this entry while you were editing. Compare and try again.")
        )
        self.current = current


def _snapshot(entry, *, editor, summary):
    NormRevision.objects.create(
        entry=entry,
        version=entry.version,
        editor=editor,
        summary=summary,
        short_answer=entry.short_answer,
        explanation=entry.explanation,
        sources=entry.sources,
    )


@transaction.atomic
def norm_entry_create(
    *, country, topic, language, editor, short_answer, explanation="", sources="", summary=""
):
    entry = NormEntry.objects.create(
        country=country,
        topic=topic,
        language=language,
        short_answer=short_answer,
        explanation=explanation,
        sources=sources,
        updated_by=editor,
    )
    _snapshot(entry, editor=editor, summary=summary or _("First version"))
    return entry


@transaction.atomic
def norm_entry_edit(*, entry, editor, base_version, short_answer, explanation, sources, summary):
    """Save a new version. ``base_version`` is the version the editor started from: if the
    entry moved on since, nothing is saved and EditConflict says what changed."""
    entry = NormEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.version != base_version:
        raise EditConflict(entry)
    now = timezone.now()
    entry.short_answer = short_answer
    entry.explanation = explanation
    entry.sources = sources
    entry.version += 1
    entry.updated_at = now
    entry.updated_by = editor
    entry.last_reviewed_at = now
    entry.save()
    _snapshot(entry, editor=editor, summary=summary)
    return entry


@transaction.atomic
def norm_entry_revert(*, entry, revision, moderator):
    """Bring back an older version, as a new revision (history is never rewritten)."""
    if revision.entry_id != entry.pk:
        raise NormError(_("That version belongs to another entry."))
    current = NormEntry.objects.select_for_update().get(pk=entry.pk)
    return norm_entry_edit(
        entry=current,
        editor=moderator,
        base_version=current.version,
        short_answer=revision.short_answer,
        explanation=revision.explanation,
        sources=revision.sources,
        summary=_("Reverted to version %(version)s") % {"version": revision.version},
    )


@transaction.atomic
def norm_entry_confirm(*, entry, member):
    """A practitioner confirms the entry is still right; confirming twice counts once."""
    _confirmation, created = NormConfirmation.objects.get_or_create(entry=entry, member=member)
    updates = {"last_reviewed_at": timezone.now()}
    if created:
        updates["confirmation_count"] = F("confirmation_count") + 1
    NormEntry.objects.filter(pk=entry.pk).update(**updates)
    return created


@transaction.atomic
def norm_proposal_create(*, entry, answer, proposer):
    proposal, _created = NormProposal.objects.get_or_create(
        entry=entry, answer=answer, defaults={"proposed_by": proposer}
    )
    return proposal


@transaction.atomic
def norm_proposal_decide(*, proposal, editor, accept):
    """Accepting appends the answer to the entry's explanation as a new version."""
    proposal = (
        NormProposal.objects.select_for_update()
        .select_related("entry", "answer")
        .get(pk=proposal.pk)
    )
    if proposal.status != NormProposal.Status.PENDING:
        return proposal
    if accept:
        entry = proposal.entry
        addition = proposal.answer.body.strip()
        norm_entry_edit(
            entry=entry,
            editor=editor,
            base_version=entry.version,
            short_answer=entry.short_answer,
            explanation=f"{entry.explanation.rstrip()}\n\n{addition}".strip(),
            sources=entry.sources,
            summary=_("Added an accepted answer from the questions"),
        )
    proposal.status = NormProposal.Status.ACCEPTED if accept else NormProposal.Status.DECLINED
    proposal.decided_by = editor
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_by", "decided_at"])
    return proposal
