"""Forms for events: validation only. Organisers type local dates and times in the event's
time zone; the form turns them into UTC for the services."""

import datetime
import zoneinfo

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members.models import User
from questions.forms import TopicsField

from .models import RSVP, TIME_ZONE_CHOICES, Event

MAX_CAPACITY = 100_000
MAX_RSVP_TOPICS = 3
OBJECTIVE_MAX_LENGTH = RSVP._meta.get_field("objective").max_length

# A sensible first choice of time zone for a group's events; organisers pick another one
# for countries that span several zones. Countries not listed start from UTC.
COUNTRY_TIME_ZONES = {
    "AT": "Europe/Vienna",
    "AU": "Australia/Sydney",
    "BE": "Europe/Brussels",
    "CA": "America/Toronto",
    "CH": "Europe/Zurich",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "ES": "Europe/Madrid",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GB": "Europe/London",
    "GR": "Europe/Athens",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IL": "Asia/Jerusalem",
    "IN": "Asia/Kolkata",
    "IT": "Europe/Rome",
    "LT": "Europe/Vilnius",
    "LV": "Europe/Riga",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest",
    "SE": "Europe/Stockholm",
    "SK": "Europe/Bratislava",
    "UA": "Europe/Kyiv",
    "US": "America/New_York",
}
DEFAULT_TIME_ZONE = "UTC"


def default_time_zone(country_code):
    return COUNTRY_TIME_ZONES.get(str(country_code or ""), DEFAULT_TIME_ZONE)


class NonExistentLocalTime(ValueError):
    """The wall-clock time is skipped when the clocks go forward."""


