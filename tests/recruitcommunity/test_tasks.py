from datetime import timedelta

import pytest
from django.utils import timezone

from recruitcommunity.models import SubmissionKey
from recruitcommunity.tasks import forget_old_submission_keys

pytestmark = pytest.mark.django_db


def test_old_submission_keys_are_forgotten_and_recent_ones_kept(member):
    old = SubmissionKey.objects.create(
        member=member, key="old", created_at=timezone.now() - timedelta(days=2)
    )
    recent = SubmissionKey.objects.create(member=member, key="recent")
    assert forget_old_submission_keys() == 1
    assert not SubmissionKey.objects.filter(pk=old.pk).exists()
    assert SubmissionKey.objects.filter(pk=recent.pk).exists()
