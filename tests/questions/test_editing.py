"""Authors edit their questions and answers; each edit keeps the previous version as a
revision, listed with a diff on the post's history page. Authors (and staff) delete their
posts softly: the thread keeps its place and its URL."""

import re
from datetime import timedelta

import pytest
from django.contrib.postgres.search import SearchQuery
from django.utils import timezone

from questions.models import Answer, Question, Revision
from questions.services import (
    EditError,
    answer_accept,
    answer_delete,
    answer_edit,
    post_history,
    question_delete,
    question_edit,
)
from questions.services.editing import line_diff
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.html import field_errors, messages_shown, page, start_tags

pytestmark = pytest.mark.django_db


@pytest.fixture
def asker(db):
    return UserFactory(username="asker", home_country="GB", display_name="Oliver Asker")


@pytest.fixture
def question(asker):
    return QuestionFactory(
        author=asker,
        title="When do candidates in Poland expect to talk salary?",
        body="In the UK we discuss it early.\n\nIs it the same in Poland?",
    )


@pytest.fixture
def answerer(db):
    return UserFactory(username="answerer", home_country="PL", display_name="Anna Answerer")


@pytest.fixture
def answer(question, answerer):
    return AnswerFactory(question=question, author=answerer, body="Usually in the first call.")


# Editing: the service ----------------------------------------------------------------------


def test_editing_a_question_keeps_the_previous_version(asker, question):
    edited = question_edit(
        question=question,
        editor=asker,
        title="When do candidates in Poland expect to discuss pay?",
        body="In the UK we discuss it early.\n\nIs it the same in Poland and Czechia?",
    )

    revision = Revision.objects.get()
    assert revision.question == question
    assert revision.editor == asker
    assert revision.title == "When do candidates in Poland expect to talk salary?"
    assert revision.body == "In the UK we discuss it early.\n\nIs it the same in Poland?"
    question.refresh_from_db()
    assert question.title == "When do candidates in Poland expect to discuss pay?"
    assert question.edited_at is not None
    assert question.edited_at == revision.created_at == edited.edited_at
    assert question.last_activity_at == question.edited_at


def test_an_edited_question_is_found_by_its_new_words(asker, question):
    question_edit(question=question, editor=asker, title=question.title, body="Kwartalnik?")

    assert Question.objects.filter(
        pk=question.pk, search_vector=SearchQuery("kwartalnik", config="simple")
    ).exists()


def test_saving_a_question_unchanged_makes_no_revision(asker, question):
    question_edit(question=question, editor=asker, title=question.title, body=question.body)

    assert not Revision.objects.exists()
    question.refresh_from_db()
    assert question.edited_at is None


def test_editing_an_answer_keeps_the_previous_version(answerer, answer):
    answer_edit(answer=answer, editor=answerer, body="Usually in the second call.")

    revision = Revision.objects.get()
    assert (revision.answer, revision.editor, revision.body, revision.title) == (
        answer,
        answerer,
        "Usually in the first call.",
        "",
    )
    answer.refresh_from_db()
    assert answer.body == "Usually in the second call."
    assert answer.edited_at == revision.created_at
    assert Question.objects.get(pk=answer.question_id).last_activity_at == answer.edited_at


@pytest.mark.parametrize("who", ["another member", "staff"])
def test_nobody_edits_someone_elses_post(who, staff_member, question, answer):
    editor = staff_member if who == "staff" else UserFactory()

    with pytest.raises(EditError):
        question_edit(question=question, editor=editor, title="Hijacked title here", body="x")
    with pytest.raises(EditError):
        answer_edit(answer=answer, editor=editor, body="Hijacked")

    assert not Revision.objects.exists()


def test_a_deleted_post_is_not_edited(asker, question):
    question_delete(question=question, user=asker)

    with pytest.raises(EditError):
        question_edit(question=question, editor=asker, title="A new title for it", body="x")


# History -----------------------------------------------------------------------------------


def _edit_three_times(answer, answerer):
    start = timezone.now()
    for number, body in enumerate(["First.\nSame.", "Second.\nSame.", "Third.\nSame."], 1):
        answer_edit(answer=answer, editor=answerer, body=body)
        Revision.objects.filter(pk=Revision.objects.latest("id").pk).update(
            created_at=start + timedelta(minutes=number)
        )


