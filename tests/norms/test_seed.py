"""The demo seeds country guides: six countries, the salary-timing difference between the
UK and Poland, entries in the countries' own languages, revisions, local confirmations and
a few entries left for review; a second run adds nothing."""

import io

import pytest
from django.core.management import call_command

from norms.models import NormConfirmation, NormEntry, NormRevision

pytestmark = pytest.mark.django_db

COUNTRIES = ["PL", "GB", "DE", "ES", "IL", "EE"]


def _counts():
    return (
        NormEntry.objects.count(),
        NormRevision.objects.count(),
        NormConfirmation.objects.count(),
    )


def test_seed_demo_writes_country_guides_once():
    call_command("seed_demo", stdout=io.StringIO())

    entries = NormEntry.objects.select_related("topic")
    for country in COUNTRIES:
        topics = set(entries.filter(country=country, language="en").values_list("topic__slug"))
        assert len(topics) >= 12, country
    assert all(len(entry.short_answer) <= 300 for entry in entries)
    assert all(entry.explanation for entry in entries)

    gb = entries.get(country="GB", topic__slug="salary-timing", language="en")
    pl = entries.get(country="PL", topic__slug="salary-timing", language="en")
    assert "first call" in gb.short_answer and "before the offer" in gb.short_answer.lower()
    assert "after the offer" in pl.short_answer
    assert "ranges" in pl.short_answer
    assert "isap.sejm.gov.pl" in pl.sources

    native = {
        code: entries.filter(language=code).values_list("country", flat=True)
        for code in ("pl", "de", "he")
    }
    assert len(native["pl"]) >= 5 and set(native["pl"]) == {"PL"}
    assert len(native["de"]) >= 3 and set(native["de"]) == {"DE"}
    assert len(native["he"]) >= 2 and set(native["he"]) == {"IL"}

    # Written over several versions by members of the country's groups.
    assert pl.version == 3
    revisions = list(pl.revisions.order_by("version"))
    assert [revision.version for revision in revisions] == [1, 2, 3]
    assert all(revision.summary for revision in revisions)
    assert all(
        revision.editor.memberships.filter(group__country="PL").exists() for revision in revisions
    )
    assert set(entries.values_list("version", flat=True)) == {1, 2, 3}

    # Confirmed by members living in the country.
    assert pl.confirmation_count == 12
    confirmers = NormConfirmation.objects.filter(entry=pl).select_related("member")
    assert {str(confirmation.member.home_country) for confirmation in confirmers} == {"PL"}
    assert all(entry.confirmation_count >= 2 for entry in entries)

    stale = set(NormEntry.objects.stale().values_list("country", "topic__slug"))
    assert 2 <= len(stale) <= 3

    before = _counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert _counts() == before
