"""Country guides: read a guide, edit an entry (refused when someone saved first), its history
and reverts, confirmations, the review queue and the side-by-side comparison."""

import difflib
import re
from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_countries.fields import Country

from groups.models import Group, Membership
from groups.views.places import country_from_code
from languages.models import Language
from members.permissions import can_post, verified_member_required
from recruitcommunity.forms import posted_data
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.ratelimits import rate_limited

from .forms import CompareForm, NormEntryForm, is_web_link
from .models import NormConfirmation, NormEntry, NormRevision, NormTopic
from .permissions import may_edit_country, may_revert_country
from .services import (
    EditConflict,
    NormError,
    norm_entry_confirm,
    norm_entry_create,
    norm_entry_edit,
    norm_entry_revert,
)

FALLBACK_LANGUAGE = "en"
GROUPS_SHOWN = 6


# Reading helpers ------------------------------------------------------------------------


def language_display_name(code, language=None):
    """The language's name in the reader's interface language where Django knows it."""
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return language.name if language else code


def reader_language(request):
    """``?lang=`` when it names a known language, else the interface language."""
    code = (request.GET.get("lang") or request.POST.get("lang") or "").strip().lower()
    if code and Language.objects.filter(code=code).exists():
        return code
    return (get_language() or FALLBACK_LANGUAGE)[:2]


def choose_version(entries_by_language, wanted):
    """The entry to show for one topic: the reader's language, else English, else whichever
    language the country's members wrote it in. Returns (entry or None, is_fallback)."""
    if not entries_by_language:
        return None, False
    if wanted in entries_by_language:
        return entries_by_language[wanted], False
    if FALLBACK_LANGUAGE in entries_by_language:
        return entries_by_language[FALLBACK_LANGUAGE], True
    return entries_by_language[sorted(entries_by_language)[0]], True


def entries_by_topic(country_codes):
    """{(country code, topic id): {language code: entry}} in one query."""
    found = {}
    entries = NormEntry.objects.filter(country__in=country_codes).select_related("language")
    for entry in entries:
        found.setdefault((entry.country.code, entry.topic_id), {})[entry.language_id] = entry
    return found


def topics_by_category():
    """[(category label, [topics])] in the order the categories are declared."""
    order = {value: index for index, value in enumerate(NormTopic.Category.values)}
    topics = sorted(
        NormTopic.objects.all(), key=lambda topic: (order[topic.category], topic.position)
    )
    labels = dict(NormTopic.Category.choices)
    return [
        (category, labels[category], list(grouped))
        for category, grouped in groupby(topics, key=lambda topic: topic.category)
    ]


def may_keep_country(user, country_code):
    """Edit and confirm a country's entries: a confirmed account and a member there (or staff)."""
    return can_post(user) and may_edit_country(user, country_code)


def _entry_fields(source):
    return {
        "short_answer": source.short_answer,
        "explanation": source.explanation,
        "sources": source.sources,
    }


def entry_diff(old, new):
    """[(field label, [(kind, line)])] for the fields that differ, kind in
    "added" / "removed" / "context" / "gap"; lines are plain text, escaped by the template."""
    labels = {
        "short_answer": _("Short answer"),
        "explanation": _("Explanation"),
        "sources": _("Sources"),
    }
    changes = []
    for field, label in labels.items():
        before = (old.get(field) or "").splitlines()
        after = (new.get(field) or "").splitlines()
        if before == after:
            continue
        lines = []
        for line in difflib.unified_diff(before, after, lineterm="", n=2):
            if line.startswith(("---", "+++")):
                continue
            if line.startswith("@@"):
                lines.append(("gap", ""))
            elif line.startswith("+"):
                lines.append(("added", line[1:]))
            elif line.startswith("-"):
                lines.append(("removed", line[1:]))
            else:
                lines.append(("context", line[1:]))
        if lines and lines[0][0] == "gap":
            lines = lines[1:]
        changes.append((label, lines))
    return changes


def _guide_url(country_code, lang=None, topic=None):
    url = reverse("norms:guide", kwargs={"country": country_code.lower()})
    if lang:
        url += f"?lang={lang}"
    if topic:
        url += f"#topic-{topic.slug}"
    return url


# Pages ----------------------------------------------------------------------------------


def norms_index(request):
    """Public: the countries that have a guide, and the form to compare some of them."""
    rows = (
        NormEntry.objects.order_by()
        .values("country")
        .annotate(entry_count=Count("id"), topic_count=Count("topic", distinct=True))
        .order_by("country")
    )
    guides = [
        {
            "country": Country(row["country"]),
            "entry_count": row["entry_count"],
            "topic_count": row["topic_count"],
        }
        for row in rows
    ]
    guides.sort(key=lambda guide: str(guide["country"].name))
    own_countries = []
    if request.user.is_authenticated:
        own_countries = [
            Country(code)
            for code in Membership.objects.active()
            .filter(user=request.user)
            .values_list("group__country", flat=True)
            .distinct()
            .order_by("group__country")
        ]
    form = CompareForm(offered_countries=[guide["country"] for guide in guides])
    return render(
        request,
        "norms/index.html",
        {
            "guides": guides,
            "form": form,
            "own_countries": own_countries,
            "topic_total": NormTopic.objects.count(),
        },
    )


