from datetime import timedelta

import pytest
from django.utils import timezone

from norms.models import NormEntry, NormTopic
from norms.services import norm_entry_edit
from tests.factories import MembershipFactory, UserFactory
from tests.norms.factories import make_entry

pytestmark = pytest.mark.django_db

EDIT_URL = "/norms/pl/salary-timing/edit/?lang=en"


@pytest.fixture
def polish_editor(polish_group):
    editor = UserFactory(username="polish-editor")
    MembershipFactory(user=editor, group=polish_group)
    return editor


@pytest.fixture
def editor_client(client, polish_editor):
    client.force_login(polish_editor)
    return client


def posted_edit(version, short_answer="Only at the offer stage.", **overrides):
    data = {
        "short_answer": short_answer,
        "explanation": "Nobody asks before.",
        "sources": "https://example.com/a",
        "summary": "Updated for 2025",
        "base_version": version,
    }
    data.update(overrides)
    return data


# The index ------------------------------------------------------------------------------


def test_the_index_lists_the_countries_with_guides_and_the_compare_form(client):
    make_entry(country="PL")
    make_entry(country="PL", topic_slug="benefits")
    make_entry(country="DE")

    response = client.get("/norms/")

    content = response.content.decode()
    assert response.status_code == 200
    assert 'href="/norms/pl/"' in content and 'href="/norms/de/"' in content
    assert "2 entries · 2 of 17 topics" in content
    assert "1 entry · 1 of 17 topics" in content
    assert 'name="c" value="PL"' in content
    assert 'action="/norms/compare/"' in content


# The guide ------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["pl", "PL"])
def test_the_guide_takes_the_country_code_in_either_case(client, code):
    make_entry(short_answer="After the first interview.")

    response = client.get(f"/norms/{code}/")

    assert response.status_code == 200
    assert "After the first interview." in response.content.decode()


@pytest.mark.parametrize("code", ["xx", "pol", "zz"])
def test_an_unknown_country_has_no_guide(client, code):
    assert client.get(f"/norms/{code}/").status_code == 404


def test_the_guide_groups_entries_by_category_and_renders_them(client):
    make_entry(
        explanation="Ask **early**.<script>alert(1)</script>",
        sources="https://example.com/salary\njavascript:alert(1)\nftp://example.com/x",
    )

    content = client.get("/norms/pl/").content.decode()

    assert content.index('id="category-salary"') < content.index('id="category-process"')
    assert content.index('id="category-legal"') < content.index('id="category-language"')
    assert "<strong>early</strong>" in content
    assert "<script>alert(1)" not in content
    assert '<a href="https://example.com/salary" rel="nofollow ugc noopener">' in content
    assert "javascript:alert" not in content
    assert "ftp://example.com" not in content
    assert "Last reviewed" in content
    assert "Confirmed by 0 members in Poland" in content
    assert "No entry yet." in content
    assert "Recruiter groups in Poland" in content
    assert 'href="/questions/?to=PL"' in content


def test_the_guide_says_when_it_falls_back_to_english(client):
    make_entry(language_code="en", short_answer="After the first interview.")

    response = client.get("/norms/pl/?lang=pl")

    content = response.content.decode()
    assert "This entry is not yet written in Polish; showing English." in content
    assert 'lang="en"' in content


def test_the_guide_shows_the_readers_language_and_links_the_others(client):
    make_entry(language_code="en", short_answer="After the first interview.")
    make_entry(language_code="pl", short_answer="Po pierwszej rozmowie.")

    polish = client.get("/norms/pl/?lang=pl").content.decode()
    english = client.get("/norms/pl/?lang=en").content.decode()

    assert "Po pierwszej rozmowie." in polish and "After the first interview." not in polish
    assert "not yet written" not in polish
    assert 'href="?lang=en#topic-salary-timing"' in polish
    assert "After the first interview." in english
    assert 'href="?lang=pl#topic-salary-timing"' in english


def test_the_guide_follows_the_interface_language(client):
    make_entry(language_code="pl", short_answer="Po pierwszej rozmowie.")
    make_entry(language_code="en", short_answer="After the first interview.")
    client.cookies["django_language"] = "pl"

    content = client.get("/norms/pl/").content.decode()

    assert "Po pierwszej rozmowie." in content