def test_the_history_lists_edits_newest_first_each_against_the_next_version(answer, answerer):
    _edit_three_times(answer, answerer)
    answer.refresh_from_db()

    entries = post_history(answer)

    assert [entry.revision.body for entry in entries] == [
        "Second.\nSame.",
        "First.\nSame.",
        "Usually in the first call.",
    ]
    newest = entries[0]
    assert [(line.kind, line.text) for line in newest.body_diff] == [
        ("removed", "Second."),
        ("added", "Third."),
        ("same", "Same."),
    ]
    oldest = entries[-1]
    assert [(line.kind, line.text) for line in oldest.body_diff] == [
        ("removed", "Usually in the first call."),
        ("added", "First."),
        ("added", "Same."),
    ]


def test_distant_changes_are_separated_by_a_gap():
    before = "\n".join(f"line {number}" for number in range(20))
    after = before.replace("line 1\n", "line one\n").replace("line 18", "line eighteen")

    kinds = [line.kind for line in line_diff(before, after)]

    assert kinds.count("gap") == 1
    assert kinds.count("removed") == kinds.count("added") == 2


# Deleting: the service ---------------------------------------------------------------------


def test_deleting_an_answer_uncounts_it_and_takes_the_acceptance_away(asker, question):
    local = AnswerFactory(question=question, is_local=True)
    Question.objects.filter(pk=question.pk).update(local_answer_count=1)
    answer_accept(answer=local, user=asker)

    answer_delete(answer=local, user=local.author)

    question.refresh_from_db()
    assert question.answer_count == 0
    assert question.local_answer_count == 0
    assert question.accepted_answer is None
    assert Answer.objects.get(pk=local.pk).deleted_at is not None


def test_staff_delete_any_post(staff_member, question, answer):
    answer_delete(answer=answer, user=staff_member)
    question_delete(question=question, user=staff_member)

    assert Question.objects.get(pk=question.pk).is_deleted
    assert Answer.objects.get(pk=answer.pk).is_deleted


def test_nobody_else_deletes_a_post(asker, question, answer):
    with pytest.raises(EditError):
        answer_delete(answer=answer, user=asker)
    with pytest.raises(EditError):
        question_delete(question=question, user=UserFactory())

    assert Question.objects.visible().filter(pk=question.pk).exists()
    assert Answer.objects.visible().filter(pk=answer.pk).exists()


# The pages, per role -----------------------------------------------------------------------

ROLES = ["anonymous", "unverified", "member", "asker", "answerer", "staff"]


@pytest.fixture
def login_as(client, unverified_member, member, asker, answerer, staff_member):
    people = {
        "anonymous": None,
        "unverified": unverified_member,
        "member": member,
        "asker": asker,
        "answerer": answerer,
        "staff": staff_member,
    }

    def login(role):
        if people[role] is not None:
            client.force_login(people[role])
        return client

    return login


def _expected(role, allowed):
    if role == "anonymous":
        return 302
    if role == "unverified":
        return 403
    return 200 if role in allowed else 403


@pytest.mark.parametrize("role", ROLES)
def test_who_may_open_the_question_edit_page(login_as, role, question, answer):
    response = login_as(role).get(f"/questions/{question.pk}/edit/")

    assert response.status_code == _expected(role, {"asker"})
    if role == "anonymous":
        assert response.url == f"/accounts/login/?next=/questions/{question.pk}/edit/"


@pytest.mark.parametrize("role", ROLES)
def test_who_may_open_the_answer_edit_page(login_as, role, answer):
    response = login_as(role).get(f"/questions/answers/{answer.pk}/edit/")

    assert response.status_code == _expected(role, {"answerer"})


@pytest.mark.parametrize("role", ROLES)
def test_who_may_edit_a_question(login_as, role, question, answer):
    response = login_as(role).post(
        f"/questions/{question.pk}/edit/",
        {"title": "When do candidates in Poland discuss pay?", "body": "Edited."},
    )

    allowed = role == "asker"
    assert response.status_code == (302 if allowed else _expected(role, set()))
    assert Revision.objects.exists() == allowed


@pytest.mark.parametrize("role", ROLES)
def test_who_may_edit_an_answer(login_as, role, answer):
    response = login_as(role).post(f"/questions/answers/{answer.pk}/edit/", {"body": "Edited."})

    allowed = role == "answerer"
    assert response.status_code == (302 if allowed else _expected(role, set()))
    assert Revision.objects.exists() == allowed


