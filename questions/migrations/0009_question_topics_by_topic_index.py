"""The question list's topic filter reads the question–topic links by topic (a topic's newest
questions, or the few questions of a rare topic in a small country): an index on (topic,
question) answers that from the index alone. The links table is the one Django creates for
Question.topics, which has no Meta of its own, so the index is created here in SQL.

Built CONCURRENTLY (hence not atomic): the table holds a row per question and topic, and a
plain CREATE INDEX would block every new question while it runs."""

from django.db import migrations

INDEX = "question_topics_by_topic"


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("questions", "0008_question_open_unanswered_first_index"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} "
            "ON questions_question_topics (topic_id, question_id)",
            reverse_sql=f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}",
        ),
    ]
