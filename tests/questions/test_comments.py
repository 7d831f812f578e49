"""Comments under questions and answers: short, plain text, one level, by members with a
confirmed email; counted on their post; deleted (softly) by their authors or staff."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from questions.models import Answer, Comment, Question
from questions.services import CommentError, comment_delete, comment_post
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.html import field_errors, messages_shown, page, start_tags, textarea_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def asker(db):
    return UserFactory(username="asker", home_country="GB")


@pytest.fixture
def question(asker):
    return QuestionFactory(author=asker)


@pytest.fixture
def answer(question):
    return AnswerFactory(question=question, author=UserFactory(username="answerer"))


def _comment_count(post):
    return type(post).objects.values_list("comment_count", flat=True).get(pk=post.pk)


# The service -------------------------------------------------------------------------------


def test_a_comment_on_a_question_is_counted(member, question):
    comment = comment_post(author=member, post=question, body="  Which industry?  ")

    assert comment.question == question
    assert comment.answer is None
    assert comment.body == "Which industry?"
    assert _comment_count(question) == 1


def test_a_comment_on_an_answer_is_counted_on_the_answer(member, question, answer):
    comment_post(author=member, post=answer, body="Same in Austria.")
    comment_post(author=member, post=answer, body="And in Switzerland.")

    assert _comment_count(answer) == 2
    assert _comment_count(question) == 0


def test_a_comment_counts_as_activity_on_the_question(member, question):
    before = question.last_activity_at

    comment_post(author=member, post=question, body="Which industry?")

    question.refresh_from_db()
    assert question.last_activity_at > before


@pytest.mark.parametrize("body", ["", "   ", "\n\n"])
def test_an_empty_comment_is_refused(member, question, body):
    with pytest.raises(CommentError, match="Write your comment"):
        comment_post(author=member, post=question, body=body)

    assert not Comment.objects.exists()


def test_a_comment_of_600_characters_is_fine_and_601_is_too_long(member, question):
    comment_post(author=member, post=question, body="x" * 600)

    with pytest.raises(CommentError, match="at most 600 characters"):
        comment_post(author=member, post=question, body="x" * 601)

    assert _comment_count(question) == 1


def test_a_member_without_a_confirmed_email_cannot_comment(unverified_member, question):
    with pytest.raises(CommentError):
        comment_post(author=unverified_member, post=question, body="Hello")


def test_a_deleted_answer_takes_no_comments(member, answer):
    Answer.objects.filter(pk=answer.pk).update(deleted_at=timezone.now())
    answer.refresh_from_db()

    with pytest.raises(CommentError, match="deleted"):
        comment_post(author=member, post=answer, body="Hello")


def test_the_answers_of_a_deleted_question_take_no_comments(member, question, answer):
    Question.objects.filter(pk=question.pk).update(deleted_at=timezone.now())
    answer = Answer.objects.select_related("question").get(pk=answer.pk)

    with pytest.raises(CommentError):
        comment_post(author=member, post=answer, body="Hello")


def test_the_author_deletes_a_comment_softly_and_it_is_uncounted_once(member, answer):
    comment = comment_post(author=member, post=answer, body="Oops, wrong thread.")

    comment_delete(comment=comment, user=member)
    comment_delete(comment=comment, user=member)

    comment.refresh_from_db()
    assert comment.deleted_at is not None
    assert _comment_count(answer) == 0


def test_nobody_else_deletes_a_members_comment(member, question):
    comment = comment_post(author=member, post=question, body="Which industry?")

    with pytest.raises(CommentError):
        comment_delete(comment=comment, user=question.author)

    comment.refresh_from_db()
    assert comment.deleted_at is None
    assert _comment_count(question) == 1


def test_staff_delete_any_comment(member, staff_member, question):
    comment = comment_post(author=member, post=question, body="Buy cheap watches")

    comment_delete(comment=comment, user=staff_member)

    assert _comment_count(question) == 0


# Posting through the page ------------------------------------------------------------------


def _comment_url(post):
    if isinstance(post, Question):
        return f"/questions/{post.pk}/comment/"
    return f"/questions/answers/{post.pk}/comment/"


def test_an_anonymous_visitor_who_comments_is_sent_to_sign_in(client, answer):
    response = client.post(_comment_url(answer), {"body": "Hello"})

    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={_comment_url(answer)}"
    assert not Comment.objects.exists()


def test_a_member_without_a_confirmed_email_may_not_comment(unverified_client, answer):
    assert unverified_client.post(_comment_url(answer), {"body": "Hello"}).status_code == 403
    assert not Comment.objects.exists()


def test_a_member_comments_on_an_answer_and_sees_the_comment(member_client, member, answer):
    response = member_client.post(_comment_url(answer), {"body": "Same in Austria."})

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response.url == f"/questions/{answer.question_id}/#comment-{comment.pk}"
    assert comment.author == member
    followed = member_client.get(response.url)
    assert messages_shown(followed) == ["Your comment has been posted."]
    assert f'<li class="comment" id="comment-{comment.pk}">' in page(followed)
    assert "Same in Austria." in page(followed)


@pytest.mark.parametrize("role", ["asker", "answerer", "staff"])
def test_the_asker_the_answerer_and_staff_comment_too(client, role, asker, answer, staff_member):
    client.force_login({"asker": asker, "answerer": answer.author, "staff": staff_member}[role])

    response = client.post(_comment_url(answer), {"body": "Good point."})

    assert response.status_code == 302
    assert _comment_count(answer) == 1


def test_a_member_comments_on_a_question(member_client, question):
    response = member_client.post(_comment_url(question), {"body": "Which industry?"})

    assert response.status_code == 302
    assert _comment_count(question) == 1


def test_an_empty_comment_is_shown_again_with_the_reason(member_client, answer):
    response = member_client.post(_comment_url(answer), {"body": "   "})

    assert response.status_code == 200
    assert field_errors(response, "body") == ["This field is required."]
    assert not Comment.objects.exists()


def test_an_over_long_comment_is_shown_again_with_the_reason(member_client, answer):
    response = member_client.post(_comment_url(answer), {"body": "x" * 601})

    assert response.status_code == 200
    assert field_errors(response, "body") == [
        "Ensure this value has at most 600 characters (it has 601)."
    ]
    assert textarea_value(response, "body") == "x" * 601
    assert not Comment.objects.exists()


def test_a_comment_without_a_body_field_is_a_form_error(member_client, question):
    response = member_client.post(_comment_url(question), {})

    assert response.status_code == 200
    assert field_errors(response, "body") == ["This field is required."]


def test_the_comment_page_without_javascript_has_a_labelled_form(member_client, question):
    response = member_client.get(_comment_url(question))

    assert response.status_code == 200
    assert '<label for="id_body">' in page(response)


def test_a_comment_on_a_deleted_answer_is_refused(member_client, answer):
    Answer.objects.filter(pk=answer.pk).update(deleted_at=timezone.now())

    response = member_client.post(_comment_url(answer), {"body": "Hello"}, follow=True)

    assert messages_shown(response) == ["This post was deleted; it cannot be commented on."]
    assert not Comment.objects.exists()


def test_commenting_on_an_unknown_post_is_not_found(member_client):
    assert member_client.post("/questions/999999/comment/", {"body": "Hi"}).status_code == 404
    assert (
        member_client.post("/questions/answers/999999/comment/", {"body": "Hi"}).status_code == 404
    )


def test_every_comment_box_on_the_thread_has_its_own_label(member_client, question, answer):
    content = page(member_client.get(f"/questions/{question.pk}/"))

    textareas = [
        attrs["id"]
        for tag, attrs in start_tags(content)
        if tag == "textarea" and attrs["id"].startswith("comment-body-")
    ]
    assert textareas == [f"comment-body-question-{question.pk}", f"comment-body-answer-{answer.pk}"]
    for textarea_id in textareas:
        assert f'<label for="{textarea_id}">' in content


def test_visitors_and_unconfirmed_members_see_comments_but_no_comment_box(
    client, unverified_member, member, question
):
    comment_post(author=member, post=question, body="Which industry?")

    for viewer in (None, unverified_member):
        if viewer:
            client.force_login(viewer)
        content = page(client.get(f"/questions/{question.pk}/"))
        assert "Which industry?" in content
        assert "comment-body-" not in content


def test_the_thread_reads_its_comments_by_the_ids_of_its_posts(client, member, question, answer):
    # Joining the comments to the answers ("comments of answers of this question") made
    # PostgreSQL read every comment and every answer of the site; the posts are on the page.
    comment_post(author=member, post=question, body="Which industry?")
    comment_post(author=member, post=answer, body="Same in Austria.")

    with CaptureQueriesContext(connection) as queries:
        content = page(client.get(f"/questions/{question.pk}/"))

    assert "Which industry?" in content and "Same in Austria." in content
    comment_reads = [q["sql"] for q in queries if 'FROM "questions_comment"' in q["sql"]]
    assert len(comment_reads) == 1
    assert '"questions_answer"' not in comment_reads[0]


# Deleting through the page -----------------------------------------------------------------


@pytest.fixture
def comment(member, answer):
    return comment_post(author=member, post=answer, body="Same in Austria.")


def _delete(client, comment):
    return client.post(f"/questions/comments/{comment.pk}/delete/")


def _is_deleted(comment):
    comment.refresh_from_db()
    return comment.deleted_at is not None


def test_an_anonymous_visitor_who_deletes_a_comment_is_sent_to_sign_in(client, comment):
    response = _delete(client, comment)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert not _is_deleted(comment)


def test_a_member_without_a_confirmed_email_cannot_delete_a_comment(unverified_client, comment):
    assert _delete(unverified_client, comment).status_code == 403


@pytest.mark.parametrize("role", ["other member", "asker", "answerer"])
def test_nobody_but_the_author_or_staff_deletes_a_comment(client, role, asker, answer, comment):
    viewer = {"other member": UserFactory(), "asker": asker, "answerer": answer.author}[role]
    client.force_login(viewer)

    assert _delete(client, comment).status_code == 403
    assert not _is_deleted(comment)


def test_the_author_deletes_their_comment_and_it_leaves_the_page(member_client, comment, answer):
    assert "Delete your comment" in page(member_client.get(f"/questions/{answer.question_id}/"))

    response = _delete(member_client, comment)

    assert response.status_code == 302
    assert response.url == f"/questions/{answer.question_id}/#answer-{answer.pk}"
    assert _is_deleted(comment)
    followed = member_client.get(response.url)
    assert messages_shown(followed) == ["The comment has been deleted."]
    assert "Same in Austria." not in page(followed)
    assert _comment_count(answer) == 0


def test_staff_delete_a_comment(client, staff_member, comment):
    client.force_login(staff_member)

    assert _delete(client, comment).status_code == 302
    assert _is_deleted(comment)


def test_deleting_a_comment_by_get_changes_nothing(member_client, comment):
    assert member_client.get(f"/questions/comments/{comment.pk}/delete/").status_code == 302
    assert not _is_deleted(comment)


# Members' text is rendered inert ----------------------------------------------------------

HOSTILE_COMMENTS = [
    "<script>alert(1)</script>",
    "[click me](javascript:alert(1))",
    '<a href="javascript:alert(1)">raw link</a>',
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
]


def test_hostile_comments_are_shown_as_plain_text(client, member, question, answer):
    for body in HOSTILE_COMMENTS:
        comment_post(author=member, post=answer, body=body)
    comment_post(author=member, post=question, body="first line\nsecond <b>line</b>")

    content = page(client.get(f"/questions/{question.pk}/"))

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "&lt;svg onload=alert(1)&gt;" in content
    assert "first line<br>second &lt;b&gt;line&lt;/b&gt;" in content
    elements = start_tags(content)
    assert not [tag for tag, _attributes in elements if tag == "svg"]
    assert not [attrs for tag, attrs in elements if tag == "img" and attrs.get("src") == "x"]
    for tag, attributes in elements:
        assert not (tag == "script" and not attributes.get("src", "").startswith("/static/"))
        for name, value in attributes.items():
            assert not name.startswith("on"), f"<{tag} {name}=...> runs script"
            assert not (value or "").strip().lower().startswith("javascript:")
