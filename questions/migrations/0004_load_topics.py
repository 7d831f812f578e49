from django.db import migrations

# A frozen copy of questions/topics.py at the time of this migration.
TOPICS = [
    ("salary-and-compensation", "Salary and compensation talks"),
    ("notice-periods", "Notice periods"),
    ("employment-law", "Employment law and contracts"),
    ("interview-culture", "Interview culture"),
    ("sourcing-channels", "Sourcing channels"),
    ("job-boards", "Job boards"),
    ("candidate-expectations", "Candidate expectations"),
    ("relocation-and-work-permits", "Relocation and work permits"),
    ("diversity-and-inclusion", "Diversity and inclusion"),
    ("employer-branding", "Employer branding"),
    ("counter-offers", "Counter-offers"),
    ("candidate-data-and-privacy", "Candidate data and privacy"),
    ("remote-and-hybrid-work", "Remote and hybrid work"),
    ("benefits", "Benefits"),
]


def load_topics(apps, schema_editor):
    Topic = apps.get_model("questions", "Topic")
    for position, (slug, name) in enumerate(TOPICS, start=1):
        Topic.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [("questions", "0003_votes_comments_revisions_topics_search")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