def utc_from_local(day, time, zone_name):
    """(the moment in UTC, whether the local time happens twice). A time that happens twice
    (the clocks go back) is read as the first of the two, in summer time."""
    zone = zoneinfo.ZoneInfo(zone_name)
    naive = datetime.datetime.combine(day, time)
    local = naive.replace(tzinfo=zone)
    # A skipped time does not survive the trip to UTC and back.
    if local.astimezone(datetime.UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise NonExistentLocalTime(naive)
    ambiguous = local.utcoffset() != local.replace(fold=1).utcoffset()
    return local.astimezone(datetime.UTC), ambiguous


def _date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _time_input():
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def _model_field(name, **kwargs):
    return Event._meta.get_field(name).formfield(**kwargs)


# (prefix of a pair of date and time fields, the event's field they make)
MOMENTS = [("start", "starts_at"), ("end", "ends_at"), ("rsvp_deadline", "rsvp_deadline")]


class EventForm(forms.Form):
    """An event's details. Dates and times are local to the chosen time zone."""

    title = _model_field("title", label=_("Title"))
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The programme, who it is for, what to bring. Markdown works: *italic*, **bold**, "
            "[links](https://example.com) and lists."
        ),
    )
    start_date = forms.DateField(label=_("Start date"), widget=_date_input())
    start_time = forms.TimeField(label=_("Start time"), widget=_time_input())
    end_date = forms.DateField(label=_("End date"), widget=_date_input())
    end_time = forms.TimeField(label=_("End time"), widget=_time_input())
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=TIME_ZONE_CHOICES,
        help_text=_("The dates and times above are local times in this zone."),
    )
    rsvp_deadline_date = forms.DateField(
        label=_("RSVP deadline date"), required=False, widget=_date_input()
    )
    rsvp_deadline_time = forms.TimeField(
        label=_("RSVP deadline time"),
        required=False,
        widget=_time_input(),
        help_text=_("Optional. Without a deadline, people answer until the event starts."),
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=Event.Format.choices, widget=forms.RadioSelect
    )
    venue = _model_field("venue", label=_("Venue"), help_text=_("Needed for an event in person."))
    address = _model_field("address", label=_("Address"))
    city = _model_field("city", label=_("City"), help_text=_("Needed for an event in person."))
    country = _model_field("country", label=_("Country"))
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        assume_scheme="https",
        max_length=Event._meta.get_field("online_url").max_length,
        help_text=_("Needed for an online event. Only people who are going see it."),
    )
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=1,
        max_value=MAX_CAPACITY,
        error_messages={
            "min_value": _("At least one person must be able to come: enter 1 or more."),
        },
        help_text=_("How many people can come. Later answers join a waitlist."),
    )
    visibility = forms.ChoiceField(
        label=_("Who can see it"), choices=Event.Visibility.choices, widget=forms.RadioSelect
    )
    admits_visitors = forms.BooleanField(
        label=_("Visiting recruiters welcome"),
        required=False,
        help_text=_(
            "Members of other groups travelling to the city may come. A members-only event "
            "that welcomes visitors is shown to every signed-in member."
        ),
    )

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        # Local times that happen twice, by field name: the view tells the organiser which
        # of the two was used.
        self.ambiguous_times = []

    @classmethod
    def initial_for_group(cls, group):
        return {
            "time_zone": default_time_zone(group.country),
            "country": group.country.code,
            "city": group.city,
            "format": Event.Format.IN_PERSON,
            "visibility": Event.Visibility.PUBLIC,
            "admits_visitors": True,
        }

    @classmethod
    def initial_for_event(cls, event):
        initial = {
            name: getattr(event, name)
            for name in (
                "title",
                "description",
                "time_zone",
                "format",
                "venue",
                "address",
                "city",
                "online_url",
                "capacity",
                "visibility",
                "admits_visitors",
            )
        }
        initial["country"] = event.country.code
        for prefix, attribute in MOMENTS:
            moment = getattr(event, attribute)
            if moment is not None:
                local = moment.astimezone(event.zone)
                initial[f"{prefix}_date"] = local.date()
                initial[f"{prefix}_time"] = local.time().replace(second=0, microsecond=0)
        return initial

    def _moment(self, prefix, zone_name):
        """The UTC moment typed into the date and time fields with this prefix, or None."""
        day = self.cleaned_data.get(f"{prefix}_date")
        time = self.cleaned_data.get(f"{prefix}_time")
        if f"{prefix}_date" in self.errors or f"{prefix}_time" in self.errors:
            return None
        if day is None and time is None:
            return None
        if day is None:
            self.add_error(f"{prefix}_date", _("Enter the date as well as the time."))
            return None
        if time is None:
            self.add_error(f"{prefix}_time", _("Enter the time as well as the date."))
            return None
        if not zone_name:
            return None
        try:
            moment, ambiguous = utc_from_local(day, time, zone_name)
        except OverflowError:
            # 1 January of year 1 east of UTC, or 31 December 9999 west of it.
            self.add_error(f"{prefix}_date", _("Enter a date between the years 1900 and 9000."))
            return None
        except NonExistentLocalTime:
            self.add_error(
                f"{prefix}_time",
                _(
                    "%(time)s on %(date)s does not exist in %(zone)s: the clocks go forward "
                    "at that hour. Choose a time an hour later or earlier."
                )
                % {
                    "time": formats.time_format(time, "TIME_FORMAT"),
                    "date": formats.date_format(day, "DATE_FORMAT"),
                    "zone": zone_name.replace("_", " "),
                },
            )
            return None
        if ambiguous:
            self.ambiguous_times.append(f"{prefix}_time")
        return moment

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone")
        starts_at = self._moment("start", zone_name)
        ends_at = self._moment("end", zone_name)
        rsvp_deadline = self._moment("rsvp_deadline", zone_name)

        if starts_at is not None and ends_at is not None and ends_at <= starts_at:
            self.add_error("end_date", _("The event must end after it starts."))
        # The form has minutes only: an unchanged start reads back to the minute.
        start_changed = self.event is None or starts_at != self.event.starts_at.replace(
            second=0, microsecond=0
        )
        if starts_at is not None and start_changed and starts_at < timezone.now():
            self.add_error(
                "start_date",
                _("This date and time have passed: an event cannot start in the past."),
            )
        if rsvp_deadline is not None and starts_at is not None and rsvp_deadline > starts_at:
            self.add_error(
                "rsvp_deadline_date", _("The RSVP deadline must be no later than the start.")
            )

        event_format = cleaned_data.get("format")
        link_missing = not cleaned_data.get("online_url") and "online_url" not in self.errors
        if event_format == Event.Format.ONLINE and link_missing:
            self.add_error(
                "online_url", _("An online event needs a link for the people who are going.")
            )
        if event_format == Event.Format.IN_PERSON:
            if not cleaned_data.get("venue", "").strip():
                self.add_error("venue", _("An event in person needs a venue."))
            if not cleaned_data.get("city", "").strip():
                self.add_error("city", _("An event in person needs a city."))

        capacity = cleaned_data.get("capacity")
        if self.event is not None and capacity is not None and capacity < self.event.going_count:
            self.add_error(
                "capacity",
                ngettext(
                    "%(count)d person is already going; the capacity cannot be lower.",
                    "%(count)d people are already going; the capacity cannot be lower.",
                    self.event.going_count,
                )
                % {"count": self.event.going_count},
            )

        cleaned_data["starts_at"] = starts_at
        cleaned_data["ends_at"] = ends_at
        cleaned_data["rsvp_deadline"] = rsvp_deadline
        return cleaned_data

    def event_fields(self):
        """The keyword arguments for events.services.event_create and event_update."""
        data = self.cleaned_data
        return {
            "title": data["title"].strip(),
            "description": data["description"],
            "starts_at": data["starts_at"],
            "ends_at": data["ends_at"],
            "time_zone": data["time_zone"],
            "format": data["format"],
            "venue": data["venue"].strip(),
            "address": data["address"].strip(),
            "city": data["city"].strip(),
            "country": data["country"],
            "online_url": data["online_url"],
            "capacity": data["capacity"],
            "rsvp_deadline": data["rsvp_deadline"],
            "visibility": data["visibility"],
            "admits_visitors": data["admits_visitors"],
        }


class EventCancelForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, cancel this event"),
        error_messages={
            "required": _("Tick the box to confirm that you want to cancel the event."),
        },
    )


class RSVPForm(forms.Form):
    """Going or not, with what the member wants to get out of the event."""

    class Answer:
        GOING = "going"
        NOT_GOING = "not_going"

    answer = forms.ChoiceField(
        label=_("Your answer"),
        choices=[(Answer.GOING, _("Going")), (Answer.NOT_GOING, _("Not going"))],
        error_messages={"required": _("Choose whether you are going.")},
    )
    objective = forms.CharField(
        label=_("What I want to learn, or whom I want to meet"),
        required=False,
        max_length=OBJECTIVE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Optional. People going see it, and it helps them find you: "
            "e.g. “I want to compare notice periods with agency recruiters”."
        ),
    )
    topics = TopicsField(label=_("Topics I want to talk about"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].help_text = ngettext(
            "Up to %(limit)d topic from the list.",
            "Up to %(limit)d topics from the list.",
            MAX_RSVP_TOPICS,
        ) % {"limit": MAX_RSVP_TOPICS}

    def clean_objective(self):
        return self.cleaned_data["objective"].strip()

    def clean_topics(self):
        topics = self.cleaned_data["topics"]
        if len(topics) > MAX_RSVP_TOPICS:
            raise forms.ValidationError(
                ngettext(
                    "Choose at most %(limit)d topic.",
                    "Choose at most %(limit)d topics.",
                    MAX_RSVP_TOPICS,
                )
                % {"limit": MAX_RSVP_TOPICS}
            )
        return topics


class AttendeeAddForm(forms.Form):
    """An organiser adds someone who told them they are coming."""

    username = forms.CharField(label=_("Add someone by their username"), max_length=150)

    def clean_username(self):
        username = self.cleaned_data["username"].strip().lstrip("@")
        member = User.objects.active().filter(username__iexact=username).first()
        if member is None:
            raise forms.ValidationError(
                _("No member has the username %(username)s.") % {"username": username}
            )
        self.cleaned_data["member"] = member
        return member.username
