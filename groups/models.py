from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country, CountryField


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

    def countries_with_most_groups(self, limit):
        """[(Country, number of groups)], most groups first."""
        rows = (
            self.order_by()
            .values_list("country")
            .annotate(group_count=models.Count("id"))
            .order_by("-group_count", "country")[:limit]
        )
        return [(Country(code), group_count) for code, group_count in rows]


class Group(models.Model):
    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Open: anyone can join")
        APPROVAL = "approval", _("By approval: moderators accept requests")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)
    country = CountryField(_("country"), db_index=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    description = models.TextField(_("description"), blank=True)
    languages = models.ManyToManyField(
        "languages.Language", related_name="groups", verbose_name=_("languages")
    )
    join_policy = models.CharField(
        _("join policy"), max_length=10, choices=JoinPolicy.choices, default=JoinPolicy.OPEN
    )
    member_count = models.PositiveIntegerField(_("members"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="group_name_not_empty"),
            models.CheckConstraint(condition=~Q(slug=""), name="group_slug_not_empty"),
            models.CheckConstraint(
                condition=Q(join_policy__in=["open", "approval"]), name="group_join_policy_valid"
            ),
            models.CheckConstraint(
                condition=Q(member_count__gte=0), name="group_member_count_not_negative"
            ),
        ]
        indexes = [
            models.Index(fields=["-member_count", "name"], name="group_by_members"),
            models.Index(fields=["-created_at"], name="group_by_newest"),
            models.Index(fields=["country", "-member_count"], name="group_country_by_members"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("groups:detail", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.join_policy == self.JoinPolicy.OPEN


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Membership.Status.ACTIVE)

    def pending(self):
        return self.filter(status=Membership.Status.PENDING)


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("owner")
        MODERATOR = "moderator", _("moderator")
        MEMBER = "member", _("member")

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        PENDING = "pending", _("pending approval")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

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
                condition=Q(status__in=["active", "pending"]), name="membership_status_valid"
            ),
            # Only an admitted member can hold a role above plain member.
            models.CheckConstraint(
                condition=Q(role="member") | Q(status="active"),
                name="membership_staff_roles_are_active",
            ),
        ]
        indexes = [
            models.Index(fields=["group", "status", "-joined_at"], name="membership_group_recent"),
        ]

    def __str__(self):
        return f"{self.user} in {self.group} ({self.role}, {self.status})"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    @property
    def can_moderate(self):
        return self.is_active and self.role in (self.Role.OWNER, self.Role.MODERATOR)
