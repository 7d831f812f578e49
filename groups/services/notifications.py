"""Emails about memberships, sent after the transaction that caused them commits, in the
recipient's own interface language."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from recruitcommunity.links import absolute_url


def send_member_email(*, recipient_email, language_code, template, context):
    """Render templates/<template>_subject.txt and _body.txt and send them once the current
    transaction commits."""

    def send():
        with translation.override(language_code or settings.LANGUAGE_CODE):
            subject = render_to_string(f"{template}_subject.txt", context).strip()
            body = render_to_string(f"{template}_body.txt", context)
        send_mail(subject, body, None, [recipient_email])

    transaction.on_commit(send)


def notify_applicant_of_decision(membership):
    applicant = membership.user
    send_member_email(
        recipient_email=applicant.email,
        language_code=applicant.interface_language,
        template="groups/email/request_decided",
        context={
            "membership": membership,
            "group": membership.group,
            "applicant": applicant,
            "group_url": absolute_url(membership.group.get_absolute_url()),
        },
    )