def test_a_stale_entry_is_marked_possibly_out_of_date(client):
    stale = make_entry(topic_slug="benefits")
    make_entry(topic_slug="notice-periods")
    NormEntry.objects.filter(pk=stale.pk).update(
        last_reviewed_at=timezone.now() - timedelta(days=366)
    )

    content = client.get("/norms/pl/").content.decode()

    assert content.count("Possibly out of date") == 1
    benefits = content[content.index('id="topic-benefits"') :]
    assert benefits.index("Possibly out of date") < benefits.index("</article>")
    assert content.count("norms-entry-stale") == 1


@pytest.mark.parametrize("entries", [1, 17])
def test_the_guide_runs_a_bounded_number_of_queries(
    editor_client, django_assert_max_num_queries, entries
):
    for slug in NormTopic.objects.values_list("slug", flat=True)[:entries]:
        make_entry(topic_slug=slug)
        make_entry(topic_slug=slug, language_code="pl")

    with django_assert_max_num_queries(14):
        response = editor_client.get("/norms/pl/?lang=de")

    assert response.status_code == 200


def test_the_entry_address_leads_to_its_place_in_the_guide(client):
    entry = make_entry(language_code="pl")

    response = client.get(entry.get_absolute_url())

    assert response.status_code == 302
    assert response["Location"] == "/norms/pl/?lang=pl#topic-salary-timing"


# Confirming -----------------------------------------------------------------------------


def test_a_member_confirms_once(editor_client):
    entry = make_entry()

    editor_client.post("/norms/pl/salary-timing/confirm/", {"lang": "en"})
    response = editor_client.post(
        "/norms/pl/salary-timing/confirm/", {"lang": "en", "reader_lang": "pl"}, follow=True
    )

    entry.refresh_from_db()
    assert entry.confirmation_count == 1
    assert "already confirmed" in response.content.decode()
    assert "You confirmed this entry." in response.content.decode()
    assert response.redirect_chain[-1][0] == "/norms/pl/?lang=pl#topic-salary-timing"


def test_confirming_takes_post_only(editor_client):
    make_entry()
    assert editor_client.get("/norms/pl/salary-timing/confirm/").status_code == 405


# Editing --------------------------------------------------------------------------------


def test_an_editor_writes_a_missing_entry(editor_client, polish_editor):
    page = editor_client.get(EDIT_URL)
    assert 'name="base_version" value="0"' in page.content.decode()

    response = editor_client.post(EDIT_URL, posted_edit(0))

    assert response.status_code == 302
    entry = NormEntry.objects.get(country="PL", topic__slug="salary-timing", language="en")
    assert entry.short_answer == "Only at the offer stage."
    assert entry.revisions.get().summary == "Updated for 2025"


