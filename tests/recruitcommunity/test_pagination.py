"""Long lists count and page only as far as PAGINATION_MAX_PAGES pages reach."""

import pytest
from django.urls import reverse

from recruitcommunity.pagination import BoundedPaginator
from tests.factories import GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_pages_at_most(settings):
    settings.PAGINATION_MAX_PAGES = 2


def test_the_count_stops_at_the_cap(two_pages_at_most):
    GroupFactory.create_batch(7)
    from groups.models import Group

    paginator = BoundedPaginator(Group.objects.order_by("pk"), 3)
    assert paginator.count == 6
    assert paginator.is_capped
    assert paginator.num_pages == 2


def test_a_short_list_counts_exactly(two_pages_at_most):
    GroupFactory.create_batch(4)
    from groups.models import Group

    paginator = BoundedPaginator(Group.objects.order_by("pk"), 3)
    assert (paginator.count, paginator.is_capped, paginator.num_pages) == (4, False, 2)


def test_a_capped_directory_says_more_than_and_how_to_narrow(client, two_pages_at_most, settings):
    GroupFactory.create_batch(settings.PAGE_SIZE * 2 + 1, country="PL")
    first = client.get(reverse("groups:list"), {"country": "PL"})
    assert f"More than {settings.PAGE_SIZE * 2} groups" in first.text
    last = client.get(reverse("groups:list"), {"country": "PL", "page": 2})
    assert "Narrow the filters" in last.text
    assert client.get(reverse("groups:list"), {"country": "PL", "page": 3}).status_code == 404
