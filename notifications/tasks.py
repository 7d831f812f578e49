"""Email about notifications, sent by Celery workers (inline when no broker is set)."""

from recruitcommunity.celery import app

from . import services


@app.task(ignore_result=True)
def send_notification_email(notification_id):
    """One email for one notification; nothing when it is not wanted or went out already."""
    return services.notification_email_send(notification_id=notification_id)


@app.task(ignore_result=True)
def send_member_digest(member_id):
    return services.digest_send(member_id=member_id)


@app.task(ignore_result=True)
def send_daily_digests():
    """Run daily by Celery beat (CELERY_BEAT_SCHEDULE): one digest task per member who
    chose the daily digest. Safe to run twice: a notification is in one digest at most."""
    member_ids = list(services.members_with_daily_digest())
    for member_id in member_ids:
        send_member_digest.delay(member_id)
    return len(member_ids)
