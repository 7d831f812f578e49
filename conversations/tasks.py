"""Email about new messages, sent by Celery workers (inline when no broker is set).

A new message queues ``send_message_email`` for the recipient once it is saved: it emails at
once unless that member was emailed about the conversation within the hour. Celery beat runs
``send_due_message_emails`` every 15 minutes (CELERY_BEAT_SCHEDULE), which sends the one
email for messages that arrived during such an hour and are still unread."""

import logging

from recruitcommunity.celery import app

from . import services

logger = logging.getLogger(__name__)


@app.task(ignore_result=True)
def send_message_email(participant_id):
    return services.message_email_send(participant_id=participant_id)


@app.task(ignore_result=True)
def send_due_message_emails():
    """Returns how many emails this run sent."""
    sent = 0
    for participant_id in list(services.participants_due_for_email()):
        try:
            sent += services.message_email_send(participant_id=participant_id)
        except Exception:
            # One refused address must not cost the others their email; the claim was
            # given back, so the next run tries again.
            logger.exception("Could not email about new messages (participant %s)", participant_id)
    return sent
