"""Every moderation page and action tried by every kind of visitor (anonymous, unconfirmed
email, member, moderator, owner, another group's moderator, staff), bad input, and the
queues' query counts at two sizes."""

import pytest
from django.conf import settings

from groups.models import Group
from moderation import services
from moderation.models import Flag, ModerationAction
from questions.models import Answer, Comment, Question
from questions.services import answer_post, comment_post, question_ask
from tests.factories import (
    EventFactory,
    FlagFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
    language,
)
from tests.html import field_errors, messages_shown, page, textarea_value

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
# Session, user, confirmed email, group, membership, the header's unread notifications and
# messages, the pending requests' count (tabs), the reported things (count and page), one
# query per kind of thing on the page (five kinds), the reports of the page, the posts
# waiting for approval (questions, answers).
GROUP_QUEUE_QUERY_BUDGET = 18
# Session, user, confirmed email, the header's unread notifications and messages, the
# reported things (count and page), one query per kind of thing on the page (five kinds),
# the reports of the page.
STAFF_QUEUE_QUERY_BUDGET = 13
# Session, user, confirmed email, group, membership, the header's unread notifications and
# messages, the pending requests' count, the actions (count and page).
GROUP_LOG_QUERY_BUDGET = 10


def who(scene, role):
    return getattr(scene, role)


def expect(response, outcome):
    if outcome == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == outcome, response.status_code


# Reporting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("anonymous", "login"),
        ("unverified", 403),
        ("member", 200),
        ("moderator", 200),
        ("owner", 200),
        ("other_moderator", 200),
        ("staff", 200),
    ],
)
def test_the_report_form_per_role(scene, as_client, role, outcome):
    response = as_client(who(scene, role)).get(f"/moderation/report/question/{scene.question.pk}/")

    expect(response, outcome)
    if outcome == 200:
        assert 'name="reason"' in page(response)


def test_a_member_reports_a_question(scene, as_client):
    response = as_client(scene.member).post(
        f"/moderation/report/question/{scene.question.pk}/",
        {"reason": "spam", "note": "Ogłoszenie o pracę, nie pytanie."},
        follow=True,
    )

    flag = Flag.objects.get()
    assert (flag.reporter, flag.question, flag.group) == (
        scene.member,
        scene.question,
        scene.polish,
    )
    assert flag.note == "Ogłoszenie o pracę, nie pytanie."
    assert "Thank you for your report. The moderators will look at it." in messages_shown(response)


@pytest.mark.parametrize("kind", ["answer", "comment", "event", "member"])
def test_every_kind_can_be_reported(scene, as_client, kind):
    target = scene.author if kind == "member" else getattr(scene, kind)

    response = as_client(scene.moderator).post(
        f"/moderation/report/{kind}/{target.pk}/", {"reason": "abusive"}
    )

    assert response.status_code == 302
    assert Flag.objects.get().target == target


def test_a_member_reported_to_a_group_reaches_its_moderators(scene, as_client):
    as_client(scene.member).post(
        f"/moderation/report/member/{scene.author.pk}/?group=rekruterzy-lodz",
        {"reason": "abusive", "group": "rekruterzy-lodz"},
    )

    assert Flag.objects.get().group == scene.polish


def test_a_member_is_reported_only_to_a_group_they_belong_to(scene, as_client):
    response = as_client(scene.member).get(
        f"/moderation/report/member/{scene.author.pk}/?group=recruiting-hamburg"
    )

    assert response.status_code == 404


def test_reporting_twice_is_friendly(scene, as_client):
    url = f"/moderation/report/question/{scene.question.pk}/"
    client = as_client(scene.member)
    client.post(url, {"reason": "spam"})

    again = client.get(url)
    posted = client.post(url, {"reason": "abusive"}, follow=True)

    assert "You already reported this" in page(again)
    assert 'name="reason"' not in page(again)
    assert "You already reported this. The moderators will look at it." in messages_shown(posted)
    assert Flag.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "reason", "Choose why you are reporting this."),
        ({"reason": "boring"}, "reason", "Select a valid choice."),
        ({"reason": "spam", "note": "x" * 1001}, "note", "at most 1000 characters"),
    ],
)
def test_a_bad_report_is_refused_and_shown_again(scene, as_client, data, field, message):
    response = as_client(scene.member).post(
        f"/moderation/report/question/{scene.question.pk}/", data
    )

    assert response.status_code == 200
    assert any(message in error for error in field_errors(response, field))
    assert not Flag.objects.exists()


