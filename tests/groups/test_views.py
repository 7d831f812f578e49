import pytest
from django.conf import settings
from django.test import Client

from groups.models import Group, Membership
from questions.models import Question
from tests.factories import GroupFactory, MembershipFactory, QuestionFactory, UserFactory
from tests.html import (
    field_errors,
    group_card_names,
    messages_shown,
    page,
    question_row_titles,
    textarea_value,
)

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"


def _login_redirect(response, next_url):
    return response.status_code == 302 and response.url == f"{LOGIN_URL}?next={next_url}"


# The directory -----------------------------------------------------------------------------


@pytest.fixture
def directory(polish_group, german_group):
    """Groups where country and language disagree, so only both filters pick one out."""
    return {
        "polish": polish_group,
        "german": german_group,
        "pl_english": GroupFactory(name="Warsaw Expat Recruiters", country="PL", languages=["en"]),
        "de_polish": GroupFactory(
            name="Polnische Recruiter Berlin", country="DE", languages=["pl"]
        ),
        "il_hebrew": GroupFactory(name="Tel Aviv Tech Recruiters", country="IL", languages=["he"]),
    }


def test_the_directory_lists_every_group_with_its_member_count(client, directory):
    MembershipFactory.create_batch(3, group=directory["polish"])

    response = client.get("/groups/")

    assert response.status_code == 200
    assert set(group_card_names(response)) == {group.name for group in directory.values()}
    assert "3 members" in page(response)


def test_the_directory_lists_groups_with_the_most_members_first(client, directory):
    MembershipFactory.create_batch(2, group=directory["il_hebrew"])
    MembershipFactory(group=directory["german"])

    names = group_card_names(client.get("/groups/"))

    assert names[:2] == ["Tel Aviv Tech Recruiters", "Recruiting Community Berlin"]


def test_the_directory_by_country_and_language_lists_only_groups_matching_both(client, directory):
    response = client.get("/groups/?country=PL&language=pl")

    assert response.status_code == 200
    assert group_card_names(response) == ["Rekruterzy IT Polska"]


def test_the_directory_by_hebrew_lists_only_groups_using_hebrew(client, directory):
    response = client.get("/groups/?language=he")

    assert response.status_code == 200
    assert group_card_names(response) == ["Tel Aviv Tech Recruiters"]


def test_the_directory_shows_group_languages_by_their_native_names(client, directory):
    assert "עברית" in page(client.get("/groups/?language=he"))


def test_the_directory_with_an_unknown_country_explains_the_mistake(client, directory):
    response = client.get("/groups/?country=ZZ")

    assert response.status_code == 200
    assert field_errors(response, "country") == [
        "Select a valid choice. ZZ is not one of the available choices."
    ]


def test_the_directory_with_an_unknown_language_explains_the_mistake(client, directory):
    response = client.get("/groups/?language=xx")

    assert response.status_code == 200
    assert field_errors(response, "language")


def test_the_directory_without_a_match_says_so(client, directory):
    response = client.get("/groups/?country=JP")

    assert response.status_code == 200
    assert group_card_names(response) == []
    assert "No group matches these filters." in page(response)


def test_the_directory_is_paginated(client):
    GroupFactory.create_batch(settings.PAGE_SIZE + 3)

    first = client.get("/groups/")
    second = client.get("/groups/?page=2")

    assert len(group_card_names(first)) == settings.PAGE_SIZE
    assert second.status_code == 200
    assert len(group_card_names(second)) == 3
    assert set(group_card_names(first)).isdisjoint(group_card_names(second))
    assert "Page 2 of 2" in page(second)


def test_the_directory_keeps_filters_when_paginating(client):
    GroupFactory.create_batch(settings.PAGE_SIZE + 1, country="DE")
    GroupFactory.create_batch(2, country="PL")

    response = client.get("/groups/?country=DE&page=2")

    assert len(group_card_names(response)) == 1
    assert 'href="?country=DE&amp;page=1"' in page(response)


def test_a_directory_page_past_the_end_is_not_found(client):
    GroupFactory.create_batch(3)

    response = client.get("/groups/?page=999")

    assert response.status_code == 404


def test_a_directory_page_that_is_not_a_number_is_not_found(client):
    assert client.get("/groups/?page=abc").status_code == 404


# A group's page ----------------------------------------------------------------------------


