import pytest
from django.db import IntegrityError, OperationalError

from notifications.models import Follow, Notification
from notifications.services import (
    follow,
    is_following,
    notify_answer_accepted,
    notify_answer_posted,
    notify_comment_posted,
    notify_mentions,
    notify_question_asked,
    unfollow,
)
from questions.models import Answer
from questions.services import answer_accept, answer_post, comment_post, question_ask
from tests.factories import AnswerFactory, MembershipFactory, QuestionFactory, UserFactory, language

from .conftest import comment_on

pytestmark = pytest.mark.django_db

Kind = Notification.Kind


def told(**filters):
    """{username: kind} of everyone notified, for the filters given."""
    return {
        notification.recipient.username: notification.kind
        for notification in Notification.objects.filter(**filters).select_related("recipient")
    }


# Following -------------------------------------------------------------------------------


def test_following_twice_keeps_one_follow_and_unfollowing_removes_it(member, polish_group):
    follow(follower=member, target=polish_group)
    follow(follower=member, target=polish_group)

    assert Follow.objects.filter(follower=member, group=polish_group).count() == 1
    assert is_following(follower=member, target=polish_group)

    unfollow(follower=member, target=polish_group)
    unfollow(follower=member, target=polish_group)

    assert not is_following(follower=member, target=polish_group)


def test_a_follow_points_at_exactly_one_thing(member, polish_group, question):
    with pytest.raises(IntegrityError):
        Follow.objects.create(follower=member, group=polish_group, question=question)


def test_a_follow_must_point_at_something(member):
    with pytest.raises(IntegrityError):
        Follow.objects.create(follower=member)


def test_a_member_cannot_follow_someone(member, asker):
    with pytest.raises(ValueError):
        follow(follower=member, target=asker)


