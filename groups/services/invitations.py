"""Invitation links, email invitations and the CSV import that moves a community over
from another platform."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.mail import get_connection
from django.core.mail.message import EmailMessage
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from recruitcommunity.links import absolute_url

from ..models import EmailInvitation, InvitationLink, Membership, MembershipEvent
from .memberships import MembershipError, membership_join

MAX_IMPORT_ROWS = 5000
MAX_EMAIL_LENGTH = EmailInvitation._meta.get_field("email").max_length
MAX_NAME_LENGTH = EmailInvitation._meta.get_field("name").max_length


@transaction.atomic
def invitation_link_create(*, group, creator, expires_at=None, max_uses=None):
    link = InvitationLink.objects.create(
        group=group, created_by=creator, expires_at=expires_at, max_uses=max_uses
    )
    MembershipEvent.objects.create(
        group=group, action=MembershipEvent.Action.INVITE, actor=creator, reason=_("link created")
    )
    return link


@transaction.atomic
def invitation_link_revoke(*, link, moderator):
    """Stop a link from admitting anyone else. Revoking twice is harmless."""
    revoked = InvitationLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if revoked:
        MembershipEvent.objects.create(
            group_id=link.group_id,
            action=MembershipEvent.Action.INVITE,
            actor=moderator,
            reason=_("link revoked"),
        )


@transaction.atomic
def invitation_link_use(*, link, user, accept_rules=False):
    """Join the link's group. A use is counted only when someone new joins."""
    link = InvitationLink.objects.select_for_update().select_related("group").get(pk=link.pk)
    existing = Membership.objects.filter(group=link.group, user=user).first()
    if existing is not None and existing.is_active:
        return existing
    if not link.is_usable():
        raise MembershipError(_("This invitation link has expired or been used up."))
    membership = membership_join(
        group=link.group, user=user, accept_rules=accept_rules, invited=True
    )
    # Spend the use only on an admission: a pending request left pending costs nothing.
    if membership.is_active:
        InvitationLink.objects.filter(pk=link.pk).update(use_count=F("use_count") + 1)
    return membership


@transaction.atomic
def email_invitation_accept(*, invitation, user, accept_rules=False):
    """Join the invitation's group; the invitation is spent once someone joins with it."""
    invitation = (
        EmailInvitation.objects.select_for_update().select_related("group").get(pk=invitation.pk)
    )
    existing = Membership.objects.filter(group=invitation.group, user=user).first()
    if existing is not None and existing.is_active:
        return existing
    if not invitation.is_usable:
        raise MembershipError(_("This invitation has already been used or was withdrawn."))
    membership = membership_join(
        group=invitation.group, user=user, accept_rules=accept_rules, invited=True
    )
    if membership.is_active:
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


@dataclass
class ImportReport:
    invited: int = 0
    already_invited: int = 0
    rejected: list = field(default_factory=list)  # [(line number, text of the row, reason)]

    @property
    def total_rows(self):
        return self.invited + self.already_invited + len(self.rejected)


def _rows(text):
    """(line number, cells) for each non-empty row; a header row is skipped.

    The line number is the row's first line in the file: a quoted cell may span lines.
    """
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    line_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise MembershipError(
                _("Line %(line)s could not be read as CSV (%(error)s).")
                % {"line": line_number, "error": error}
            ) from error
        cells = [cell.strip() for cell in row]
        if any(cells) and not (
            line_number == 1 and cells[0].lower() in {"email", "e-mail", "email address"}
        ):
            yield line_number, cells
        line_number = reader.line_num + 1


def _is_email_address(text):
    # The validator lets through up to 320 characters; the column holds fewer.
    if len(text) > MAX_EMAIL_LENGTH:
        return False
    try:
        validate_email(text)
    except ValidationError:
        return False
    return True


def parse_invitation_csv(text):
    """Validate every row: returns ({lowercased email: (email, name)}, rejected rows).

    Raises MembershipError when the text cannot be read as CSV at all.
    """
    valid, rejected = {}, []
    for line_number, cells in _rows(text):
        raw = ",".join(cells)
        email = cells[0]
        name = cells[1] if len(cells) > 1 else ""
        if "\x00" in raw:
            # PostgreSQL text cannot hold NUL; this is a binary file, not a list of people.
            shown = raw.replace("\x00", "\ufffd")
            rejected.append((line_number, shown, _("contains characters that are not text")))
            continue
        if not _is_email_address(email):
            rejected.append((line_number, raw, _("not a valid email address")))
            continue
        if len(cells) > 2 and any(cells[2:]):
            rejected.append((line_number, raw, _("too many columns (expected: email, name)")))
            continue
        if len(name) > MAX_NAME_LENGTH:
            rejected.append((line_number, raw, _("the name is too long")))
            continue
        key = email.lower()
        if key in valid:
            rejected.append((line_number, raw, _("this address appears earlier in the file")))
            continue
        valid[key] = (email, name)
    return valid, rejected


@transaction.atomic
def invitations_import_csv(*, group, inviter, text):
    """Invite every valid address in a CSV (email, optional name) that was not invited yet.

    Re-uploading the same file invites nobody twice: the database allows one invitation
    per address and group.
    """
    valid, rejected = parse_invitation_csv(text)
    if len(valid) + len(rejected) > MAX_IMPORT_ROWS:
        raise MembershipError(
            _("A file may hold at most %(limit)s rows.") % {"limit": MAX_IMPORT_ROWS}
        )
    already = set(
        EmailInvitation.objects.filter(group=group)
        .annotate(email_lower=Lower("email"))
        .filter(email_lower__in=list(valid))
        .values_list("email_lower", flat=True)
    )
    new = [
        EmailInvitation(group=group, email=email, name=name, invited_by=inviter)
        for key, (email, name) in valid.items()
        if key not in already
    ]
    EmailInvitation.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    report = ImportReport(
        invited=len(new), already_invited=len(valid) - len(new), rejected=rejected
    )
    if new:
        MembershipEvent.objects.create(
            group=group,
            action=MembershipEvent.Action.INVITE,
            actor=inviter,
            reason=_("%(count)s invitations imported") % {"count": len(new)},
        )
        # The invitations are saved either way: a failing mail server leaves them unsent
        # (listed as such) rather than turning a finished import into an error page.
        transaction.on_commit(lambda: invitations_send(group=group), robust=True)
    return report


def invitations_send(*, group, batch_size=500):
    """Email every invitation of the group that has not been sent yet, over one connection
    per batch, marking each as sent."""
    sent = 0
    while True:
        batch = list(
            EmailInvitation.objects.filter(
                group=group, sent_at__isnull=True, revoked_at__isnull=True
            )
            .select_related("invited_by", "group")
            .order_by("pk")[:batch_size]
        )
        if not batch:
            return sent
        messages = [_invitation_message(invitation) for invitation in batch]
        get_connection().send_messages(messages)
        EmailInvitation.objects.filter(pk__in=[invitation.pk for invitation in batch]).update(
            sent_at=timezone.now()
        )
        sent += len(batch)


def _invitation_message(invitation):
    language_code = invitation.invited_by.interface_language if invitation.invited_by else ""
    context = {
        "invitation": invitation,
        "group": invitation.group,
        "inviter": invitation.invited_by,
        "accept_url": absolute_url(invitation.get_absolute_url()),
    }
    with translation.override(language_code or "en"):
        subject = render_to_string("groups/email/invitation_subject.txt", context).strip()
        body = render_to_string("groups/email/invitation_body.txt", context)
    return EmailMessage(subject, body, to=[invitation.email])
