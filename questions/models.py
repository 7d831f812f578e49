from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class QuestionQuerySet(models.QuerySet):
    def to_country(self, country_code):
        return self.filter(target_country=country_code)

    def from_country(self, country_code):
        return self.filter(asker_country=country_code)

    def in_language(self, language_code):
        return self.filter(language_id=language_code)

    def matching(self, text):
        return self.filter(Q(title__icontains=text) | Q(body__icontains=text))

    def in_languages_read_by(self, member):
        return self.filter(language__in=member.reading_languages.all())

    def cross_region(self):
        """Questions whose asker lives outside the country of the group they asked."""
        return self.exclude(asker_country="").exclude(asker_country=F("target_country"))

    def for_listing(self):
        return self.select_related("group", "author", "language")

    def newest_first(self):
        return self.order_by("-created_at", "-id")


class Question(models.Model):
    group = models.ForeignKey(
        "groups.Group", on_delete=models.CASCADE, related_name="questions", verbose_name=_("group")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="questions"
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("question"))
    language = models.ForeignKey(
        "languages.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    # Copied when the question is asked so a thread keeps reading "from United Kingdom
    # to Poland" after the asker moves or the group changes.
    asker_country = CountryField(_("asked from"), blank=True)
    target_country = CountryField(_("asked to"))
    answer_count = models.PositiveIntegerField(_("answers"), default=0, editable=False)
    created_at = models.DateTimeField(_("asked"), default=timezone.now, editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="question_title_not_empty"),
            models.CheckConstraint(condition=~Q(body=""), name="question_body_not_empty"),
            models.CheckConstraint(
                condition=Q(answer_count__gte=0), name="question_answer_count_not_negative"
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="question_newest"),
            models.Index(fields=["group", "-created_at"], name="question_group_newest"),
            models.Index(fields=["target_country", "-created_at"], name="question_to_newest"),
            models.Index(fields=["asker_country", "-created_at"], name="question_from_newest"),
            models.Index(fields=["language", "-created_at"], name="question_language_newest"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("questions:detail", kwargs={"pk": self.pk})

    @property
    def is_cross_region(self):
        return bool(self.asker_country) and self.asker_country != self.target_country


class AnswerQuerySet(models.QuerySet):
    def for_thread(self):
        return self.select_related("author", "language").order_by("created_at", "id")


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answers"
    )
    body = models.TextField(_("answer"))
    language = models.ForeignKey(
        "languages.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    created_at = models.DateTimeField(_("answered"), default=timezone.now, editable=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="answer_body_not_empty"),
        ]
        indexes = [models.Index(fields=["question", "created_at"], name="answer_thread_order")]

    def __str__(self):
        return _("Answer #%(number)s to “%(question)s”") % {
            "number": self.pk,
            "question": self.question,
        }

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"
