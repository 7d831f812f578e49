from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SubmissionKey(models.Model):
    """A create form's submission by a member, claimed before the object is created: the
    same submission sent again (a double click, a form resent after a timeout, two tabs)
    finds the claim and is sent to what the first one created (recruitcommunity.idempotency).

    The key is the form's own one-time key when it sends one, else a digest of the address
    and the data posted."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("member"),
    )
    key = models.CharField(_("key"), max_length=64)
    created_at = models.DateTimeField(_("submitted"), default=timezone.now)
    target_url = models.CharField(_("created at the address"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "key"], name="submission_key_once_per_member"
            ),
            models.CheckConstraint(condition=~Q(key=""), name="submission_key_not_empty"),
        ]
        indexes = [models.Index(fields=["created_at"], name="submission_key_by_age")]

    def __str__(self):
        return f"{self.member_id}: {self.key[:12]}…"
