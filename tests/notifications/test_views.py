from datetime import timedelta

import pytest
from django.utils import timezone

from notifications.context_processors import unread_count
from notifications.models import Follow, Notification, NotificationPreference
from notifications.services import follow
from tests.factories import (
    AnswerFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
)
from tests.html import messages_shown, page, question_row_titles, start_tags

pytestmark = pytest.mark.django_db

Kind = Notification.Kind
LOGIN_URL = "/accounts/login/"


def _login_redirect(response, next_url):
    return response.status_code == 302 and response.url == f"{LOGIN_URL}?next={next_url}"


def _notifications_for(member, count, **fields):
    """``count`` notifications about questions asked by different people in two groups."""
    groups = [GroupFactory(), GroupFactory()]
    return [
        Notification.objects.create(
            recipient=member,
            kind=Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
            actor=(question := QuestionFactory(group=groups[number % 2])).author,
            question=question,
            **fields,
        )
        for number in range(count)
    ]


# Who may see what -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/notifications/", "/notifications/preferences/", "/for-you/", "/notifications/1/open/"],
)
def test_visitors_are_asked_to_sign_in(client, path):
    assert _login_redirect(client.get(path), path)


@pytest.mark.parametrize("path", ["/notifications/read/", "/notifications/follow/group/1/"])
def test_visitors_posting_are_asked_to_sign_in(client, path):
    assert _login_redirect(client.post(path, {"action": "follow"}), path)


@pytest.mark.parametrize("path", ["/notifications/", "/notifications/preferences/", "/for-you/"])
def test_members_without_a_confirmed_email_may_read_their_pages(unverified_client, path):
    assert unverified_client.get(path).status_code == 200


def test_a_member_cannot_open_someone_elses_notification(member_client, question):
    [notification] = _notifications_for(UserFactory(username="someone"), 1)

    assert member_client.get(f"/notifications/{notification.pk}/open/").status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_staff_cannot_open_someone_elses_notification_either(client, staff_member):
    [notification] = _notifications_for(UserFactory(username="someone"), 1)
    client.force_login(staff_member)

    assert client.get(f"/notifications/{notification.pk}/open/").status_code == 404


# The notifications page -------------------------------------------------------------------


def test_the_list_shows_my_notifications_newest_first(member_client, member, question, answer):
    older = Notification.objects.create(
        recipient=member,
        kind=Kind.MY_ANSWER_ACCEPTED,
        actor=question.author,
        question=question,
        answer=answer,
        created_at=timezone.now() - timedelta(days=1),
    )
    newer = Notification.objects.create(
        recipient=member, kind=Kind.MENTION, actor=answer.author, question=question, answer=answer
    )
    _notifications_for(UserFactory(username="someone"), 1)

    response = member_client.get("/notifications/")

    links = [
        attributes["href"]
        for tag, attributes in start_tags(page(response))
        if tag == "a" and attributes.get("href", "").endswith("/open/")
    ]
    assert links == [f"/notifications/{newer.pk}/open/", f"/notifications/{older.pk}/open/"]
    assert f"{answer.author.public_name} mentioned you in an answer to" in page(response)


def test_opening_a_notification_marks_it_read_and_goes_to_its_target(
    member_client, member, question, answer
):
    notification = Notification.objects.create(
        recipient=member, kind=Kind.MENTION, question=question, answer=answer
    )

    response = member_client.get(f"/notifications/{notification.pk}/open/")

    assert response.status_code == 302
    assert response.url == f"/questions/{question.pk}/#answer-{answer.pk}"
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_marking_all_read_marks_only_mine(member_client, member):
    _notifications_for(member, 3)
    [theirs] = _notifications_for(UserFactory(username="someone"), 1)

    response = member_client.post("/notifications/read/")

    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=member, read_at__isnull=True).exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_marking_all_read_needs_a_post(member_client, member):
    _notifications_for(member, 1)

    assert member_client.get("/notifications/read/").status_code == 405
    assert Notification.objects.filter(read_at__isnull=True).count() == 1


def test_the_list_is_paginated(member_client, member, settings):
    _notifications_for(member, settings.PAGE_SIZE + 1)

    first = page(member_client.get("/notifications/"))
    second = page(member_client.get("/notifications/?page=2"))

    assert first.count("/open/") == settings.PAGE_SIZE
    assert second.count("/open/") == 1


@pytest.mark.parametrize("size", [5, 50])
def test_the_notifications_page_runs_a_bounded_number_of_queries(
    member_client, member, django_assert_max_num_queries, size
):
    _notifications_for(member, size)

    # session, member, page count, page, unread count in the header
    with django_assert_max_num_queries(6):
        response = member_client.get("/notifications/")

    assert response.status_code == 200


# The unread count in the header -----------------------------------------------------------


def test_the_header_shows_how_many_notifications_are_unread(member_client, member):
    _notifications_for(member, 2)
    _notifications_for(member, 1, read_at=timezone.now())

    assert "2 new" in page(member_client.get("/groups/"))