@pytest.mark.parametrize("role", ROLES)
def test_who_may_delete_a_question(login_as, role, question, answer):
    client = login_as(role)
    assert client.get(f"/questions/{question.pk}/delete/").status_code == _expected(
        role, {"asker", "staff"}
    )

    response = client.post(f"/questions/{question.pk}/delete/")

    allowed = role in {"asker", "staff"}
    assert response.status_code == (302 if allowed else _expected(role, set()))
    assert Question.objects.get(pk=question.pk).is_deleted == allowed


@pytest.mark.parametrize("role", ROLES)
def test_who_may_delete_an_answer(login_as, role, answer):
    client = login_as(role)
    assert client.get(f"/questions/answers/{answer.pk}/delete/").status_code == _expected(
        role, {"answerer", "staff"}
    )

    response = client.post(f"/questions/answers/{answer.pk}/delete/")

    allowed = role in {"answerer", "staff"}
    assert response.status_code == (302 if allowed else _expected(role, set()))
    assert Answer.objects.get(pk=answer.pk).is_deleted == allowed


@pytest.mark.parametrize("role", ROLES)
def test_everyone_reads_the_history_of_a_post(login_as, role, question, answer):
    client = login_as(role)

    assert client.get(f"/questions/{question.pk}/history/").status_code == 200
    assert client.get(f"/questions/answers/{answer.pk}/history/").status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_only_the_author_and_staff_read_the_history_of_a_deleted_post(
    login_as, role, answerer, answer
):
    answer_delete(answer=answer, user=answerer)

    response = login_as(role).get(f"/questions/answers/{answer.pk}/history/")

    if role == "anonymous":
        assert response.status_code == 302
    else:
        assert response.status_code == (200 if role in {"answerer", "staff"} else 403)


def test_unknown_posts_are_not_found(member_client):
    for url in [
        "/questions/999999/edit/",
        "/questions/999999/delete/",
        "/questions/999999/history/",
        "/questions/answers/999999/edit/",
        "/questions/answers/999999/delete/",
        "/questions/answers/999999/history/",
    ]:
        assert member_client.get(url).status_code == 404, url


# The pages, in use -------------------------------------------------------------------------


def test_the_asker_edits_the_question_and_sees_it_marked_as_edited(client, asker, question):
    client.force_login(asker)
    form_page = page(client.get(f"/questions/{question.pk}/edit/"))
    assert "When do candidates in Poland expect to talk salary?" in form_page

    response = client.post(
        f"/questions/{question.pk}/edit/",
        {"title": "When do candidates in Poland discuss pay?", "body": "Is it **early**?"},
    )

    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/#question"
    followed = client.get(response.url)
    content = page(followed)
    assert messages_shown(followed) == ["Your question has been updated."]
    assert "When do candidates in Poland discuss pay?" in content
    assert "Is it <strong>early</strong>?" in content
    assert f'href="/questions/{question.pk}/history/"' in content


def test_the_answerer_edits_the_answer_and_lands_on_it(client, answerer, answer):
    client.force_login(answerer)

    response = client.post(
        f"/questions/answers/{answer.pk}/edit/", {"body": "Usually in the second call."}
    )

    assert response.url == f"/questions/{answer.question_id}/#answer-{answer.pk}"
    content = page(client.get(response.url))
    assert "Usually in the second call." in content
    assert f'href="/questions/answers/{answer.pk}/history/"' in content


def test_only_the_author_sees_the_edit_link_and_staff_see_the_delete_link(
    client, member, staff_member, asker, question
):
    url = f"/questions/{question.pk}/"
    client.force_login(member)
    assert "Edit your question" not in page(client.get(url))
    assert "Delete this question" not in page(client.get(url))

    client.force_login(asker)
    assert "Edit your question" in page(client.get(url))

    client.force_login(staff_member)
    content = page(client.get(url))
    assert "Edit your question" not in content
    assert "Delete this question" in content


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"title": "", "body": "Fine."}, "title", "This field is required."),
        (
            {"title": "Salary?", "body": "Fine."},
            "title",
            "Make the title a full question of at least 10 characters.",
        ),
        (
            {"title": "x" * 201, "body": "Fine."},
            "title",
            "Ensure this value has at most 200 characters (it has 201).",
        ),
        ({"title": "A perfectly fine title?", "body": "   "}, "body", "This field is required."),
        ({}, "body", "This field is required."),
    ],
)
def test_a_bad_question_edit_is_shown_again_with_the_reason(
    client, asker, question, data, field, error
):
    client.force_login(asker)

    response = client.post(f"/questions/{question.pk}/edit/", data)

    assert response.status_code == 200
    assert error in field_errors(response, field)
    assert not Revision.objects.exists()


