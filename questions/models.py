from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from moderation.conditions import held_or_hidden_not_both, hidden_is_explained, locked_has_time


class Topic(models.Model):
    """A recruiting topic from the curated list (loaded by a migration; admins may add)."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="topic_name_not_empty"),
        ]

    def __str__(self):
        return self.name


class Tag(models.Model):
    """A free tag, written by askers: lowercase, unique."""

    name = models.CharField(_("name"), max_length=40, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        constraints = [
            models.CheckConstraint(
                condition=Q(name__regex=r"^[^\sA-Z]{1,40}$"), name="tag_name_lowercase_one_word"
            ),
        ]

    def __str__(self):
        return self.name


def _hidden_by_field():
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hidden by"),
    )


class QuestionQuerySet(models.QuerySet):
    def visible(self):
        """What lists, counts, feeds and search show: not deleted by the author, not hidden
        by the moderators, not waiting for a moderator's approval."""
        return self.filter(deleted_at__isnull=True, hidden_at__isnull=True, held_at__isnull=True)

    def held(self):
        return self.filter(held_at__isnull=False)

    def to_country(self, country_code):
        return self.filter(regions__contains=[country_code])

    def from_country(self, country_code):
        return self.filter(asker_country=country_code)

    def in_language(self, language_code):
        return self.filter(language_id=language_code)

    def about_topic(self, topic):
        """Questions about a topic (a Topic or its id). Filtered by the topic's id through the
        link table, never through a join on the slug: with the id PostgreSQL knows how many
        questions the topic has and walks the newest first, checking each one's topics in the
        (question, topic) index."""
        topic_id = topic.pk if isinstance(topic, Topic) else topic
        return self.filter(
            Exists(
                Question.topics.through.objects.filter(
                    question_id=OuterRef("pk"), topic_id=topic_id
                )
            )
        )

    def matching(self, text):
        return self.filter(Q(title__icontains=text) | Q(body__icontains=text))

    def in_languages_read_by(self, member):
        return self.filter(language__in=member.reading_languages.all())

    def without_local_answer(self):
        return self.filter(local_answer_count=0)

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
    # Every region the question addresses; the group's country first. A question about
    # several regions shows one answer column per region.
    regions = ArrayField(CountryField(), verbose_name=_("regions"), default=list)
    topics = models.ManyToManyField(
        Topic, related_name="questions", blank=True, verbose_name=_("topics")
    )
    tags = models.ManyToManyField(Tag, related_name="questions", blank=True, verbose_name=_("tags"))
    score = models.IntegerField(_("score"), default=0, editable=False)
    answer_count = models.PositiveIntegerField(_("answers"), default=0, editable=False)
    local_answer_count = models.PositiveIntegerField(
        _("answers from local practitioners"), default=0, editable=False
    )
    comment_count = models.PositiveIntegerField(_("comments"), default=0, editable=False)
    accepted_answer = models.OneToOneField(
        "Answer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    created_at = models.DateTimeField(_("asked"), default=timezone.now, editable=False)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    # Moderation: hidden content stays in the database, marked with who hid it and why.
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = _hidden_by_field()
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)
    # A locked thread takes no new answers, comments or votes.
    locked_at = models.DateTimeField(_("locked"), null=True, blank=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("locked by"),
    )
    # A new member's first post in a group that holds first posts waits here for approval.
    held_at = models.DateTimeField(_("waiting for approval since"), null=True, blank=True)
    # The normalised body's SHA-256: the same advert posted to several groups is refused.
    body_hash = models.CharField(_("text fingerprint"), max_length=64, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

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
            models.CheckConstraint(
                condition=Q(local_answer_count__lte=F("answer_count")),
                name="question_local_answers_within_answers",
            ),
            models.CheckConstraint(
                condition=Q(regions__len__gte=1) & Q(regions__len__lte=4),
                name="question_one_to_four_regions",
            ),
            models.CheckConstraint(
                condition=hidden_is_explained(), name="question_hidden_with_reason"
            ),
            models.CheckConstraint(condition=locked_has_time(), name="question_locked_with_time"),
            models.CheckConstraint(
                condition=held_or_hidden_not_both(), name="question_held_or_hidden"
            ),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="question_newest"),
            models.Index(fields=["group", "-created_at"], name="question_group_newest"),
            models.Index(fields=["target_country", "-created_at"], name="question_to_newest"),
            models.Index(fields=["asker_country", "-created_at"], name="question_from_newest"),
            models.Index(fields=["language", "-created_at"], name="question_language_newest"),
            models.Index(
                fields=["target_country", "-created_at"],
                condition=Q(local_answer_count=0),
                name="question_to_without_local",
            ),
            GinIndex(fields=["regions"], name="question_regions"),
            GinIndex(fields=["search_vector"], name="question_search"),
            # The question list's sorts by votes and by activity, and its "no local answer
            # yet" and "no answers yet" filters.
            models.Index(fields=["-score", "-created_at", "-id"], name="question_most_votes"),
            models.Index(fields=["-last_activity_at", "-id"], name="question_recently_active"),
            models.Index(
                fields=["-created_at", "-id"],
                condition=Q(local_answer_count=0),
                name="question_without_local_newest",
            ),
            models.Index(
                fields=["-created_at", "-id"],
                condition=Q(answer_count=0),
                name="question_unanswered_newest",
            ),
            # The for-you page (notifications.selectors.questions_for_region): open
            # questions, unanswered first, newest first.
            models.Index(
                Case(When(answer_count=0, then=Value(0)), default=Value(1)),
                F("created_at").desc(),
                F("id").desc(),
                condition=Q(accepted_answer__isnull=True),
                name="question_open_unanswered_first",
            ),
            # Moderation: a group's hidden questions and its questions waiting for approval
            # (both few), and the same text by the same author in other groups.
            models.Index(
                fields=["group", "-hidden_at"],
                condition=Q(hidden_at__isnull=False),
                name="question_group_hidden",
            ),
            models.Index(
                fields=["group", "held_at"],
                condition=Q(held_at__isnull=False),
                name="question_group_held",
            ),
            models.Index(fields=["author", "body_hash"], name="question_author_text"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("questions:detail", kwargs={"pk": self.pk})

    @property
    def is_cross_region(self):
        return bool(self.asker_country) and self.asker_country != self.target_country

    @property
    def is_multi_region(self):
        return len(self.regions) > 1

    @property
    def is_answered(self):
        return self.answer_count > 0

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_held(self):
        return self.held_at is not None

    @property
    def is_locked(self):
        return self.locked_at is not None

    @property
    def is_listed(self):
        """Shown in lists and counted: neither deleted, hidden nor waiting for approval."""
        return not (self.is_deleted or self.is_hidden or self.is_held)


class AnswerQuerySet(models.QuerySet):
    def visible(self):
        """Answers shown and counted: not deleted, not hidden, not waiting for approval."""
        return self.filter(deleted_at__isnull=True, hidden_at__isnull=True, held_at__isnull=True)

    def held(self):
        return self.filter(held_at__isnull=False)

    def for_thread(self):
        """Accepted first, then by score, local practitioners first among equal scores."""
        return self.select_related("author", "language").order_by(
            "-score", "-is_local", "created_at", "id"
        )


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answers"
    )
    body = models.TextField(_("answer"))
    language = models.ForeignKey(
        "languages.Language", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    # The region this answer speaks for (the author's home country when answering) and
    # whether the author was a local practitioner of the question's target then.
    region = CountryField(_("region"), blank=True)
    is_local = models.BooleanField(_("from a local practitioner"), default=False)
    score = models.IntegerField(_("score"), default=0, editable=False)
    comment_count = models.PositiveIntegerField(_("comments"), default=0, editable=False)
    created_at = models.DateTimeField(_("answered"), default=timezone.now, editable=False)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = _hidden_by_field()
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)
    held_at = models.DateTimeField(_("waiting for approval since"), null=True, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="answer_body_not_empty"),
            models.CheckConstraint(
                condition=hidden_is_explained(), name="answer_hidden_with_reason"
            ),
            models.CheckConstraint(
                condition=held_or_hidden_not_both(), name="answer_held_or_hidden"
            ),
        ]
        indexes = [
            models.Index(fields=["question", "created_at"], name="answer_thread_order"),
            models.Index(fields=["question", "-score"], name="answer_thread_by_score"),
            models.Index(fields=["author", "-created_at"], name="answer_author_recent"),
            GinIndex(fields=["search_vector"], name="answer_search"),
            models.Index(
                fields=["-hidden_at"],
                condition=Q(hidden_at__isnull=False),
                name="answer_hidden",
            ),
            models.Index(
                fields=["held_at"], condition=Q(held_at__isnull=False), name="answer_held"
            ),
        ]

    def __str__(self):
        return _("Answer #%(number)s to “%(question)s”") % {
            "number": self.pk,
            "question": self.question,
        }

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_held(self):
        return self.held_at is not None

    @property
    def is_listed(self):
        """Shown to everyone and counted in the question's answers."""
        return not (self.is_deleted or self.is_hidden or self.is_held)


