"""Reading the country guides from elsewhere in the site: the entries that belong beside a
question's thread."""

from django.db.models import Exists, OuterRef
from django_countries.fields import Country

from members.permissions import can_post
from questions.models import Question

from .models import NormEntry
from .permissions import may_edit_country

FALLBACK_LANGUAGE = "en"


def norm_entries_for_question(question, language_code):
    """The guide entries for the question's regions (its target country first) whose norms
    topic answers one of the question's topics: one entry per (country, topic), in
    ``language_code`` when written in it, else in English, else in the language the
    country's members wrote it in. One query.

    Returns a list of ``{"country": Country, "entries": [NormEntry, …]}`` in the question's
    region order; each entry carries ``is_fallback`` (not in the reader's language)."""
    regions = list(question.regions or [str(question.target_country)])
    answers_question = Question.topics.through.objects.filter(
        question_id=question.pk, topic__norm_topics=OuterRef("topic_id")
    )
    rows = (
        NormEntry.objects.filter(country__in=regions)
        .filter(Exists(answers_question))
        .select_related("topic", "language")
        .order_by("topic__position", "topic__slug", "language_id")
    )
    chosen = {}
    for entry in rows:
        key = (entry.country.code, entry.topic_id)
        current = chosen.get(key)
        if current is None or _rank(entry, language_code) < _rank(current, language_code):
            chosen[key] = entry
    panels = []
    for code in regions:
        entries = [entry for (country, _topic), entry in chosen.items() if country == code]
        if not entries:
            continue
        for entry in entries:
            entry.is_fallback = entry.language_id != language_code
        panels.append({"country": Country(code), "entries": entries})
    return panels


def _rank(entry, language_code):
    if entry.language_id == language_code:
        return 0
    if entry.language_id == FALLBACK_LANGUAGE:
        return 1
    return 2


def thread_norms(user, question, answers, language_code):
    """What the thread page shows of the guides: the panels, and the entries the viewer may
    propose the accepted answer to (only editors of the target country's guide). At most
    two queries, none on a thread whose topics no guide topic answers."""
    if question.is_deleted or not getattr(question, "has_norm_topics", True):
        return None
    panels = norm_entries_for_question(question, language_code)
    if not panels:
        return None
    target = str(question.target_country)
    accepted = next(
        (
            answer
            for answer in answers
            if answer.pk == question.accepted_answer_id and not answer.is_deleted
        ),
        None,
    )
    proposable = []
    target_panel = next((p for p in panels if p["country"].code == target), None)
    if (
        accepted is not None
        and target_panel is not None
        and can_post(user)
        and may_edit_country(user, target)
    ):
        proposable = target_panel["entries"]
    return {"panels": panels, "accepted_answer": accepted, "proposable": proposable}
