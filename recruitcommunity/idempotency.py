"""Create forms that create once. A double click, a form resent after a timeout or a second
tab sends the same submission twice; the second must not post a second question, answer,
message or event, but land on what the first one created, with "This was already posted."

A submission is known by the form's one-time key when it sends one (a UUID rendered into
the form by ``{% submission_key_field %}``), else by a digest of the address and the data
posted. Before it creates anything, the view claims the key for the member
(SubmissionKey, unique per member and key) in the same transaction as the creation:

* sequential repeats find the claim and are sent to the address recorded with it;
* concurrent repeats wait on the unique index until the first transaction ends: if it
  committed they are sent to what it created; if it failed (a refusal, a form error), the
  claim went with it and the repeat is tried on its own.

A digest names the same content posted to the same address, which a member may mean to
post again much later: after SUBMISSION_WINDOW the old claim is taken over.

    try:
        question = submit_once(request, lambda: question_ask(...))
    except AlreadySubmitted as repeat:
        return repeat.response(request)
"""

import hashlib
import json
import uuid
from datetime import timedelta

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import SubmissionKey

SUBMISSION_KEY_FIELD = "submission_key"
SUBMISSION_WINDOW = timedelta(minutes=10)
# Posted fields that differ between two sends of the same form.
IGNORED_FIELDS = {"csrfmiddlewaretoken", SUBMISSION_KEY_FIELD}


class AlreadySubmitted(Exception):
    """The same submission was already made; ``url`` is what it created."""

    def __init__(self, url):
        super().__init__(url)
        self.url = url

    def response(self, request, fallback="/"):
        messages.info(request, _("This was already posted."))
        return redirect(self.url or fallback)


def new_submission_key():
    return str(uuid.uuid4())


def submission_key(request):
    """The key of this submission: the form's own key, or a digest of what was posted where."""
    explicit = request.POST.get(SUBMISSION_KEY_FIELD, "").strip()
    try:
        source = f"key:{uuid.UUID(explicit)}"
    except ValueError:
        posted = sorted(
            (name, value)
            for name, values in request.POST.lists()
            if name not in IGNORED_FIELDS
            for value in values
        )
        files = sorted(
            (name, upload.name, upload.size)
            for name, uploads in request.FILES.lists()
            for upload in uploads
        )
        source = json.dumps(["data", request.get_full_path(), posted, files])
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()


def submit_once(request, create, *, url_of=None):
    """Run ``create()`` unless the member already made this submission; returns what it
    created, or raises AlreadySubmitted with the address of what the first one created.
    ``url_of(created)`` is that address (``get_absolute_url()`` by default)."""
    return submission_once(
        member=request.user, key=submission_key(request), create=create, url_of=url_of
    )


@transaction.atomic
def submission_once(*, member, key, create, url_of=None, now=None):
    now = now or timezone.now()
    try:
        # A savepoint of its own: a conflict here must not spoil the transaction.
        with transaction.atomic():
            claim = SubmissionKey.objects.create(member=member, key=key, created_at=now)
    except IntegrityError:
        # Committed by the first submission (a concurrent one waited for it to end).
        claim = SubmissionKey.objects.select_for_update().get(member=member, key=key)
        if claim.created_at > now - SUBMISSION_WINDOW:
            raise AlreadySubmitted(claim.target_url) from None
        claim.created_at = now
    created = create()
    claim.target_url = (url_of or _absolute_url)(created)[:500]
    claim.save(update_fields=["created_at", "target_url"])
    return created


def _absolute_url(created):
    return created.get_absolute_url()


def submission_keys_forget(*, before):
    """Claims older than the window protect nothing; returns how many were deleted."""
    deleted, _by_model = SubmissionKey.objects.filter(created_at__lt=before).delete()
    return deleted
