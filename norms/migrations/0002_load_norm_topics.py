from django.db import migrations

# A frozen copy of norms/topics.py at the time of this migration.
TOPICS = [
    ("salary-timing", "salary", "When is salary discussed?", ["salary-and-compensation"]),
    ("salary-format", "salary", "Gross or net, monthly or yearly?", ["salary-and-compensation"]),
    ("benefits", "salary", "Typical benefits", ["benefits"]),
    ("pay-transparency", "salary", "Pay-transparency rules", ["salary-and-compensation"]),
    ("interview-rounds", "process", "Typical number of interviews", ["interview-culture"]),
    ("time-to-hire", "process", "Time to hire", ["candidate-expectations"]),
    ("notice-periods", "process", "Notice periods", ["notice-periods"]),
    ("counter-offers", "process", "Counter-offers", ["counter-offers"]),
    ("small-talk", "culture", "Small talk", ["interview-culture"]),
    ("directness", "culture", "Directness", ["interview-culture"]),
    ("forms-of-address", "culture", "Formality of address", []),
    ("follow-up", "culture", "Follow-up etiquette", ["candidate-expectations"]),
    ("candidate-channels", "channels", "Where candidates are found",
     ["sourcing-channels", "job-boards"]),
    ("candidate-data", "legal", "Candidate data and consent", ["candidate-data-and-privacy"]),
    ("work-permits", "legal", "Work permits", ["relocation-and-work-permits"]),
    ("background-checks", "legal", "Background checks", ["employment-law"]),
    ("approach-language", "language", "Languages candidates expect to be approached in", []),
]


def load_topics(apps, schema_editor):
    NormTopic = apps.get_model("norms", "NormTopic")
    Topic = apps.get_model("questions", "Topic")
    for position, (slug, category, name, question_topics) in enumerate(TOPICS, start=1):
        topic, _created = NormTopic.objects.update_or_create(
            slug=slug, defaults={"category": category, "name": name, "position": position}
        )
        topic.question_topics.set(Topic.objects.filter(slug__in=question_topics))


class Migration(migrations.Migration):
    dependencies = [("norms", "0001_initial"), ("questions", "0004_load_topics")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