def test_reporting_your_own_post_is_refused_on_the_form(scene, as_client):
    response = as_client(scene.author).post(
        f"/moderation/report/question/{scene.question.pk}/", {"reason": "spam"}
    )

    assert "You cannot report your own post." in page(response)
    assert not Flag.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/report/question/999999/",
        "/moderation/report/vote/1/",
        "/moderation/report/group/1/",
    ],
)
def test_unknown_things_cannot_be_reported(scene, as_client, path):
    assert as_client(scene.member).get(path).status_code == 404


def test_what_a_member_cannot_see_cannot_be_reported(scene, as_client):
    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Spam")

    response = as_client(scene.member).get(f"/moderation/report/question/{scene.question.pk}/")

    assert response.status_code == 404


def test_reports_are_rate_limited(scene, as_client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "flag": "2/h"}
    client = as_client(scene.member)
    targets = [("question", scene.question.pk), ("comment", scene.comment.pk)]
    targets.append(("event", scene.event.pk))

    statuses = [
        client.post(f"/moderation/report/{kind}/{pk}/", {"reason": "spam"}).status_code
        for kind, pk in targets
    ]

    assert statuses == [302, 302, 429]
    assert Flag.objects.count() == 2


def test_an_unsafe_next_address_is_ignored(scene, as_client):
    response = as_client(scene.member).post(
        f"/moderation/report/question/{scene.question.pk}/",
        {"reason": "spam", "next": "https://evil.example.com/"},
    )

    assert response["Location"] == scene.question.get_absolute_url()


# Acting ------------------------------------------------------------------------------------


MODERATING = [
    ("anonymous", "login"),
    ("unverified", 403),
    ("member", 403),
    ("moderator", 302),
    ("owner", 302),
    ("other_moderator", 403),
    ("staff", 302),
]


@pytest.mark.parametrize(("role", "outcome"), MODERATING)
def test_hiding_per_role(scene, as_client, role, outcome):
    response = as_client(who(scene, role)).post(
        f"/moderation/answer/{scene.answer.pk}/hide/", {"reason": "Reklama"}
    )

    expect(response, outcome)
    assert Answer.objects.get(pk=scene.answer.pk).is_hidden == (outcome == 302)


@pytest.mark.parametrize(("role", "outcome"), MODERATING)
def test_locking_per_role(scene, as_client, role, outcome):
    response = as_client(who(scene, role)).post(f"/moderation/question/{scene.question.pk}/lock/")

    expect(response, outcome)
    assert Question.objects.get(pk=scene.question.pk).is_locked == (outcome == 302)


@pytest.mark.parametrize(("role", "outcome"), MODERATING)
def test_restoring_per_role(scene, as_client, role, outcome):
    services.content_hide(target=scene.comment, moderator=scene.moderator, reason="Rude")

    response = as_client(who(scene, role)).post(f"/moderation/comment/{scene.comment.pk}/restore/")

    if role in ("member", "other_moderator"):
        outcome = 404  # hidden: they cannot even see it
    expect(response, outcome)
    assert Comment.objects.get(pk=scene.comment.pk).hidden_at is None or outcome != 302


@pytest.mark.parametrize(("role", "outcome"), MODERATING)
def test_dismissing_per_role(scene, as_client, role, outcome):
    FlagFactory(question=scene.question, reporter=scene.member)

    response = as_client(who(scene, role)).post(
        f"/moderation/question/{scene.question.pk}/dismiss/"
    )

    expect(response, outcome)
    assert Flag.objects.get().is_open == (outcome != 302)


@pytest.mark.parametrize(("role", "outcome"), MODERATING)
def test_approving_per_role(scene, as_client, role, outcome):
    scene.polish.hold_first_posts = True
    scene.polish.save()
    newcomer = UserFactory(username="newcomer")
    question = question_ask(
        group=scene.polish,
        author=newcomer,
        title="Pierwsze",
        body="Pierwsze pytanie",
        language=language("pl"),
    )

    response = as_client(who(scene, role)).post(f"/moderation/question/{question.pk}/approve/")

    if role in ("member", "other_moderator"):
        outcome = 404
    expect(response, outcome)
    assert Question.objects.get(pk=question.pk).is_held == (outcome != 302)


@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("anonymous", "login"),
        ("member", 403),
        ("moderator", 403),
        ("other_moderator", 403),
        ("staff", 302),
    ],
)
def test_site_wide_member_reports_are_handled_by_staff_alone(scene, as_client, role, outcome):
    services.flag_create(reporter=scene.member, target=scene.author, reason="abusive")

    response = as_client(who(scene, role)).post(f"/moderation/member/{scene.author.pk}/uphold/")

    expect(response, outcome)
    assert Flag.objects.get().is_open == (outcome != 302)