def test_an_empty_answer_edit_is_shown_again_with_the_reason(client, answerer, answer):
    client.force_login(answerer)

    response = client.post(f"/questions/answers/{answer.pk}/edit/", {"body": ""})

    assert response.status_code == 200
    assert field_errors(response, "body") == ["This field is required."]


def test_the_history_page_shows_each_edit_with_its_changes(client, answerer, answer):
    _edit_three_times(answer, answerer)

    response = client.get(f"/questions/answers/{answer.pk}/history/")

    content = page(response)
    edits = re.findall(r'<li class="revision" id="revision-(\d+)">', content)
    assert [int(pk) for pk in edits] == list(
        Revision.objects.order_by("-created_at").values_list("pk", flat=True)
    )
    assert content.count("Edited by Anna Answerer") == 3
    assert "Written by Anna Answerer" in content
    assert "- Second.</del>" in content
    assert "+ Third.</ins>" in content


def test_a_post_never_edited_says_so_on_its_history_page(client, question):
    assert "This post has not been edited." in page(
        client.get(f"/questions/{question.pk}/history/")
    )


def test_deleting_an_already_deleted_post_changes_nothing(client, answerer, answer):
    answer_delete(answer=answer, user=answerer)
    client.force_login(answerer)

    response = client.post(f"/questions/answers/{answer.pk}/delete/", follow=True)

    assert messages_shown(response) == ["This post has already been deleted."]
    question = Question.objects.get(pk=answer.question_id)
    assert question.answer_count == 0


def test_the_asker_deletes_the_question_and_its_page_stays(client, asker, question, answer):
    client.force_login(asker)

    response = client.post(f"/questions/{question.pk}/delete/")

    assert response.status_code == 302
    followed = client.get(response.url)
    assert followed.status_code == 200
    assert "This question was deleted by its author." in page(followed)
    assert "Usually in the first call." in page(followed)


# Members' text is rendered inert ----------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script>\n"
    "[click me](javascript:alert(1))\n"
    '<a href="javascript:alert(2)">raw</a>\n'
    "<img src=x onerror=alert(3)>\n"
    "<svg onload=alert(4)>"
)


def _assert_inert(content):
    elements = start_tags(content)
    assert not [
        tag
        for tag, attributes in elements
        if tag in {"svg", "iframe"}
        or (tag == "script" and not attributes.get("src", "").startswith("/static/"))
    ]
    assert not [attrs for tag, attrs in elements if tag == "img" and attrs.get("src") == "x"]
    for tag, attributes in elements:
        for name, value in attributes.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> runs script"
            assert not (value or "").strip().lower().startswith("javascript:")


def test_hostile_edits_render_inert_on_the_thread_and_in_the_history(
    client, asker, answerer, question, answer
):
    client.force_login(asker)
    client.post(
        f"/questions/{question.pk}/edit/",
        {"title": "<script>alert('title')</script> <svg onload=alert(5)>", "body": HOSTILE},
    )
    client.force_login(answerer)
    client.post(f"/questions/answers/{answer.pk}/edit/", {"body": HOSTILE})
    # A second edit puts the hostile text into a revision too.
    client.post(f"/questions/answers/{answer.pk}/edit/", {"body": "Harmless again."})

    thread = page(client.get(f"/questions/{question.pk}/"))
    question_history = page(client.get(f"/questions/{question.pk}/history/"))
    answer_history = page(client.get(f"/questions/answers/{answer.pk}/history/"))

    for content in (thread, question_history, answer_history):
        _assert_inert(content)
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in thread
    assert "+ &lt;script&gt;alert(1)&lt;/script&gt;</ins>" in question_history
    assert "- &lt;svg onload=alert(4)&gt;</del>" in answer_history