def test_a_group_page_shows_description_languages_and_member_count(client, polish_group):
    Group.objects.filter(pk=polish_group.pk).update(description="Spotkania **co miesiąc**.")
    MembershipFactory.create_batch(2, group=polish_group)

    response = client.get("/groups/rekruterzy-it-polska/")

    assert response.status_code == 200
    content = page(response)
    assert '<h1 dir="auto">Rekruterzy IT Polska</h1>' in content
    assert "Spotkania <strong>co miesiąc</strong>." in content
    assert ">polski</a>" in content
    assert ">English</a>" in content
    assert "2 members" in content


def test_a_group_page_lists_its_recent_questions(client, polish_group, german_group):
    QuestionFactory(group=polish_group, title="How long is the notice period in Poland?")
    QuestionFactory(group=german_group, title="Is a cover letter expected in Germany?")

    response = client.get(polish_group.get_absolute_url())

    assert question_row_titles(response) == ["How long is the notice period in Poland?"]


def test_an_unknown_group_is_not_found(client, db):
    assert client.get("/groups/no-such-group/").status_code == 404


def test_a_group_page_offers_a_member_the_leave_button(member_client, member, polish_group):
    MembershipFactory(user=member, group=polish_group)

    content = page(member_client.get(polish_group.get_absolute_url()))

    assert "You are a member." in content
    assert 'action="/groups/rekruterzy-it-polska/leave/"' in content


# Joining and leaving -----------------------------------------------------------------------


def test_an_anonymous_visitor_who_joins_is_sent_to_sign_in(client, polish_group):
    response = client.post("/groups/rekruterzy-it-polska/join/")

    assert _login_redirect(response, "/groups/rekruterzy-it-polska/join/")
    assert not Membership.objects.exists()


def test_an_anonymous_visitor_who_leaves_is_sent_to_sign_in(client, polish_group):
    response = client.post("/groups/rekruterzy-it-polska/leave/")

    assert _login_redirect(response, "/groups/rekruterzy-it-polska/leave/")


def test_a_member_without_a_confirmed_email_cannot_join(unverified_client, polish_group):
    response = unverified_client.post("/groups/rekruterzy-it-polska/join/")

    assert response.status_code == 403
    assert "Confirm your email address first" in page(response)
    assert not Membership.objects.exists()
    polish_group.refresh_from_db()
    assert polish_group.member_count == 0


def test_a_verified_member_joins_an_open_group(member_client, member, polish_group):
    response = member_client.post("/groups/rekruterzy-it-polska/join/")

    assert response.status_code == 302
    assert response.url == "/groups/rekruterzy-it-polska/"
    membership = Membership.objects.get(user=member, group=polish_group)
    assert membership.is_active
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1
    followed = member_client.get(response.url)
    assert messages_shown(followed) == ["Welcome to Rekruterzy IT Polska!"]
    assert "You are a member." in page(followed)


def test_a_verified_member_asks_to_join_an_approval_group(member_client, member):
    group = GroupFactory(name="Closed Circle", join_policy=Group.JoinPolicy.APPROVAL)

    response = member_client.post(f"/groups/{group.slug}/join/", follow=True)

    assert Membership.objects.get(user=member, group=group).status == Membership.Status.PENDING
    assert messages_shown(response) == [
        "Your request to join Closed Circle has been sent to its moderators."
    ]
    assert "Your request to join is waiting for a moderator." in page(response)


def test_joining_twice_is_harmless(member_client, member, polish_group):
    member_client.post("/groups/rekruterzy-it-polska/join/")
    response = member_client.post("/groups/rekruterzy-it-polska/join/")

    assert response.status_code == 302
    assert Membership.objects.filter(user=member, group=polish_group).count() == 1
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1


def test_joining_an_unknown_group_is_not_found(member_client):
    assert member_client.post("/groups/no-such-group/join/").status_code == 404


def test_leave_refuses_get(member_client, member, polish_group):
    MembershipFactory(group=polish_group)  # a member who must stay

    response = member_client.get("/groups/rekruterzy-it-polska/leave/")

    assert response.status_code == 405
    assert not Membership.objects.filter(user=member).exists()
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1


def test_the_join_page_by_get_only_shows_the_form(member_client, member, polish_group):
    MembershipFactory(group=polish_group)  # a member who must stay

    response = member_client.get("/groups/rekruterzy-it-polska/join/")

    assert response.status_code == 200
    assert not Membership.objects.filter(user=member).exists()
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1


def test_leave_by_get_does_not_remove_a_membership(member_client, member, polish_group):
    MembershipFactory(user=member, group=polish_group)

    response = member_client.get("/groups/rekruterzy-it-polska/leave/")

    assert response.status_code == 405
    assert Membership.objects.filter(user=member, group=polish_group).exists()