def test_askers_follow_their_question_and_answerers_the_question_they_answered(
    polish_group, asker, answerer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = question_ask(
            group=polish_group,
            author=asker,
            title="Notice periods in Poland?",
            body="How long are they?",
            language=language("en"),
        )
        answer_post(
            question=question, author=answerer, body="Up to three months.", language=language("en")
        )

    assert is_following(follower=asker, target=question)
    assert is_following(follower=answerer, target=question)
    assert told() == {"brit": Kind.ANSWER_TO_MY_QUESTION}


# A question is asked ----------------------------------------------------------------------


def test_a_new_question_tells_followers_and_moderators_of_the_group_and_topic_followers(
    polish_group, asker, topic, group_owner
):
    group_follower = UserFactory(username="follower")
    moderator = UserFactory(username="moderator")
    MembershipFactory(user=moderator, group=polish_group, role="moderator")
    MembershipFactory(user=UserFactory(username="plain_member"), group=polish_group)
    topic_follower = UserFactory(username="topical")
    follow(follower=group_follower, target=polish_group)
    follow(follower=topic_follower, target=topic)
    follow(follower=UserFactory(username="elsewhere"), target=QuestionFactory().group)
    question = QuestionFactory(group=polish_group, author=asker)
    question.topics.set([topic])

    notify_question_asked(question)

    assert told(question=question) == {
        "follower": Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
        "moderator": Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
        "owner": Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
        "topical": Kind.NEW_QUESTION_IN_FOLLOWED_TOPIC,
    }
    notification = Notification.objects.get(recipient=group_follower)
    assert notification.actor == asker
    assert (notification.answer, notification.comment) == (None, None)


def test_the_asker_is_never_told_about_their_own_question(polish_group, asker, topic):
    MembershipFactory(user=asker, group=polish_group, role="moderator")
    follow(follower=asker, target=polish_group)
    follow(follower=asker, target=topic)
    question = QuestionFactory(group=polish_group, author=asker, body="Asking for @brit")
    question.topics.set([topic])

    notify_question_asked(question)

    assert told() == {}


def test_someone_several_rules_pick_is_told_once(polish_group, asker, topic):
    everything = UserFactory(username="everything")
    MembershipFactory(user=everything, group=polish_group, role="moderator")
    follow(follower=everything, target=polish_group)
    follow(follower=everything, target=topic)
    question = QuestionFactory(
        group=polish_group, author=asker, body="What do you think, @everything?"
    )
    question.topics.set([topic])

    notify_question_asked(question)
    notify_question_asked(question)

    assert told() == {"everything": Kind.MENTION}


def test_inactive_followers_are_not_told(polish_group, asker):
    follow(follower=UserFactory(username="gone", is_active=False), target=polish_group)

    notify_question_asked(QuestionFactory(group=polish_group, author=asker))

    assert told() == {}


# An answer is posted ----------------------------------------------------------------------


def test_a_new_answer_tells_the_asker_and_the_questions_followers(question, answerer):
    earlier = UserFactory(username="earlier")
    follow(follower=earlier, target=question)
    follow(follower=answerer, target=question)
    answer = AnswerFactory(question=question, author=answerer)

    notify_answer_posted(answer)

    assert told(answer=answer) == {
        "brit": Kind.ANSWER_TO_MY_QUESTION,
        "earlier": Kind.ANSWER_TO_MY_QUESTION,
    }


def test_an_answer_mentioning_the_asker_tells_them_once_as_an_answer(question, answerer):
    answer = AnswerFactory(
        question=question, author=answerer, body="@brit it is after the offer; ask @ola too."
    )
    UserFactory(username="ola")

    notify_answer_posted(answer)
    notify_answer_posted(answer)

    assert told() == {"brit": Kind.ANSWER_TO_MY_QUESTION, "ola": Kind.MENTION}


def test_answering_your_own_question_tells_nobody(question, asker):
    notify_answer_posted(AnswerFactory(question=question, author=asker))

    assert told() == {}


# An answer is accepted --------------------------------------------------------------------


def test_an_accepted_answer_tells_its_author_once(question, answer, asker):
    notify_answer_posted(answer)
    notify_answer_accepted(answer)
    notify_answer_accepted(answer)

    acceptance = Notification.objects.get(kind=Kind.MY_ANSWER_ACCEPTED)
    assert acceptance.recipient == answer.author
    assert acceptance.actor == asker
    assert told(answer=answer) == {
        "brit": Kind.ANSWER_TO_MY_QUESTION,
        "kasia": Kind.MY_ANSWER_ACCEPTED,
    }


def test_accepting_your_own_answer_tells_nobody(question, asker):
    notify_answer_accepted(AnswerFactory(question=question, author=asker))

    assert told() == {}


# A comment is written ---------------------------------------------------------------------


def test_a_comment_on_a_question_tells_the_asker(question, answerer):
    comment = comment_on(question, author=answerer)

    notify_comment_posted(comment)

    assert told(comment=comment) == {"brit": Kind.COMMENT_ON_MY_POST}
    notification = Notification.objects.get(comment=comment)
    assert (notification.question, notification.answer) == (question, None)


def test_a_comment_on_an_answer_tells_the_answers_author_only(question, answer, asker):
    follow(follower=UserFactory(username="follower"), target=question)
    comment = comment_on(answer, author=asker)

    notify_comment_posted(comment)

    assert told(comment=comment) == {"kasia": Kind.COMMENT_ON_MY_POST}
    notification = Notification.objects.get(comment=comment)
    assert (notification.question, notification.answer) == (question, answer)


def test_commenting_on_your_own_post_tells_nobody(question, asker):
    notify_comment_posted(comment_on(question, author=asker))

    assert told() == {}


def test_a_comment_mentioning_people_tells_them(question, answer, asker):
    UserFactory(username="ola")
    comment = comment_on(answer, author=asker, body="@kasia and @ola, is that so in Kraków?")

    notify_comment_posted(comment)

    assert told(comment=comment) == {"kasia": Kind.COMMENT_ON_MY_POST, "ola": Kind.MENTION}


# Mentions ---------------------------------------------------------------------------------


def test_mentions_tell_existing_active_members_but_not_the_author(question, asker):
    UserFactory(username="ola")
    UserFactory(username="gone", is_active=False)

    notify_mentions(
        author=asker,
        text="@ola @gone @nobody_like_that and me, @brit; but not `@ola_in_code`",
        question=question,
    )

    assert told() == {"ola": Kind.MENTION}


def test_at_most_ten_members_are_told_per_post(question, asker):
    names = [f"mentioned{number}" for number in range(12)]
    for name in names:
        UserFactory(username=name)

    notify_mentions(author=asker, text=" ".join(f"@{name}" for name in names), question=question)

    assert set(told()) == set(names[:10])


def test_a_mention_added_by_an_edit_tells_only_the_newly_mentioned(question, answer, answerer):
    UserFactory(username="ola")
    UserFactory(username="piotr")
    notify_mentions(author=answerer, text="Ask @ola", question=question, answer=answer)

    notify_mentions(author=answerer, text="Ask @ola or @piotr", question=question, answer=answer)

    assert Notification.objects.count() == 2
    assert told() == {"ola": Kind.MENTION, "piotr": Kind.MENTION}


def test_the_database_refuses_a_second_notification_for_the_same_event(question, answerer):
    Notification.objects.create(recipient=answerer, kind=Kind.MENTION, question=question)

    with pytest.raises(IntegrityError):
        Notification.objects.create(
            recipient=answerer, kind=Kind.NEW_QUESTION_IN_FOLLOWED_GROUP, question=question
        )


# Wired into the Q&A services --------------------------------------------------------------


def test_accepting_through_the_service_tells_the_answers_author(
    question, answer, asker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer_accept(answer=answer, user=asker)

    assert told(kind=Kind.MY_ANSWER_ACCEPTED) == {"kasia": Kind.MY_ANSWER_ACCEPTED}


def test_commenting_through_the_service_tells_the_posts_author(
    question, answer, asker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_post(author=asker, post=answer, body="Thanks, @kasia!")

    assert told(comment=comment) == {"kasia": Kind.COMMENT_ON_MY_POST}


def test_a_notification_failing_after_the_commit_is_logged_and_the_answer_stays_posted(
    question, answerer, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    """The database can go away between an answer's commit and its notifications (a
    restart): the failure is logged under the notifying function's name, and never
    becomes an error for the member whose answer is saved."""

    def notify_answer_posted(answer):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("questions.services.asking.notify_answer_posted", notify_answer_posted)
    with django_capture_on_commit_callbacks(execute=True):
        answer = answer_post(
            question=question, author=answerer, body="After the offer.", language=language("en")
        )
    assert Answer.objects.filter(pk=answer.pk).exists()
    assert "notify_answer_posted in on_commit()" in caplog.text
