"""Following and notifications: every write to follows, notifications and email preferences.

The ``notify_*`` functions run after the write they report on has committed (callers use
``transaction.on_commit``). Each event (a question asked, an answer posted or accepted, a
comment written) notifies every person at most once, whichever rules pick them, never the
person who acted, and only active members. Email goes out through Celery once the
notifications are saved; the task decides, from the member's preferences, whether to send.
"""

from datetime import timedelta
from functools import partial, update_wrapper

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from groups.models import Membership
from recruitcommunity.links import absolute_url
from recruitcommunity.mentions import mentioned_usernames

from .models import Follow, Notification, NotificationPreference, follow_field_for
from .tokens import UNSUBSCRIBE_ALL, unsubscribe_token

Kind = Notification.Kind


# Following -------------------------------------------------------------------------------


def is_following(*, follower, target):
    if not follower.is_authenticated:
        return False
    return Follow.objects.of(target).filter(follower=follower).exists()


def follow(*, follower, target):
    """Follow a question, a group or a topic. Following twice is harmless."""
    field = follow_field_for(target)
    Follow.objects.bulk_create(
        [Follow(follower=follower, **{field: target})], ignore_conflicts=True
    )


def unfollow(*, follower, target):
    """Stop following. Harmless when not following."""
    Follow.objects.of(target).filter(follower=follower).delete()


# Preferences -----------------------------------------------------------------------------


def preference_for(member):
    """The member's email preferences; the defaults (unsaved) until they change one."""
    try:
        return NotificationPreference.objects.get(member=member)
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(member=member)


@transaction.atomic
def preferences_update(*, member, daily_digest, **email_about):
    """Save the member's choices: ``email_<kind>=True/False`` for each kind, and the digest."""
    preference, _created = NotificationPreference.objects.select_for_update().get_or_create(
        member=member
    )
    for kind in Kind.values:
        key = f"email_{kind}"
        if key in email_about:
            setattr(preference, key, bool(email_about[key]))
    preference.daily_digest = bool(daily_digest)
    preference.updated_at = timezone.now()
    preference.save()
    return preference


@transaction.atomic
def email_unsubscribe(*, member, kind):
    """Turn off email about one kind of notification, or about every kind (UNSUBSCRIBE_ALL,
    from a digest). Returns False when it was off already."""
    preference, _created = NotificationPreference.objects.select_for_update().get_or_create(
        member=member
    )
    kinds = Kind.values if kind == UNSUBSCRIBE_ALL else [kind]
    if not any(preference.emails_about(each) for each in kinds):
        return False
    for each in kinds:
        preference.set_email_about(each, False)
    preference.updated_at = timezone.now()
    preference.save()
    return True


# Reading ---------------------------------------------------------------------------------


