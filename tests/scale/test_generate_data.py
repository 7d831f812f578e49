"""manage.py generate_data at its tiny scale, in the test database.

The command loads through COPY on connections of its own, so these tests run outside the
test transaction (``transaction=True``); the tables are emptied afterwards as usual."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from members.models import User
from questions.models import Answer, Question
from questions.search import reindex_answers, reindex_questions
from scale.generators.plans import PASSWORD
from scale.generators.runner import fill_tables
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

GENERATE = {"scale": "tiny", "seed": 7, "now": "2026-01-15", "no_progress": True}

# Every denormalised counter against the rows it counts: each query returns the rows
# that disagree.
INCONSISTENCIES = {
    "group member counts": """
        SELECT id FROM groups_group g WHERE member_count <> (
            SELECT count(*) FROM groups_membership m
            WHERE m.group_id = g.id AND m.status = 'active')""",
    "answer counts": """
        SELECT id FROM questions_question q WHERE answer_count <> (
            SELECT count(*) FROM questions_answer a
            WHERE a.question_id = q.id AND a.deleted_at IS NULL)""",
    "local answer counts": """
        SELECT id FROM questions_question q WHERE local_answer_count <> (
            SELECT count(*) FROM questions_answer a
            WHERE a.question_id = q.id AND a.deleted_at IS NULL AND a.is_local)""",
    "local answers": """
        SELECT a.id FROM questions_answer a
        JOIN questions_question q ON q.id = a.question_id
        JOIN members_user u ON u.id = a.author_id
        WHERE a.is_local <> (u.home_country = q.target_country OR EXISTS (
            SELECT 1 FROM groups_membership m WHERE m.group_id = q.group_id
            AND m.user_id = a.author_id AND m.status = 'active'))""",
    "question comment counts": """
        SELECT id FROM questions_question q WHERE comment_count <> (
            SELECT count(*) FROM questions_comment c
            WHERE c.question_id = q.id AND c.deleted_at IS NULL)""",
    "answer comment counts": """
        SELECT id FROM questions_answer a WHERE comment_count <> (
            SELECT count(*) FROM questions_comment c
            WHERE c.answer_id = a.id AND c.deleted_at IS NULL)""",
    "question scores": """
        SELECT id FROM questions_question q WHERE score <> (
            SELECT coalesce(sum(value), 0) FROM questions_vote v WHERE v.question_id = q.id)""",
    "answer scores": """
        SELECT id FROM questions_answer a WHERE score <> (
            SELECT coalesce(sum(value), 0) FROM questions_vote v WHERE v.answer_id = a.id)""",
    "accepted answers": """
        SELECT q.id FROM questions_question q
        JOIN questions_answer a ON a.id = q.accepted_answer_id
        WHERE a.question_id <> q.id OR a.deleted_at IS NOT NULL""",
    "event counts": """
        SELECT id FROM events_event e
        WHERE going_count <> (SELECT count(*) FROM events_rsvp r
                              WHERE r.event_id = e.id AND r.status = 'going')
           OR waitlist_count <> (SELECT count(*) FROM events_rsvp r
                                 WHERE r.event_id = e.id AND r.status = 'waitlisted')""",
    "answers before their question": """
        SELECT a.id FROM questions_answer a JOIN questions_question q ON q.id = a.question_id
        WHERE a.created_at < q.created_at""",
    "posts by members who had not joined yet": """
        SELECT q.id FROM questions_question q JOIN members_user u ON u.id = q.author_id
        WHERE u.date_joined > q.created_at""",
    "votes on one's own answer": """
        SELECT v.id FROM questions_vote v JOIN questions_answer a ON a.id = v.answer_id
        WHERE a.author_id = v.voter_id""",
}


def _generate(**options):
    out = StringIO()
    call_command("generate_data", **GENERATE, **options, stdout=out)
    return out.getvalue()


def _first_rows():
    return {
        "members": list(
            User.objects.order_by("pk").values_list(
                "username", "email", "display_name", "home_country", "date_joined"
            )[:5]
        ),
        "questions": list(
            Question.objects.order_by("pk").values_list(
                "title", "body", "author__username", "group__slug", "created_at", "answer_count"
            )[:5]
        ),
        "answers": list(Answer.objects.order_by("pk").values_list("body", "author_id")[:5]),
    }


def _secondary_indexes_and_constraints():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)",
            [fill_tables()],
        )
        indexes = set(cursor.fetchall())
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
            "WHERE conrelid IN (SELECT oid FROM pg_class WHERE relname = ANY(%s))",
            [fill_tables()],
        )
        constraints = set(cursor.fetchall())
    return indexes, constraints


def _vectors(model, pks):
    return dict(model.objects.filter(pk__in=pks).values_list("pk", "search_vector"))


def test_generates_a_consistent_reproducible_community_and_runs_again_with_reset():
    schema_before = _secondary_indexes_and_constraints()

    report = _generate()
    first = _first_rows()

    assert "Threads with 50+ answers" in report
    assert f"password {PASSWORD}" in report
    assert User.objects.count() == 90
    assert Question.objects.filter(answer_count__gte=50).exists()
    # Every index, unique constraint and foreign key is back, validated.
    assert _secondary_indexes_and_constraints() == schema_before
    with connection.cursor() as cursor:
        for name, sql in INCONSISTENCIES.items():
            cursor.execute(sql)
            assert cursor.fetchall() == [], name

    # The stored search vectors are the ones questions.search computes.
    question_pks = list(Question.objects.values_list("pk", flat=True)[:40])
    answer_pks = list(Answer.objects.values_list("pk", flat=True)[:40])
    loaded = _vectors(Question, question_pks), _vectors(Answer, answer_pks)
    reindex_questions(Question.objects.filter(pk__in=question_pks))
    reindex_answers(Answer.objects.filter(pk__in=answer_pks))
    assert loaded == (_vectors(Question, question_pks), _vectors(Answer, answer_pks))

    # The members the benchmark signs in as.
    bench = User.objects.get(email="bench-member-1@example.test")
    assert bench.home_country == "DE"
    assert User.objects.get(email="bench-member-2@example.test").home_country == "PL"
    assert EmailAddress.objects.filter(user=bench, verified=True, primary=True).exists()
    assert authenticate(username=bench.username, password=PASSWORD) == bench
    assert bench.memberships.filter(status="active").exists()

    _generate(reset=True)

    assert _first_rows() == first
    assert _secondary_indexes_and_constraints() == schema_before


def test_refuses_a_database_that_holds_other_data():
    UserFactory(username="real-member")

    with pytest.raises(CommandError, match="--reset"):
        _generate()

    assert User.objects.filter(username="real-member").exists()
    assert not Question.objects.exists()
