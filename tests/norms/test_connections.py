"""Threads and country guides: the guide entries shown beside a question, and accepted
answers proposed as updates, accepted or declined by the guide's editors."""

import pytest

from norms.models import NormEntry, NormProposal
from norms.selectors import norm_entries_for_question
from norms.services import norm_proposal_create
from questions.models import Topic
from questions.services import answer_accept
from tests.factories import AnswerFactory, MembershipFactory, QuestionFactory, UserFactory
from tests.html import page
from tests.norms.factories import make_entry
from tests.questions.test_thread import THREAD_QUERY_BUDGET

pytestmark = pytest.mark.django_db


@pytest.fixture
def salary_question(polish_group):
    question = QuestionFactory(
        group=polish_group,
        author=UserFactory(username="asker", home_country="GB"),
        title="When do candidates in Poland expect to talk salary?",
    )
    question.topics.set(Topic.objects.filter(slug="salary-and-compensation"))
    return question


@pytest.fixture
def guides():
    """Poland's salary entries in English and Polish, an entry on another topic, and the
    UK's entry on the same topic."""
    return {
        "pl_en": make_entry(country="PL", short_answer="After the offer, traditionally."),
        "pl_pl": make_entry(
            country="PL", language_code="pl", short_answer="Tradycyjnie po ofercie."
        ),
        "format": make_entry(
            country="PL", topic_slug="salary-format", short_answer="Monthly gross."
        ),
        "notice": make_entry(
            country="PL", topic_slug="notice-periods", short_answer="One to three months."
        ),
        "gb": make_entry(country="GB", short_answer="On the first call."),
        "de_de": make_entry(
            country="DE", language_code="de", short_answer="Früh, im ersten Gespräch."
        ),
    }


@pytest.fixture
def accepted(salary_question):
    answer = AnswerFactory(
        question=salary_question,
        author=UserFactory(username="local", home_country="PL"),
        body="Since December 2025 the range must come before the interview.",
    )
    answer_accept(answer=answer, user=salary_question.author)
    return answer


@pytest.fixture
def editor(polish_group):
    user = UserFactory(username="editor", home_country="PL")
    MembershipFactory(user=user, group=polish_group)
    return user


def _shown(panels):
    return {
        panel["country"].code: [entry.short_answer for entry in panel["entries"]]
        for panel in panels
    }


# The selector ------------------------------------------------------------------------------


def test_entries_for_a_question_are_its_countrys_on_its_topics_in_the_readers_language(
    salary_question, guides, django_assert_num_queries
):
    with django_assert_num_queries(1):
        panels = norm_entries_for_question(salary_question, "pl")

    assert _shown(panels) == {"PL": ["Tradycyjnie po ofercie.", "Monthly gross."]}
    assert [entry.is_fallback for entry in panels[0]["entries"]] == [False, True]


def test_entries_fall_back_to_english(salary_question, guides):
    panels = norm_entries_for_question(salary_question, "de")

    assert _shown(panels) == {"PL": ["After the offer, traditionally.", "Monthly gross."]}
    assert all(entry.is_fallback for entry in panels[0]["entries"])
    assert norm_entries_for_question(salary_question, "en")[0]["entries"][0].is_fallback is False


def test_a_multi_region_question_gets_one_panel_per_region_in_its_order(salary_question, guides):
    salary_question.regions = ["PL", "GB", "DE"]
    salary_question.save(update_fields=["regions"])

    panels = norm_entries_for_question(salary_question, "en")

    assert [panel["country"].code for panel in panels] == ["PL", "GB", "DE"]
    # Germany's entry exists only in German: shown rather than nothing.
    assert _shown(panels)["DE"] == ["Früh, im ersten Gespräch."]


def test_a_question_without_matching_topics_gets_nothing(salary_question, guides):
    salary_question.topics.set(Topic.objects.filter(slug="remote-and-hybrid-work"))

    assert norm_entries_for_question(salary_question, "en") == []


# The thread page ---------------------------------------------------------------------------


def test_the_thread_shows_how_it_works_in_the_country(client, salary_question, guides):
    content = page(client.get(f"/questions/{salary_question.pk}/"))

    assert "How it works in Poland" in content
    assert "After the offer, traditionally." in content
    assert "One to three months." not in content
    assert "On the first call." not in content
    assert 'href="/norms/pl/"' in content


def test_the_panel_is_in_polish_for_a_polish_reader(client, salary_question, guides):
    client.cookies["django_language"] = "pl"
    content = page(client.get(f"/questions/{salary_question.pk}/", HTTP_ACCEPT_LANGUAGE="pl"))

    assert "Tradycyjnie po ofercie." in content


def test_the_panel_and_the_proposal_button_stay_within_the_query_budget(
    client, salary_question, guides, accepted, editor, django_assert_max_num_queries
):
    client.force_login(editor)

    # The guide entries, and whether the viewer keeps the country's guide.
    with django_assert_max_num_queries(THREAD_QUERY_BUDGET + 2):
        content = page(client.get(f"/questions/{salary_question.pk}/"))

    assert "Propose as an update to the “When is salary discussed?” entry" in content


