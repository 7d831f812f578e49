from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

STALE_AFTER = timedelta(days=365)


class NormTopic(models.Model):
    """One thing every country's guide answers ("When is salary discussed?"). Topics are
    data: admins add them; the curated ones are loaded by a migration."""

    class Category(models.TextChoices):
        SALARY = "salary", _("Salary")
        PROCESS = "process", _("Process")
        CULTURE = "culture", _("Culture")
        CHANNELS = "channels", _("Channels")
        LEGAL = "legal", _("Legal")
        LANGUAGE = "language", _("Language")

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    category = models.CharField(_("category"), max_length=10, choices=Category.choices)
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    question_topics = models.ManyToManyField(
        "questions.Topic",
        related_name="norm_topics",
        blank=True,
        verbose_name=_("question topics it answers"),
    )

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("norms topic")
        verbose_name_plural = _("norms topics")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    category__in=["salary", "process", "culture", "channels", "legal", "language"]
                ),
                name="norm_topic_category_valid",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="norm_topic_name_not_empty"),
        ]

    def __str__(self):
        return self.name


class NormEntryQuerySet(models.QuerySet):
    def for_country(self, country_code):
        return self.filter(country=country_code)

    def stale(self, now=None):
        return self.filter(last_reviewed_at__lt=(now or timezone.now()) - STALE_AFTER)


class NormEntry(models.Model):
    """How one topic works in one country, written in one language (the country's own, or
    English). Every edit bumps ``version``; an edit made from an older version is refused."""

    country = CountryField(_("country"))
    topic = models.ForeignKey(
        NormTopic, on_delete=models.PROTECT, related_name="entries", verbose_name=_("topic")
    )
    language = models.ForeignKey(
        "languages.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    short_answer = models.CharField(_("short answer"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True)
    sources = models.TextField(_("sources"), blank=True, help_text=_("One link per line."))
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    last_reviewed_at = models.DateTimeField(_("last reviewed"), default=timezone.now)
    confirmation_count = models.PositiveIntegerField(_("confirmations"), default=0, editable=False)

    objects = NormEntryQuerySet.as_manager()

    class Meta:
        ordering = ["topic__position"]
        verbose_name = _("norms entry")
        verbose_name_plural = _("norms entries")
        constraints = [
            models.UniqueConstraint(
                fields=["country", "topic", "language"], name="norm_entry_once_per_language"
            ),
            models.CheckConstraint(
                condition=~Q(short_answer=""), name="norm_entry_short_answer_not_empty"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="norm_entry_version_positive"),
        ]
        indexes = [
            models.Index(fields=["country", "topic"], name="norm_entry_country_topic"),
            models.Index(fields=["country", "last_reviewed_at"], name="norm_entry_review_queue"),
        ]

    def __str__(self):
        return f"{self.country.code} · {self.topic} ({self.language_id})"

    def get_absolute_url(self):
        return (
            reverse(
                "norms:entry",
                kwargs={"country": self.country.code.lower(), "topic": self.topic.slug},
            )
            + f"?lang={self.language_id}"
        )

    @property
    def is_stale(self):
        return self.last_reviewed_at < timezone.now() - STALE_AFTER

    def source_links(self):
        return [line.strip() for line in self.sources.splitlines() if line.strip()]


class NormRevision(models.Model):
    """An entry as it was after one edit: who, when, why, and the text."""

    entry = models.ForeignKey(NormEntry, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField(_("version"))
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    summary = models.CharField(_("summary of the change"), max_length=200)
    short_answer = models.CharField(_("short answer"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True)
    sources = models.TextField(_("sources"), blank=True)
    created_at = models.DateTimeField(_("edited"), default=timezone.now)

    class Meta:
        ordering = ["-version"]
        verbose_name = _("norms revision")
        verbose_name_plural = _("norms revisions")
        constraints = [
            models.UniqueConstraint(fields=["entry", "version"], name="norm_revision_once"),
        ]

    def __str__(self):
        return f"{self.entry} v{self.version}"


class NormConfirmation(models.Model):
    """A practitioner's statement that an entry is still right; it also counts as a review."""

    entry = models.ForeignKey(NormEntry, on_delete=models.CASCADE, related_name="confirmations")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="norm_confirmations"
    )
    created_at = models.DateTimeField(_("confirmed"), default=timezone.now)

    class Meta:
        verbose_name = _("confirmation")
        verbose_name_plural = _("confirmations")
        constraints = [
            models.UniqueConstraint(fields=["entry", "member"], name="norm_confirmation_once"),
        ]

    def __str__(self):
        return f"{self.member} ✓ {self.entry}"


class NormProposal(models.Model):
    """An accepted answer proposed as an update to the entry for its country and topic."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("proposal status", "waiting")
        ACCEPTED = "accepted", pgettext_lazy("proposal status", "accepted")
        DECLINED = "declined", pgettext_lazy("proposal status", "declined")

    entry = models.ForeignKey(NormEntry, on_delete=models.CASCADE, related_name="proposals")
    answer = models.ForeignKey("questions.Answer", on_delete=models.CASCADE, related_name="+")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("proposed update")
        verbose_name_plural = _("proposed updates")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "answer"], name="norm_proposal_once_per_answer"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "accepted", "declined"]),
                name="norm_proposal_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["entry", "status"], name="norm_proposal_queue")]

    def __str__(self):
        return f"{self.answer_id} → {self.entry}"
