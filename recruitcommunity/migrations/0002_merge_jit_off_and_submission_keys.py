# Two first migrations were written side by side (the database's JIT setting, the form
# submission keys); this joins them.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("recruitcommunity", "0001_database_jit_off"),
        ("recruitcommunity", "0001_initial"),
    ]

    operations = []
