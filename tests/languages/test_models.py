import pytest
from django.db import DataError, IntegrityError, transaction

from languages.models import Language


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["pl", "de", "es", "he", "et", "en"])
def test_the_data_migration_loaded_the_iso_639_1_language(code):
    assert Language.objects.filter(code=code).exists()


@pytest.mark.django_db
def test_hebrew_is_written_right_to_left_with_its_native_name():
    hebrew = Language.objects.get(code="he")

    assert hebrew.right_to_left is True
    assert hebrew.native_name == "עברית"
    assert hebrew.text_direction == "rtl"


@pytest.mark.django_db
def test_polish_is_written_left_to_right():
    polish = Language.objects.get(code="pl")

    assert polish.right_to_left is False
    assert polish.text_direction == "ltr"


@pytest.mark.django_db
def test_only_two_letter_codes_are_loaded():
    assert Language.objects.count() > 50
    assert all(len(code) == 2 for code in Language.objects.values_list("code", flat=True))


@pytest.mark.django_db
def test_the_database_rejects_a_three_letter_language_code():
    # The varchar(2) column refuses it before the check constraint is even evaluated.
    with pytest.raises(DataError), transaction.atomic():
        Language.objects.create(code="pol", name="Polish (ISO 639-2)", native_name="polski")

    assert not Language.objects.filter(code="pol").exists()


@pytest.mark.django_db
def test_the_check_constraint_rejects_a_one_letter_language_code():
    with pytest.raises(IntegrityError), transaction.atomic():
        Language.objects.create(code="p", name="Too short", native_name="Too short")

    assert not Language.objects.filter(code="p").exists()


@pytest.mark.django_db
def test_the_check_constraint_rejects_renaming_a_code_to_digits():
    with pytest.raises(IntegrityError), transaction.atomic():
        Language.objects.filter(code="pl").update(code="12")


@pytest.mark.django_db
def test_the_database_rejects_an_uppercase_language_code():
    with pytest.raises(IntegrityError), transaction.atomic():
        Language.objects.create(code="XX", name="Shouting", native_name="SHOUTING")


@pytest.mark.django_db
def test_the_database_rejects_an_empty_language_name():
    with pytest.raises(IntegrityError), transaction.atomic():
        Language.objects.create(code="qq", name="", native_name="")