@pytest.mark.parametrize("action", ["join", "leave"])
def test_join_and_leave_require_the_csrf_token(member, polish_group, action):
    MembershipFactory(user=member, group=GroupFactory(slug="joined"))
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(member)

    slug = "rekruterzy-it-polska" if action == "join" else "joined"
    response = csrf_client.post(f"/groups/{slug}/{action}/")

    assert response.status_code == 403
    assert not Membership.objects.filter(user=member, group=polish_group).exists()
    assert Membership.objects.filter(user=member, group__slug="joined").exists()


def test_join_with_the_csrf_token_from_the_page_works(member, polish_group):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(member)
    csrf_client.get(polish_group.get_absolute_url())
    token = csrf_client.cookies[settings.CSRF_COOKIE_NAME].value

    response = csrf_client.post(
        "/groups/rekruterzy-it-polska/join/", {"csrfmiddlewaretoken": token}
    )

    assert response.status_code == 302
    assert Membership.objects.filter(user=member, group=polish_group).exists()


def test_a_member_leaves_a_group(member_client, member, polish_group):
    MembershipFactory(user=member, group=polish_group)

    response = member_client.post("/groups/rekruterzy-it-polska/leave/", follow=True)

    assert response.redirect_chain == [("/groups/rekruterzy-it-polska/", 302)]
    assert not Membership.objects.filter(user=member, group=polish_group).exists()
    polish_group.refresh_from_db()
    assert polish_group.member_count == 0
    assert messages_shown(response) == ["You have left Rekruterzy IT Polska."]


def test_leaving_a_group_one_never_joined_is_harmless(member_client, polish_group):
    MembershipFactory(group=polish_group)

    response = member_client.post("/groups/rekruterzy-it-polska/leave/")

    assert response.status_code == 302
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1


def test_the_owner_who_leaves_is_told_why_not_and_stays_owner(client, group_owner, polish_group):
    client.force_login(group_owner)

    response = client.post("/groups/rekruterzy-it-polska/leave/", follow=True)

    assert response.status_code == 200
    assert messages_shown(response) == [
        "The owner cannot leave the group. Hand the group to another member first."
    ]
    assert 'class="message message-error"' in page(response)
    membership = Membership.objects.get(user=group_owner, group=polish_group)
    assert membership.role == Membership.Role.OWNER
    polish_group.refresh_from_db()
    assert polish_group.member_count == 1


# Asking a group ----------------------------------------------------------------------------


@pytest.fixture
def british_member(db):
    """A verified member in the United Kingdom who belongs to no group at all."""
    return UserFactory(username="brit", email="brit@example.com", home_country="GB")


@pytest.fixture
def british_client(client, british_member):
    client.force_login(british_member)
    return client


def test_an_anonymous_visitor_who_wants_to_ask_is_sent_to_sign_in(client, german_group):
    response = client.get("/groups/recruiting-community-berlin/ask/")

    assert _login_redirect(response, "/groups/recruiting-community-berlin/ask/")


def test_an_anonymous_visitor_cannot_post_a_question(client, german_group):
    response = client.post(
        "/groups/recruiting-community-berlin/ask/",
        {"title": "How does hiring work in Berlin?", "body": "Tell me.", "language": "en"},
    )

    assert _login_redirect(response, "/groups/recruiting-community-berlin/ask/")
    assert not Question.objects.exists()


def test_a_member_without_a_confirmed_email_cannot_ask(unverified_client, german_group):
    get = unverified_client.get("/groups/recruiting-community-berlin/ask/")
    post = unverified_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {"title": "How does hiring work in Berlin?", "body": "Tell me.", "language": "en"},
    )

    assert get.status_code == 403
    assert post.status_code == 403
    assert not Question.objects.exists()


def test_a_member_of_no_group_sees_the_ask_form(british_client, british_member, german_group):
    response = british_client.get("/groups/recruiting-community-berlin/ask/")

    assert response.status_code == 200
    assert not Membership.objects.filter(user=british_member).exists()
    content = page(response)
    assert 'name="title"' in content
    assert '<textarea name="body"' in content
    assert '<select name="language"' in content


def test_the_ask_form_offers_the_group_language_the_asker_reads(british_client, german_group):
    # The interface is English and the group uses English, so English is preselected.
    assert '<option value="en" selected>' in page(
        british_client.get("/groups/recruiting-community-berlin/ask/")
    )


