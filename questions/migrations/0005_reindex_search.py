"""Rebuild every question's and answer's search vector: posts are now indexed in their own
language's text-search configuration plus an accent-folded ``simple`` vector
(questions.search). The tables are read in batches."""

from django.db import migrations


def reindex(apps, schema_editor):
    from questions.search import reindex_answers, reindex_questions

    reindex_questions(apps.get_model("questions", "Question").objects.all())
    reindex_answers(apps.get_model("questions", "Answer").objects.all())


class Migration(migrations.Migration):
    # After 0006 (written at the same time, also on top of 0004) so the app keeps one leaf.
    dependencies = [("questions", "0006_question_list_sort_and_filter_indexes")]
    operations = [migrations.RunPython(reindex, migrations.RunPython.noop, elidable=True)]
