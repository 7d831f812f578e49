import uuid
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from moderation.conditions import hidden_is_explained

TIME_ZONE_CHOICES = sorted(
    (name, name.replace("_", " ")) for name in zoneinfo.available_timezones()
)


class EventQuerySet(models.QuerySet):
    def visible(self):
        """Events not hidden by the moderators: the only ones listed anywhere."""
        return self.filter(hidden_at__isnull=True)

    def scheduled(self):
        return self.filter(cancelled_at__isnull=True)

    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def public(self):
        return self.filter(visibility=Event.Visibility.PUBLIC)

    def visible_to(self, user):
        """Public events, and members-only events of the groups the user belongs to."""
        if user.is_authenticated and user.is_staff:
            return self
        public = Q(visibility=Event.Visibility.PUBLIC)
        if not user.is_authenticated:
            return self.filter(public)
        return self.filter(
            public | Q(group__memberships__user=user, group__memberships__status="active")
        ).distinct()

    def for_listing(self):
        return self.select_related("group")


class Event(models.Model):
    """A meetup of a group: in person or online, with a capacity and a waitlist."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Group members only")

    group = models.ForeignKey(
        "groups.Group", on_delete=models.CASCADE, related_name="events", verbose_name=_("group")
    )
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    # Stored in UTC; shown in the event's own time zone.
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=64, choices=TIME_ZONE_CHOICES)
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    venue = models.CharField(_("venue"), max_length=160, blank=True)
    address = models.CharField(_("address"), max_length=240, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    country = CountryField(_("country"))
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to people who are going.")
    )
    capacity = models.PositiveIntegerField(_("capacity"))
    rsvp_deadline = models.DateTimeField(_("RSVP deadline"), null=True, blank=True)
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    admits_visitors = models.BooleanField(
        _("visiting recruiters welcome"),
        default=True,
        help_text=_("Members of other groups travelling to the city may come."),
    )
    going_count = models.PositiveIntegerField(_("going"), default=0, editable=False)
    waitlist_count = models.PositiveIntegerField(_("on the waitlist"), default=0, editable=False)
    # iCalendar: a stable UID, and a SEQUENCE bumped on every change attendees should see.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Moderation: a hidden event stays in the database, marked with who hid it and why.
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hidden by"),
    )
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)
    # The normalised description's SHA-256: the same text posted to several groups is refused.
    description_hash = models.CharField(_("text fingerprint"), max_length=64, blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="event_title_not_empty"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(capacity__gt=0), name="event_capacity_positive"),
            models.CheckConstraint(
                condition=Q(going_count__lte=F("capacity")), name="event_never_over_capacity"
            ),
            models.CheckConstraint(
                condition=Q(rsvp_deadline__isnull=True) | Q(rsvp_deadline__lte=F("starts_at")),
                name="event_rsvp_deadline_before_start",
            ),
            models.CheckConstraint(
                condition=Q(format__in=["in_person", "online"]), name="event_format_valid"
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "members"]), name="event_visibility_valid"
            ),
            models.CheckConstraint(
                condition=~Q(format="online") | ~Q(online_url=""),
                name="event_online_has_link",
            ),
            models.CheckConstraint(
                condition=~Q(format="in_person") | (~Q(venue="") & ~Q(city="")),
                name="event_in_person_has_place",
            ),
            models.CheckConstraint(
                condition=hidden_is_explained(), name="event_hidden_with_reason"
            ),
        ]
        indexes = [
            models.Index(fields=["group", "starts_at"], name="event_group_upcoming"),
            models.Index(fields=["starts_at"], name="event_upcoming"),
            models.Index(fields=["country", "starts_at"], name="event_country_upcoming"),
            models.Index(fields=["city", "starts_at"], name="event_city_upcoming"),
            models.Index(fields=["format", "starts_at"], name="event_format_upcoming"),
            models.Index(
                fields=["group", "-hidden_at"],
                condition=Q(hidden_at__isnull=False),
                name="event_group_hidden",
            ),
            models.Index(fields=["created_by", "description_hash"], name="event_organiser_text"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"pk": self.pk})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_online(self):
        return self.format == self.Format.ONLINE

    @property
    def is_full(self):
        return self.going_count >= self.capacity

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def rsvps_open(self):
        now = timezone.now()
        deadline = self.rsvp_deadline or self.starts_at
        return not self.is_cancelled and now < deadline


class RSVP(models.Model):
    """A member's answer to an event: going, on the waitlist (in arrival order), or not."""

    class Status(models.TextChoices):
        GOING = "going", _("going")
        WAITLISTED = "waitlisted", _("on the waitlist")
        NOT_GOING = "not_going", _("not going")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="rsvps")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    # Arrival order: the waitlist is served first come, first served.
    responded_at = models.DateTimeField(_("answered"), default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by an organiser"),
    )
    objective = models.TextField(
        _("what I want to get out of it"),
        blank=True,
        max_length=1000,
        help_text=_("What you want to learn, or whom you want to meet."),
    )
    topics = models.ManyToManyField(
        "questions.Topic", related_name="+", blank=True, verbose_name=_("topics")
    )
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        constraints = [
            models.UniqueConstraint(fields=["event", "member"], name="rsvp_once_per_member"),
            models.CheckConstraint(
                condition=Q(status__in=["going", "waitlisted", "not_going"]),
                name="rsvp_status_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status", "responded_at"], name="rsvp_event_queue"),
            models.Index(fields=["member", "status"], name="rsvp_member_status"),
        ]

    def __str__(self):
        return f"{self.member} – {self.event} ({self.status})"
