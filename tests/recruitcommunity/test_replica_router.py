"""With a read replica configured, anonymous pages read from it; signed-in members and every
write stay on the primary."""

import pytest
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

# In tests the replica alias is a second connection to the test database (a mirror); it
# does not see rows the test's open transaction wrote, so these tests count queries per
# alias rather than reading content back.
pytestmark = pytest.mark.django_db(databases=["default", "replica"])


@pytest.fixture(autouse=True)
def _replica_on(settings):
    settings.DATABASE_REPLICA_URL = "postgres://replica.example/recruitcommunity"


def _queries_by_alias(client, url):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = client.get(url)
    assert response.status_code == 200
    return len(primary), len(replica), response


def test_anonymous_pages_read_from_the_replica():
    primary, replica, _response = _queries_by_alias(Client(), reverse("groups:list"))
    assert replica > 0
    assert primary == 0


def test_signed_in_pages_read_from_the_primary(member_client):
    primary, replica, _response = _queries_by_alias(member_client, reverse("groups:list"))
    assert replica == 0
    assert primary > 0


def test_writes_go_to_the_primary(member_client, polish_group):
    with CaptureQueriesContext(connections["replica"]) as replica:
        member_client.post(reverse("groups:join", kwargs={"slug": polish_group.slug}))
    assert len(replica) == 0


def test_without_a_replica_everything_uses_the_primary(settings):
    settings.DATABASE_REPLICA_URL = ""
    primary, replica, _response = _queries_by_alias(Client(), reverse("groups:list"))
    assert replica == 0
    assert primary > 0