def test_every_source_line_must_be_a_web_link(editor_client):
    entry = make_entry()

    response = editor_client.post(
        EDIT_URL,
        posted_edit(
            1, sources="https://example.com/ok\nexample.com/no-scheme\njavascript:alert(1)"
        ),
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "Line 2 is not a web link (http:// or https://): example.com/no-scheme" in content
    assert "Line 3 is not a web link" in content
    entry.refresh_from_db()
    assert entry.version == 1


@pytest.mark.parametrize("missing", ["short_answer", "summary"])
def test_the_short_answer_and_the_summary_are_required(editor_client, missing):
    entry = make_entry()

    response = editor_client.post(EDIT_URL, posted_edit(1, **{missing: ""}))

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    entry.refresh_from_db()
    assert entry.version == 1


def test_the_second_of_two_editors_gets_the_conflict_and_keeps_their_text(
    client, polish_group, polish_editor
):
    entry = make_entry(short_answer="Original answer.")
    second = UserFactory(username="second-editor")
    MembershipFactory(user=second, group=polish_group)
    client.force_login(second)
    page = client.get(EDIT_URL)
    assert 'name="base_version" value="1"' in page.content.decode()
    norm_entry_edit(
        entry=entry,
        editor=polish_editor,
        base_version=1,
        short_answer="First editor's <answer>.",
        explanation=entry.explanation,
        sources=entry.sources,
        summary="First",
    )

    response = client.post(EDIT_URL, posted_edit(1, short_answer="Second editor's answer."))

    content = response.content.decode()
    assert response.status_code == 409
    assert "Someone else saved this entry (version 2)" in content
    assert "Second editor&#x27;s answer." in content
    assert 'name="base_version" value="2"' in content
    assert "<del>" in content and "First editor&#x27;s &lt;answer&gt;." in content
    assert "<ins>" in content
    entry.refresh_from_db()
    assert entry.version == 2
    assert entry.short_answer == "First editor's <answer>."

    resubmitted = client.post(EDIT_URL, posted_edit(2, short_answer="Second editor's answer."))

    assert resubmitted.status_code == 302
    entry.refresh_from_db()
    assert entry.version == 3
    assert entry.short_answer == "Second editor's answer."


def test_two_editors_starting_the_same_entry_the_second_gets_the_conflict(editor_client):
    make_entry(short_answer="Written first.")

    response = editor_client.post(EDIT_URL, posted_edit(0, short_answer="Written second."))

    assert response.status_code == 409
    assert NormEntry.objects.get(country="PL", topic__slug="salary-timing").version == 1


def test_editing_in_an_unknown_language_is_not_found(editor_client):
    assert editor_client.get("/norms/pl/salary-timing/edit/?lang=zz").status_code == 404
    assert editor_client.get("/norms/pl/no-such-topic/edit/?lang=en").status_code == 404


# History --------------------------------------------------------------------------------


def test_the_history_lists_versions_newest_first_with_escaped_differences(client, polish_editor):
    entry = make_entry(short_answer="Before.")
    norm_entry_edit(
        entry=entry,
        editor=polish_editor,
        base_version=1,
        short_answer="<b>After</b>.",
        explanation=entry.explanation,
        sources=entry.sources,
        summary="Made it current",
    )

    content = client.get("/norms/pl/salary-timing/history/?lang=en").content.decode()

    assert content.index('id="version-2"') < content.index('id="version-1"')
    assert "Made it current" in content
    assert "&lt;b&gt;After&lt;/b&gt;." in content and "<b>After</b>" not in content
    assert "Before." in content


def test_the_history_of_an_unwritten_entry_is_not_found(client):
    assert client.get("/norms/pl/salary-timing/history/?lang=en").status_code == 404


# Review queue ---------------------------------------------------------------------------


def test_the_review_queue_lists_stale_entries_of_the_members_countries(editor_client):
    stale_here = make_entry(topic_slug="benefits")
    make_entry(topic_slug="notice-periods")
    stale_elsewhere = make_entry(country="ES", topic_slug="benefits")
    NormEntry.objects.filter(pk__in=[stale_here.pk, stale_elsewhere.pk]).update(
        last_reviewed_at=timezone.now() - timedelta(days=400)
    )

    content = editor_client.get("/norms/review/").content.decode()

    assert "/norms/pl/?lang=en#topic-benefits" in content
    assert "topic-notice-periods" not in content
    assert "/norms/es/" not in content


def test_the_review_queue_asks_to_sign_in(client):
    response = client.get("/norms/review/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


# Compare --------------------------------------------------------------------------------


def test_compare_shows_countries_side_by_side_and_marks_differences(client):
    make_entry(country="GB", short_answer="At the first call.")
    make_entry(country="PL", short_answer="At the first call.")
    make_entry(country="GB", topic_slug="benefits", short_answer="Pension and health.")
    make_entry(country="PL", topic_slug="benefits", short_answer="Multisport card.")

    response = client.get("/norms/compare/?c=GB&c=pl")

    content = response.content.decode()
    assert response.status_code == 200
    assert "<caption>" in content
    assert '<th scope="col">' in content and '<th scope="row">' in content
    salary = content[content.index("When is salary discussed?") :]
    assert salary.index("At the first call.") < salary.index("</tr>")
    assert content.count('class="norms-differs"') == 1
    assert content.count("(differs)") == 1
    assert "Multisport card." in content
    assert "—" in content
    assert '<span class="norms-compare-label">United Kingdom</span>' in content


def test_compare_falls_back_to_english(client):
    make_entry(country="PL", language_code="en", short_answer="English text.")
    make_entry(country="DE", language_code="de", short_answer="Deutscher Text.")
    make_entry(country="DE", language_code="pl", short_answer="Polski tekst.")

    content = client.get("/norms/compare/?c=PL&c=DE&lang=pl").content.decode()

    assert "English text." in content
    assert "Polski tekst." in content
    assert "Deutscher Text." not in content


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("c=GB&c=XX", "Unknown country code: XX."),
        ("c=GB&c=<script>", "Unknown country code: &lt;SCRIPT&gt;."),
        ("c=GB&c=gb", "Each country can be chosen only once."),
        ("c=GB&c=PL&c=DE&c=ES&c=FR", "Choose at most 4 countries."),
        ("c=GB", "Choose at least 2 countries to compare."),
        ("", "Choose at least 2 countries to compare."),
    ],
)
def test_compare_explains_bad_input_with_a_400(client, query, message):
    response = client.get(f"/norms/compare/?{query}")

    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<table" not in response.content.decode()