def notification_open(*, notification):
    """The recipient opens a notification: it is read from now on."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
    return notification


def notifications_mark_all_read(*, member):
    return Notification.objects.for_recipient(member).unread().update(read_at=timezone.now())


# Delivering ------------------------------------------------------------------------------


def _deliver(*, actor, question, answer=None, comment=None, rules, acceptance=False):
    """Create one notification per person for this event.

    ``rules`` is a list of (kind, member ids), most specific first: a person picked by
    several rules gets the first rule's kind. The actor, inactive members and people already
    told about this very event (say, a mention added by an edit) are left out.
    """
    chosen = {}
    for kind, member_ids in rules:
        for member_id in member_ids:
            if member_id != getattr(actor, "pk", None):
                chosen.setdefault(member_id, kind)
    if not chosen:
        return []
    active = set(
        get_user_model().objects.filter(pk__in=chosen, is_active=True).values_list("pk", flat=True)
    )
    event = Notification.objects.filter(question=question, answer=answer, comment=comment)
    if acceptance:
        told = event.filter(kind=Kind.MY_ANSWER_ACCEPTED)
    else:
        told = event.exclude(kind=Kind.MY_ANSWER_ACCEPTED)
    already_told = set(told.filter(recipient_id__in=active).values_list("recipient_id", flat=True))
    now = timezone.now()
    with transaction.atomic():
        notifications = Notification.objects.bulk_create(
            [
                Notification(
                    recipient_id=member_id,
                    kind=kind,
                    actor=actor,
                    question=question,
                    answer=answer,
                    comment=comment,
                    created_at=now,
                )
                for member_id, kind in chosen.items()
                if member_id in active and member_id not in already_told
            ]
        )
        _email_on_commit(notifications)
    return notifications


def _email_on_commit(notifications):
    """Queue an email for each notification whose recipient wants one right away."""
    from .tasks import send_notification_email  # the tasks call back into this module

    if not notifications:
        return
    preferences = {
        preference.member_id: preference
        for preference in NotificationPreference.objects.filter(
            member_id__in=[notification.recipient_id for notification in notifications]
        )
    }
    for notification in notifications:
        preference = preferences.get(notification.recipient_id) or NotificationPreference()
        if preference.daily_digest or not preference.emails_about(notification.kind):
            continue
        # robust: a broker that is down must not turn a saved post into an error page.
        transaction.on_commit(
            _named(partial(send_notification_email.delay, notification.pk)), robust=True
        )


def _mentioned_member_ids(text):
    usernames = mentioned_usernames(text)
    if not usernames:
        return []
    return list(
        get_user_model()
        .objects.filter(username__in=usernames, is_active=True)
        .values_list("pk", flat=True)
    )


def notify_question_asked(question):
    """Mentioned members, then followers and moderators of the group, then followers of
    the question's topics."""
    group_people = set(
        Follow.objects.filter(group_id=question.group_id).values_list("follower_id", flat=True)
    ) | set(
        Membership.objects.moderating()
        .filter(group_id=question.group_id)
        .values_list("user_id", flat=True)
    )
    topic_followers = Follow.objects.filter(topic__questions=question).values_list(
        "follower_id", flat=True
    )
    return _deliver(
        actor=question.author,
        question=question,
        rules=[
            (Kind.MENTION, _mentioned_member_ids(f"{question.title}\n\n{question.body}")),
            (Kind.NEW_QUESTION_IN_FOLLOWED_GROUP, sorted(group_people)),
            (Kind.NEW_QUESTION_IN_FOLLOWED_TOPIC, set(topic_followers)),
        ],
    )


def notify_answer_posted(answer):
    """The asker, then mentioned members, then everyone following the question."""
    question = answer.question
    followers = Follow.objects.filter(question=question).values_list("follower_id", flat=True)
    return _deliver(
        actor=answer.author,
        question=question,
        answer=answer,
        rules=[
            (Kind.ANSWER_TO_MY_QUESTION, [question.author_id]),
            (Kind.MENTION, _mentioned_member_ids(answer.body)),
            (Kind.ANSWER_TO_MY_QUESTION, list(followers)),
        ],
    )


def notify_answer_accepted(answer, *, actor=None):
    """The answer's author, once per answer however often the mark moves back and forth."""
    question = answer.question
    return _deliver(
        actor=actor or question.author,
        question=question,
        answer=answer,
        rules=[(Kind.MY_ANSWER_ACCEPTED, [answer.author_id])],
        acceptance=True,
    )


def notify_comment_posted(comment):
    """The author of the post commented on, then mentioned members."""
    post = comment.answer if comment.answer_id else comment.question
    question = post.question if comment.answer_id else post
    return _deliver(
        actor=comment.author,
        question=question,
        answer=comment.answer if comment.answer_id else None,
        comment=comment,
        rules=[
            (Kind.COMMENT_ON_MY_POST, [post.author_id]),
            (Kind.MENTION, _mentioned_member_ids(comment.body)),
        ],
    )


def notify_mentions(*, author, text, question, answer=None, comment=None):
    """Tell the members mentioned in a post (at most ten per post) who have not heard
    about it yet: for an edit that adds a mention, say."""
    return _deliver(
        actor=author,
        question=question,
        answer=answer,
        comment=comment,
        rules=[(Kind.MENTION, _mentioned_member_ids(text))],
    )


def notify_on_commit(notify, *args, **kwargs):
    """Run a notify_* function once the current transaction commits. A failure to notify is
    logged and never undoes the post."""
    transaction.on_commit(_named(partial(notify, *args, **kwargs)), robust=True)