def test_a_groups_moderator_removes_a_member_reported_to_the_group(scene, as_client):
    services.flag_create(
        reporter=scene.member, target=scene.author, reason="abusive", group=scene.polish
    )

    response = as_client(scene.moderator).post(
        f"/moderation/member/{scene.author.pk}/remove/",
        {"group": "rekruterzy-lodz", "reason": "Insults"},
    )

    assert response.status_code == 302
    assert not scene.polish.memberships.filter(user=scene.author).exists()
    assert ModerationAction.objects.get(action="remove_member").reason == "Insults"


def test_banning_the_owner_is_refused_on_the_confirmation_page(scene, as_client):
    question = QuestionFactory(group=scene.polish, author=scene.owner)

    response = as_client(scene.moderator).post(
        f"/moderation/question/{question.pk}/ban/", {"reason": "No"}
    )

    assert response.status_code == 200
    assert "The owner cannot be removed or banned." in page(response)
    assert scene.polish.memberships.get(user=scene.owner).is_active


def test_the_hide_page_asks_why(scene, as_client):
    client = as_client(scene.moderator)
    url = f"/moderation/question/{scene.question.pk}/hide/"

    shown = client.get(url)
    refused = client.post(url, {"reason": "   "})

    assert 'name="reason"' in page(shown)
    assert refused.status_code == 200
    assert "Say why it is hidden" in " ".join(field_errors(refused, "reason"))
    assert not Question.objects.get(pk=scene.question.pk).is_hidden


def test_hiding_from_the_queue_without_a_reason_uses_the_reports(scene, as_client):
    FlagFactory(question=scene.question, reporter=scene.member, reason="spam")

    as_client(scene.moderator).post(f"/moderation/question/{scene.question.pk}/hide/")

    question = Question.objects.get(pk=scene.question.pk)
    assert question.hidden_reason == "Reported as: Spam or advertising (1)"


def test_a_reason_that_is_too_long_is_refused(scene, as_client):
    response = as_client(scene.moderator).post(
        f"/moderation/question/{scene.question.pk}/hide/", {"reason": "x" * 1001}
    )

    assert response.status_code == 200
    assert field_errors(response, "reason")
    assert not ModerationAction.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/question/{question}/explode/",
        "/moderation/vote/1/hide/",
        "/moderation/question/999999/hide/",
        "/moderation/answer/{answer}/lock/",
        "/moderation/member/{author}/hide/",
        "/moderation/question/{question}/approve/",
        "/moderation/event/{event}/ban/",
        "/moderation/member/{author}/remove/",
    ],
)
def test_actions_that_do_not_apply_are_not_found(scene, as_client, path):
    url = path.format(
        question=scene.question.pk,
        answer=scene.answer.pk,
        author=scene.author.pk,
        event=scene.event.pk,
    )

    assert as_client(scene.staff).post(url).status_code == 404


def test_the_moderator_goes_back_where_they_came_from(scene, as_client):
    response = as_client(scene.moderator).post(
        f"/moderation/question/{scene.question.pk}/lock/",
        {"next": "/groups/rekruterzy-lodz/moderation/queue/"},
    )

    assert response["Location"] == "/groups/rekruterzy-lodz/moderation/queue/"


def test_an_event_is_hidden_by_its_organisers(scene, as_client):
    response = as_client(scene.owner).post(
        f"/moderation/event/{scene.event.pk}/hide/", {"reason": "Spam"}
    )

    assert response.status_code == 302
    scene.event.refresh_from_db()
    assert scene.event.is_hidden


# Queues and the log ------------------------------------------------------------------------

GROUP_PAGES = [
    "/groups/rekruterzy-lodz/moderation/queue/",
    "/groups/rekruterzy-lodz/moderation/log/",
]


@pytest.mark.parametrize("path", GROUP_PAGES)
@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("anonymous", "login"),
        ("unverified", 403),
        ("member", 403),
        ("moderator", 200),
        ("owner", 200),
        ("other_moderator", 403),
        ("staff", 200),
    ],
)
def test_the_groups_queue_and_log_per_role(scene, as_client, path, role, outcome):
    expect(as_client(who(scene, role)).get(path), outcome)


@pytest.mark.parametrize("path", GROUP_PAGES)
def test_an_unknown_groups_pages_are_not_found(scene, as_client, path):
    assert as_client(scene.staff).get(path.replace("rekruterzy-lodz", "nope")).status_code == 404


