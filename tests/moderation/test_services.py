"""The moderation services: reporting, hiding and restoring, locking, posts held for
approval, the rule against the same text in several groups, and removing or banning
authors. Every action lands in the audit log, in the same transaction."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.services import event_create
from groups.models import Membership, MembershipEvent
from moderation import services
from moderation.models import Flag, ModerationAction
from moderation.rules import BannedAuthorError, DuplicateTextError
from notifications.models import Notification
from notifications.services import follow
from questions.models import Answer, Question, Vote
from questions.services import (
    AnswerError,
    CommentError,
    VoteError,
    answer_accept,
    answer_delete,
    answer_post,
    comment_delete,
    comment_post,
    question_ask,
    question_delete,
    question_edit,
    vote_cast,
)
from tests.factories import (
    EventFactory,
    FlagFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
    language,
)

pytestmark = pytest.mark.django_db

Action = ModerationAction.Action


def logged(action, **target):
    return ModerationAction.objects.filter(action=action, **target)


# Reporting ---------------------------------------------------------------------------------


def test_a_report_on_a_post_goes_to_its_group(scene):
    flag = services.flag_create(
        reporter=scene.member, target=scene.question, reason="spam", note="  A job advert.  "
    )

    assert flag.group == scene.polish
    assert flag.question == scene.question
    assert flag.note == "A job advert."
    assert flag.is_open


@pytest.mark.parametrize("kind", ["answer", "comment", "event"])
def test_reports_on_answers_comments_and_events_go_to_their_group(scene, kind):
    target = getattr(scene, kind)
    flag = services.flag_create(reporter=scene.moderator, target=target, reason="off_topic")

    assert flag.group == scene.polish
    assert flag.target == target


def test_a_member_reported_from_their_profile_goes_to_staff(scene):
    flag = services.flag_create(reporter=scene.member, target=scene.author, reason="abusive")

    assert flag.group is None
    assert flag.member == scene.author


def test_reporting_twice_is_refused_with_a_friendly_message(scene):
    services.flag_create(reporter=scene.member, target=scene.question, reason="spam")

    with pytest.raises(services.AlreadyReported, match="You already reported this"):
        services.flag_create(reporter=scene.member, target=scene.question, reason="abusive")

    assert Flag.objects.count() == 1


def test_after_a_report_was_handled_the_member_may_report_again(scene):
    services.flag_create(reporter=scene.member, target=scene.question, reason="spam")
    services.flags_dismiss(target=scene.question, moderator=scene.moderator, group=scene.polish)

    services.flag_create(reporter=scene.member, target=scene.question, reason="spam")

    assert Flag.objects.open().count() == 1


@pytest.mark.parametrize(
    ("who", "what", "message"),
    [
        ("author", "question", "your own post"),
        ("member", "member", "yourself"),
        ("unverified", "question", "Confirm your email"),
    ],
)
def test_what_cannot_be_reported(scene, who, what, message):
    target = scene.question if what == "question" else getattr(scene, who)

    with pytest.raises(services.ModerationError, match=message):
        services.flag_create(reporter=getattr(scene, who), target=target, reason="spam")


@pytest.mark.parametrize(("reason", "note"), [("boring", ""), ("", ""), ("spam", "x" * 1001)])
def test_a_report_needs_a_known_reason_and_a_short_note(scene, reason, note):
    with pytest.raises(services.ModerationError):
        services.flag_create(reporter=scene.member, target=scene.question, reason=reason, note=note)

    assert not Flag.objects.exists()


def test_dismissing_closes_the_open_reports_and_logs_it(scene):
    FlagFactory(question=scene.question, reporter=scene.member)
    FlagFactory(question=scene.question, reporter=scene.owner)

    closed = services.flags_dismiss(
        target=scene.question, moderator=scene.moderator, group=scene.polish, reason="Fine."
    )

    assert closed == 2
    assert set(Flag.objects.values_list("status", flat=True)) == {"dismissed"}
    assert set(Flag.objects.values_list("handled_by", flat=True)) == {scene.moderator.pk}
    entry = logged(Action.DISMISS_FLAG, question=scene.question).get()
    assert (entry.actor, entry.group, entry.reason) == (scene.moderator, scene.polish, "Fine.")


def test_dismissing_nothing_logs_nothing(scene):
    assert (
        services.flags_dismiss(target=scene.question, moderator=scene.moderator, group=scene.polish)
        == 0
    )
    assert not ModerationAction.objects.exists()


def test_staff_mark_a_site_wide_report_as_handled(scene):
    flag = services.flag_create(reporter=scene.member, target=scene.author, reason="abusive")

    services.flags_uphold(target=scene.author, moderator=scene.staff, group=None)

    flag.refresh_from_db()
    assert flag.status == Flag.Status.UPHELD
    assert logged(Action.UPHOLD_FLAG, member=scene.author, group=None).exists()


def test_only_staff_handle_site_wide_reports(scene):
    services.flag_create(reporter=scene.member, target=scene.author, reason="abusive")

    with pytest.raises(services.ModerationError):
        services.flags_dismiss(target=scene.author, moderator=scene.owner, group=None)


# Hiding and restoring ----------------------------------------------------------------------


def test_hiding_a_question_marks_it_closes_its_reports_and_logs_it(scene):
    FlagFactory(question=scene.question, reporter=scene.member)

    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Job advert")

    question = Question.objects.get(pk=scene.question.pk)
    assert question.hidden_at is not None
    assert question.hidden_by == scene.moderator
    assert question.hidden_reason == "Job advert"
    assert Flag.objects.get().status == Flag.Status.UPHELD
    entry = logged(Action.HIDE, question=question).get()
    assert (entry.actor, entry.group, entry.reason) == (scene.moderator, scene.polish, "Job advert")
    assert not Question.objects.visible().filter(pk=question.pk).exists()


def test_hiding_twice_is_harmless_and_logged_once(scene):
    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Spam")
    services.content_hide(target=scene.question, moderator=scene.owner, reason="Again")

    question = Question.objects.get(pk=scene.question.pk)
    assert question.hidden_reason == "Spam"
    assert logged(Action.HIDE).count() == 1


def test_restoring_shows_the_question_again_and_logs_it(scene):
    services.content_hide(target=scene.question, moderator=scene.moderator, reason="Spam")

    services.content_restore(target=scene.question, moderator=scene.owner, reason="Not spam")

    question = Question.objects.get(pk=scene.question.pk)
    assert (question.hidden_at, question.hidden_by, question.hidden_reason) == (None, None, "")
    assert logged(Action.RESTORE, question=question, actor=scene.owner).exists()
    assert Question.objects.visible().filter(pk=question.pk).exists()


def test_a_hidden_answer_leaves_the_counts_and_the_acceptance_and_comes_back(scene):
    answer_accept(answer=scene.answer, user=scene.author)
    Answer.objects.filter(pk=scene.answer.pk).update(is_local=True)
    Question.objects.filter(pk=scene.question.pk).update(local_answer_count=1)
    answer = Answer.objects.get(pk=scene.answer.pk)

    services.content_hide(target=answer, moderator=scene.moderator, reason="Personal data")

    question = Question.objects.get(pk=scene.question.pk)
    assert (question.answer_count, question.local_answer_count) == (0, 0)
    assert question.accepted_answer is None

    services.content_restore(target=answer, moderator=scene.moderator)

    question.refresh_from_db()
    assert (question.answer_count, question.local_answer_count) == (1, 1)
    assert question.accepted_answer is None  # the asker accepts anew


def test_a_hidden_answer_deleted_by_its_author_is_not_counted_twice(scene):
    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Spam")

    answer_delete(answer=Answer.objects.get(pk=scene.answer.pk), user=scene.member)

    assert Question.objects.get(pk=scene.question.pk).answer_count == 0


def test_a_hidden_comment_leaves_the_count_and_comes_back(scene):
    services.content_hide(target=scene.comment, moderator=scene.moderator, reason="Rude")

    assert Answer.objects.get(pk=scene.answer.pk).comment_count == 0

    comment_delete(comment=scene.comment, user=scene.owner)
    assert Answer.objects.get(pk=scene.answer.pk).comment_count == 0

    services.content_restore(target=scene.comment, moderator=scene.moderator)
    # Deleted by its author meanwhile: restored, it is still not counted.
    assert Answer.objects.get(pk=scene.answer.pk).comment_count == 0


def test_hiding_an_event_and_restoring_it(scene):
    services.content_hide(target=scene.event, moderator=scene.owner, reason="Not a meetup")

    scene.event.refresh_from_db()
    assert scene.event.is_hidden
    assert logged(Action.HIDE, event=scene.event, group=scene.polish).exists()

    services.content_restore(target=scene.event, moderator=scene.owner)
    scene.event.refresh_from_db()
    assert not scene.event.is_hidden


def test_hiding_quiets_the_notifications_about_it(scene, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        answer = answer_post(
            question=scene.question,
            author=scene.owner,
            body="Buy cheap CVs at example.com",
            language=language("en"),
        )
    notification = Notification.objects.get(recipient=scene.author, answer=answer)
    assert notification.read_at is None

    services.content_hide(target=answer, moderator=scene.moderator, reason="Spam")

    notification.refresh_from_db()
    assert notification.read_at is not None


def test_hiding_needs_a_reason(scene):
    with pytest.raises(services.ModerationError, match="Say why"):
        services.content_hide(target=scene.question, moderator=scene.moderator, reason="  ")

    assert not Question.objects.get(pk=scene.question.pk).is_hidden


@pytest.mark.parametrize("who", ["member", "author", "other_moderator"])
def test_only_the_groups_moderators_and_staff_hide(scene, who):
    with pytest.raises(services.ModerationError):
        services.content_hide(target=scene.question, moderator=getattr(scene, who), reason="x")

    assert not ModerationAction.objects.exists()


def test_staff_hide_anywhere(scene):
    services.content_hide(target=scene.comment, moderator=scene.staff, reason="Insult")

    assert logged(Action.HIDE, comment=scene.comment, actor=scene.staff).exists()


# Locking -----------------------------------------------------------------------------------


def test_a_locked_thread_takes_no_answers_comments_or_votes(scene):
    services.question_lock(question=scene.question, moderator=scene.moderator, reason="Heated")
    question = Question.objects.get(pk=scene.question.pk)
    english = language("en")

    with pytest.raises(AnswerError, match="locked"):
        answer_post(question=question, author=scene.owner, body="One more.", language=english)
    with pytest.raises(CommentError, match="locked"):
        comment_post(author=scene.owner, post=question, body="One more.")
    with pytest.raises(VoteError, match="locked"):
        vote_cast(voter=scene.owner, post=question, value=Vote.UP)
    with pytest.raises(VoteError, match="locked"):
        vote_cast(voter=scene.owner, post=Answer.objects.get(pk=scene.answer.pk), value=Vote.UP)
    assert logged(Action.LOCK, question=question, reason="Heated").exists()
    assert question.locked_by == scene.moderator


def test_unlocking_opens_the_thread_again(scene):
    services.question_lock(question=scene.question, moderator=scene.moderator)
    services.question_unlock(question=scene.question, moderator=scene.owner)

    answer_post(
        question=scene.question, author=scene.owner, body="Now it works.", language=language("en")
    )

    assert logged(Action.UNLOCK).exists()
    assert Question.objects.get(pk=scene.question.pk).answer_count == 2


def test_locking_closes_the_reports_on_the_question(scene):
    FlagFactory(question=scene.question, reporter=scene.member, reason="off_topic")

    services.question_lock(question=scene.question, moderator=scene.moderator)

    assert Flag.objects.get().status == Flag.Status.UPHELD


def test_a_hidden_post_takes_no_votes_or_comments(scene):
    services.content_hide(target=scene.answer, moderator=scene.moderator, reason="Spam")
    answer = Answer.objects.select_related("question").get(pk=scene.answer.pk)

    with pytest.raises(VoteError, match="hidden"):
        vote_cast(voter=scene.owner, post=answer, value=Vote.UP)
    with pytest.raises(CommentError, match="hidden"):
        comment_post(author=scene.owner, post=answer, body="Hm.")


# Held first posts --------------------------------------------------------------------------


@pytest.fixture
def holding(scene):
    scene.polish.hold_first_posts = True
    scene.polish.save()
    newcomer = UserFactory(username="newcomer", home_country="ES")
    MembershipFactory(group=scene.polish, user=newcomer)
    follow(follower=scene.owner, target=scene.polish)
    scene.newcomer = newcomer
    return scene


def ask(scene, author, body="¿Cómo funcionan los periodos de preaviso en Polonia?"):
    return question_ask(
        group=scene.polish,
        author=author,
        title="Periodos de preaviso en Polonia",
        body=body,
        language=language("es"),
    )


def test_a_new_accounts_first_question_waits_and_nobody_is_told(
    holding, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = ask(holding, holding.newcomer)

    assert question.is_held
    assert not Question.objects.visible().filter(pk=question.pk).exists()
    assert not Notification.objects.filter(question=question).exists()


def test_an_older_account_posts_at_once(holding):
    holding.newcomer.date_joined = timezone.now() - timedelta(days=8)
    holding.newcomer.save()

    assert not ask(holding, holding.newcomer).is_held


def test_a_member_with_an_approved_post_posts_at_once(holding):
    # The author asked before the group held first posts: that question counts.
    assert not ask(holding, holding.author, body="Another question from Adam.").is_held


def test_moderators_never_wait(holding):
    assert not ask(holding, holding.moderator).is_held


def test_groups_that_do_not_hold_publish_at_once(scene):
    newcomer = UserFactory()
    assert not ask(scene, newcomer).is_held


def test_a_held_answer_is_not_counted_nor_notified(holding, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        answer = answer_post(
            question=holding.question,
            author=holding.newcomer,
            body="En España el preaviso es de quince días.",
            language=language("es"),
        )

    assert answer.is_held
    assert Question.objects.get(pk=holding.question.pk).answer_count == 1
    assert not Notification.objects.filter(answer=answer).exists()


def test_approving_publishes_notifies_and_logs(holding, django_capture_on_commit_callbacks):
    question = ask(holding, holding.newcomer)

    with django_capture_on_commit_callbacks(execute=True):
        services.post_approve(post=question, moderator=holding.moderator)

    question.refresh_from_db()
    assert not question.is_held
    assert Question.objects.visible().filter(pk=question.pk).exists()
    assert Notification.objects.filter(question=question, recipient=holding.owner).exists()
    assert logged(Action.APPROVE_POST, question=question, actor=holding.moderator).exists()
    # Approved once, the newcomer's next post is published at once.
    assert not ask(holding, holding.newcomer, body="Una pregunta más.").is_held


def test_approving_an_answer_counts_it(holding):
    answer = answer_post(
        question=holding.question,
        author=holding.newcomer,
        body="En España el preaviso es de quince días.",
        language=language("es"),
    )

    services.post_approve(post=answer, moderator=holding.owner)

    assert Question.objects.get(pk=holding.question.pk).answer_count == 2


def test_rejecting_hides_with_the_reason(holding):
    question = ask(holding, holding.newcomer)

    services.post_reject(post=question, moderator=holding.moderator, reason="Job advert")

    question.refresh_from_db()
    assert (question.is_held, question.is_hidden, question.hidden_reason) == (
        False,
        True,
        "Job advert",
    )
    assert logged(Action.REJECT_POST, question=question).exists()
    # Still no approved post: the next one waits again.
    assert ask(holding, holding.newcomer, body="Otra pregunta.").is_held


def test_rejecting_without_a_reason_gives_one(holding):
    question = ask(holding, holding.newcomer)

    services.post_reject(post=question, moderator=holding.moderator)

    question.refresh_from_db()
    assert question.hidden_reason


def test_only_held_posts_are_approved_or_rejected(scene):
    with pytest.raises(services.ModerationError):
        services.post_approve(post=scene.question, moderator=scene.moderator)
    with pytest.raises(services.ModerationError):
        services.post_reject(post=scene.question, moderator=scene.moderator)


def test_a_held_question_takes_no_answers(holding):
    question = ask(holding, holding.newcomer)

    with pytest.raises(AnswerError, match="approval"):
        answer_post(question=question, author=holding.owner, body="Hola", language=language("es"))


# The same text in several groups -----------------------------------------------------------

ADVERT = "Zatrudnimy rekruterów IT!\n\nPraca zdalna, 20 000 zł. Pisz na priv."


def test_the_same_text_to_another_group_is_refused(scene):
    question_ask(
        group=scene.polish, author=scene.member, title="Praca", body=ADVERT, language=language("pl")
    )

    with pytest.raises(DuplicateTextError, match="cannot be posted to several groups") as refusal:
        question_ask(
            group=scene.german,
            author=scene.member,
            title="Job",
            body="  zatrudnimy REKRUTERÓW it!  praca zdalna, 20 000 zł. pisz na priv. ",
            language=language("pl"),
        )

    assert refusal.value.field == "body"
    assert not Question.objects.filter(group=scene.german).exists()


def test_the_same_text_is_allowed_in_the_same_group_by_others_and_after_a_week(scene):
    first = question_ask(
        group=scene.polish, author=scene.member, title="Praca", body=ADVERT, language=language("pl")
    )
    question_ask(
        group=scene.polish, author=scene.member, title="Again", body=ADVERT, language=language("pl")
    )
    question_ask(
        group=scene.german, author=scene.owner, title="Job", body=ADVERT, language=language("pl")
    )
    Question.objects.filter(author=scene.member).update(
        created_at=timezone.now() - timedelta(days=8)
    )

    later = question_ask(
        group=scene.german, author=scene.member, title="Job", body=ADVERT, language=language("pl")
    )

    assert later.body_hash == first.body_hash != ""


def test_a_deleted_question_does_not_count(scene):
    first = question_ask(
        group=scene.polish, author=scene.member, title="Praca", body=ADVERT, language=language("pl")
    )
    question_delete(question=first, user=scene.member)

    question_ask(
        group=scene.german, author=scene.member, title="Job", body=ADVERT, language=language("pl")
    )


def test_editing_into_the_same_text_is_refused(scene):
    question_ask(
        group=scene.polish, author=scene.member, title="Praca", body=ADVERT, language=language("pl")
    )
    elsewhere = QuestionFactory(group=scene.german, author=scene.member, body="Harmless.")

    with pytest.raises(DuplicateTextError):
        question_edit(question=elsewhere, editor=scene.member, title=elsewhere.title, body=ADVERT)

    assert Question.objects.get(pk=elsewhere.pk).body == "Harmless."


def test_the_same_event_description_for_another_group_is_refused(scene):
    MembershipFactory(group=scene.german, user=scene.owner, role=Membership.Role.MODERATOR)
    fields = EventFactory.build(group=scene.polish, description=ADVERT)
    event_fields = {
        name: getattr(fields, name)
        for name in (
            "title",
            "description",
            "starts_at",
            "ends_at",
            "time_zone",
            "format",
            "venue",
            "city",
            "country",
            "capacity",
        )
    }
    event_create(group=scene.polish, organiser=scene.owner, **event_fields)

    with pytest.raises(DuplicateTextError) as refusal:
        event_create(group=scene.german, organiser=scene.owner, **event_fields)

    assert refusal.value.field == "description"


# Authors -----------------------------------------------------------------------------------


def test_banning_the_author_of_a_reported_post(scene):
    FlagFactory(question=scene.question, reporter=scene.member)

    services.author_remove(
        target=scene.question,
        moderator=scene.moderator,
        group=scene.polish,
        reason="Spam",
        ban=True,
    )

    membership = Membership.objects.get(group=scene.polish, user=scene.author)
    assert membership.is_banned
    assert MembershipEvent.objects.filter(action="ban", member=scene.author).exists()
    assert logged(Action.BAN_MEMBER, member=scene.author, group=scene.polish).exists()
    assert Flag.objects.get().status == Flag.Status.UPHELD


def test_a_banned_author_posts_nothing_more_in_the_group(scene):
    services.author_remove(
        target=scene.question, moderator=scene.moderator, group=scene.polish, ban=True
    )

    with pytest.raises(BannedAuthorError):
        ask(scene, scene.author, body="Still here?")
    with pytest.raises(BannedAuthorError):
        answer_post(
            question=scene.question, author=scene.author, body="Hi", language=language("en")
        )
    with pytest.raises(BannedAuthorError):
        comment_post(author=scene.author, post=scene.answer, body="Hi")
    # Other groups are not concerned.
    question_ask(
        group=scene.german, author=scene.author, title="Hi", body="Hi", language=language("en")
    )


def test_removing_a_reported_member_from_the_group(scene):
    flag = services.flag_create(
        reporter=scene.member, target=scene.author, reason="abusive", group=scene.polish
    )

    services.author_remove(target=scene.author, moderator=scene.owner, group=scene.polish)

    assert not Membership.objects.filter(group=scene.polish, user=scene.author).exists()
    assert logged(Action.REMOVE_MEMBER, member=scene.author).exists()
    flag.refresh_from_db()
    assert flag.status == Flag.Status.UPHELD


@pytest.mark.parametrize(
    ("moderator", "target", "message"),
    [
        ("moderator", "owner", "owner cannot be removed"),
        ("owner", "owner", "yourself"),
        ("member", "author", "moderators"),
    ],
)
def test_the_groups_rules_hold_when_removing_authors(scene, moderator, target, message):
    with pytest.raises(services.ModerationError, match=message):
        services.author_remove(
            target=getattr(scene, target), moderator=getattr(scene, moderator), group=scene.polish
        )

    assert not ModerationAction.objects.exists()


def test_a_moderator_cannot_remove_another_moderator_but_the_owner_can(scene):
    other = UserFactory()
    MembershipFactory(group=scene.polish, user=other, role=Membership.Role.MODERATOR)

    with pytest.raises(services.ModerationError, match="Only the owner"):
        services.author_remove(target=other, moderator=scene.moderator, group=scene.polish)
    services.author_remove(target=other, moderator=scene.owner, group=scene.polish)


def test_staff_remove_with_the_owners_powers(scene):
    services.author_remove(target=scene.moderator, moderator=scene.staff, group=scene.polish)

    assert not Membership.objects.filter(group=scene.polish, user=scene.moderator).exists()


def test_a_group_is_needed_to_remove_anyone(scene):
    with pytest.raises(services.ModerationError):
        services.author_remove(target=scene.author, moderator=scene.staff, group=None)


def test_reason_from_reports_sums_them_up(scene):
    FlagFactory(question=scene.question, reporter=scene.member, reason="spam")
    FlagFactory(question=scene.question, reporter=scene.owner, reason="spam")
    FlagFactory(question=scene.question, reporter=UserFactory(), reason="off_topic")

    reason = services.reason_from_reports(scene.question, scene.polish)

    assert reason == "Reported as: Spam or advertising (2), Off-topic (1)"
    assert services.reason_from_reports(scene.answer, scene.polish) == ""


def test_a_report_can_reach_an_other_groups_event_only_through_its_group():
    group = GroupFactory()
    event = EventFactory(group=group)
    flag = services.flag_create(reporter=UserFactory(), target=event, reason="spam", group=None)

    assert flag.group == group
