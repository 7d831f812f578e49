from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


def _exactly_one_of(*fields):
    """Exactly one of the nullable foreign keys is set."""
    condition = Q()
    for chosen in fields:
        branch = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                branch &= Q(**{f"{other}__isnull": True})
        condition |= branch
    return condition


FOLLOW_TARGETS = ("question", "group", "topic")


class FollowQuerySet(models.QuerySet):
    def of(self, target):
        """Follows of one question, group or topic."""
        return self.filter(**{follow_field_for(target): target})


def follow_field_for(target):
    """The Follow field that points at this kind of object ("question", "group", "topic")."""
    name = target._meta.model_name
    if name not in FOLLOW_TARGETS:
        raise ValueError(f"{name} cannot be followed")
    return name


class Follow(models.Model):
    """A member follows a question, a group or a topic to hear about what happens there."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    question = models.ForeignKey(
        "questions.Question",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
    )
    group = models.ForeignKey(
        "groups.Group", on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    topic = models.ForeignKey(
        "questions.Topic", on_delete=models.CASCADE, null=True, blank=True, related_name="follows"
    )
    created_at = models.DateTimeField(_("followed"), default=timezone.now)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one_of(*FOLLOW_TARGETS), name="follow_one_target"
            ),
            *(
                models.UniqueConstraint(
                    fields=["follower", target],
                    condition=Q(**{f"{target}__isnull": False}),
                    name=f"follow_{target}_once",
                )
                for target in FOLLOW_TARGETS
            ),
        ]

    def __str__(self):
        return f"{self.follower_id} → {self.question or self.group or self.topic}"


class NotificationQuerySet(models.QuerySet):
    def for_recipient(self, member):
        return self.filter(recipient=member)

    def unread(self):
        return self.filter(read_at__isnull=True)

    def not_emailed(self):
        return self.filter(emailed_at__isnull=True)

    def for_listing(self):
        """The inbox, newest first; nothing about a question the moderators hid (or one
        still waiting for their approval)."""
        return (
            self.filter(question__hidden_at__isnull=True, question__held_at__isnull=True)
            .select_related("actor", "question__group")
            .order_by("-created_at", "-id")
        )


class Notification(models.Model):
    class Kind(models.TextChoices):
        ANSWER_TO_MY_QUESTION = (
            "answer_to_my_question",
            _("New answers to my questions and to questions I follow"),
        )
        MY_ANSWER_ACCEPTED = "my_answer_accepted", _("My answer was accepted")
        MENTION = "mention", _("Someone mentioned me")
        NEW_QUESTION_IN_FOLLOWED_GROUP = (
            "new_question_in_followed_group",
            _("New questions in groups I follow or moderate"),
        )
        COMMENT_ON_MY_POST = "comment_on_my_post", _("Comments on my questions and answers")
        NEW_QUESTION_IN_FOLLOWED_TOPIC = (
            "new_question_in_followed_topic",
            _("New questions on topics I follow"),
        )

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    question = models.ForeignKey("questions.Question", on_delete=models.CASCADE, related_name="+")
    answer = models.ForeignKey(
        "questions.Answer", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    comment = models.ForeignKey(
        "questions.Comment", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "answer_to_my_question",
                        "my_answer_accepted",
                        "mention",
                        "new_question_in_followed_group",
                        "comment_on_my_post",
                        "new_question_in_followed_topic",
                    ]
                ),
                name="notification_kind_valid",
            ),
            # One notification per person per event (a question asked, an answer posted, a
            # comment written), whichever rule picked them; an acceptance is its own event.
            models.UniqueConstraint(
                fields=["recipient", "question", "answer", "comment"],
                condition=~Q(kind="my_answer_accepted"),
                nulls_distinct=False,
                name="notification_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["recipient", "answer"],
                condition=Q(kind="my_answer_accepted"),
                name="notification_acceptance_once",
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_inbox"),
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notification_unread",
            ),
        ]

    def __str__(self):
        return f"{self.kind} for {self.recipient_id}"

    def get_absolute_url(self):
        """Opening a notification marks it read, then goes on to what it is about."""
        return reverse("notifications:open", kwargs={"pk": self.pk})

    @property
    def is_read(self):
        return self.read_at is not None

    def summary(self):
        """One sentence in the active language, plain text (templates escape it): the same
        on the notifications page, in the email subject and in the daily digest. Expects
        ``actor`` and ``question__group`` loaded along with the notification."""
        question = self.question
        actor = self.actor.public_name if self.actor_id else gettext("Someone")
        values = {"actor": actor, "question": question.title, "group": question.group.name}
        kind = self.kind
        if kind == self.Kind.ANSWER_TO_MY_QUESTION:
            if question.author_id == self.recipient_id:
                return gettext("%(actor)s answered your question “%(question)s”") % values
            return gettext("%(actor)s answered “%(question)s”, a question you follow") % values
        if kind == self.Kind.MY_ANSWER_ACCEPTED:
            return gettext("%(actor)s accepted your answer to “%(question)s”") % values
        if kind == self.Kind.MENTION:
            if self.comment_id:
                return gettext("%(actor)s mentioned you in a comment on “%(question)s”") % values
            if self.answer_id:
                return gettext("%(actor)s mentioned you in an answer to “%(question)s”") % values
            return gettext("%(actor)s mentioned you in the question “%(question)s”") % values
        if kind == self.Kind.NEW_QUESTION_IN_FOLLOWED_GROUP:
            return gettext("%(actor)s asked %(group)s: “%(question)s”") % values
        if kind == self.Kind.COMMENT_ON_MY_POST:
            if self.answer_id:
                return gettext("%(actor)s commented on your answer to “%(question)s”") % values
            return gettext("%(actor)s commented on your question “%(question)s”") % values
        return gettext("%(actor)s asked “%(question)s” on a topic you follow") % values

    @property
    def target_path(self):
        """Where the notification points: the comment, the answer or the question."""
        question_path = reverse("questions:detail", kwargs={"pk": self.question_id})
        if self.comment_id:
            return f"{question_path}#comment-{self.comment_id}"
        if self.answer_id:
            return f"{question_path}#answer-{self.answer_id}"
        return question_path


def _email_field(kind):
    return f"email_{kind}"


class NotificationPreference(models.Model):
    """How a member wants to hear about notifications by email. Created the first time a
    member changes something; until then the defaults apply (every kind, no digest)."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_answer_to_my_question = models.BooleanField(
        Notification.Kind.ANSWER_TO_MY_QUESTION.label, default=True
    )
    email_my_answer_accepted = models.BooleanField(
        Notification.Kind.MY_ANSWER_ACCEPTED.label, default=True
    )
    email_mention = models.BooleanField(Notification.Kind.MENTION.label, default=True)
    email_new_question_in_followed_group = models.BooleanField(
        Notification.Kind.NEW_QUESTION_IN_FOLLOWED_GROUP.label, default=True
    )
    email_comment_on_my_post = models.BooleanField(
        Notification.Kind.COMMENT_ON_MY_POST.label, default=True
    )
    email_new_question_in_followed_topic = models.BooleanField(
        Notification.Kind.NEW_QUESTION_IN_FOLLOWED_TOPIC.label, default=True
    )
    daily_digest = models.BooleanField(
        _("One daily email instead of one email per notification"), default=False
    )
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        indexes = [
            models.Index(
                fields=["member"], condition=Q(daily_digest=True), name="preference_digest"
            )
        ]

    def __str__(self):
        return f"preferences of {self.member_id}"

    EMAIL_FIELDS = [_email_field(kind) for kind in Notification.Kind.values]

    def emails_about(self, kind):
        return getattr(self, _email_field(kind))

    def set_email_about(self, kind, wanted):
        setattr(self, _email_field(kind), wanted)
