from datetime import timedelta

import pytest
from django.utils import timezone

from recruitcommunity.celery import app as celery_app
from tests.factories import UserFactory

LONG_AGO = timezone.now() - timedelta(days=400)


@pytest.fixture(autouse=True)
def _celery_tasks_run_inline():
    """Email tasks run inline in these tests, even where CELERY_BROKER_URL is set."""
    previous = celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates
    celery_app.conf.task_always_eager = celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous


def recruiter(username, **fields):
    """A member with a confirmed email whose account is more than a year old."""
    return UserFactory(username=username, date_joined=LONG_AGO, **fields)


@pytest.fixture
def oliver(db):
    """A London recruiter who asks Polish recruiters about salary timing."""
    return recruiter(
        "oliver", email="oliver@example.com", display_name="Oliver Smith", home_country="GB"
    )


@pytest.fixture
def kasia(db):
    """A Warsaw recruiter."""
    return recruiter(
        "kasia", email="kasia@example.com", display_name="Katarzyna Nowak", home_country="PL"
    )


@pytest.fixture
def stranger(db):
    """A third member, in neither conversation."""
    return recruiter("stranger", email="stranger@example.com", display_name="Max Mustermann")