def guide(request, country):
    """Public: one country's guide, topic by topic, in the reader's language where written."""
    country = country_from_code(country)
    wanted = reader_language(request)
    found = entries_by_topic([country.code])
    may_keep = may_keep_country(request.user, country.code)
    sections = []
    shown_ids = []
    for category, label, topics in topics_by_category():
        items = []
        for topic in topics:
            versions = found.get((country.code, topic.pk), {})
            entry, is_fallback = choose_version(versions, wanted)
            if entry:
                shown_ids.append(entry.pk)
            items.append(
                {
                    "topic": topic,
                    "entry": entry,
                    "is_fallback": is_fallback,
                    "shown_language_name": (
                        language_display_name(entry.language_id, entry.language) if entry else ""
                    ),
                    "languages": sorted(
                        (
                            (code, language_display_name(code, version.language))
                            for code, version in versions.items()
                        ),
                        key=lambda pair: pair[0],
                    ),
                    "source_links": [
                        link
                        for link in (entry.source_links() if entry else [])
                        if is_web_link(link)
                    ],
                }
            )
        sections.append({"category": category, "label": label, "items": items})
    confirmed_ids = set()
    if request.user.is_authenticated and shown_ids:
        confirmed_ids = set(
            NormConfirmation.objects.filter(
                member=request.user, entry_id__in=shown_ids
            ).values_list("entry_id", flat=True)
        )
    groups = list(
        Group.objects.in_country(country.code).order_by("-member_count", "name")[:GROUPS_SHOWN]
    )
    return render(
        request,
        "norms/guide.html",
        {
            "country": country,
            "sections": sections,
            "wanted_language": wanted,
            "wanted_language_name": language_display_name(wanted),
            "may_keep": may_keep,
            "confirmed_ids": confirmed_ids,
            "groups": groups,
            "entry_count": len(shown_ids),
        },
    )


def entry_detail(request, country, topic):
    """An entry's own address (used by links from elsewhere): its place in the guide."""
    country = country_from_code(country)
    topic = get_object_or_404(NormTopic, slug=topic)
    return redirect(_guide_url(country.code, reader_language(request), topic))


def _entry_for_editing(request, country, topic):
    country = country_from_code(country)
    topic = get_object_or_404(NormTopic, slug=topic)
    code = (request.GET.get("lang") or (get_language() or FALLBACK_LANGUAGE)[:2]).lower()
    language = Language.objects.filter(code=code).first()
    if language is None:
        raise Http404("No language has this code.")
    entry = (
        NormEntry.objects.filter(country=country.code, topic=topic, language=language)
        .select_related("updated_by")
        .first()
    )
    return country, topic, language, entry


@verified_member_required
@rate_limited("norm")
def entry_edit(request, country, topic):
    """Members of the country's groups write or update an entry. A save made from an older
    version is refused: the editor sees what changed and keeps their text."""
    country, topic, language, entry = _entry_for_editing(request, country, topic)
    if not may_edit_country(request.user, country.code):
        raise PermissionDenied(_("Only members of a group in this country can edit its guide."))
    initial = {"base_version": entry.version if entry else 0}
    if entry:
        initial.update(_entry_fields(entry))
    form = NormEntryForm(posted_data(request), initial=initial)
    conflict = None
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {key: data[key] for key in ("short_answer", "explanation", "sources")}
        saved_url = _guide_url(country.code, language.code, topic)

        def save(entry=entry):
            if entry is None:
                return norm_entry_create(
                    country=country.code,
                    topic=topic,
                    language=language,
                    editor=request.user,
                    summary=data["summary"],
                    **fields,
                )
            return norm_entry_edit(
                entry=entry,
                editor=request.user,
                base_version=data["base_version"],
                summary=data["summary"],
                **fields,
            )

        try:
            # Sent twice (a double click), the second save would be refused as a conflict
            # with the editor's own first one.
            entry = submit_once(request, save, url_of=lambda entry: saved_url)
        except AlreadySubmitted as repeat:
            return repeat.response(request, fallback=saved_url)
        except IntegrityError:
            # Someone created the entry between our read and our write.
            current = NormEntry.objects.get(country=country.code, topic=topic, language=language)
            conflict = EditConflict(current)
        except EditConflict as error:
            conflict = error
        if conflict is None:
            messages.success(request, _("Saved. Thank you for keeping the guide right."))
            return redirect(_guide_url(country.code, language.code, topic))
        current = conflict.current
        data = request.POST.copy()
        data["base_version"] = current.version
        form = NormEntryForm(data)
        form.is_valid()
        form.add_error(
            None,
            _(
                "Someone else saved this entry (version %(version)s) while you were editing, so "
                "your text was not saved. Compare it with theirs below; your text is kept in the "
                "form. Saving again will replace their version with yours."
            )
            % {"version": current.version},
        )
        entry = current
        conflict = {
            "current": current,
            "diff": entry_diff(_entry_fields(current), fields),
        }
        status = 409
    return render(
        request,
        "norms/edit.html",
        {
            "country": country,
            "topic": topic,
            "language": language,
            "language_name": language_display_name(language.code, language),
            "entry": entry,
            "form": form,
            "conflict": conflict,
        },
        status=status,
    )


