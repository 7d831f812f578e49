import secrets

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField

MAX_ADMISSION_QUESTIONS = 3


class GroupQuerySet(models.QuerySet):
    def in_country(self, country_code):
        return self.filter(country=country_code)

    def using_language(self, language_code):
        return self.filter(languages__code=language_code)

    def matching(self, text):
        return self.filter(
            Q(name__icontains=text) | Q(city__icontains=text) | Q(description__icontains=text)
        )

    def for_listing(self):
        return self.prefetch_related("languages")

    def countries_with_most_groups(self, limit=None):
        """[(Country, number of groups)], most groups first."""
        # COUNT(*) rather than COUNT(id): the country index alone answers it (an index-only
        # scan), without reading the groups themselves.
        rows = (
            self.order_by()
            .values_list("country")
            .annotate(group_count=models.Count("*"))
            .order_by("-group_count", "country")
        )
        if limit:
            rows = rows[:limit]
        return [(Country(code), group_count) for code, group_count in rows]

    def countries_with_most_groups_using(self, language_code):
        """[(Country, number of groups using the language)], most groups first. Read from the
        language's links, each looking up its group's country by primary key (a scalar
        subquery, which PostgreSQL does not turn into a join reading every group), so the
        cost follows the groups using the language, not all groups."""
        links = Group.languages.through.objects.filter(language_id=language_code)
        country = Group.objects.filter(pk=models.OuterRef("group_id")).values("country")
        rows = (
            links.annotate(country=models.Subquery(country))
            .values_list("country")
            .annotate(group_count=models.Count("*"))
            .order_by("-group_count", "country")
        )
        return [(Country(code), group_count) for code, group_count in rows]

    def moderated_by(self, user):
        return self.filter(
            memberships__user=user,
            memberships__status=Membership.Status.ACTIVE,
            memberships__role__in=[Membership.Role.OWNER, Membership.Role.MODERATOR],
        )