def test_a_member_of_no_group_asks_a_question(british_client, british_member, german_group):
    response = british_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {
            "title": "When do candidates in Germany expect to talk salary?",
            "body": "In the UK we discuss it in the first call.",
            "language": "en",
        },
    )

    question = Question.objects.get()
    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/"
    assert question.group == german_group
    assert question.author == british_member
    assert question.title == "When do candidates in Germany expect to talk salary?"
    assert question.language_id == "en"
    assert question.asker_country == "GB"
    assert question.target_country == "DE"


def test_asking_shows_the_question_with_a_confirmation(british_client, german_group):
    response = british_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {
            "title": "When do candidates in Germany expect to talk salary?",
            "body": "In the UK we discuss it in the first call.",
            "language": "de",
        },
        follow=True,
    )

    assert response.status_code == 200
    assert messages_shown(response) == [
        "Your question has been posted to Recruiting Community Berlin."
    ]
    assert "from United Kingdom to Germany" in page(response)


def test_a_question_without_a_title_is_sent_back_with_the_typed_body(british_client, german_group):
    response = british_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {"title": "", "body": "What I typed & want to keep <here>.", "language": "en"},
    )

    assert response.status_code == 200
    assert field_errors(response, "title") == ["This field is required."]
    assert textarea_value(response, "body") == "What I typed & want to keep <here>."
    assert not Question.objects.exists()


def test_a_question_with_a_too_short_title_is_refused(british_client, german_group):
    response = british_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {"title": "Salary?", "body": "Tell me.", "language": "en"},
    )

    assert response.status_code == 200
    assert field_errors(response, "title") == [
        "Make the title a full question of at least 10 characters."
    ]
    assert not Question.objects.exists()


def test_a_question_in_an_unknown_language_is_a_form_error(british_client, german_group):
    response = british_client.post(
        "/groups/recruiting-community-berlin/ask/",
        {"title": "How does hiring work in Berlin?", "body": "Tell me.", "language": "xx"},
    )

    assert response.status_code == 200
    assert field_errors(response, "language")
    assert not Question.objects.exists()


def test_asking_an_unknown_group_is_not_found(british_client):
    assert british_client.get("/groups/no-such-group/ask/").status_code == 404
    assert (
        british_client.post(
            "/groups/no-such-group/ask/",
            {"title": "How does hiring work there?", "body": "Tell me.", "language": "en"},
        ).status_code
        == 404
    )


# Query counts ------------------------------------------------------------------------------

# Measured with a signed-in member (session, member, email check, filter choices): the counts do
# not grow with the number of groups or questions.
DIRECTORY_QUERY_BUDGET = 10  # two count the facets, one the unread notifications
GROUP_PAGE_QUERY_BUDGET = 10


@pytest.mark.parametrize("size", [5, 50])
def test_the_directory_query_count_does_not_grow_with_groups(
    member_client, django_assert_max_num_queries, size
):
    for group in GroupFactory.create_batch(size, languages=["pl", "en", "de"]):
        MembershipFactory(group=group)

    with django_assert_max_num_queries(DIRECTORY_QUERY_BUDGET):
        response = member_client.get("/groups/?language=en")

    assert len(group_card_names(response)) == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_group_page_query_count_does_not_grow_with_questions(
    member_client, member, polish_group, django_assert_max_num_queries, size
):
    MembershipFactory(user=member, group=polish_group)
    QuestionFactory.create_batch(size, group=polish_group)

    with django_assert_max_num_queries(GROUP_PAGE_QUERY_BUDGET):
        response = member_client.get(polish_group.get_absolute_url())

    assert len(question_row_titles(response)) == min(size, settings.PAGE_SIZE)


def test_joining_with_htmx_swaps_the_membership_block_in_place(member_client, member):
    group = GroupFactory()

    response = member_client.post(f"/groups/{group.slug}/join/", HTTP_HX_REQUEST="true")

    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert 'id="membership-actions"' in content
    assert "Leave group" in content
    assert f"Welcome to {group.name}!" in content
    assert Membership.objects.filter(group=group, user=member).exists()


def test_leaving_with_htmx_swaps_the_membership_block_in_place(member_client, member):
    group = GroupFactory()
    MembershipFactory(group=group, user=member)

    response = member_client.post(f"/groups/{group.slug}/leave/", HTTP_HX_REQUEST="true")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Join group" in content
    assert not Membership.objects.filter(group=group, user=member).exists()
