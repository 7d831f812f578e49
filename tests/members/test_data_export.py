"""A member downloads everything the site holds about them, as JSON (/accounts/data/)."""

import json

import pytest

from members.data_export import SECTIONS, member_data_export
from tests.factories import QuestionFactory, UserFactory
from tests.html import page
from tests.members.activity import PERSONAL, member_with_everything

pytestmark = pytest.mark.django_db

# Queries of a download, whatever the member wrote: the session and the member, one or two
# per section, and the unread counts of the layout's context processors.
EXPORT_QUERY_BUDGET = 28
PAGE_QUERY_BUDGET = 6


def _download(client):
    response = client.post("/accounts/data/")
    assert response.status_code == 200
    return response, json.loads(response.content)


def test_the_export_holds_every_section(db):
    member = member_with_everything()

    export = member_data_export(member)

    assert set(SECTIONS) <= set(export)
    json.dumps(export)  # plain JSON all the way down
    profile = export["profile"]
    for field in ("username", "email", "first_name", "last_name", "display_name", "headline"):
        assert profile[field] == PERSONAL[field]
    assert profile["bio"] == PERSONAL["bio"]
    assert profile["linkedin_url"] == PERSONAL["linkedin_url"]
    assert profile["home_country"] == "EE"
    assert profile["specialisms"] == ["tech", "sourcing"]
    assert profile["years_in_recruiting"] == 12
    assert profile["avatar"].startswith(f"avatars/{PERSONAL['avatar']}")
    assert profile["languages_spoken"] == [
        {"language": "et", "name": "Estonian", "level": "native"}
    ]
    assert profile["languages_read"] == ["en", "et"]
    assert "password" not in profile
    assert {row["email"] for row in export["email_addresses"]} == {
        PERSONAL["email"],
        PERSONAL["pending_email"],
    }
    assert export["connected_accounts"][0]["uid"] == PERSONAL["social_uid"]
    assert export["two_factor_authentication"][0]["type"] == "totp"
    assert "data" not in export["two_factor_authentication"][0]  # never the secret
    assert {(row["group"], row["status"]) for row in export["memberships"]} == {
        ("Tallinna värbajad", "active"),
        ("Warsaw sourcers", "pending"),
        ("Closed circle", "banned"),
    }
    pending = next(row for row in export["memberships"] if row["status"] == "pending")
    assert pending["admission_answers"] == [PERSONAL["admission_answer"]]
    assert len(export["questions"]) == 1
    assert export["questions"][0]["topics"]
    assert len(export["answers"]) == len(export["comments"]) == 1
    assert len(export["post_edits"]) == 1
    assert {(vote["vote"], bool(vote["question_id"])) for vote in export["votes"]} == {
        (1, True),
        (1, False),
    }
    assert export["norm_edits"][0]["summary"] == "Clearer wording"
    assert len(export["norm_proposals"]) == len(export["norm_confirmations"]) == 1
    assert len(export["events_created"]) == 1
    assert {rsvp["objective"] for rsvp in export["rsvps"]} == {
        PERSONAL["past_objective"],
        PERSONAL["future_objective"],
    }
    assert {follow["kind"] for follow in export["follows"]} == {"question", "group", "topic"}
    assert len(export["notifications"]) == 1
    assert "answered your question" in export["notifications"][0]["summary"]
    assert export["notification_preferences"]["daily_digest"] is True
    assert isinstance(export["messages"], list)


def test_the_export_holds_nothing_of_other_members(db):
    member = member_with_everything()
    QuestionFactory(author=UserFactory(username="someone-else"), title="Not mine at all")

    export = json.dumps(member_data_export(member))

    assert "Not mine at all" not in export
    assert "other@example.com" not in export


def test_a_new_member_exports_empty_sections(member):
    export = member_data_export(member)

    assert export["questions"] == export["memberships"] == export["rsvps"] == []
    assert export["notification_preferences"] is None


def test_a_member_downloads_their_own_data(client):
    member = member_with_everything()
    client.force_login(member)

    response, data = _download(client)

    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == (
        f'attachment; filename="recruitcommunity-{PERSONAL["username"]}.json"'
    )
    assert data["profile"]["email"] == PERSONAL["email"]


def test_the_page_explains_what_is_included(member_client):
    response = member_client.get("/accounts/data/")

    assert response.status_code == 200
    content = page(response)
    assert "Download my data" in content
    assert 'action="/accounts/data/"' in content


# Who may ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(client, method):
    response = getattr(client, method)("/accounts/data/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_an_unconfirmed_member_downloads_their_data(unverified_client, unverified_member):
    assert unverified_client.get("/accounts/data/").status_code == 200

    _response, data = _download(unverified_client)

    assert data["profile"]["username"] == unverified_member.username


def test_a_member_only_ever_gets_their_own_data(client, member, staff_member):
    """There is no way to name someone else: not even staff get another member's file."""
    client.force_login(staff_member)

    _response, data = _download(client)

    assert data["profile"]["username"] == "staff"
    assert client.post(f"/accounts/data/?member={member.pk}").json()["profile"]["username"] == (
        "staff"
    )


def test_other_methods_are_refused(member_client):
    assert member_client.put("/accounts/data/").status_code == 405


# Queries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("posts", [1, 6])
def test_the_download_query_count_does_not_grow(client, django_assert_max_num_queries, posts):
    member = member_with_everything(posts=posts)
    client.force_login(member)

    with django_assert_max_num_queries(EXPORT_QUERY_BUDGET):
        _response, data = _download(client)

    assert len(data["questions"]) == posts
    assert len(data["rsvps"]) == 2 * posts


@pytest.mark.parametrize("posts", [1, 6])
def test_the_page_query_count_does_not_grow(client, django_assert_max_num_queries, posts):
    client.force_login(member_with_everything(posts=posts))

    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        assert client.get("/accounts/data/").status_code == 200