class Group(models.Model):
    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Open: anyone can join")
        APPROVAL = "approval", _("By approval: moderators accept requests")
        INVITATION = "invitation", _("By invitation only")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    description = models.TextField(_("description"), blank=True)
    rules = models.TextField(
        _("rules"),
        blank=True,
        help_text=_("Shown to everyone who joins; they accept them first. Markdown is supported."),
    )
    languages = models.ManyToManyField(
        "languages.Language", related_name="groups", verbose_name=_("languages")
    )
    join_policy = models.CharField(
        _("join policy"), max_length=10, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    admission_questions = ArrayField(
        models.CharField(max_length=300),
        verbose_name=_("admission questions"),
        default=list,
        blank=True,
        help_text=_("Up to three questions applicants answer when they ask to join."),
    )
    hold_first_posts = models.BooleanField(
        _("hold new members' first posts for approval"),
        default=False,
        help_text=_(
            "A question or answer from a new account whose author has no approved post here "
            "yet waits until a moderator approves it."
        ),
    )
    member_count = models.PositiveIntegerField(_("members"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="group_name_not_empty"),
            models.CheckConstraint(condition=~Q(slug=""), name="group_slug_not_empty"),
            models.CheckConstraint(
                condition=Q(join_policy__in=["open", "approval", "invitation"]),
                name="group_join_policy_valid",
            ),
            models.CheckConstraint(
                condition=Q(member_count__gte=0), name="group_member_count_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(admission_questions__len__lte=MAX_ADMISSION_QUESTIONS),
                name="group_at_most_three_admission_questions",
            ),
        ]
        indexes = [
            models.Index(fields=["-member_count", "name"], name="group_by_members"),
            models.Index(fields=["-created_at"], name="group_by_newest"),
            models.Index(fields=["-last_activity_at"], name="group_by_activity"),
            models.Index(fields=["country", "-member_count"], name="group_country_by_members"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("groups:detail", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.join_policy == self.JoinPolicy.OPEN

    @property
    def needs_approval(self):
        return self.join_policy == self.JoinPolicy.APPROVAL

    @property
    def is_invitation_only(self):
        return self.join_policy == self.JoinPolicy.INVITATION

    @property
    def asks_before_joining(self):
        """Joining goes through a page that shows the rules or the admission questions."""
        return bool(self.rules) or (self.needs_approval and bool(self.admission_questions))


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Membership.Status.ACTIVE)

    def pending(self):
        return self.filter(status=Membership.Status.PENDING)

    def moderating(self):
        return self.active().filter(role__in=[Membership.Role.OWNER, Membership.Role.MODERATOR])


class Membership(models.Model):
    """A person's standing in a group: a request, a membership, or a ban."""

    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        MODERATOR = "moderator", _("moderator")
        MEMBER = "member", _("member")

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        PENDING = "pending", _("pending approval")
        DECLINED = "declined", _("declined")
        BANNED = "banned", _("banned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)
    admission_answers = ArrayField(
        models.TextField(), verbose_name=_("answers to the admission questions"), default=list
    )
    rules_accepted_at = models.DateTimeField(_("rules accepted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_message = models.TextField(_("message to the applicant"), blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "group"], name="membership_once_per_user_and_group"
            ),
            models.UniqueConstraint(
                fields=["group"], condition=Q(role="owner"), name="membership_one_owner_per_group"
            ),
            models.CheckConstraint(
                condition=Q(role__in=["owner", "moderator", "member"]), name="membership_role_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["active", "pending", "declined", "banned"]),
                name="membership_status_valid",
            ),
            # Only an admitted member can hold a role above plain member.
            models.CheckConstraint(
                condition=Q(role="member") | Q(status="active"),
                name="membership_staff_roles_are_active",
            ),
            models.CheckConstraint(
                condition=~Q(status="active") | Q(joined_at__isnull=False),
                name="membership_active_has_joined_at",
            ),
        ]
        indexes = [
            models.Index(fields=["group", "status", "-joined_at"], name="membership_group_recent"),
            models.Index(fields=["group", "status", "requested_at"], name="membership_group_queue"),
            models.Index(fields=["user", "status"], name="membership_user_status"),
        ]

    def __str__(self):
        return f"{self.user} in {self.group} ({self.role}, {self.status})"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING

    @property
    def is_banned(self):
        return self.status == self.Status.BANNED

    @property
    def is_owner(self):
        return self.is_active and self.role == self.Role.OWNER

    @property
    def can_moderate(self):
        return self.is_active and self.role in (self.Role.OWNER, self.Role.MODERATOR)

    def admission_pairs(self):
        """[(question, answer)] as the applicant saw and answered them."""
        return list(zip(self.group.admission_questions, self.admission_answers, strict=False))


def new_invitation_token():
    return secrets.token_urlsafe(24)


class InvitationLinkQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(revoked_at__isnull=True),
            Q(expires_at__isnull=True) | Q(expires_at__gt=now),
            Q(max_uses__isnull=True) | Q(use_count__lt=F("max_uses")),
        )


class InvitationLink(models.Model):
    """A shareable link that admits whoever follows it, until it expires, is used up or
    revoked."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="invitation_links")
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    max_uses = models.PositiveIntegerField(_("maximum uses"), null=True, blank=True)
    use_count = models.PositiveIntegerField(_("uses"), default=0)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = InvitationLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation link")
        verbose_name_plural = _("invitation links")
        constraints = [
            models.CheckConstraint(
                condition=Q(max_uses__isnull=True) | Q(max_uses__gt=0),
                name="invitation_link_max_uses_positive",
            ),
            models.CheckConstraint(
                condition=Q(max_uses__isnull=True) | Q(use_count__lte=F("max_uses")),
                name="invitation_link_uses_within_maximum",
            ),
        ]
        indexes = [models.Index(fields=["group", "-created_at"], name="invitation_link_group")]

    def __str__(self):
        return f"{self.group} link {self.token[:6]}…"

    def get_absolute_url(self):
        return reverse("groups:invitation_link", kwargs={"token": self.token})

    def is_usable(self, now=None):
        now = now or timezone.now()
        return (
            self.revoked_at is None
            and (self.expires_at is None or self.expires_at > now)
            and (self.max_uses is None or self.use_count < self.max_uses)
        )


class EmailInvitation(models.Model):
    """An invitation sent to one email address; each address is invited once per group."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="email_invitations")
    email = models.EmailField(_("email address"))
    name = models.CharField(_("name"), max_length=120, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("invited"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("email invitation")
        verbose_name_plural = _("email invitations")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "group", name="email_invitation_once_per_address_and_group"
            ),
            models.CheckConstraint(condition=~Q(email=""), name="email_invitation_email_not_empty"),
        ]
        indexes = [
            models.Index(fields=["group", "-created_at"], name="email_invitation_group"),
            models.Index(
                fields=["group"],
                condition=Q(sent_at__isnull=True),
                name="email_invitation_unsent",
            ),
        ]

    def __str__(self):
        return f"{self.email} → {self.group}"

    def get_absolute_url(self):
        return reverse("groups:email_invitation", kwargs={"token": self.token})

    @property
    def is_usable(self):
        return self.revoked_at is None and self.accepted_at is None


class MembershipEvent(models.Model):
    """The audit log: every change to who belongs to a group, by whom, and why."""

    class Action(models.TextChoices):
        JOIN = "join", _("joined")
        REQUEST = "request", _("asked to join")
        APPROVE = "approve", _("approved")
        DECLINE = "decline", _("declined")
        LEAVE = "leave", _("left")
        PROMOTE = "promote", _("made moderator")
        DEMOTE = "demote", _("no longer moderator")
        REMOVE = "remove", _("removed")
        BAN = "ban", _("banned")
        UNBAN = "unban", _("unbanned")
        TRANSFER = "transfer", _("ownership transferred")
        INVITE = "invite", _("invited")
        CREATE = "create", _("created the group")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="membership_events")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="membership_events",
        verbose_name=_("member"),
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("membership event")
        verbose_name_plural = _("membership events")
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    action__in=[
                        "join",
                        "request",
                        "approve",
                        "decline",
                        "leave",
                        "promote",
                        "demote",
                        "remove",
                        "ban",
                        "unban",
                        "transfer",
                        "invite",
                        "create",
                    ]
                ),
                name="membership_event_action_valid",
            ),
        ]
        indexes = [models.Index(fields=["group", "-created_at"], name="membership_event_group")]

    def __str__(self):
        return f"{self.group}: {self.actor} {self.action} {self.member}"