def _named(callback):
    """A partial named like the function it calls. When a robust on_commit callback fails
    (the database went away just after the commit), Django logs it by ``__qualname__``,
    which a bare partial lacks: the log call itself would raise and turn a saved post into
    an error page."""
    return update_wrapper(callback, callback.func)


# Emailing --------------------------------------------------------------------------------

DIGEST_PERIOD = timedelta(hours=24)


def _may_email(member):
    """Only active members with a confirmed address get email: nobody can sign up with
    someone else's address and have it flooded."""
    return (
        member.is_active
        and bool(member.email)
        and EmailAddress.objects.filter(
            user=member, email__iexact=member.email, verified=True
        ).exists()
    )


def _send_member_email(*, member, template, context, unsubscribe_kind):
    """Render templates/<template>_subject.txt and _body.txt in the member's interface
    language and send them with a one-click unsubscribe link (RFC 8058). ``context`` is a
    function, called with that language active, returning the templates' context."""
    unsubscribe_url = absolute_url(
        reverse(
            "notifications:unsubscribe",
            kwargs={"token": unsubscribe_token(member=member, kind=unsubscribe_kind)},
        )
    )
    with translation.override(member.interface_language or settings.LANGUAGE_CODE):
        context = {
            **context(),
            "recipient": member,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": absolute_url(reverse("notifications:preferences")),
        }
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    EmailMessage(
        subject,
        body,
        to=[member.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()


def notification_email_send(*, notification_id):
    """Email one notification, unless its recipient does not want it (that kind is off, or
    they read a daily digest instead), has read it already, or it was emailed before.
    Returns whether an email went out; running it twice sends at most one."""
    notification = (
        Notification.objects.select_related(
            "recipient", "actor", "question__group", "answer", "comment"
        )
        .filter(pk=notification_id, emailed_at__isnull=True, read_at__isnull=True)
        .first()
    )
    if notification is None:
        return False
    member = notification.recipient
    preference = preference_for(member)
    if preference.daily_digest or not preference.emails_about(notification.kind):
        return False
    if not _may_email(member):
        return False
    now = timezone.now()
    # Claim the notification first, so that a second worker running the same task sends
    # nothing; give it back if the email cannot be sent, so a retry may try again.
    claimed = Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
        emailed_at=now
    )
    if not claimed:
        return False
    post = notification.comment or notification.answer or notification.question
    try:
        _send_member_email(
            member=member,
            template="notifications/email/notification",
            context=lambda: {
                "notification": notification,
                "summary": notification.summary(),
                "excerpt": post.body,
                "target_url": absolute_url(notification.target_path),
            },
            unsubscribe_kind=notification.kind,
        )
    except Exception:
        Notification.objects.filter(pk=notification.pk, emailed_at=now).update(emailed_at=None)
        raise
    return True


def members_with_daily_digest():
    return NotificationPreference.objects.filter(
        daily_digest=True, member__is_active=True
    ).values_list("member_id", flat=True)


def digest_send(*, member_id, now=None):
    """One email listing the member's unread notifications of the last 24 hours that were
    not emailed yet, of the kinds they want by email; they count as emailed afterwards, so
    running it again the same day sends nothing. Returns how many it listed."""
    now = now or timezone.now()
    member = get_user_model().objects.filter(pk=member_id).first()
    if member is None or not _may_email(member):
        return 0
    preference = preference_for(member)
    if not preference.daily_digest:
        return 0
    kinds = [kind for kind in Kind.values if preference.emails_about(kind)]
    with transaction.atomic():
        notifications = list(
            Notification.objects.for_recipient(member)
            .unread()
            .not_emailed()
            .filter(kind__in=kinds, created_at__gt=now - DIGEST_PERIOD, created_at__lte=now)
            .select_related("actor", "question__group")
            .select_for_update(of=("self",), skip_locked=True)
            .order_by("-created_at", "-id")
        )
        if not notifications:
            return 0

        _send_member_email(
            member=member,
            template="notifications/email/digest",
            context=lambda: {
                "count": len(notifications),
                "items": [
                    {
                        "summary": notification.summary(),
                        "url": absolute_url(notification.target_path),
                    }
                    for notification in notifications
                ],
            },
            unsubscribe_kind=UNSUBSCRIBE_ALL,
        )
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(emailed_at=now)
    return len(notifications)
