"""Hidden content, and posts waiting for approval, are absent from every place that lists
or counts posts (one test per place), while the moderators still reach them; a locked
thread shows that it is locked and offers no forms."""

import pytest
from django.utils import timezone

from events.models import Event
from moderation import services
from questions.models import Question, Topic
from questions.services import answer_post, comment_post, question_ask
from tests.factories import EventFactory, UserFactory, language
from tests.html import page

pytestmark = pytest.mark.django_db

HIDDEN_TITLE = "Hidden: salary in the first call, the Łódź way?"
KEPT_TITLE = "Kept: salary in the first call, the Łódź view?"

# (name, path, who is signed in)
SURFACES = [
    ("home", "/", None),
    ("question-list", "/questions/", None),
    ("question-list-filtered", "/questions/?to=PL&from=GB", None),
    ("group-page", "/groups/rekruterzy-lodz/", None),
    ("country-page", "/countries/pl/", None),
    ("language-page", "/languages/en/", None),
    ("profile", "/members/author/", None),
    ("group-feed", "/groups/rekruterzy-lodz/questions.atom", None),
    ("country-feed", "/questions/feed.atom?to=PL", None),
    ("search", "/search/?q=salary", None),
    ("similar-questions", "/questions/similar/?title=salary+first+call+Łódź", None),
    ("topic-page", "/topics/salary-and-compensation/", None),
    ("for-you", "/for-you/", "member"),
    ("notifications", "/notifications/", "owner"),
]


@pytest.fixture
def two_questions(scene, django_capture_on_commit_callbacks):
    """Two questions alike in every way; the first will be hidden (or held)."""
    salary = Topic.objects.get(slug="salary-and-compensation")
    made = []
    with django_capture_on_commit_callbacks(execute=True):
        for title in (HIDDEN_TITLE, KEPT_TITLE):
            made.append(
                question_ask(
                    group=scene.polish,
                    author=scene.author,
                    title=title,
                    body=f"{title} In London salary comes up in the first call.",
                    language=language("en"),
                    topics=[salary],
                )
            )
    return made


def _get(as_client, scene, path, who):
    return page(as_client(getattr(scene, who) if who else None).get(path))


@pytest.mark.parametrize(("name", "path", "who"), SURFACES, ids=[s[0] for s in SURFACES])
def test_a_hidden_question_is_listed_nowhere(scene, two_questions, as_client, name, path, who):
    hidden, _kept = two_questions
    services.content_hide(target=hidden, moderator=scene.moderator, reason="Job advert")

    content = _get(as_client, scene, path, who)

    assert "Hidden:" not in content
    if name != "profile":
        assert "Kept:" in content


@pytest.mark.parametrize(("name", "path", "who"), SURFACES, ids=[s[0] for s in SURFACES])
def test_a_question_waiting_for_approval_is_listed_nowhere(
    scene, two_questions, as_client, name, path, who
):
    hidden, _kept = two_questions
    Question.objects.filter(pk=hidden.pk).update(held_at=timezone.now())

    content = _get(as_client, scene, path, who)

    assert "Hidden:" not in content
    if name != "profile":
        assert "Kept:" in content


def test_a_hidden_answer_is_not_found_by_search(scene, client):
    answer_post(
        question=scene.question,
        author=scene.owner,
        body="Contact our agency for kwalifikowany headhunting.",
        language=language("en"),
    )
    answer = scene.question.answers.get(author=scene.owner)
    assert "headhunting" in page(client.get("/search/?q=kwalifikowany"))

    services.content_hide(target=answer, moderator=scene.moderator, reason="Advert")

    assert "headhunting" not in page(client.get("/search/?q=kwalifikowany"))


def test_a_hidden_answer_leaves_the_answer_count_on_lists(scene, client):
    assert "1 answer" in page(client.get("/questions/"))

    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Advert")

    content = page(client.get("/questions/"))
    assert "0 answers" in content


def test_a_hidden_answer_is_a_placeholder_in_its_thread(scene, as_client):
    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Advert")

    for who in (None, scene.member, scene.author, scene.other_moderator):
        content = page(as_client(who).get(scene.question.get_absolute_url()))
        assert "This answer was hidden by the moderators." in content
        assert "most candidates in Łódź" not in content
        assert "0 answers" in content


@pytest.mark.parametrize("who", ["moderator", "owner", "staff"])
def test_moderators_see_a_hidden_answer_with_who_and_why_and_restore_it(scene, as_client, who):
    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Advert")

    content = page(as_client(getattr(scene, who)).get(scene.question.get_absolute_url()))

    assert "most candidates in Łódź" in content
    assert "Hidden by Marek Moderator:" in content
    assert "Advert" in content
    assert f'action="/moderation/answer/{scene.answer.pk}/restore/"' in content


