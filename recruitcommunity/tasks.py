from celery import shared_task
from django.utils import timezone

from .idempotency import SUBMISSION_WINDOW, submission_keys_forget


@shared_task
def forget_old_submission_keys():
    """Claims older than the repeat window protect nothing; keep the table small."""
    return submission_keys_forget(before=timezone.now() - SUBMISSION_WINDOW)
