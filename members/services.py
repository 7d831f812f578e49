from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast, Concat, Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import RSVP
from events.services import rsvp_not_going
from groups.models import EmailInvitation, Group, Membership
from groups.services import membership_leave
from groups.services.notifications import send_member_email
from notifications.models import Follow, Notification, NotificationPreference
from recruitcommunity.exceptions import DomainError
from recruitcommunity.links import absolute_url

from .models import SpokenLanguage, User

PROFILE_FIELDS = [
    "display_name",
    "headline",
    "city",
    "home_country",
    "specialisms",
    "years_in_recruiting",
    "bio",
    "linkedin_url",
    "profile_visibility",
    "time_zone",
]


@transaction.atomic
def profile_update(
    *,
    member,
    display_name,
    headline,
    city,
    country,
    reading_languages,
    spoken_languages,
    specialisms,
    years_in_recruiting,
    bio,
    linkedin_url,
    profile_visibility,
    time_zone="",
    avatar=None,
    remove_avatar=False,
    message_policy=None,
    message_emails=None,
):
    """Save the profile. spoken_languages is [(language code, level)]; avatar is an already
    re-encoded image file (members.avatars.avatar_reencoded) that replaces the current photo;
    remove_avatar drops the current photo."""
    member.display_name = display_name
    member.headline = headline
    member.city = city
    member.home_country = country
    member.specialisms = list(dict.fromkeys(specialisms))
    member.years_in_recruiting = years_in_recruiting
    member.bio = bio
    member.linkedin_url = linkedin_url
    member.profile_visibility = profile_visibility
    member.time_zone = time_zone
    update_fields = list(PROFILE_FIELDS)
    # Who may start a conversation, and emails about messages (conversations/).
    if message_policy is not None:
        member.message_policy = message_policy
        update_fields.append("message_policy")
    if message_emails is not None:
        member.message_emails = bool(message_emails)
        update_fields.append("message_emails")

    replaced_avatar = member.avatar.name if (avatar or remove_avatar) else ""
    if avatar is not None:
        member.avatar.save(avatar.name, avatar, save=False)
        update_fields.append("avatar")
    elif remove_avatar:
        member.avatar = ""
        update_fields.append("avatar")
    member.save(update_fields=update_fields)

    SpokenLanguage.objects.filter(member=member).delete()
    SpokenLanguage.objects.bulk_create(
        SpokenLanguage(member=member, language_id=code, level=level)
        for code, level in spoken_languages
    )
    member.reading_languages.set(reading_languages)

    if replaced_avatar:
        storage = member.avatar.storage
        # The old file goes only once the new profile is saved for good.
        transaction.on_commit(lambda: storage.delete(replaced_avatar))
    return member


def interface_language_update(*, member, language_code):
    member.interface_language = language_code
    member.save(update_fields=["interface_language"])


class AccountDeletionError(DomainError):
    pass


DELETED_EMAIL_DOMAIN = "deleted.invalid"


def former_member_username(member_id):
    return f"former-member-{member_id}"


def groups_owned_by(member):
    return Group.objects.filter(
        memberships__user=member,
        memberships__role=Membership.Role.OWNER,
        memberships__status=Membership.Status.ACTIVE,
    ).order_by("name")


def _sessions_end(member):
    """Delete the member's sessions from a database-backed session store. Sessions do not
    record their user in a column, so each live one is decoded: slow with very many
    sessions, but accounts are deleted rarely. (Whatever the store, the sessions are dead
    anyway: the account is inactive and its password hash, which they carry, is gone.)"""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return
    session_model = store_class.get_model_class()
    member_id = str(member.pk)
    decoder = store_class()
    ended = [
        row.session_key
        for row in session_model.objects.filter(expire_date__gt=timezone.now()).iterator(
            chunk_size=2000
        )
        if str(decoder.decode(row.session_data).get("_auth_user_id")) == member_id
    ]
    session_model.objects.filter(session_key__in=ended).delete()


def _groups_leave(member):
    """Leave every group through the membership services (they keep the member counts
    and the audit log right); refused requests and bans go too, with the member's answers."""
    current = Membership.objects.filter(
        user=member, status__in=[Membership.Status.ACTIVE, Membership.Status.PENDING]
    ).select_related("group")
    for membership in current:
        membership_leave(group=membership.group, user=member)
    Membership.objects.filter(user=member).delete()