def entry_history(request, country, topic):
    """Public: every version of an entry, newest first, each with what it changed."""
    country, topic, language, entry = _entry_for_editing(request, country, topic)
    if entry is None:
        raise Http404("This entry has not been written yet.")
    revisions = list(entry.revisions.select_related("editor").order_by("-version"))
    rows = []
    for index, revision in enumerate(revisions):
        previous = revisions[index + 1] if index + 1 < len(revisions) else None
        rows.append(
            {
                "revision": revision,
                "diff": entry_diff(
                    _entry_fields(previous) if previous else {}, _entry_fields(revision)
                ),
                "is_current": revision.version == entry.version,
            }
        )
    return render(
        request,
        "norms/history.html",
        {
            "country": country,
            "topic": topic,
            "language": language,
            "language_name": language_display_name(language.code, language),
            "entry": entry,
            "rows": rows,
            "may_revert": can_post(request.user) and may_revert_country(request.user, country.code),
        },
    )


@require_POST
@verified_member_required
def entry_revert(request, country, topic):
    country, topic, language, entry = _entry_for_editing(request, country, topic)
    if entry is None:
        raise Http404("This entry has not been written yet.")
    if not may_revert_country(request.user, country.code):
        raise PermissionDenied(_("Only moderators of a group in this country can revert."))
    version = request.POST.get("version", "").strip()
    # isdigit() alone lets through digits int() refuses, such as "²".
    if not (version.isascii() and version.isdigit()):
        raise Http404("No such version.")
    revision = get_object_or_404(NormRevision, entry=entry, version=int(version))
    try:
        entry = norm_entry_revert(entry=entry, revision=revision, moderator=request.user)
    except NormError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Reverted to version %(old)s; this is now version %(new)s.")
            % {"old": revision.version, "new": entry.version},
        )
    history = reverse(
        "norms:history", kwargs={"country": country.code.lower(), "topic": topic.slug}
    )
    return redirect(f"{history}?lang={language.code}")


@require_POST
@verified_member_required
@rate_limited("vote")
def entry_confirm(request, country, topic):
    """A member there says the entry is still right; it also marks it as reviewed."""
    country = country_from_code(country)
    topic = get_object_or_404(NormTopic, slug=topic)
    code = (request.POST.get("lang") or "").strip().lower()
    entry = get_object_or_404(NormEntry, country=country.code, topic=topic, language_id=code)
    if not may_edit_country(request.user, country.code):
        raise PermissionDenied(_("Only members of a group in this country can confirm."))
    if norm_entry_confirm(entry=entry, member=request.user):
        messages.success(request, _("Thank you: your confirmation is counted."))
    else:
        messages.info(request, _("You had already confirmed this entry; it is marked as reviewed."))
    reading = (request.POST.get("reader_lang") or "").strip().lower()
    return redirect(
        _guide_url(country.code, reading if re.fullmatch("[a-z]{2}", reading) else code, topic)
    )


@login_required
def review_queue(request):
    """Entries not reviewed for a year in the countries where the member belongs to groups."""
    codes = list(
        Membership.objects.active()
        .filter(user=request.user)
        .values_list("group__country", flat=True)
        .distinct()
        .order_by("group__country")
    )
    stale_entries = (
        NormEntry.objects.filter(country__in=codes)
        .stale()
        .select_related("topic", "language")
        .order_by("last_reviewed_at", "country", "topic__position")
    )
    return render(
        request,
        "norms/review.html",
        {"countries": [Country(code) for code in codes], "stale_entries": stale_entries},
    )


def compare(request):
    """Public: two to four countries side by side, topic by topic."""
    offered = [
        Country(code)
        for code in NormEntry.objects.order_by("country")
        .values_list("country", flat=True)
        .distinct()
    ]
    form = CompareForm(request.GET, offered_countries=offered)
    if not form.is_valid():
        return render(request, "norms/compare.html", {"form": form, "countries": []}, status=400)
    chosen = [Country(code) for code in form.cleaned_data["c"]]
    wanted = reader_language(request)
    found = entries_by_topic([country.code for country in chosen])
    sections = []
    for category, label, topics in topics_by_category():
        rows = []
        for topic in topics:
            cells = []
            for country in chosen:
                entry, is_fallback = choose_version(found.get((country.code, topic.pk), {}), wanted)
                cells.append({"country": country, "entry": entry, "is_fallback": is_fallback})
            answers = {
                " ".join(cell["entry"].short_answer.split()).casefold()
                for cell in cells
                if cell["entry"]
            }
            rows.append({"topic": topic, "cells": cells, "differs": len(answers) > 1})
        sections.append({"category": category, "label": label, "rows": rows})
    return render(
        request,
        "norms/compare.html",
        {
            "form": form,
            "countries": chosen,
            "country_names": ", ".join(str(country.name) for country in chosen),
            "sections": sections,
            "wanted_language": wanted,
        },
    )
