import time
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.test import Client
from django.utils import timezone, translation

from notifications import services
from notifications.models import Notification, NotificationPreference
from notifications.services import (
    notify_answer_posted,
    notify_question_asked,
    preferences_update,
)
from notifications.tasks import send_daily_digests, send_notification_email
from notifications.tokens import (
    UNSUBSCRIBE_ALL,
    UNSUBSCRIBE_SALT,
    read_unsubscribe_token,
    unsubscribe_token,
)
from tests.factories import AnswerFactory, QuestionFactory, UserFactory
from tests.html import page

pytestmark = pytest.mark.django_db

Kind = Notification.Kind


def _notification(recipient, question, kind=Kind.ANSWER_TO_MY_QUESTION, **fields):
    return Notification.objects.create(recipient=recipient, kind=kind, question=question, **fields)


# One email per notification ---------------------------------------------------------------


def test_a_new_answer_emails_the_asker_once_it_is_saved(
    question, answerer, django_capture_on_commit_callbacks
):
    answer = AnswerFactory(question=question, author=answerer, body="After the **offer**.")

    with django_capture_on_commit_callbacks(execute=True):
        notify_answer_posted(answer)

    [email] = mail.outbox
    assert email.to == ["brit@example.com"]
    assert email.subject == (f"{answerer.public_name} answered your question “{question.title}”")
    assert "After the **offer**." in email.body
    assert f"/questions/{question.pk}/#answer-{answer.pk}" in email.body
    assert Notification.objects.get().emailed_at is not None


def test_the_email_has_a_one_click_unsubscribe_link_for_that_kind(question, answer):
    notification = _notification(question.author, question, answer=answer)

    send_notification_email(notification.pk)

    [email] = mail.outbox
    link = email.extra_headers["List-Unsubscribe"].strip("<>")
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in email.body
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert read_unsubscribe_token(token) == (question.author.pk, Kind.ANSWER_TO_MY_QUESTION)


def test_the_email_is_written_in_the_recipients_interface_language(question, answer, monkeypatch):
    question.author.interface_language = "pl"
    question.author.save()
    languages = []
    original = services.render_to_string

    def recording_render(*args, **kwargs):
        languages.append(translation.get_language())
        return original(*args, **kwargs)

    monkeypatch.setattr(services, "render_to_string", recording_render)

    send_notification_email(_notification(question.author, question, answer=answer).pk)

    assert languages == ["pl", "pl"]
    assert len(mail.outbox) == 1


def test_sending_the_same_notification_twice_sends_one_email(question, answer):
    notification = _notification(question.author, question, answer=answer)

    send_notification_email(notification.pk)
    send_notification_email(notification.pk)

    assert len(mail.outbox) == 1


def test_a_notification_read_before_the_email_goes_out_is_not_emailed(question, answer):
    notification = _notification(question.author, question, answer=answer, read_at=timezone.now())

    send_notification_email(notification.pk)

    assert mail.outbox == []


def test_a_kind_turned_off_is_not_emailed(question, answer):
    preferences_update(
        member=question.author, daily_digest=False, email_answer_to_my_question=False
    )
    notification = _notification(question.author, question, answer=answer)

    send_notification_email(notification.pk)

    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.emailed_at is None


def test_other_kinds_stay_on_when_one_is_turned_off(question, answer):
    preferences_update(member=answer.author, daily_digest=False, email_mention=False)

    send_notification_email(_notification(answer.author, question, Kind.MY_ANSWER_ACCEPTED).pk)

    assert len(mail.outbox) == 1


def test_members_reading_the_digest_get_no_email_per_notification(
    question, answerer, django_capture_on_commit_callbacks
):
    preferences_update(member=question.author, daily_digest=True)

    with django_capture_on_commit_callbacks(execute=True):
        notify_answer_posted(AnswerFactory(question=question, author=answerer))

    assert mail.outbox == []
    assert Notification.objects.get().emailed_at is None


def test_unconfirmed_addresses_get_no_email(
    polish_group, asker, django_capture_on_commit_callbacks
):
    follower = UserFactory(username="unconfirmed", verified=False)
    services.follow(follower=follower, target=polish_group)

    with django_capture_on_commit_callbacks(execute=True):
        notify_question_asked(QuestionFactory(group=polish_group, author=asker))

    assert Notification.objects.filter(recipient=follower).exists()
    assert mail.outbox == []


def test_preferences_are_created_only_when_changed(member):
    assert services.preference_for(member).emails_about(Kind.MENTION)
    assert not services.preference_for(member).daily_digest
    assert not NotificationPreference.objects.exists()


# Unsubscribing ----------------------------------------------------------------------------


def test_the_unsubscribe_link_asks_before_turning_anything_off(client, member):
    token = unsubscribe_token(member=member, kind=Kind.MENTION)

    response = client.get(f"/notifications/unsubscribe/{token}/")

    assert response.status_code == 200
    assert "Someone mentioned me" in page(response)
    assert services.preference_for(member).email_mention


