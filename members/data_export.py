"""Everything the site holds about a member, as one JSON document they can download.

Each section is read with one or two queries whatever the member wrote, so the export of a
prolific member costs what the export of a new one does."""

import datetime
import uuid

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.apps import apps
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django_countries.fields import Country

from events.models import RSVP, Event
from groups.models import Membership
from norms.models import NormConfirmation, NormProposal, NormRevision
from notifications.models import Follow, Notification, NotificationPreference
from questions.models import Answer, Comment, Question, Revision, Vote

from .models import SpokenLanguage, User

EXPORT_FORMAT_VERSION = 1

# What the export leaves out of the member's own row: a password hash is no one's business,
# and the rest is how the site treats the account, not what the member told it.
USER_FIELDS_NOT_EXPORTED = {"password", "deleted_at"}

SECTIONS = [
    "profile",
    "email_addresses",
    "connected_accounts",
    "two_factor_authentication",
    "memberships",
    "questions",
    "answers",
    "comments",
    "post_edits",
    "votes",
    "norm_edits",
    "norm_proposals",
    "norm_confirmations",
    "events_created",
    "rsvps",
    "follows",
    "notifications",
    "notification_preferences",
    "messages",
]


def _plain(value):
    """A JSON-friendly version of a value read from the database."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Country):
        return value.code or ""
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _profile(member):
    profile = {
        field.name: _plain(field.value_from_object(member))
        for field in User._meta.concrete_fields
        if field.name not in USER_FIELDS_NOT_EXPORTED
    }
    spoken = SpokenLanguage.objects.filter(member=member).select_related("language").order_by("pk")
    profile["languages_spoken"] = [
        {"language": row.language_id, "name": row.language.name, "level": row.level}
        for row in spoken
    ]
    profile["languages_read"] = list(
        member.reading_languages.order_by("code").values_list("code", flat=True)
    )
    return profile


def _email_addresses(member):
    return [
        {"email": row.email, "verified": row.verified, "primary": row.primary}
        for row in EmailAddress.objects.filter(user=member).order_by("pk")
    ]


def _connected_accounts(member):
    return [
        {
            "provider": row.provider,
            "uid": row.uid,
            "connected": _plain(row.date_joined),
            "last_sign_in": _plain(row.last_login),
            "data_received": _plain(row.extra_data),
        }
        for row in SocialAccount.objects.filter(user=member).order_by("pk")
    ]


def _two_factor_authentication(member):
    # Which methods are on, never their secrets.
    return [
        {"type": row.type, "created": _plain(row.created_at), "last_used": _plain(row.last_used_at)}
        for row in Authenticator.objects.filter(user=member).order_by("pk")
    ]


def _memberships(member):
    rows = Membership.objects.filter(user=member).select_related("group").order_by("pk")
    return [
        {
            "group": row.group.name,
            "group_slug": row.group.slug,
            "role": row.role,
            "status": row.status,
            "requested": _plain(row.requested_at),
            "joined": _plain(row.joined_at),
            "rules_accepted": _plain(row.rules_accepted_at),
            "decided": _plain(row.decided_at),
            "admission_answers": list(row.admission_answers),
            "decision_message": row.decision_message,
        }
        for row in rows
    ]


def _questions(member):
    rows = (
        Question.objects.filter(author=member)
        .select_related("group")
        .prefetch_related("topics", "tags")
        .order_by("pk")
    )
    return [
        {
            "id": row.pk,
            "url": row.get_absolute_url(),
            "group": row.group.name,
            "title": row.title,
            "body": row.body,
            "language": row.language_id,
            "asked_from": _plain(row.asker_country),
            "regions": _plain(row.regions),
            "topics": [topic.slug for topic in row.topics.all()],
            "tags": [tag.name for tag in row.tags.all()],
            "created": _plain(row.created_at),
            "edited": _plain(row.edited_at),
            "deleted": _plain(row.deleted_at),
        }
        for row in rows
    ]


def _answers(member):
    rows = Answer.objects.filter(author=member).select_related("question").order_by("pk")
    return [
        {
            "id": row.pk,
            "url": row.get_absolute_url(),
            "question": row.question.title,
            "body": row.body,
            "language": row.language_id,
            "region": _plain(row.region),
            "created": _plain(row.created_at),
            "edited": _plain(row.edited_at),
            "deleted": _plain(row.deleted_at),
        }
        for row in rows
    ]


def _comments(member):
    return [
        {
            "id": row.pk,
            "question_id": row.question_id,
            "answer_id": row.answer_id,
            "body": row.body,
            "created": _plain(row.created_at),
            "deleted": _plain(row.deleted_at),
        }
        for row in Comment.objects.filter(author=member).order_by("pk")
    ]


def _post_edits(member):
    return [
        {
            "question_id": row.question_id,
            "answer_id": row.answer_id,
            "title": row.title,
            "text": row.body,
            "edited": _plain(row.created_at),
        }
        for row in Revision.objects.filter(editor=member).order_by("pk")
    ]


def _votes(member):
    return [
        {
            "question_id": row.question_id,
            "answer_id": row.answer_id,
            "vote": row.value,
            "created": _plain(row.created_at),
        }
        for row in Vote.objects.filter(voter=member).order_by("pk")
    ]


def _norm_edits(member):
    rows = NormRevision.objects.filter(editor=member).select_related("entry__topic").order_by("pk")
    return [
        {
            "country": _plain(row.entry.country),
            "topic": row.entry.topic.name,
            "language": row.entry.language_id,
            "version": row.version,
            "summary": row.summary,
            "short_answer": row.short_answer,
            "explanation": row.explanation,
            "sources": row.sources,
            "edited": _plain(row.created_at),
        }
        for row in rows
    ]


def _norm_proposals(member):
    rows = (
        NormProposal.objects.filter(proposed_by=member)
        .select_related("entry__topic")
        .order_by("pk")
    )
    return [
        {
            "country": _plain(row.entry.country),
            "topic": row.entry.topic.name,
            "answer_id": row.answer_id,
            "status": row.status,
            "proposed": _plain(row.created_at),
            "decided": _plain(row.decided_at),
        }
        for row in rows
    ]


def _norm_confirmations(member):
    rows = (
        NormConfirmation.objects.filter(member=member).select_related("entry__topic").order_by("pk")
    )
    return [
        {
            "country": _plain(row.entry.country),
            "topic": row.entry.topic.name,
            "language": row.entry.language_id,
            "confirmed": _plain(row.created_at),
        }
        for row in rows
    ]


def _events_created(member):
    rows = Event.objects.filter(created_by=member).select_related("group").order_by("pk")
    return [
        {
            "id": row.pk,
            "url": row.get_absolute_url(),
            "group": row.group.name,
            "title": row.title,
            "description": row.description,
            "starts": _plain(row.starts_at),
            "ends": _plain(row.ends_at),
            "time_zone": row.time_zone,
            "format": row.format,
            "venue": row.venue,
            "address": row.address,
            "city": row.city,
            "country": _plain(row.country),
            "online_url": row.online_url,
            "capacity": row.capacity,
            "created": _plain(row.created_at),
            "cancelled": _plain(row.cancelled_at),
        }
        for row in rows
    ]


def _rsvps(member):
    rows = (
        RSVP.objects.filter(member=member)
        .select_related("event")
        .prefetch_related("topics")
        .order_by("pk")
    )
    return [
        {
            "event_id": row.event_id,
            "event": row.event.title,
            "starts": _plain(row.event.starts_at),
            "status": row.status,
            "answered": _plain(row.responded_at),
            "objective": row.objective,
            "topics": [topic.slug for topic in row.topics.all()],
        }
        for row in rows
    ]


def _follows(member):
    rows = (
        Follow.objects.filter(follower=member)
        .select_related("question", "group", "topic")
        .order_by("pk")
    )
    follows = []
    for row in rows:
        if row.question_id:
            kind, target = "question", row.question.title
        elif row.group_id:
            kind, target = "group", row.group.name
        else:
            kind, target = "topic", row.topic.name
        follows.append({"kind": kind, "following": target, "since": _plain(row.created_at)})
    return follows


def _notifications(member):
    rows = Notification.objects.for_recipient(member).for_listing()
    return [
        {
            "kind": row.kind,
            "summary": row.summary(),
            "question_id": row.question_id,
            "answer_id": row.answer_id,
            "comment_id": row.comment_id,
            "created": _plain(row.created_at),
            "read": _plain(row.read_at),
            "emailed": _plain(row.emailed_at),
        }
        for row in rows
    ]


def _notification_preferences(member):
    preference = NotificationPreference.objects.filter(member=member).first()
    if preference is None:
        return None
    fields = [*NotificationPreference.EMAIL_FIELDS, "daily_digest", "updated_at"]
    return {name: _plain(getattr(preference, name)) for name in fields}


def _messages(member):
    """The member's private messages, from the conversations app when it is installed.
    ``conversations.selectors.messages_for_export(member)`` gives one dict per message."""
    if not apps.is_installed("conversations"):
        return []
    from conversations.selectors import messages_for_export

    return [_plain(dict(row)) for row in messages_for_export(member)]


def member_data_export(member):
    """Every section of SECTIONS, plus when the export was made."""
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now().isoformat(),
        "profile": _profile(member),
        "email_addresses": _email_addresses(member),
        "connected_accounts": _connected_accounts(member),
        "two_factor_authentication": _two_factor_authentication(member),
        "memberships": _memberships(member),
        "questions": _questions(member),
        "answers": _answers(member),
        "comments": _comments(member),
        "post_edits": _post_edits(member),
        "votes": _votes(member),
        "norm_edits": _norm_edits(member),
        "norm_proposals": _norm_proposals(member),
        "norm_confirmations": _norm_confirmations(member),
        "events_created": _events_created(member),
        "rsvps": _rsvps(member),
        "follows": _follows(member),
        "notifications": _notifications(member),
        "notification_preferences": _notification_preferences(member),
        "messages": _messages(member),
    }