def test_a_hidden_comment_shows_only_to_moderators(scene, as_client):
    services.content_hide(target=scene.comment, moderator=scene.moderator, reason="Rude")

    for who in (None, scene.member, scene.other_moderator):
        assert "Agreed, especially in IT." not in page(
            as_client(who).get(scene.question.get_absolute_url())
        )
    content = page(as_client(scene.moderator).get(scene.question.get_absolute_url()))
    assert "Agreed, especially in IT." in content
    assert "Hidden by Marek Moderator:" in content


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 404),
        ("member", 404),
        ("author", 404),
        ("other_moderator", 404),
        ("moderator", 200),
        ("owner", 200),
        ("staff", 200),
    ],
)
def test_a_hidden_question_page_is_seen_by_its_groups_moderators_and_staff(
    scene, as_client, who, status
):
    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Job advert")

    response = as_client(getattr(scene, who)).get(scene.question.get_absolute_url())

    assert response.status_code == status
    if status == 200:
        content = page(response)
        assert "Hidden by Marek Moderator:" in content
        assert "Job advert" in content
        assert f'action="/moderation/question/{scene.question.pk}/restore/"' in content


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 404), ("member", 404), ("author", 200), ("moderator", 200), ("staff", 200)],
)
def test_a_held_question_is_seen_by_its_author_and_the_moderators(scene, as_client, who, status):
    Question.objects.filter(pk=scene.question.pk).update(held_at=timezone.now())

    response = as_client(getattr(scene, who)).get(scene.question.get_absolute_url())

    assert response.status_code == status
    if who == "author":
        assert "Waiting for a moderator." in page(response)
        assert "/approve/" not in page(response)
    elif status == 200:
        assert f"/moderation/question/{scene.question.pk}/approve/" in page(response)


def test_a_held_answer_is_seen_by_its_author_and_the_moderators_only(scene, as_client):
    newcomer = UserFactory(username="newcomer")
    scene.polish.hold_first_posts = True
    scene.polish.save()
    answer_post(
        question=scene.question,
        author=newcomer,
        body="Nowa odpowiedź czeka na moderatora.",
        language=language("pl"),
    )
    url = scene.question.get_absolute_url()

    assert "Nowa odpowiedź" not in page(as_client(scene.member).get(url))
    assert "Nowa odpowiedź" not in page(as_client(None).get(url))
    mine = page(as_client(newcomer).get(url))
    assert "Nowa odpowiedź" in mine
    assert "Waiting for a moderator." in mine
    assert "Nowa odpowiedź" in page(as_client(scene.moderator).get(url))


def test_a_locked_thread_says_so_and_offers_no_forms(scene, as_client):
    services.question_lock(question=scene.question, moderator=scene.moderator)

    content = page(as_client(scene.member).get(scene.question.get_absolute_url()))

    assert "This thread is locked: it takes no new answers, comments or votes." in content
    assert f'action="/questions/{scene.question.pk}/answer/"' not in content
    assert f'action="/questions/{scene.question.pk}/comment/"' not in content
    assert f'action="/questions/answers/{scene.answer.pk}/comment/"' not in content
    assert "/vote/" not in content


def test_moderators_find_their_tools_under_posts_and_members_a_report_link(scene, as_client):
    url = scene.question.get_absolute_url()

    mine = page(as_client(scene.moderator).get(url))
    assert f"/moderation/question/{scene.question.pk}/hide/" in mine
    assert f"/moderation/question/{scene.question.pk}/lock/" in mine
    assert f"/moderation/answer/{scene.answer.pk}/hide/" in mine
    assert f"/moderation/comment/{scene.comment.pk}/hide/" in mine

    theirs = page(as_client(scene.member).get(url))
    assert "/hide/" not in theirs
    assert f"/moderation/report/question/{scene.question.pk}/" in theirs
    assert f"/moderation/report/comment/{scene.comment.pk}/" in theirs
    # Nobody reports their own answer.
    assert f"/moderation/report/answer/{scene.answer.pk}/" not in theirs

    assert "/moderation/report/" not in page(as_client(None).get(url))


# Events ------------------------------------------------------------------------------------


@pytest.fixture
def hidden_event(scene):
    EventFactory(group=scene.polish, title="Kept: meetup in Łódź")
    services.content_hide(target=scene.event, moderator=scene.owner, reason="Not a meetup")
    return Event.objects.get(pk=scene.event.pk)


@pytest.mark.parametrize(
    "path", ["/events/", "/groups/rekruterzy-lodz/", "/groups/rekruterzy-lodz/events.ics"]
)
def test_a_hidden_event_is_listed_nowhere(scene, hidden_event, client, path):
    content = page(client.get(path))

    assert "Spotkanie rekruterów w Łodzi" not in content
    assert "Kept: meetup in Łódź" in content


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 404), ("member", 404), ("other_moderator", 404), ("owner", 200), ("staff", 200)],
)
def test_a_hidden_event_page_is_seen_by_the_groups_organisers_and_staff(
    scene, hidden_event, as_client, who, status
):
    response = as_client(getattr(scene, who)).get(hidden_event.get_absolute_url())

    assert response.status_code == status
    if status == 200:
        assert "Not a meetup" in page(response)


def test_the_comment_under_a_hidden_question_cannot_be_added(scene, as_client):
    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Spam")

    response = as_client(scene.member).post(
        f"/questions/{scene.question.pk}/comment/", {"body": "Still there?"}
    )

    # Refused: sent back with a message, or not found at all.
    assert response.status_code in (302, 404)
    assert not scene.question.comments.filter(body="Still there?").exists()


def test_answering_a_locked_thread_through_the_form_is_refused(scene, as_client):
    services.question_lock(question=scene.question, moderator=scene.moderator)

    as_client(scene.owner).post(
        f"/questions/{scene.question.pk}/answer/", {"body": "Late answer", "language": "en"}
    )

    assert not scene.question.answers.filter(body="Late answer").exists()


def test_comment_services_refuse_on_a_held_answer(scene):
    scene.answer.held_at = timezone.now()
    scene.answer.save()

    with pytest.raises(Exception, match="approval"):
        comment_post(author=scene.owner, post=scene.answer, body="Hm")
