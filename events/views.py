"""Events: the lists, an event's page with answers (RSVP), and the organisers' pages.

Every view starts from a permission-checked getter in events.permissions (or
groups.permissions for creating an event); services in events.services do every write, and
their refusals (EventError) come back to the member as a message."""

import csv

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_filters.views import FilterView

from groups.models import Group
from groups.permissions import group_for_moderator, membership_of
from members.permissions import can_post, verified_member_required
from moderation.rules import DuplicateTextError
from recruitcommunity.forms import posted_data
from recruitcommunity.idempotency import AlreadySubmitted, submit_once
from recruitcommunity.pagination import BoundedPaginator
from recruitcommunity.ratelimits import rate_limited

from . import selectors
from .filters import EventFilter
from .forms import AttendeeAddForm, EventCancelForm, EventForm, RSVPForm
from .models import RSVP, Event
from .permissions import (
    event_for_organiser,
    event_for_viewer,
    may_organise,
    may_rsvp,
    may_see_attendees,
    may_see_event,
    may_see_online_link,
)
from .services import (
    EventError,
    event_cancel,
    event_create,
    event_update,
    rsvp_going,
    rsvp_not_going,
    rsvp_remove,
)

# Lists ---------------------------------------------------------------------------------------


class EventListView(FilterView):
    """Public: upcoming events the visitor may see, filtered by place, language and format."""

    filterset_class = EventFilter
    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator
    strict = False
    archive = False

    def get_queryset(self):
        events = Event.objects.past() if self.archive else Event.objects.upcoming()
        return events.visible().for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selectors.with_local_times(context["events"], self.request.user)
        context["archive"] = self.archive
        return context


class PastEventListView(EventListView):
    """Public: the archive of events that have ended, with how many people came."""

    archive = True


# An event's page -------------------------------------------------------------------------


def _participation_context(request, event, membership, *, rsvp_form=None, add_form=None):
    """What the block with the answers shows: the viewer's answer and the form, the online
    link, the attendee list with objectives, people with similar goals."""
    user = request.user
    rsvp = selectors.viewer_rsvp(event, user)
    organiser = may_organise(user, membership)
    shows_attendees = may_see_attendees(user, membership, rsvp)
    attendees = list(selectors.attendees_of(event)) if shows_attendees else []
    attending = rsvp is not None and rsvp.status in selectors.ATTENDING
    similar = selectors.people_with_similar_goals(rsvp) if attending else []
    if similar:
        my_topics = {topic.pk for topic in rsvp.topics.all()}
        by_pk = {attendee.pk: attendee for attendee in attendees}
        for person in similar:
            theirs = by_pk[person.pk].topics.all() if person.pk in by_pk else []
            person.common_topics = [topic for topic in theirs if topic.pk in my_topics]
    answers = may_rsvp(user, event, membership)
    if rsvp_form is None and answers and event.rsvps_open:
        initial = {}
        if rsvp is not None:
            initial = {"objective": rsvp.objective, "topics": list(rsvp.topics.all())}
        rsvp_form = RSVPForm(initial=initial)
    # After the deadline, people going may still free their place until the event starts.
    may_withdraw = (
        answers
        and attending
        and not event.rsvps_open
        and not event.is_cancelled
        and timezone.now() < event.starts_at
    )
    return {
        "event": event,
        "membership": membership,
        "rsvp": rsvp,
        "is_organiser": organiser,
        "may_answer": answers and event.rsvps_open,
        "may_withdraw": may_withdraw,
        "may_rsvp": answers,
        "attending": attending,
        "shows_attendees": shows_attendees,
        "shows_online_link": may_see_online_link(user, membership, rsvp),
        "going": [attendee for attendee in attendees if attendee.status == RSVP.Status.GOING],
        "waitlisted": [
            attendee for attendee in attendees if attendee.status == RSVP.Status.WAITLISTED
        ],
        "similar_people": similar,
        "rsvp_form": rsvp_form,
        "add_form": add_form if add_form is not None else AttendeeAddForm(),
        "can_post": can_post(user),
        "is_member": membership is not None and membership.is_active,
    }