def test_the_unsubscribe_link_turns_off_that_kind_only_without_signing_in(member):
    token = unsubscribe_token(member=member, kind=Kind.MENTION)
    client = Client(enforce_csrf_checks=True)  # as a mail client's one-click POST

    response = client.post(f"/notifications/unsubscribe/{token}/")

    assert response.status_code == 200
    preference = NotificationPreference.objects.get(member=member)
    assert not preference.email_mention
    assert all(preference.emails_about(kind) for kind in Kind.values if kind != Kind.MENTION)


def test_using_the_unsubscribe_link_again_changes_nothing_and_says_so(client, member):
    token = unsubscribe_token(member=member, kind=Kind.MENTION)
    client.post(f"/notifications/unsubscribe/{token}/")

    response = client.post(f"/notifications/unsubscribe/{token}/")

    assert response.status_code == 200
    assert "already off" in page(response)


def test_the_digest_link_turns_off_every_kind(client, member):
    client.post(
        f"/notifications/unsubscribe/{unsubscribe_token(member=member, kind=UNSUBSCRIBE_ALL)}/"
    )

    preference = NotificationPreference.objects.get(member=member)
    assert not any(preference.emails_about(kind) for kind in Kind.values)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_unsubscribe_token_is_refused(client, member, method):
    other = UserFactory(username="other")
    token = unsubscribe_token(member=member, kind=Kind.MENTION)
    forged = signing.dumps(
        {"member": other.pk, "kind": Kind.MENTION}, salt="another.salt", compress=True
    )
    payload, signature = token.rsplit(":", 1)
    retargeted = f"{forged.split(':')[0]}:{token.split(':', 1)[1]}"

    for bad in [f"{payload}:{signature[:-2]}xx", forged, retargeted, "nonsense"]:
        response = getattr(client, method)(f"/notifications/unsubscribe/{bad}/")
        assert response.status_code == 400, bad
        assert "does not work" in page(response)
    assert not NotificationPreference.objects.exists()


def test_an_expired_unsubscribe_token_is_refused(client, member):
    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 365 * 24 * 3600)

    token = LongAgo(salt=UNSUBSCRIBE_SALT).sign_object(
        {"member": member.pk, "kind": Kind.MENTION}, compress=True
    )

    assert client.post(f"/notifications/unsubscribe/{token}/").status_code == 400
    assert services.preference_for(member).email_mention


def test_an_unsubscribe_token_for_a_deleted_member_is_refused(client, member):
    token = unsubscribe_token(member=member, kind=Kind.MENTION)
    member.delete()

    assert client.post(f"/notifications/unsubscribe/{token}/").status_code == 400


def test_an_unsubscribe_token_naming_no_kind_is_refused(client, member):
    token = signing.dumps({"member": member.pk, "kind": "everything"}, salt=UNSUBSCRIBE_SALT)

    assert client.get(f"/notifications/unsubscribe/{token}/").status_code == 400


# The daily digest -------------------------------------------------------------------------


@pytest.fixture
def digest_reader(question, answerer):
    """A member reading the daily digest, with notifications of every sort."""
    preferences_update(member=answerer, daily_digest=True, email_mention=False)
    now = timezone.now()
    other = QuestionFactory(group=question.group, title="Do Polish recruiters use job boards?")
    return {
        "member": answerer,
        "listed": [
            _notification(answerer, question, Kind.MY_ANSWER_ACCEPTED),
            _notification(answerer, other, Kind.NEW_QUESTION_IN_FOLLOWED_GROUP),
        ],
        "left_out": [
            _notification(
                answerer,
                QuestionFactory(group=question.group),
                Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
                created_at=now - timedelta(hours=25),
            ),
            _notification(answerer, QuestionFactory(group=question.group), Kind.MENTION),
            _notification(
                answerer,
                QuestionFactory(group=question.group),
                Kind.NEW_QUESTION_IN_FOLLOWED_GROUP,
                read_at=now,
            ),
        ],
    }


def test_the_digest_lists_unread_wanted_notifications_of_the_last_day_in_one_email(
    digest_reader, question
):
    assert send_daily_digests() == 1

    [email] = mail.outbox
    assert email.to == ["kasia@example.com"]
    assert email.subject == "2 new notifications on RecruitCommunity"
    assert question.title in email.body
    assert "Do Polish recruiters use job boards?" in email.body
    assert email.extra_headers["List-Unsubscribe"].startswith("<http")
    listed = Notification.objects.filter(pk__in=[n.pk for n in digest_reader["listed"]])
    assert all(notification.emailed_at for notification in listed)
    left_out = Notification.objects.filter(pk__in=[n.pk for n in digest_reader["left_out"]])
    assert not any(notification.emailed_at for notification in left_out)


def test_running_the_digest_twice_sends_it_once(digest_reader):
    send_daily_digests()
    send_daily_digests()

    assert len(mail.outbox) == 1


def test_the_digest_skips_members_who_did_not_choose_it(question, answer):
    _notification(question.author, question, answer=answer)

    assert send_daily_digests() == 0
    assert mail.outbox == []


def test_a_digest_with_nothing_new_is_not_sent(answerer):
    preferences_update(member=answerer, daily_digest=True)

    send_daily_digests()

    assert mail.outbox == []