@pytest.mark.parametrize(
    ("role", "outcome"),
    [
        ("anonymous", "login"),
        ("unverified", 403),
        ("member", 403),
        ("moderator", 403),
        ("owner", 403),
        ("other_moderator", 403),
        ("staff", 200),
    ],
)
def test_the_staff_queue_per_role(scene, as_client, role, outcome):
    expect(as_client(who(scene, role)).get("/moderation/"), outcome)


def test_the_empty_queues_and_log_say_so(scene, as_client):
    client = as_client(scene.staff)

    assert "Nothing is waiting: no open reports." in page(
        client.get("/groups/rekruterzy-lodz/moderation/queue/")
    )
    assert "No posts are waiting for approval." in page(
        client.get("/groups/rekruterzy-lodz/moderation/queue/")
    )
    assert "Nothing is waiting: no open reports." in page(client.get("/moderation/"))
    assert "No moderation actions yet." in page(
        client.get("/groups/rekruterzy-lodz/moderation/log/")
    )


def test_the_group_queue_shows_what_was_reported_how_often_and_why(scene, as_client):
    FlagFactory(question=scene.question, reporter=scene.member, reason="spam", note="Reklama")
    FlagFactory(question=scene.question, reporter=scene.owner, reason="spam")
    FlagFactory(
        question=None,
        answer=scene.answer,
        group=scene.polish,
        reporter=scene.author,
        reason="off_topic",
    )
    # Reports handled by another group's moderators stay out of this queue.
    FlagFactory(question=QuestionFactory(group=scene.german), reporter=scene.member)

    content = page(as_client(scene.moderator).get("/groups/rekruterzy-lodz/moderation/queue/"))

    assert "2 reported items" in content
    assert "Reported 2 times" in content
    assert "Spam or advertising (2)" in content
    assert "Off-topic (1)" in content
    assert "Reklama" in content
    assert scene.question.title in content
    assert f"/moderation/question/{scene.question.pk}/hide/" in content
    assert f"/moderation/answer/{scene.answer.pk}/ban/" in content


def test_the_group_queue_lists_posts_waiting_for_approval(scene, as_client):
    scene.polish.hold_first_posts = True
    scene.polish.save()
    newcomer = UserFactory(username="newcomer", display_name="Nowa Osoba")
    question_ask(
        group=scene.polish,
        author=newcomer,
        title="Czy warto?",
        body="Pierwsze pytanie.",
        language=language("pl"),
    )
    answer_post(
        question=scene.question,
        author=newcomer,
        body="Pierwsza odpowiedź.",
        language=language("pl"),
    )

    content = page(as_client(scene.owner).get("/groups/rekruterzy-lodz/moderation/queue/"))

    assert "Czy warto?" in content
    assert "Pierwsza odpowiedź." in content
    assert content.count("/approve/") == 2


def test_the_staff_queue_lists_every_group_and_site_wide_reports(scene, as_client):
    FlagFactory(question=QuestionFactory(group=scene.german, title="Hamburg spam"))
    services.flag_create(reporter=scene.member, target=scene.author, reason="abusive")

    content = page(as_client(scene.staff).get("/moderation/"))

    assert "Hamburg spam" in content
    assert "Adam Autor" in content
    assert f"/moderation/member/{scene.author.pk}/uphold/" in content


def test_the_log_lists_the_groups_moderation_actions(scene, as_client):
    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Reklama")
    services.question_lock(question=scene.question, moderator=scene.owner, reason="Kłótnia")

    content = page(as_client(scene.owner).get("/groups/rekruterzy-lodz/moderation/log/"))

    assert "Reklama" in content
    assert "Kłótnia" in content
    assert "Marek Moderator" in content


def _fill_queue(scene, size):
    """``size`` reported things of every kind, each reported twice."""
    reporters = [UserFactory(), UserFactory()]
    for number in range(size):
        kind = number % 5
        if kind == 0:
            target = {"question": QuestionFactory(group=scene.polish)}
        elif kind == 1:
            target = {
                "question": None,
                "answer": answer_post(
                    question=scene.question,
                    author=UserFactory(),
                    body=f"Spam {number}",
                    language=language("en"),
                ),
            }
        elif kind == 2:
            target = {
                "question": None,
                "comment": comment_post(
                    author=UserFactory(), post=scene.question, body=f"Spam {number}"
                ),
            }
        elif kind == 3:
            target = {"question": None, "event": EventFactory(group=scene.polish)}
        else:
            member = UserFactory()
            MembershipFactory(group=scene.polish, user=member)
            target = {"question": None, "member": member}
        for reporter in reporters:
            FlagFactory(reporter=reporter, group=scene.polish, note="Please look", **target)