def _event_page(request, event, membership, **forms):
    selectors.with_local_times([event], request.user)
    return render(
        request,
        "events/event_detail.html",
        _participation_context(request, event, membership, **forms),
    )


def _participation_block(request, event, membership, **forms):
    """The answers block alone, for htmx to swap in place."""
    event.refresh_from_db()
    return render(
        request,
        "events/_participation.html",
        _participation_context(request, event, membership, **forms),
    )


def event_detail(request, pk):
    """Public events: anyone. Members-only ones: the group's members, organisers and staff,
    and signed-in members when the event welcomes visitors; a 404 for everyone else."""
    event, membership = event_for_viewer(request.user, pk)
    return _event_page(request, event, membership)


def _after_answer(request, event, membership, **forms):
    if request.htmx:
        return _participation_block(request, event, membership, **forms)
    return redirect(event)


@require_POST
@verified_member_required
@rate_limited("rsvp")
def event_rsvp(request, pk):
    event, membership = event_for_viewer(request.user, pk)
    if not may_rsvp(request.user, event, membership):
        raise PermissionDenied
    form = RSVPForm(request.POST)
    if not form.is_valid():
        if request.htmx:
            return _participation_block(request, event, membership, rsvp_form=form)
        return _event_page(request, event, membership, rsvp_form=form)
    try:
        if form.cleaned_data["answer"] == RSVPForm.Answer.GOING:
            rsvp = rsvp_going(
                event=event,
                member=request.user,
                objective=form.cleaned_data["objective"],
                topics=form.cleaned_data["topics"],
            )
            if rsvp.status == RSVP.Status.GOING:
                messages.success(request, _("You are going. See you there!"))
            else:
                messages.info(
                    request,
                    _(
                        "The event is full: you are on the waitlist. We will email you if a "
                        "place frees up."
                    ),
                )
        else:
            rsvp_not_going(event=event, member=request.user)
            messages.success(
                request, _("Thank you for letting the organisers know you are not going.")
            )
    except EventError as error:
        messages.error(request, error.message)
    return _after_answer(request, event, membership)


def _check_attendee_may_come(form, event):
    """Organisers add people who may see the event and are not banned from the group."""
    member = form.cleaned_data["member"]
    their_membership = membership_of(member, event.group)
    if their_membership is not None and their_membership.is_banned:
        form.add_error(
            "username", _("%(name)s is banned from the group.") % {"name": member.public_name}
        )
    elif not may_see_event(member, event, their_membership):
        form.add_error(
            "username",
            _("%(name)s is not a member of the group, and this event is for members only.")
            % {"name": member.public_name},
        )


@require_POST
@verified_member_required
def attendee_add(request, pk):
    """Organisers add someone who told them they are coming (they join the waitlist when
    the event is full)."""
    event, membership = event_for_organiser(request.user, pk)
    form = AttendeeAddForm(request.POST)
    if form.is_valid():
        _check_attendee_may_come(form, event)
    if not form.is_valid():
        if request.htmx:
            return _participation_block(request, event, membership, add_form=form)
        return _event_page(request, event, membership, add_form=form)
    member = form.cleaned_data["member"]
    try:
        rsvp = rsvp_going(event=event, member=member, added_by=request.user)
    except EventError as error:
        messages.error(request, error.message)
    else:
        if rsvp.status == RSVP.Status.GOING:
            message = _("%(name)s is on the list of people going.")
        else:
            message = _("The event is full: %(name)s is on the waitlist.")
        messages.success(request, message % {"name": member.public_name})
    return _after_answer(request, event, membership)


@require_POST
@verified_member_required
def attendee_remove(request, pk, user_id):
    event, membership = event_for_organiser(request.user, pk)
    rsvp = get_object_or_404(RSVP.objects.select_related("member"), event=event, member_id=user_id)
    rsvp_remove(event=event, member=rsvp.member, organiser=request.user)
    messages.success(
        request, _("%(name)s is no longer on the list.") % {"name": rsvp.member.public_name}
    )
    return _after_answer(request, event, membership)


