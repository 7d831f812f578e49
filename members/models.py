from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class MemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_country(self, country_code):
        return self.filter(home_country=country_code)


class MemberManager(UserManager.from_queryset(MemberQuerySet)):
    pass


class User(AbstractUser):
    """A member of the site. The profile lives on the user: every member has exactly one."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    headline = models.CharField(
        _("headline"),
        max_length=140,
        blank=True,
        help_text=_("One line about what you do, e.g. “Tech sourcer for Warsaw start-ups”."),
    )
    home_country = CountryField(_("home country"), blank=True, db_index=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    languages = models.ManyToManyField(
        "languages.Language",
        through="SpokenLanguage",
        related_name="speakers",
        blank=True,
        verbose_name=_("languages spoken"),
    )
    reading_languages = models.ManyToManyField(
        "languages.Language",
        related_name="readers",
        blank=True,
        verbose_name=_("languages I read"),
        help_text=_("Lists of questions can be narrowed to these languages."),
    )
    interface_language = models.CharField(
        _("interface language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )

    objects = MemberManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [
            models.CheckConstraint(condition=~models.Q(email=""), name="member_email_not_empty"),
            models.CheckConstraint(
                condition=models.Q(
                    interface_language__in=["", *(code for code, _name in settings.LANGUAGES)]
                ),
                name="member_interface_language_valid",
            ),
        ]

    def __str__(self):
        return self.public_name

    @property
    def public_name(self):
        return self.display_name or self.username

    def get_absolute_url(self):
        return reverse("members:profile", kwargs={"username": self.username})

    @property
    def initials(self):
        parts = self.public_name.split()
        return "".join(part[0] for part in parts[:2]).upper() or "?"


class SpokenLanguage(models.Model):
    class Level(models.TextChoices):
        NATIVE = "native", _("native")
        FLUENT = "fluent", _("fluent")
        WORKING = "working", _("working")

    member = models.ForeignKey(User, on_delete=models.CASCADE, related_name="spoken_languages")
    language = models.ForeignKey("languages.Language", on_delete=models.PROTECT, related_name="+")
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.FLUENT)

    class Meta:
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "language"], name="spoken_language_once_per_member"
            ),
            models.CheckConstraint(
                condition=models.Q(level__in=["native", "fluent", "working"]),
                name="spoken_language_level_valid",
            ),
        ]
        indexes = [models.Index(fields=["language", "member"])]

    def __str__(self):
        return f"{self.member} – {self.language} ({self.get_level_display()})"
