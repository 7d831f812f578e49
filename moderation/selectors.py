"""Reading the moderation queues: open reports grouped by what they are about, and the
posts waiting for approval. Each function costs a fixed number of queries, whatever the
number of reports."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Min, Q

from events.models import Event
from questions.models import Answer, Comment, Question

from .models import TARGET_KINDS, Flag

HELD_SHOWN = 20


@dataclass
class QueueItem:
    """Everything reported about one thing: what it is, how often and why it was
    reported, and the reporters with their notes (oldest first)."""

    kind: str
    target_id: int
    group_id: int | None
    group_slug: str | None
    flag_count: int
    first_reported_at: object
    target: object = None
    reasons: list = field(default_factory=list)  # [(label, count)], most common first
    reports: list = field(default_factory=list)  # [Flag]


def reported_targets(flags):
    """One row per reported thing (and group) among the open reports, oldest report first:
    a dict with the target's kind and id, ``group``, ``flag_count`` and ``first_reported``.
    Paginate this; then ``queue_items`` fills in one page."""
    return (
        flags.open()
        .values(*TARGET_KINDS, "group", "group__slug")
        .annotate(flag_count=Count("pk"), first_reported=Min("created_at"), first_pk=Min("pk"))
        .order_by("first_reported", "first_pk")
    )


def _targets_by_kind(ids_by_kind):
    """The reported things of one page: at most one query per kind."""
    querysets = {
        "question": Question.objects.select_related("author", "group", "language", "hidden_by"),
        "answer": Answer.objects.select_related(
            "author", "language", "question__group", "hidden_by"
        ),
        "comment": Comment.objects.select_related(
            "author", "question__group", "answer__question__group", "hidden_by"
        ),
        "event": Event.objects.select_related("group", "created_by", "hidden_by"),
        "member": get_user_model().objects.all(),
    }
    return {kind: querysets[kind].in_bulk(ids) for kind, ids in ids_by_kind.items() if ids}


def queue_items(rows):
    """The page's rows as QueueItems with their targets and reports: at most one query per
    kind of target on the page, and one for the reports."""
    items = []
    for row in rows:
        kind = next(kind for kind in TARGET_KINDS if row[kind] is not None)
        items.append(
            QueueItem(
                kind=kind,
                target_id=row[kind],
                group_id=row["group"],
                group_slug=row["group__slug"],
                flag_count=row["flag_count"],
                first_reported_at=row["first_reported"],
            )
        )
    if not items:
        return items
    ids_by_kind = {kind: [] for kind in TARGET_KINDS}
    for item in items:
        ids_by_kind[item.kind].append(item.target_id)
    targets = _targets_by_kind(ids_by_kind)
    about_page = Q()
    for kind, ids in ids_by_kind.items():
        if ids:
            about_page |= Q(**{f"{kind}__in": ids})
    by_item = {(item.kind, item.target_id, item.group_id): item for item in items}
    reports = (
        Flag.objects.open().filter(about_page).select_related("reporter").order_by("created_at")
    )
    labels = dict(Flag.Reason.choices)
    for report in reports:
        item = by_item.get((report.kind, getattr(report, f"{report.kind}_id"), report.group_id))
        if item is not None:
            item.reports.append(report)
    for item in items:
        item.target = targets.get(item.kind, {}).get(item.target_id)
        counts = {}
        for report in item.reports:
            counts[report.reason] = counts.get(report.reason, 0) + 1
        item.reasons = [
            (labels[reason], count)
            for reason, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
        ]
    return items


def held_posts(group, limit=HELD_SHOWN):
    """The group's questions and answers waiting for approval, oldest first: two lists of at
    most ``limit`` each, and whether there are more. Two queries."""
    questions = list(
        Question.objects.held()
        .filter(group=group)
        .select_related("author", "language")
        .order_by("held_at", "pk")[: limit + 1]
    )
    answers = list(
        Answer.objects.held()
        .filter(question__group=group)
        .select_related("author", "language", "question")
        .order_by("held_at", "pk")[: limit + 1]
    )
    return {
        "questions": questions[:limit],
        "answers": answers[:limit],
        "more": len(questions) > limit or len(answers) > limit,
    }
