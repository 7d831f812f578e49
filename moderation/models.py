"""Reports from members (flags) and the moderators' audit log (moderation actions).

Both point at what they are about through one nullable foreign key per kind of content
(question, answer, comment, event, member) rather than a generic relation: the database
keeps every reference valid, indexes each one, and checks that exactly one is set."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Every kind of thing a member can report and a moderator can act on, in the order the
# queue shows them.
TARGET_KINDS = ("question", "answer", "comment", "event", "member")


def _one_of(fields, *, at_most=False):
    """Exactly one (or, with ``at_most``, at most one) of the nullable foreign keys is set."""
    condition = Q()
    for chosen in fields:
        branch = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                branch &= Q(**{f"{other}__isnull": True})
        condition |= branch
    if at_most:
        condition |= Q(**{f"{field}__isnull": True for field in fields})
    return condition


def target_kind(target):
    """ "question", "answer", "comment", "event" or "member": the field naming the target."""
    name = target._meta.model_name
    if name == "user":
        return "member"
    if name not in TARGET_KINDS:
        raise TypeError(f"{name} cannot be moderated")
    return name


def _target(model, verbose_name, *, on_delete, related_name):
    return models.ForeignKey(
        model,
        on_delete=on_delete,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
    )


class TargetMixin:
    @property
    def target(self):
        for kind in TARGET_KINDS:
            if getattr(self, f"{kind}_id") is not None:
                return getattr(self, kind)
        return None

    @property
    def kind(self):
        for kind in TARGET_KINDS:
            if getattr(self, f"{kind}_id") is not None:
                return kind
        return None


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Flag.Status.OPEN)

    def of(self, target):
        return self.filter(**{target_kind(target): target})

    def for_group(self, group):
        return self.filter(group=group)


class Flag(TargetMixin, models.Model):
    """A member's report that a post, an event or a member breaks the rules."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        OFF_TOPIC = "off_topic", _("Off-topic")
        ABUSIVE = "abusive", _("Abusive or harassing")
        PERSONAL_DATA = "personal_data", _("Shares someone's personal data")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        UPHELD = "upheld", _("upheld")
        DISMISSED = "dismissed", _("dismissed")

    question = _target(
        "questions.Question", _("question"), on_delete=models.CASCADE, related_name="flags"
    )
    answer = _target(
        "questions.Answer", _("answer"), on_delete=models.CASCADE, related_name="flags"
    )
    comment = _target(
        "questions.Comment", _("comment"), on_delete=models.CASCADE, related_name="flags"
    )
    event = _target("events.Event", _("event"), on_delete=models.CASCADE, related_name="flags")
    member = _target(
        settings.AUTH_USER_MODEL,
        _("member"),
        on_delete=models.CASCADE,
        related_name="flags_received",
    )
    # The group whose moderators handle the report; none for what only staff handle (a
    # member reported from their profile).
    group = models.ForeignKey(
        "groups.Group",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="flags",
        verbose_name=_("group"),
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="flags_made",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.TextField(_("note"), blank=True, max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)

    objects = FlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(condition=_one_of(TARGET_KINDS), name="flag_one_target"),
            models.CheckConstraint(
                condition=Q(reason__in=["spam", "off_topic", "abusive", "personal_data"]),
                name="flag_reason_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["open", "upheld", "dismissed"]), name="flag_status_valid"
            ),
            # An open report has not been handled; a handled one says when.
            models.CheckConstraint(
                condition=Q(status="open", handled_at__isnull=True, handled_by__isnull=True)
                | (~Q(status="open") & Q(handled_at__isnull=False)),
                name="flag_handled_when_closed",
            ),
            models.CheckConstraint(
                condition=Q(member__isnull=True) | ~Q(member=models.F("reporter")),
                name="flag_not_on_oneself",
            ),
            # A member reports the same thing once while the report is open.
            *(
                models.UniqueConstraint(
                    fields=["reporter", kind],
                    condition=Q(status="open", **{f"{kind}__isnull": False}),
                    name=f"flag_open_once_per_{kind}",
                )
                for kind in TARGET_KINDS
            ),
        ]
        indexes = [
            # The group's queue and the staff queue: open reports, oldest first.
            models.Index(
                fields=["group", "created_at"],
                condition=Q(status="open"),
                name="flag_group_queue",
            ),
            models.Index(fields=["created_at"], condition=Q(status="open"), name="flag_queue"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.kind} · {self.get_status_display()}"

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class ModerationActionQuerySet(models.QuerySet):
    def for_group(self, group):
        return self.filter(group=group)

    def for_listing(self):
        return self.select_related(
            "actor", "question", "answer__question", "comment", "event", "member"
        ).order_by("-created_at", "-pk")


class ModerationAction(TargetMixin, models.Model):
    """The moderators' audit log: every moderation action, by whom, on what, and why. The
    log outlives what it is about: a deleted target leaves its entry with no target."""

    class Action(models.TextChoices):
        HIDE = "hide", _("hid")
        RESTORE = "restore", _("restored")
        LOCK = "lock", _("locked")
        UNLOCK = "unlock", _("unlocked")
        REMOVE_MEMBER = "remove_member", _("removed from the group")
        BAN_MEMBER = "ban_member", _("banned from the group")
        APPROVE_POST = "approve_post", _("post approved")
        REJECT_POST = "reject_post", _("post rejected")
        DISMISS_FLAG = "dismiss_flag", _("dismissed the reports on")
        UPHOLD_FLAG = "uphold_flag", _("marked the reports handled on")

    question = _target(
        "questions.Question", _("question"), on_delete=models.SET_NULL, related_name="+"
    )
    answer = _target("questions.Answer", _("answer"), on_delete=models.SET_NULL, related_name="+")
    comment = _target(
        "questions.Comment", _("comment"), on_delete=models.SET_NULL, related_name="+"
    )
    event = _target("events.Event", _("event"), on_delete=models.SET_NULL, related_name="+")
    member = _target(
        settings.AUTH_USER_MODEL, _("member"), on_delete=models.SET_NULL, related_name="+"
    )
    group = models.ForeignKey(
        "groups.Group",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="moderation_actions",
        verbose_name=_("group"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    objects = ModerationActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        constraints = [
            models.CheckConstraint(
                condition=_one_of(TARGET_KINDS, at_most=True),
                name="moderation_action_one_target",
            ),
            models.CheckConstraint(
                condition=Q(
                    action__in=[
                        "hide",
                        "restore",
                        "lock",
                        "unlock",
                        "remove_member",
                        "ban_member",
                        "approve_post",
                        "reject_post",
                        "dismiss_flag",
                        "uphold_flag",
                    ]
                ),
                name="moderation_action_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["group", "-created_at"], name="moderation_action_group"),
            models.Index(fields=["-created_at"], name="moderation_action_recent"),
        ]

    def __str__(self):
        return f"{self.actor} {self.action} {self.kind}"
