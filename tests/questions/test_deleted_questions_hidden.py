"""A question its author deleted disappears from every list, wherever it was shown."""

import pytest
from django.utils import timezone

from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def deleted_and_kept(german_group):
    deleted = QuestionFactory(group=german_group, title="Deleted: how do notice periods work?")
    deleted.deleted_at = timezone.now()
    deleted.save(update_fields=["deleted_at"])
    kept = QuestionFactory(group=german_group, title="Kept: when is salary discussed here?")
    return deleted, kept


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/questions/",
        "/groups/recruiting-community-berlin/",
        "/countries/de/",
        "/languages/en/",
        "/members/{author}/",
        "/groups/recruiting-community-berlin/questions.atom",
        "/questions/feed.atom?to=DE",
    ],
)
def test_a_deleted_question_is_listed_nowhere(client, deleted_and_kept, path):
    deleted, kept = deleted_and_kept

    content = client.get(path.format(author=deleted.author.username)).content.decode()

    assert deleted.title not in content
    if "{author}" not in path:
        assert kept.title in content
