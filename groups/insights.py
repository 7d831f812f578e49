"""What a group's organisers see on its Insights page: members over time, how join requests
are answered, and how often questions to the group get an answer from someone local.

Every figure comes from a handful of aggregate queries grouped by calendar month
(``TruncMonth`` in the current time zone); Python only fills in the months that had no rows
and adds up at most twelve numbers. The number of queries does not depend on the size of the group.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Aggregate, Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone

from questions.models import Answer, Question

from .models import Membership, MembershipEvent

MONTHS_SHOWN = 12
RECENT_DECISIONS = datetime.timedelta(days=90)

Action = MembershipEvent.Action
# Events that start an active membership, and events that may end one.
GRANTS = [Action.JOIN, Action.APPROVE, Action.CREATE]
ENDINGS = [Action.LEAVE, Action.REMOVE, Action.BAN]
# Every event that changes whether someone belongs to the group (not promote, demote,
# transfer or invite): the latest of them before a departure tells what was departed from.
STANDING_CHANGES = [*GRANTS, *ENDINGS, Action.REQUEST, Action.DECLINE, Action.UNBAN]


class Median(Aggregate):
    """The median of an expression (numbers or intervals), PostgreSQL's continuous percentile.

    Django has no median aggregate; this one also takes ``filter=``, which PostgreSQL
    accepts on ordered-set aggregates.
    """

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"


@dataclass(frozen=True)
class MemberMonth:
    month: datetime.date
    joined: int
    left: int
    members: int  # at the end of the month; for the current month, today


@dataclass(frozen=True)
class MembersOverTime:
    months: list[MemberMonth]

    @property
    def now(self):
        return self.months[-1].members

    @property
    def at_start(self):
        """Members just before the first month shown."""
        first = self.months[0]
        return first.members - first.joined + first.left

    @property
    def joined(self):
        return sum(month.joined for month in self.months)

    @property
    def left(self):
        return sum(month.left for month in self.months)

    @property
    def has_data(self):
        return any(month.members or month.joined or month.left for month in self.months)


@dataclass(frozen=True)
class RequestMonth:
    month: datetime.date
    received: int
    approved: int
    declined: int
    pending: int
    median_wait: datetime.timedelta | None


@dataclass(frozen=True)
class JoinRequests:
    months: list[RequestMonth]
    median_wait: datetime.timedelta | None  # over every decision the group has made
    decided: int
    recent_median_wait: datetime.timedelta | None  # decisions in the last 90 days
    recent_decided: int

    @property
    def received(self):
        return sum(month.received for month in self.months)

    @property
    def approved(self):
        return sum(month.approved for month in self.months)

    @property
    def declined(self):
        return sum(month.declined for month in self.months)

    @property
    def pending(self):
        return sum(month.pending for month in self.months)

    @property
    def has_data(self):
        return bool(self.received or self.decided)


@dataclass(frozen=True)
class QuestionMonth:
    month: datetime.date
    asked: int
    answered: int
    answered_locally: int

    @property
    def local_share(self):
        return percentage(self.answered_locally, self.asked)


@dataclass(frozen=True)
class QuestionsAnswered:
    months: list[QuestionMonth]

    @property
    def asked(self):
        return sum(month.asked for month in self.months)

    @property
    def answered(self):
        return sum(month.answered for month in self.months)

    @property
    def answered_locally(self):
        return sum(month.answered_locally for month in self.months)

    @property
    def local_share(self):
        return percentage(self.answered_locally, self.asked)

    @property
    def has_data(self):
        return bool(self.asked)


@dataclass(frozen=True)
class GroupInsights:
    members: MembersOverTime
    requests: JoinRequests
    questions: QuestionsAnswered

    @property
    def first_month(self):
        return self.members.months[0].month

    @property
    def last_month(self):
        return self.members.months[-1].month


def percentage(part, whole):
    """A whole percentage, or None when there is nothing to divide."""
    return round(100 * part / whole) if whole else None


def month_starts(now, count=MONTHS_SHOWN):
    """The first days of the last ``count`` calendar months, the current one last."""
    today = timezone.localdate(now)
    months = []
    year, month = today.year, today.month
    for _step in range(count):
        months.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def _window_start(months):
    first = months[0]
    return timezone.make_aware(datetime.datetime(first.year, first.month, first.day))


def _by_month(queryset, field, **aggregates):
    """{first day of the month: {name: value}} for the rows of ``queryset``, grouped by the
    calendar month of ``field``."""
    rows = (
        queryset.order_by().annotate(month=TruncMonth(field)).values("month").annotate(**aggregates)
    )
    return {timezone.localdate(row.pop("month")): row for row in rows}


def members_over_time(group, months):
    """Active members at the end of each month, rebuilt backwards from today.

    Memberships that are active now contribute their ``joined_at``. People who have since
    left, been removed or been banned no longer have a membership row, so the audit log
    supplies them: every leave, remove or ban event whose previous change of standing for
    that person was a join, an approval or the group's creation ended an active membership,
    which began at that earlier event. (A ``leave`` after a ``request`` is a withdrawn
    request and a ``ban`` after a ``decline`` turns away a non-member: neither changes the
    count. A ``remove`` always ends an active membership, even when its start predates the
    log.)

    Each month's change is (joins of current members + starts of ended memberships) - ends;
    the count at the end of a month is today's count minus the changes of every later
    month. The count never drops below zero, which only data written outside the services
    could cause.
    """
    window_start = _window_start(months)
    active = Membership.objects.filter(group=group, status=Membership.Status.ACTIVE)
    active_now = active.count()
    joined = _by_month(active.filter(joined_at__gte=window_start), "joined_at", n=Count("pk"))

    earlier_standing = (
        MembershipEvent.objects.filter(
            group=OuterRef("group"), member=OuterRef("member"), action__in=STANDING_CHANGES
        )
        .filter(
            Q(created_at__lt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
        )
        .order_by("-created_at", "-pk")
    )
    endings = MembershipEvent.objects.filter(
        group=group, action__in=ENDINGS, created_at__gte=window_start
    ).annotate(
        previous_action=Subquery(earlier_standing.values("action")[:1]),
        previous_at=Subquery(earlier_standing.values("created_at")[:1]),
    )
    left = _by_month(
        endings.filter(Q(action=Action.REMOVE) | Q(previous_action__in=GRANTS)),
        "created_at",
        n=Count("pk"),
    )
    started = _by_month(
        endings.filter(previous_action__in=GRANTS, previous_at__gte=window_start),
        "previous_at",
        n=Count("pk"),
    )

    rows = []
    members = active_now
    for month in reversed(months):
        came = joined.get(month, {}).get("n", 0) + started.get(month, {}).get("n", 0)
        went = left.get(month, {}).get("n", 0)
        rows.append(MemberMonth(month=month, joined=came, left=went, members=max(members, 0)))
        members -= came - went
    return MembersOverTime(months=rows[::-1])


def join_requests(group, months, now):
    """Requests to join, by the month they were made: how many were approved, declined or
    are still waiting, and the median time from request to decision.

    A request is a membership that is pending, declined, or active with a decision date
    (people who joined an open group or through an invitation were never asked about).
    Requests whose membership has since ended (the person left, was removed or banned, or
    withdrew) are no longer counted. The overall median covers every decision the group
    has made; the recent one, decisions made in the last 90 days.
    """
    Status = Membership.Status
    requests = Membership.objects.filter(group=group).filter(
        Q(status__in=[Status.PENDING, Status.DECLINED])
        | Q(status=Status.ACTIVE, decided_at__isnull=False)
    )
    wait = F("decided_at") - F("requested_at")
    decided = Q(decided_at__isnull=False)
    per_month = _by_month(
        requests.filter(requested_at__gte=_window_start(months)),
        "requested_at",
        received=Count("pk"),
        approved=Count("pk", filter=Q(status=Status.ACTIVE)),
        declined=Count("pk", filter=Q(status=Status.DECLINED)),
        pending=Count("pk", filter=Q(status=Status.PENDING)),
        median_wait=Median(wait, filter=decided),
    )
    recent = Q(decided_at__gte=now - RECENT_DECISIONS)
    overall = requests.aggregate(
        median_wait=Median(wait, filter=decided),
        decided=Count("pk", filter=decided),
        recent_median_wait=Median(wait, filter=recent),
        recent_decided=Count("pk", filter=recent),
    )
    empty = {"received": 0, "approved": 0, "declined": 0, "pending": 0, "median_wait": None}
    return JoinRequests(
        months=[RequestMonth(month=month, **per_month.get(month, empty)) for month in months],
        **overall,
    )


def questions_answered(group, months):
    """Questions asked to the group, by month, and how many got an answer from someone
    local: an author whose home country is the question's target country, or who is an
    active member of the group."""
    local_authors = Q(author__home_country=OuterRef("target_country")) | Q(
        author_id__in=Membership.objects.filter(
            group=group, status=Membership.Status.ACTIVE
        ).values("user_id")
    )
    local_answer = Answer.objects.visible().filter(local_authors, question=OuterRef("pk"))
    per_month = _by_month(
        # What everyone can read: hidden questions and those waiting for approval are left
        # out, as on every list.
        Question.objects.visible().filter(group=group, created_at__gte=_window_start(months)),
        "created_at",
        asked=Count("pk"),
        answered=Count("pk", filter=Q(answer_count__gt=0)),
        answered_locally=Count("pk", filter=Exists(local_answer)),
    )
    empty = {"asked": 0, "answered": 0, "answered_locally": 0}
    return QuestionsAnswered(
        months=[QuestionMonth(month=month, **per_month.get(month, empty)) for month in months]
    )


def group_insights(group, *, now=None):
    """Everything on the Insights page, for the twelve calendar months up to ``now``, or
    the months since the group was created when it is younger than that (a new group's
    page would otherwise be mostly zeros from before it existed)."""
    now = now or timezone.now()
    created = timezone.localdate(group.created_at).replace(day=1)
    months = [month for month in month_starts(now) if month >= created] or month_starts(now, 1)
    return GroupInsights(
        members=members_over_time(group, months),
        requests=join_requests(group, months, now),
        questions=questions_answered(group, months),
    )