@pytest.mark.parametrize("entries_per_country", [1, 17])
def test_compare_four_countries_runs_a_bounded_number_of_queries(
    member_client, django_assert_max_num_queries, entries_per_country
):
    slugs = list(NormTopic.objects.values_list("slug", flat=True)[:entries_per_country])
    for country in ["GB", "PL", "DE", "ES"]:
        for slug in slugs:
            make_entry(country=country, topic_slug=slug, short_answer=f"{country} {slug}")
            make_entry(country=country, topic_slug=slug, language_code="de")

    with django_assert_max_num_queries(8):
        response = member_client.get("/norms/compare/?c=GB&c=PL&c=DE&c=ES")

    assert response.status_code == 200
    assert response.content.decode().count("<td>") == 4 * NormTopic.objects.count()


# Valid HTML -----------------------------------------------------------------------------


@pytest.mark.vnu
def test_the_norms_pages_are_valid_html(client, polish_group, tmp_path):
    import json
    import shutil
    import subprocess

    from tests.browser.conftest import VNU_JAR, require

    require(shutil.which("java"), "Java is not installed (apt-get install default-jre-headless)")
    require(VNU_JAR.exists(), "The Nu Html Checker is not installed (npm ci)")
    moderator = UserFactory(username="moderator-pl")
    MembershipFactory(user=moderator, group=polish_group, role="moderator")
    entry = make_entry(explanation="A *list*:\n\n- one\n- two", editor=moderator)
    make_entry(country="DE", language_code="de", short_answer="Früh.")
    NormEntry.objects.filter(pk=entry.pk).update(
        last_reviewed_at=timezone.now() - timedelta(days=400)
    )
    norm_entry_edit(
        entry=entry,
        editor=moderator,
        base_version=1,
        short_answer="Changed.",
        explanation=entry.explanation,
        sources="",
        summary="Changed it",
    )
    client.force_login(moderator)
    pages = {
        "index": "/norms/",
        "guide": "/norms/pl/?lang=pl",
        "edit": EDIT_URL,
        "history": "/norms/pl/salary-timing/history/?lang=en",
        "review": "/norms/review/",
        "compare": "/norms/compare/?c=PL&c=DE",
        "compare-bad": "/norms/compare/?c=PL",
    }
    for language in ("en", "he"):
        client.cookies["django_language"] = language
        for name, url in pages.items():
            (tmp_path / f"{name}-{language}.html").write_bytes(client.get(url).content)
    conflict = client.post(EDIT_URL, posted_edit(1, short_answer="Mine."))
    assert conflict.status_code == 409
    (tmp_path / "conflict.html").write_bytes(conflict.content)

    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
        + [str(path) for path in sorted(tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    report = json.loads(checked.stderr or checked.stdout)
    errors = [message for message in report["messages"] if message["type"] != "info"]
    assert not errors, "\n".join(
        f"{error.get('url', '').rsplit('/', 1)[-1]}:{error.get('lastLine')}: {error['message']}"
        for error in errors
    )
