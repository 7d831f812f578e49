"""The anonymous page cache: who is served from it, what retires it, and that it never hands
one visitor's page or CSRF token to another."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from recruitcommunity.page_cache import content_version
from tests.factories import GroupFactory, QuestionFactory

# A cached page costs the two cache reads (content version, page) when the cache is the
# database table; with Redis it costs none.
CACHED_PAGE_QUERY_BUDGET = 2

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def _token(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)


def test_second_anonymous_visit_is_served_from_the_cache(client, django_assert_max_num_queries):
    GroupFactory(name="Rekruterzy Warszawa", country="PL")
    first = client.get(reverse("groups:list"))
    assert first.status_code == 200
    assert "X-Page-Cache" not in first
    with django_assert_max_num_queries(CACHED_PAGE_QUERY_BUDGET):
        second = Client().get(reverse("groups:list"))
    assert second["X-Page-Cache"] == "hit"
    assert "Rekruterzy Warszawa" in second.text


def test_a_committed_write_retires_cached_pages(client, django_capture_on_commit_callbacks):
    client.get(reverse("groups:list"))
    version = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        GroupFactory(name="Värbajad Tallinn", country="EE")
    assert content_version() > version
    fresh = Client().get(reverse("groups:list"))
    assert "X-Page-Cache" not in fresh
    assert "Värbajad Tallinn" in fresh.text


def test_home_blocks_follow_the_content_version(client, django_capture_on_commit_callbacks):
    client.get(reverse("home"))
    with django_capture_on_commit_callbacks(execute=True):
        QuestionFactory(title="Wann spricht man in Polen über das Gehalt?")
    assert "Wann spricht man in Polen über das Gehalt?" in Client().get(reverse("home")).text


def test_signed_in_members_never_get_a_cached_page(client, member_client):
    client.get(reverse("home"))
    page = member_client.get(reverse("home"))
    assert "X-Page-Cache" not in page
    assert "Sign out" in page.text


def test_a_signed_in_page_is_never_stored_for_anonymous_visitors(member_client):
    member_client.get(reverse("groups:list"))
    anonymous = Client().get(reverse("groups:list"))
    assert "X-Page-Cache" not in anonymous
    assert "Sign out" not in anonymous.text


def test_each_visitor_gets_a_csrf_token_of_their_own_that_works():
    Client().get(reverse("home"))
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(reverse("home"))
    assert page["X-Page-Cache"] == "hit"
    assert "__csrf_token_placeholder__" not in page.text
    switched = visitor.post(
        reverse("interface_language"),
        {"csrfmiddlewaretoken": _token(page), "language": "pl", "next": "/"},
    )
    assert switched.status_code == 302


def test_languages_are_cached_apart():
    Client(headers={"accept-language": "pl"}).get(reverse("groups:list"))
    english = Client(headers={"accept-language": "en"}).get(reverse("groups:list"))
    assert "X-Page-Cache" not in english
    assert english.text.startswith("<!DOCTYPE html>") or 'lang="en"' in english.text
    assert 'lang="en"' in english.text


def test_htmx_partials_and_pending_messages_bypass_the_cache(client):
    client.get(reverse("groups:list"))
    partial = Client().get(reverse("groups:list"), headers={"hx-request": "true"})
    assert "X-Page-Cache" not in partial
    with_messages = Client()
    with_messages.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in with_messages.get(reverse("groups:list"))


def test_private_pages_are_not_cached(client):
    client.get(reverse("account_login"))
    assert "X-Page-Cache" not in Client().get(reverse("account_login"))


def test_errors_are_not_cached(client):
    client.get("/groups/no-such-group/")
    assert Client().get("/groups/no-such-group/").status_code == 404
    assert "X-Page-Cache" not in Client().get("/groups/no-such-group/")


def test_the_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(reverse("groups:list"))
    assert "X-Page-Cache" not in Client().get(reverse("groups:list"))