def test_the_header_shows_no_count_when_everything_is_read(member_client, member):
    _notifications_for(member, 1, read_at=timezone.now())

    assert " new</span>" not in page(member_client.get("/groups/"))


def test_the_unread_count_is_one_query_for_members_and_none_for_visitors(
    rf, member, django_assert_num_queries
):
    _notifications_for(member, 3)
    request = rf.get("/")
    request.user = member

    context = unread_count(request)
    with django_assert_num_queries(1):
        assert context["unread_notification_count"]() == 3
        assert context["unread_notification_count"]() == 3

    request.user = type("Visitor", (), {"is_authenticated": False})()
    with django_assert_num_queries(0):
        assert unread_count(request) == {}


# Email settings ---------------------------------------------------------------------------


def test_the_preferences_start_with_every_email_on_and_no_digest(member_client):
    tags = start_tags(page(member_client.get("/notifications/preferences/")))

    checkboxes = {
        attributes["name"]: "checked" in attributes
        for tag, attributes in tags
        if tag == "input" and attributes.get("type") == "checkbox"
    }
    assert checkboxes == {
        **{f"email_{kind}": True for kind in Kind.values},
        "daily_digest": False,
    }


def test_saving_the_preferences_creates_them(member_client, member):
    response = member_client.post(
        "/notifications/preferences/",
        {"email_mention": "on", "email_my_answer_accepted": "on", "daily_digest": "on"},
        follow=True,
    )

    assert messages_shown(response) == ["Your notification settings have been saved."]
    preference = NotificationPreference.objects.get(member=member)
    assert preference.daily_digest
    assert preference.email_mention and preference.email_my_answer_accepted
    assert not preference.email_answer_to_my_question


def test_the_preferences_form_ignores_fields_it_does_not_offer(member_client, member):
    someone = UserFactory(username="someone")

    member_client.post("/notifications/preferences/", {"member": someone.pk, "updated_at": "x"})

    assert NotificationPreference.objects.get().member == member


# Following --------------------------------------------------------------------------------


def test_following_a_group_without_javascript_goes_back_to_the_page(
    member_client, member, polish_group
):
    response = member_client.post(
        f"/notifications/follow/group/{polish_group.pk}/",
        {"action": "follow", "next": f"/groups/{polish_group.slug}/"},
    )

    assert response.status_code == 302
    assert response.url == f"/groups/{polish_group.slug}/"
    assert Follow.objects.filter(follower=member, group=polish_group).exists()


