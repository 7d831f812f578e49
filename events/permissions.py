"""Who may see an event and who may act on it. Every event view starts from one of the
getters below; each raises 404 for an event the person may not see and 403 for one they see
but may not act on.

Visibility:
* a public event is seen by everyone, signed in or not;
* a members-only event is seen by the group's active members, its organisers and staff;
* a members-only event that admits visitors is also seen by any signed-in member whose
  email is confirmed: a recruiter travelling to the city may come. /events/ lists those
  events to such a member when they filter by the event's city (that is when a visitor
  looks), and keeps them out of the general list.

Answering (RSVP): members with a confirmed email who may see the event, are not banned from
the group, and either belong to the group or the event admits visitors. Organisers (the
group's owner and moderators) and staff create, edit and cancel events, add and remove
attendees, see the online link and the attendee list, and export it.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from groups.models import Membership
from groups.permissions import may_moderate, membership_of
from members.permissions import can_post

from .models import RSVP, Event


def may_organise(user, membership):
    """The group's owner and moderators, and staff, once their email is confirmed (as for
    every moderation page)."""
    return may_moderate(user, membership) and can_post(user)


def may_see_event(user, event, membership):
    if event.visibility == Event.Visibility.PUBLIC:
        return True
    if not user.is_authenticated:
        return False
    if user.is_staff or (membership is not None and membership.is_active):
        return True
    return event.admits_visitors and can_post(user)


def may_rsvp(user, event, membership):
    if not can_post(user) or not may_see_event(user, event, membership):
        return False
    if membership is not None and membership.is_banned:
        return False
    is_member = membership is not None and membership.is_active
    return is_member or event.admits_visitors or may_organise(user, membership)


def may_see_attendees(user, membership, rsvp):
    """The attendee list with everyone's objectives: people going or on the waitlist,
    organisers and staff."""
    attending = rsvp is not None and rsvp.status in (RSVP.Status.GOING, RSVP.Status.WAITLISTED)
    return attending or may_organise(user, membership)


def may_see_online_link(user, membership, rsvp):
    going = rsvp is not None and rsvp.status == RSVP.Status.GOING
    return going or may_organise(user, membership)


def _member_group_ids(user):
    return Membership.objects.filter(user=user, status=Membership.Status.ACTIVE).values("group_id")


def visible_events_condition(user):
    """The events `may_see_event` lets the user see, as a filter; None means all of them."""
    if user.is_authenticated and user.is_staff:
        return None
    condition = Q(visibility=Event.Visibility.PUBLIC)
    if user.is_authenticated:
        condition |= Q(group__in=_member_group_ids(user))
        if can_post(user):
            condition |= Q(admits_visitors=True)
    return condition


def listed_events_condition(user, *, visiting_city=None):
    """The events /events/ lists to the user: what they may see, except that members-only
    events of other groups that admit visitors come only with a filter on their city."""
    if user.is_authenticated and user.is_staff:
        return None
    condition = Q(visibility=Event.Visibility.PUBLIC)
    if user.is_authenticated:
        condition |= Q(group__in=_member_group_ids(user))
        if visiting_city and can_post(user):
            condition |= Q(admits_visitors=True) & city_condition(visiting_city)
    return condition


def city_condition(city):
    """Events held in the city, and online events of groups based there."""
    return Q(city__iexact=city) | Q(format=Event.Format.ONLINE, group__city__iexact=city)


def event_for_viewer(user, pk, queryset=None):
    """(event, the viewer's membership of its group or None), or 404 for an event the
    viewer may not see."""
    queryset = queryset if queryset is not None else Event.objects.select_related("group")
    event = get_object_or_404(queryset, pk=pk)
    membership = membership_of(user, event.group)
    if not may_see_event(user, event, membership):
        raise Http404
    # An event the moderators hid is seen by them (and staff) alone.
    if event.is_hidden and not may_moderate(user, membership):
        raise Http404
    return event, membership


def event_for_organiser(user, pk, queryset=None):
    """(event, membership) for the group's organisers and staff; 404 for an event the user
    may not see, 403 for one they see but may not run."""
    event, membership = event_for_viewer(user, pk, queryset)
    if not may_organise(user, membership):
        raise PermissionDenied
    return event, membership
