"""Load the ISO 639-1 languages that Django itself knows (django.conf.locale.LANG_INFO),
with their native names and writing direction."""

from django.conf.locale import LANG_INFO
from django.db import migrations

# Django lists Chinese only by script; the language itself is ISO 639-1 "zh".
EXTRA_FROM_VARIANTS = {"zh": ("zh-hans", "Chinese", "中文")}


def language_rows():
    for code, info in LANG_INFO.items():
        if len(code) == 2 and "code" in info:
            yield code, info["name"], info["name_local"], info["bidi"]
    for code, (variant, name, native_name) in EXTRA_FROM_VARIANTS.items():
        yield code, name, native_name, LANG_INFO[variant]["bidi"]


def load_languages(apps, schema_editor):
    Language = apps.get_model("languages", "Language")
    for code, name, native_name, bidi in language_rows():
        Language.objects.update_or_create(
            code=code,
            defaults={"name": name, "native_name": native_name, "right_to_left": bidi},
        )


class Migration(migrations.Migration):
    dependencies = [("languages", "0001_initial")]
    operations = [migrations.RunPython(load_languages, migrations.RunPython.noop)]
