"""The Insights page: how a group has done over the last twelve months, for its organisers."""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.permissions import verified_member_required

from ..charts import SOLID, WARM, Series, hollow_series, line_chart, stacked_bar_chart
from ..insights import group_insights
from ..permissions import group_for_moderator
from .moderation import _manage_context


def wait_text(duration):
    """A median wait in the unit a person would use: minutes, hours, then days."""
    if duration is None:
        return ""
    minutes = round(duration.total_seconds() / 60)
    if minutes < 60:
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    hours = round(minutes / 60)
    if hours < 48:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    days = round(hours / 24)
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def _charts(insights, rtl):
    months = [row.month for row in insights.members.months]
    requests = insights.requests.months
    questions = insights.questions.months
    return {
        "members": line_chart(
            chart_id="members-chart",
            months=months,
            series=Series(_("Members"), [row.members for row in insights.members.months]),
            unit=_("Members"),
            rtl=rtl,
        ),
        "requests": stacked_bar_chart(
            chart_id="requests-chart",
            months=months,
            series=[
                Series(_("Approved"), [row.approved for row in requests], SOLID),
                Series(_("Declined"), [row.declined for row in requests], WARM),
                hollow_series(_("Pending"), [row.pending for row in requests]),
            ],
            unit=_("Requests"),
            rtl=rtl,
        ),
        "questions": stacked_bar_chart(
            chart_id="questions-chart",
            months=months,
            series=[
                Series(
                    _("Answered by a local member"), [row.answered_locally for row in questions]
                ),
                hollow_series(
                    _("No local answer yet"),
                    [row.asked - row.answered_locally for row in questions],
                ),
            ],
            unit=_("Questions"),
            rtl=rtl,
        ),
    }


@verified_member_required
def group_insights_page(request, slug):
    """The owner, moderators and staff see members over time, how join requests are
    answered, and how many questions get an answer from someone local."""
    group, membership = group_for_moderator(request.user, slug)
    insights = group_insights(group)
    requests = insights.requests
    return render(
        request,
        "groups/manage/insights.html",
        _manage_context(
            request,
            group,
            membership,
            insights=insights,
            charts=_charts(insights, rtl=translation.get_language_bidi()),
            request_rows=[(row, wait_text(row.median_wait)) for row in requests.months],
            median_wait=wait_text(requests.median_wait),
            recent_median_wait=wait_text(requests.recent_median_wait),
        ),
    )
