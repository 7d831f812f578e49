"""PostgreSQL's JIT compiler pays off for long analytical queries; a web page's queries are
short, and on the large data the planner's cost estimates switched JIT on for some of them,
adding 0.2-3 s of compilation to a page. Set per database (not per connection) so it also
holds behind a pooler such as PgBouncer, which refuses per-connection options."""

from django.db import migrations

SET_JIT = """
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = {}', current_database());
END $$;
"""


class Migration(migrations.Migration):
    dependencies = []

    operations = [
        migrations.RunSQL(SET_JIT.format("off"), reverse_sql=SET_JIT.format("DEFAULT")),
    ]