# Characters a spreadsheet reads as the start of a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """The cell as text a spreadsheet shows as it is, never runs as a formula."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


@verified_member_required
def attendees_csv(request, pk):
    """Organisers and staff: everyone who answered, as a spreadsheet."""
    event, _membership = event_for_organiser(request.user, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}-attendees.csv"'
    response.write("\ufeff")  # spreadsheet programs read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([_("Name"), _("Username"), _("Status"), _("Answered at"), _("Objective")])
    for rsvp in selectors.attendees_for_export(event):
        answered_at = rsvp.responded_at.astimezone(event.zone).isoformat(timespec="minutes")
        writer.writerow(
            csv_safe(cell)
            for cell in [
                rsvp.member.public_name,
                rsvp.member.username,
                rsvp.get_status_display(),
                answered_at,
                rsvp.objective,
            ]
        )
    return response


# Organisers' pages -----------------------------------------------------------------------


def _ambiguous_time_warning(request, form):
    if form.ambiguous_times:
        messages.warning(
            request,
            _(
                "The clocks go back on that day, so that local time happens twice; we used "
                "the first of the two (summer time). Check the time shown below."
            ),
        )


@verified_member_required
@rate_limited("event")
def event_new(request):
    """The group's owner and moderators, and staff, create an event for the group given by
    ?group=<slug>; without one, they choose among the groups they run."""
    slug = request.GET.get("group", "").strip()
    if not slug:
        groups = Group.objects.moderated_by(request.user).order_by("name")
        if not groups and not request.user.is_staff:
            raise PermissionDenied
        return render(request, "events/event_new_choose_group.html", {"groups": groups})
    group, _membership = group_for_moderator(request.user, slug)
    form = EventForm(posted_data(request), initial=EventForm.initial_for_group(group))
    if request.method == "POST" and form.is_valid():
        try:
            event = submit_once(
                request,
                lambda: event_create(group=group, organiser=request.user, **form.event_fields()),
            )
        except AlreadySubmitted as repeat:
            return repeat.response(request, fallback=group.get_absolute_url())
        except DuplicateTextError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            messages.success(request, _("Your event is published."))
            _ambiguous_time_warning(request, form)
            return redirect(event)
    return render(request, "events/event_form.html", {"form": form, "group": group, "event": None})


@verified_member_required
@rate_limited("event")
def event_edit(request, pk):
    event, _membership = event_for_organiser(request.user, pk)
    if event.is_cancelled:
        messages.error(request, _("A cancelled event cannot be changed."))
        return redirect(event)
    form = EventForm(posted_data(request), event=event, initial=EventForm.initial_for_event(event))
    if request.method == "POST" and form.is_valid():
        try:
            event = event_update(event=event, editor=request.user, **form.event_fields())
        except DuplicateTextError as refusal:
            form.add_error(refusal.field, refusal.message)
        except EventError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("The event has been updated."))
            _ambiguous_time_warning(request, form)
            return redirect(event)
    return render(
        request, "events/event_form.html", {"form": form, "group": event.group, "event": event}
    )


@verified_member_required
def event_cancel_confirm(request, pk):
    """A page that says who will be told, and a form to confirm."""
    event, _membership = event_for_organiser(request.user, pk)
    if event.is_cancelled:
        messages.info(request, _("This event was already cancelled."))
        return redirect(event)
    form = EventCancelForm(posted_data(request))
    if request.method == "POST" and form.is_valid():
        event_cancel(event=event, organiser=request.user)
        told = event.going_count + event.waitlist_count
        messages.success(
            request,
            ngettext(
                "The event is cancelled. %(count)d person who answered has been told by email.",
                "The event is cancelled. %(count)d people who answered have been told by email.",
                told,
            )
            % {"count": told},
        )
        return redirect(event)
    selectors.with_local_times([event], request.user)
    return render(request, "events/event_cancel.html", {"event": event, "form": form})