@pytest.mark.parametrize("size", [5, 50])
def test_the_group_queue_query_count_does_not_grow(
    scene, as_client, django_assert_max_num_queries, size
):
    _fill_queue(scene, size)
    client = as_client(scene.moderator)

    with django_assert_max_num_queries(GROUP_QUEUE_QUERY_BUDGET):
        response = client.get("/groups/rekruterzy-lodz/moderation/queue/")

    assert page(response).count('class="queue-item"') == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_staff_queue_query_count_does_not_grow(
    scene, as_client, django_assert_max_num_queries, size
):
    _fill_queue(scene, size)
    client = as_client(scene.staff)

    with django_assert_max_num_queries(STAFF_QUEUE_QUERY_BUDGET):
        response = client.get("/moderation/?page=2")

    # The second page: what is left after the first, at most a page.
    expected = min(max(size - settings.PAGE_SIZE, 0), settings.PAGE_SIZE)
    if size <= settings.PAGE_SIZE:
        expected = size  # a page number past the end shows the last page
    assert page(response).count('class="queue-item"') == expected


@pytest.mark.parametrize("size", [5, 50])
def test_the_log_query_count_does_not_grow(scene, as_client, django_assert_max_num_queries, size):
    for number in range(size):
        question = QuestionFactory(group=scene.polish)
        services.content_hide(target=question, moderator=scene.moderator, reason=f"Spam {number}")

    client = as_client(scene.owner)
    with django_assert_max_num_queries(GROUP_LOG_QUERY_BUDGET):
        response = client.get("/groups/rekruterzy-lodz/moderation/log/")

    assert page(response).count("Spam ") == min(size, settings.PAGE_SIZE)


# Settings, asking and events ---------------------------------------------------------------


def test_the_owner_turns_on_holding_first_posts_in_the_settings(scene, as_client):
    client = as_client(scene.owner)
    form = page(client.get("/groups/rekruterzy-lodz/manage/settings/"))
    assert 'name="hold_first_posts"' in form

    client.post(
        "/groups/rekruterzy-lodz/manage/settings/",
        {
            "name": scene.polish.name,
            "country": "PL",
            "city": "Łódź",
            "languages": ["pl"],
            "join_policy": "open",
            "hold_first_posts": "on",
        },
    )

    assert Group.objects.get(pk=scene.polish.pk).hold_first_posts


def test_the_same_advert_to_a_second_group_is_refused_next_to_the_body(scene, as_client):
    client = as_client(scene.member)
    advert = "Szukamy rekruterów IT, praca zdalna, pisz na priv!"
    data = {"title": "Praca dla rekruterów", "body": advert, "language": "pl"}
    client.post("/groups/rekruterzy-lodz/ask/", data)

    response = client.post("/groups/recruiting-hamburg/ask/", data)

    assert response.status_code == 200
    assert any("cannot be posted to several groups" in e for e in field_errors(response, "body"))
    assert textarea_value(response, "body") == advert
    assert not Question.objects.filter(group=scene.german).exists()


def test_asking_a_group_that_holds_first_posts_says_the_question_waits(scene, as_client):
    scene.polish.hold_first_posts = True
    scene.polish.save()
    newcomer = UserFactory(username="newcomer")

    response = as_client(newcomer).post(
        "/groups/rekruterzy-lodz/ask/",
        {"title": "Pierwsze pytanie", "body": "Jak wygląda rekrutacja w Łodzi?", "language": "pl"},
        follow=True,
    )

    assert response.status_code == 200
    assert any("waiting for a moderator" in message for message in messages_shown(response))
    assert "Waiting for a moderator." in page(response)


def test_a_banned_member_asking_the_group_is_told_why(scene, as_client):
    services.author_remove(target=scene.author, moderator=scene.owner, group=scene.polish, ban=True)

    response = as_client(scene.author).post(
        "/groups/rekruterzy-lodz/ask/",
        {
            "title": "Czy mogę jeszcze pytać?",
            "body": "Czy mogę jeszcze pytać w tej grupie?",
            "language": "pl",
        },
    )

    assert response.status_code == 200
    assert "You are banned from this group" in page(response)


def test_editing_a_question_into_an_advert_posted_elsewhere_is_refused_on_the_form(
    scene, as_client
):
    advert = "Szukamy rekruterów IT, praca zdalna, pisz na priv!"
    question_ask(
        group=scene.german, author=scene.author, title="Job", body=advert, language=language("pl")
    )

    response = as_client(scene.author).post(
        f"/questions/{scene.question.pk}/edit/", {"title": scene.question.title, "body": advert}
    )

    assert response.status_code == 200
    assert any("cannot be posted to several groups" in e for e in field_errors(response, "body"))
    assert Question.objects.get(pk=scene.question.pk).body != advert