def _rsvps_withdraw(member, now):
    """Free the member's places at events still to come (the waitlist moves up); past
    answers stay, without what the member wrote."""
    upcoming = RSVP.objects.filter(member=member, event__ends_at__gte=now).select_related("event")
    for rsvp in upcoming:
        rsvp_not_going(event=rsvp.event, member=member)
    RSVP.objects.filter(member=member, event__ends_at__gte=now).delete()
    RSVP.objects.filter(member=member).exclude(objective="").update(objective="")


def _invitations_forget(member, addresses):
    """Invitations still waiting for one of the member's addresses are withdrawn; accepted
    ones stay (groups count them) under an address that names no one."""
    lowered = {address.lower() for address in addresses}
    addressed = EmailInvitation.objects.annotate(lowered_email=Lower("email")).filter(
        lowered_email__in=lowered
    )
    addressed.filter(accepted_at__isnull=True).delete()
    EmailInvitation.objects.filter(Q(accepted_by=member) | Q(pk__in=addressed.values("pk"))).update(
        name="",
        email=Concat(
            Value(f"{former_member_username(member.pk)}-invitation-"),
            Cast("pk", CharField()),
            Value(f"@{DELETED_EMAIL_DOMAIN}"),
        ),
    )


def _profile_erase(member, now):
    member.username = former_member_username(member.pk)
    member.email = f"{former_member_username(member.pk)}@{DELETED_EMAIL_DOMAIN}"
    member.first_name = ""
    member.last_name = ""
    member.display_name = ""
    member.headline = ""
    member.city = ""
    member.bio = ""
    member.linkedin_url = ""
    member.home_country = ""
    member.specialisms = []
    member.years_in_recruiting = None
    member.time_zone = ""
    member.interface_language = ""
    member.profile_visibility = User.Visibility.GROUPS
    member.avatar = ""
    member.is_active = False
    member.is_staff = False
    member.is_superuser = False
    member.last_login = None
    member.deleted_at = now
    member.set_unusable_password()
    member.save()


@transaction.atomic
def account_delete(*, member):
    """Erase the member's account. Their questions, answers, comments and edits stay in
    their threads, signed "former member"; everything that says who they were goes: the
    profile, languages, addresses, connected accounts, two-factor methods, sessions, group
    memberships, places at future events, follows, notifications and invitations. The
    member is told by email, at the address being erased, once it is done.

    Refused while the member owns a group: the group needs a new owner first."""
    member = User.objects.select_for_update().get(pk=member.pk)
    if member.is_former_member:
        return member
    owned = list(groups_owned_by(member).values_list("name", flat=True))
    if owned:
        raise AccountDeletionError(
            _(
                "You own %(groups)s. Hand each group you own over to another member "
                "(Manage → Members) before deleting your account."
            )
            % {"groups": ", ".join(owned)}
        )

    now = timezone.now()
    email, language = member.email, member.interface_language
    addresses = {email, *EmailAddress.objects.filter(user=member).values_list("email", flat=True)}
    send_member_email(
        recipient_email=email,
        language_code=language,
        template="members/email/account_deleted",
        context={"name": member.public_name, "site_url": absolute_url("/")},
    )

    _groups_leave(member)
    _rsvps_withdraw(member, now)
    _invitations_forget(member, addresses)
    SpokenLanguage.objects.filter(member=member).delete()
    member.reading_languages.clear()
    Follow.objects.filter(follower=member).delete()
    Notification.objects.filter(recipient=member).delete()
    NotificationPreference.objects.filter(member=member).delete()
    EmailAddress.objects.filter(user=member).delete()
    SocialAccount.objects.filter(user=member).delete()
    Authenticator.objects.filter(user=member).delete()
    # The admin's history names the account as it was shown then.
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(member.pk)
    ).update(object_repr=former_member_username(member.pk))
    _sessions_end(member)

    avatar_name = member.avatar.name
    storage = member.avatar.storage
    _profile_erase(member, now)
    if avatar_name:
        transaction.on_commit(lambda: storage.delete(avatar_name))
    return member