def test_the_follow_button_swaps_in_place_with_htmx(member_client, member, question):
    url = f"/notifications/follow/question/{question.pk}/"

    followed = member_client.post(
        url,
        {"action": "follow"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver/questions/{question.pk}/",
    )

    assert followed.status_code == 200
    assert f'id="follow-question-{question.pk}"' in page(followed)
    assert "You follow this question." in page(followed)
    assert 'name="next" value="/questions/' in page(followed)
    assert "<html" not in page(followed)

    unfollowed = member_client.post(url, {"action": "unfollow"}, HTTP_HX_REQUEST="true")

    assert "Follow this question" in page(unfollowed)
    assert not Follow.objects.filter(follower=member).exists()


def test_following_goes_back_to_the_target_when_next_points_elsewhere(member_client, topic):
    response = member_client.post(
        f"/notifications/follow/topic/{topic.pk}/",
        {"action": "follow", "next": "https://evil.example.com/"},
    )

    assert response.url == f"/topics/{topic.slug}/"


def test_members_without_a_confirmed_email_cannot_follow(unverified_client, polish_group):
    url = f"/notifications/follow/group/{polish_group.pk}/"

    plain = unverified_client.post(url, {"action": "follow"})
    enhanced = unverified_client.post(url, {"action": "follow"}, HTTP_HX_REQUEST="true")

    assert plain.status_code == 403
    assert "Confirm your email address" in page(plain)
    assert "Confirm your email address to follow." in page(enhanced)
    assert not Follow.objects.exists()


@pytest.mark.parametrize(
    ("path", "data", "status"),
    [
        ("/notifications/follow/member/1/", {"action": "follow"}, 404),
        ("/notifications/follow/group/999999/", {"action": "follow"}, 404),
        ("/notifications/follow/group/{group}/", {"action": "subscribe"}, 400),
        ("/notifications/follow/group/{group}/", {}, 400),
    ],
)
def test_following_refuses_bad_input(member_client, polish_group, path, data, status):
    response = member_client.post(path.format(group=polish_group.pk), data)

    assert response.status_code == status
    assert not Follow.objects.exists()


def test_following_needs_a_post(member_client, polish_group):
    assert member_client.get(f"/notifications/follow/group/{polish_group.pk}/").status_code == 405


def test_the_group_page_has_a_follow_button_and_its_feed(member_client, member, polish_group):
    follow(follower=member, target=polish_group)

    content = page(member_client.get(f"/groups/{polish_group.slug}/"))

    assert "You follow this group." in content
    assert (
        "link",
        {
            "rel": "alternate",
            "type": "application/atom+xml",
            "href": f"/groups/{polish_group.slug}/questions.atom",
            "title": f"Questions to {polish_group.name}",
        },
    ) in start_tags(content)


def test_visitors_see_a_sign_in_link_instead_of_the_follow_button(client, polish_group):
    content = page(client.get(f"/groups/{polish_group.slug}/"))

    assert "Sign in to follow" in content
    assert "/notifications/follow/" not in content


def test_the_question_list_links_the_feed_of_the_country_it_is_filtered_to(client, db):
    tags = start_tags(page(client.get("/questions/?to=DE")))
    unfiltered = start_tags(page(client.get("/questions/")))

    feeds = [a["href"] for tag, a in tags if tag == "link" and a.get("rel") == "alternate"]
    assert feeds == ["/questions/feed.atom?to=DE"]
    assert not [a for tag, a in unfiltered if tag == "link" and a.get("rel") == "alternate"]


# Topic pages ------------------------------------------------------------------------------


def test_a_topic_page_lists_its_questions_newest_first(client, topic, polish_group):
    older = QuestionFactory(group=polish_group, title="Older salary question")
    newer = QuestionFactory(group=polish_group, title="Newer salary question")
    QuestionFactory(group=polish_group, title="Not about salary")
    for question in (older, newer):
        question.topics.add(topic)

    response = client.get(f"/topics/{topic.slug}/")

    assert response.status_code == 200
    assert question_row_titles(response) == ["Newer salary question", "Older salary question"]
    assert "Sign in to follow" in page(response)


def test_an_unknown_topic_is_not_found(client, db):
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_a_member_follows_a_topic_from_its_page(member_client, member, topic):
    member_client.post(f"/notifications/follow/topic/{topic.pk}/", {"action": "follow"})

    assert "You follow this topic." in page(member_client.get(f"/topics/{topic.slug}/"))


@pytest.mark.parametrize("size", [5, 50])
def test_a_topic_page_runs_a_bounded_number_of_queries(
    member_client, topic, polish_group, django_assert_max_num_queries, size
):
    for question in QuestionFactory.create_batch(size, group=polish_group):
        question.topics.add(topic)

    with django_assert_max_num_queries(8):
        assert member_client.get(f"/topics/{topic.slug}/").status_code == 200


# For your region --------------------------------------------------------------------------


@pytest.fixture
def region(member, polish_group, german_group):
    """``member`` lives in Poland and belongs to a German group."""
    MembershipFactory(user=member, group=german_group)
    pending = GroupFactory(name="Pending Group", country="FR")
    MembershipFactory(user=member, group=pending, status="pending")
    spain = GroupFactory(name="Madrid", country="ES")
    return {"polish": polish_group, "german": german_group, "pending": pending, "spain": spain}


def test_for_you_lists_open_questions_to_my_groups_and_my_country_unanswered_first(
    member_client, member, region
):
    now = timezone.now()

    def asked(title, group, hours_ago, **fields):
        return QuestionFactory(
            title=title,
            group=group,
            created_at=now - timedelta(hours=hours_ago),
            **fields,
        )

    asked("Old unanswered, to my group", region["german"], 5)
    asked("New unanswered, to my country", region["polish"], 1)
    answered = asked("Answered, to my country", region["polish"], 0)
    AnswerFactory(question=answered)
    asked("Also about Poland", region["spain"], 3, regions=["ES", "PL"])
    accepted = asked("Accepted already", region["polish"], 2)
    accepted.accepted_answer = AnswerFactory(question=accepted)
    accepted.save()
    asked("Deleted", region["polish"], 2, deleted_at=now)
    asked("Mine", region["polish"], 2, author=member)
    asked("To a group I only asked to join", region["pending"], 2)
    asked("Spain only", region["spain"], 2)

    response = member_client.get("/for-you/")

    assert question_row_titles(response) == [
        "New unanswered, to my country",
        "Also about Poland",
        "Old unanswered, to my group",
        "Answered, to my country",
    ]


def test_for_you_explains_itself_to_members_without_groups_or_country(client):
    client.force_login(UserFactory(username="nowhere", home_country=""))

    assert "set your home country" in page(client.get("/for-you/"))


@pytest.mark.parametrize("size", [5, 50])
def test_for_you_runs_a_bounded_number_of_queries(
    member_client, region, django_assert_max_num_queries, size
):
    for number in range(size):
        QuestionFactory(group=region["german"] if number % 2 else region["polish"])

    with django_assert_max_num_queries(6):
        response = member_client.get("/for-you/")

    assert len(question_row_titles(response)) == min(size, 20)


def test_the_question_page_has_a_follow_button(member_client, member, question):
    follow(follower=member, target=question)

    content = page(member_client.get(f"/questions/{question.pk}/"))

    assert "You follow this question." in content
    assert f'action="/notifications/follow/question/{question.pk}/"' in content