def test_only_editors_of_the_countrys_guide_see_the_proposal_button(
    member_client, salary_question, guides, accepted
):
    content = page(member_client.get(f"/questions/{salary_question.pk}/"))

    assert "How it works in Poland" in content
    assert "Propose as an update" not in content


# Proposing -----------------------------------------------------------------------------------


def _propose(client, answer, entry):
    return client.post(f"/norms/proposals/answer/{answer.pk}/", {"entry": entry.pk})


def test_an_editor_proposes_the_accepted_answer(client, guides, accepted, editor):
    client.force_login(editor)

    response = _propose(client, accepted, guides["pl_en"])

    assert response.status_code == 302
    proposal = NormProposal.objects.get()
    assert (proposal.entry, proposal.answer, proposal.proposed_by) == (
        guides["pl_en"],
        accepted,
        editor,
    )


def test_only_the_accepted_answer_on_a_matching_topic_can_be_proposed(
    client, salary_question, guides, accepted, editor
):
    client.force_login(editor)
    other = AnswerFactory(question=salary_question)

    _propose(client, other, guides["pl_en"])
    _propose(client, accepted, guides["notice"])

    assert not NormProposal.objects.exists()


@pytest.mark.parametrize(
    "who, expected",
    [("anonymous", 302), ("unverified", 403), ("non-editor", 403)],
)
def test_proposing_is_for_editors_only(client, guides, accepted, who, expected):
    if who == "unverified":
        client.force_login(UserFactory(verified=False))
    elif who == "non-editor":
        client.force_login(UserFactory(home_country="PL"))

    response = _propose(client, accepted, guides["pl_en"])

    assert response.status_code == expected
    if who == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    assert not NormProposal.objects.exists()


# Deciding ----------------------------------------------------------------------------------


@pytest.fixture
def proposal(guides, accepted, editor):
    return norm_proposal_create(entry=guides["pl_en"], answer=accepted, proposer=editor)


def test_editors_see_the_countrys_proposals(client, proposal, editor):
    client.force_login(editor)

    content = page(client.get("/norms/proposals/pl/"))

    assert "Since December 2025 the range must come before the interview." in content
    assert "When do candidates in Poland expect to talk salary?" in content


def test_accepting_appends_the_answer_as_a_new_version(client, proposal, editor):
    client.force_login(editor)

    response = client.post(f"/norms/proposals/{proposal.pk}/decide/", {"decision": "accept"})

    assert response.status_code == 302
    assert response["Location"] == "/norms/proposals/pl/"
    entry = NormEntry.objects.get(pk=proposal.entry_id)
    assert entry.version == 2
    assert entry.explanation.endswith(
        "Since December 2025 the range must come before the interview."
    )
    assert entry.revisions.get(version=2).editor == editor
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == (NormProposal.Status.ACCEPTED, editor)


def test_declining_leaves_the_entry_as_it_was(client, proposal, editor):
    client.force_login(editor)

    client.post(f"/norms/proposals/{proposal.pk}/decide/", {"decision": "decline"})

    assert NormEntry.objects.get(pk=proposal.entry_id).version == 1
    proposal.refresh_from_db()
    assert proposal.status == NormProposal.Status.DECLINED
    # Deciding again changes nothing.
    client.post(f"/norms/proposals/{proposal.pk}/decide/", {"decision": "accept"})
    proposal.refresh_from_db()
    assert proposal.status == NormProposal.Status.DECLINED
    assert NormEntry.objects.get(pk=proposal.entry_id).version == 1


@pytest.mark.parametrize(
    "who, expected",
    [("anonymous", 302), ("unverified", 403), ("non-editor", 403), ("other-country", 403)],
)
def test_the_proposals_list_and_decisions_are_for_editors_only(
    client, proposal, german_group, who, expected
):
    if who == "unverified":
        client.force_login(UserFactory(verified=False))
    elif who == "non-editor":
        client.force_login(UserFactory(home_country="PL"))
    elif who == "other-country":
        berliner = UserFactory(home_country="DE")
        MembershipFactory(user=berliner, group=german_group)
        client.force_login(berliner)

    listing = client.get("/norms/proposals/pl/")
    decision = client.post(f"/norms/proposals/{proposal.pk}/decide/", {"decision": "accept"})

    assert (listing.status_code, decision.status_code) == (expected, expected)
    if who == "anonymous":
        assert listing["Location"].startswith("/accounts/login/")
    proposal.refresh_from_db()
    assert proposal.status == NormProposal.Status.PENDING


def test_staff_decide_for_any_country(client, proposal, staff_member):
    client.force_login(staff_member)

    client.post(f"/norms/proposals/{proposal.pk}/decide/", {"decision": "decline"})

    proposal.refresh_from_db()
    assert proposal.status == NormProposal.Status.DECLINED


def test_an_unknown_country_is_not_found(client, editor):
    client.force_login(editor)

    assert client.get("/norms/proposals/xx/").status_code == 404