def _exactly_one_of(first, second):
    return (Q(**{f"{first}__isnull": False}) & Q(**{f"{second}__isnull": True})) | (
        Q(**{f"{first}__isnull": True}) & Q(**{f"{second}__isnull": False})
    )


class Vote(models.Model):
    """One member's up (+1) or down (−1) vote on a question or an answer."""

    UP, DOWN = 1, -1

    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="votes"
    )
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, null=True, blank=True, related_name="votes"
    )
    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, null=True, blank=True, related_name="votes"
    )
    value = models.SmallIntegerField(_("vote"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.CheckConstraint(condition=Q(value__in=[1, -1]), name="vote_up_or_down"),
            models.CheckConstraint(
                condition=_exactly_one_of("question", "answer"), name="vote_on_one_post"
            ),
            models.UniqueConstraint(
                fields=["voter", "question"],
                condition=Q(question__isnull=False),
                name="vote_once_per_question",
            ),
            models.UniqueConstraint(
                fields=["voter", "answer"],
                condition=Q(answer__isnull=False),
                name="vote_once_per_answer",
            ),
        ]

    def __str__(self):
        return f"{self.voter} {self.value:+d} on {self.question_id or self.answer_id}"


class Comment(models.Model):
    """A short remark under a question or an answer (one level, no replies)."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments"
    )
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, null=True, blank=True, related_name="comments"
    )
    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, null=True, blank=True, related_name="comments"
    )
    body = models.CharField(_("comment"), max_length=600)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = _hidden_by_field()
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            models.CheckConstraint(condition=~Q(body=""), name="comment_body_not_empty"),
            models.CheckConstraint(
                condition=_exactly_one_of("question", "answer"), name="comment_on_one_post"
            ),
            models.CheckConstraint(
                condition=hidden_is_explained(), name="comment_hidden_with_reason"
            ),
        ]
        indexes = [
            models.Index(fields=["question", "created_at"], name="comment_question_order"),
            models.Index(fields=["answer", "created_at"], name="comment_answer_order"),
            models.Index(
                fields=["-hidden_at"],
                condition=Q(hidden_at__isnull=False),
                name="comment_hidden",
            ),
        ]

    def __str__(self):
        return self.body[:60]

    def get_absolute_url(self):
        question_id = self.question_id or self.answer.question_id
        return f"{reverse('questions:detail', kwargs={'pk': question_id})}#comment-{self.pk}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_listed(self):
        return not (self.is_deleted or self.is_hidden)


class Revision(models.Model):
    """A version of a question or answer as it was before an edit: who changed it, when."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions"
    )
    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions"
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("edited"), default=timezone.now)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one_of("question", "answer"), name="revision_of_one_post"
            ),
        ]
        indexes = [
            models.Index(fields=["question", "-created_at"], name="revision_question_recent"),
            models.Index(fields=["answer", "-created_at"], name="revision_answer_recent"),
        ]

    def __str__(self):
        return f"{self.editor} {self.created_at:%Y-%m-%d %H:%M}"
