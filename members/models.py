from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from events.models import TIME_ZONE_CHOICES


class Specialism(models.TextChoices):
    """The curated list of what recruiters specialise in."""

    TECH = "tech", _("Tech and IT")
    HEALTHCARE = "healthcare", _("Healthcare and life sciences")
    FINANCE = "finance", _("Finance and banking")
    ENGINEERING = "engineering", _("Engineering and manufacturing")
    SALES = "sales", _("Sales and marketing")
    EXECUTIVE_SEARCH = "executive_search", _("Executive search")
    SOURCING = "sourcing", _("Sourcing")
    AGENCY = "agency", _("Agency recruiting")
    IN_HOUSE = "in_house", _("In-house recruiting")
    RPO = "rpo", _("RPO")
    HR = "hr", _("HR and people operations")
    EMPLOYER_BRANDING = "employer_branding", _("Employer branding")
    CAMPUS = "campus", _("Graduate and campus hiring")
    PUBLIC_SECTOR = "public_sector", _("Public sector")


LINKEDIN_URL_PATTERN = r"^https://([a-z]{2,3}\.)?linkedin\.com/"


class MemberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def in_country(self, country_code):
        return self.filter(home_country=country_code)

    def speaking(self, language_code):
        return self.filter(spoken_languages__language_id=language_code)

    def with_specialism(self, specialism):
        return self.filter(specialisms__contains=[specialism])

    def matching(self, text):
        return self.filter(
            models.Q(display_name__icontains=text)
            | models.Q(username__icontains=text)
            | models.Q(headline__icontains=text)
            | models.Q(city__icontains=text)
        )

    def visible_to(self, viewer):
        """Public profiles, plus those shown only to people who share a group with them."""
        public = models.Q(profile_visibility=User.Visibility.PUBLIC)
        if viewer is None or not viewer.is_authenticated:
            return self.filter(public)
        if viewer.is_staff:
            return self
        shares_a_group = models.Q(
            memberships__status="active",
            memberships__group__memberships__user=viewer,
            memberships__group__memberships__status="active",
        )
        visible_ids = self.filter(shares_a_group).values("pk")
        return self.filter(public | models.Q(pk=viewer.pk) | models.Q(pk__in=visible_ids))


class MemberManager(UserManager.from_queryset(MemberQuerySet)):
    pass


class User(AbstractUser):
    """A member of the site. The profile lives on the user: every member has exactly one."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        GROUPS = "groups", _("Only members of my groups")

    class MessagePolicy(models.TextChoices):
        ANYONE = "anyone", _("Any signed-in member")
        GROUPS = "groups", _("Only members of my groups")
        NOBODY = "nobody", _("Nobody")

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
    specialisms = ArrayField(
        models.CharField(max_length=32, choices=Specialism.choices),
        verbose_name=_("specialisms"),
        default=list,
        blank=True,
    )
    years_in_recruiting = models.PositiveSmallIntegerField(
        _("years in recruiting"), null=True, blank=True
    )
    bio = models.TextField(_("about me"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)
    avatar = models.ImageField(_("photo"), upload_to="avatars/", blank=True)
    profile_visibility = models.CharField(
        _("who can see my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )
    interface_language = models.CharField(
        _("interface language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    # Event pages show times in the event's zone, and in this one too when it differs.
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONE_CHOICES, blank=True
    )
    # Who may start a conversation with the member. "Anyone signed in" by default: the site
    # exists so that a recruiter in one country can ask one in another, who rarely share a
    # group; only members with a confirmed email write at all, and new accounts, repeated
    # first messages and blocks keep it from being a way in for spam.
    message_policy = models.CharField(
        _("who can start a conversation with me"),
        max_length=10,
        choices=MessagePolicy.choices,
        default=MessagePolicy.ANYONE,
    )
    message_emails = models.BooleanField(
        _("email me about new messages"),
        default=True,
        help_text=_("At most one email per conversation per hour."),
    )
    # Set when the member deleted their account: the row stays so that their posts keep a
    # (nameless) author, but every personal field is erased.
    deleted_at = models.DateTimeField(_("account deleted"), null=True, blank=True, editable=False)

    objects = MemberManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        indexes = [
            GinIndex(fields=["specialisms"], name="member_specialisms"),
            models.Index(fields=["home_country", "date_joined"], name="member_country_recent"),
            models.Index(fields=["-date_joined"], name="member_newest"),
            # The member directory sorted by name (members.filters.MemberFilter.sort_members):
            # the display name, else the username, case-insensitively.
            models.Index(
                Lower(Coalesce(NullIf("display_name", Value("")), "username")),
                "id",
                name="member_by_name",
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(email=""), name="member_email_not_empty"),
            models.CheckConstraint(
                condition=models.Q(
                    interface_language__in=["", *(code for code, _name in settings.LANGUAGES)]
                ),
                name="member_interface_language_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(specialisms__contained_by=Specialism.values),
                name="member_specialisms_from_the_list",
            ),
            models.CheckConstraint(
                condition=models.Q(years_in_recruiting__lte=70),
                name="member_years_in_recruiting_plausible",
            ),
            models.CheckConstraint(
                condition=models.Q(linkedin_url="")
                | models.Q(linkedin_url__regex=LINKEDIN_URL_PATTERN),
                name="member_linkedin_url_on_linkedin",
            ),
            models.CheckConstraint(
                condition=models.Q(profile_visibility__in=["public", "groups"]),
                name="member_profile_visibility_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(message_policy__in=["anyone", "groups", "nobody"]),
                name="member_message_policy_valid",
            ),
        ]

    def __str__(self):
        return self.public_name

    @property
    def is_former_member(self):
        return self.deleted_at is not None

    @property
    def public_name(self):
        if self.deleted_at is not None:
            return gettext("former member")
        return self.display_name or self.username

    def get_absolute_url(self):
        return reverse("members:profile", kwargs={"username": self.username})

    def get_specialisms_display(self):
        labels = dict(Specialism.choices)
        return [labels[code] for code in self.specialisms if code in labels]

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
