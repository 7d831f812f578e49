import datetime
import json
import re
import shutil
import subprocess

import pytest

from groups.charts import Series, line_chart, nice_ticks, stacked_bar_chart
from groups.insights import group_insights, month_starts
from groups.models import Group, Membership, MembershipEvent
from groups.views.insights import wait_text
from tests.factories import (
    AnswerFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    UserFactory,
)
from tests.html import page, start_tags

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
DAY = datetime.timedelta(days=1)
Action = MembershipEvent.Action
Status = Membership.Status


def insights_url(group):
    return f"/groups/{group.slug}/manage/insights/"


def at(year, month, day):
    return datetime.datetime(year, month, day, 12, 0, tzinfo=UTC)


def event(group, action, member, when):
    return MembershipEvent.objects.create(
        group=group, action=action, actor=member, member=member, created_at=when
    )


def request_to_join(group, *, requested_at, decided_after=None, status=Status.PENDING):
    decided_at = requested_at + decided_after if decided_after is not None else None
    return MembershipFactory(
        group=group,
        status=status,
        requested_at=requested_at,
        decided_at=decided_at,
        joined_at=decided_at if status == Status.ACTIVE else None,
    )


@pytest.fixture
def polish_group(polish_group):
    """Founded long before the months these tests look at."""
    Group.objects.filter(pk=polish_group.pk).update(created_at=at(2020, 1, 1))
    polish_group.refresh_from_db()
    return polish_group


# Who may see the page -----------------------------------------------------------------------


@pytest.fixture
def moderator(polish_group):
    user = UserFactory(username="moderator", email="moderator@example.com")
    MembershipFactory(user=user, group=polish_group, role=Membership.Role.MODERATOR)
    return user


def test_anonymous_visitors_are_sent_to_sign_in(client, polish_group):
    url = insights_url(polish_group)

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={url}"


def test_members_without_a_confirmed_email_are_refused(unverified_client, polish_group):
    assert unverified_client.get(insights_url(polish_group)).status_code == 403


def test_plain_members_of_the_group_are_refused(member_client, member, polish_group):
    MembershipFactory(user=member, group=polish_group)

    assert member_client.get(insights_url(polish_group)).status_code == 403


def test_moderators_of_another_group_are_refused(client, polish_group, german_group):
    other = UserFactory(username="berlin-mod", email="berlin-mod@example.com")
    MembershipFactory(user=other, group=german_group, role=Membership.Role.MODERATOR)
    client.force_login(other)

    assert client.get(insights_url(polish_group)).status_code == 403


def test_the_owner_sees_the_insights(client, group_owner, polish_group):
    client.force_login(group_owner)

    response = client.get(insights_url(polish_group))

    assert response.status_code == 200
    assert "<h1>Insights</h1>" in page(response)


def test_moderators_see_the_insights_with_the_tab_marked_current(client, moderator, polish_group):
    client.force_login(moderator)

    response = client.get(insights_url(polish_group))

    assert response.status_code == 200
    assert f'<a href="{insights_url(polish_group)}" aria-current="page">Insights</a>' in page(
        response
    )


def test_staff_see_the_insights_of_any_group(client, staff_member, polish_group):
    client.force_login(staff_member)

    assert client.get(insights_url(polish_group)).status_code == 200


def test_an_unknown_group_is_not_found(client, staff_member):
    client.force_login(staff_member)

    assert client.get("/groups/no-such-group/manage/insights/").status_code == 404


# The numbers -------------------------------------------------------------------------------


def test_the_window_is_the_last_twelve_calendar_months():
    months = month_starts(NOW)

    assert months[0] == datetime.date(2024, 7, 1)
    assert months[-1] == datetime.date(2025, 6, 1)
    assert len(months) == 12


def test_the_median_time_to_a_decision_is_the_middle_of_the_decided_requests(polish_group):
    request_to_join(
        polish_group, requested_at=at(2025, 6, 1), decided_after=1 * DAY, status=Status.ACTIVE
    )
    request_to_join(
        polish_group, requested_at=at(2025, 6, 2), decided_after=3 * DAY, status=Status.ACTIVE
    )
    request_to_join(polish_group, requested_at=at(2025, 6, 5))

    requests = group_insights(polish_group, now=NOW).requests

    assert requests.median_wait == 2 * DAY
    assert requests.decided == 2
    assert requests.recent_median_wait == 2 * DAY
    june = requests.months[-1]
    assert (june.received, june.approved, june.declined, june.pending) == (3, 2, 0, 1)
    assert june.median_wait == 2 * DAY
    assert requests.received == 3


def test_old_decisions_count_overall_but_not_in_the_last_90_days(polish_group):
    request_to_join(
        polish_group, requested_at=at(2025, 6, 1), decided_after=1 * DAY, status=Status.ACTIVE
    )
    request_to_join(
        polish_group, requested_at=at(2025, 6, 2), decided_after=3 * DAY, status=Status.ACTIVE
    )
    request_to_join(
        polish_group, requested_at=at(2024, 11, 20), decided_after=10 * DAY, status=Status.DECLINED
    )
    request_to_join(
        polish_group, requested_at=at(2023, 1, 10), decided_after=30 * DAY, status=Status.DECLINED
    )

    requests = group_insights(polish_group, now=NOW).requests

    assert requests.median_wait == 6.5 * DAY  # halfway between 3 and 10 of 1, 3, 10, 30 days
    assert requests.decided == 4
    assert requests.recent_median_wait == 2 * DAY
    assert requests.recent_decided == 2
    november = next(row for row in requests.months if row.month == datetime.date(2024, 11, 1))
    assert (november.received, november.declined, november.median_wait) == (1, 1, 10 * DAY)
    assert requests.received == 3  # the 2023 request is outside the twelve months


def test_members_who_joined_without_asking_or_were_banned_are_not_requests(polish_group):
    MembershipFactory(group=polish_group, joined_at=at(2025, 5, 1), requested_at=at(2025, 5, 1))
    MembershipFactory(
        group=polish_group, status=Status.BANNED, requested_at=at(2025, 5, 2), decided_at=NOW
    )

    requests = group_insights(polish_group, now=NOW).requests

    assert requests.received == 0
    assert requests.median_wait is None
    assert not requests.has_data


def test_the_share_of_questions_answered_by_a_local_member(polish_group, german_group):
    asked = at(2025, 5, 10)
    by_country = QuestionFactory(group=polish_group, created_at=asked)
    AnswerFactory(question=by_country, author=UserFactory(home_country="PL"))
    AnswerFactory(question=by_country, author=UserFactory(home_country="PL"))
    by_membership = QuestionFactory(group=polish_group, created_at=asked)
    british_member = UserFactory(home_country="GB")
    MembershipFactory(user=british_member, group=polish_group)
    AnswerFactory(question=by_membership, author=british_member)
    from_abroad = QuestionFactory(group=polish_group, created_at=asked)
    AnswerFactory(question=from_abroad, author=UserFactory(home_country="GB"))
    QuestionFactory(group=polish_group, created_at=asked)  # unanswered
    QuestionFactory(group=german_group, created_at=asked)
    QuestionFactory(group=polish_group, created_at=at(2024, 5, 10))  # before the window

    questions = group_insights(polish_group, now=NOW).questions

    assert questions.asked == 4
    assert questions.answered_locally == 2
    assert questions.local_share == 50
    may = questions.months[-2]
    assert (may.month, may.asked, may.answered, may.answered_locally) == (
        datetime.date(2025, 5, 1),
        4,
        3,
        2,
    )


def test_an_answer_from_a_former_or_pending_member_abroad_is_not_local(polish_group):
    question = QuestionFactory(group=polish_group, created_at=at(2025, 5, 10))
    applicant = UserFactory(home_country="GB")
    MembershipFactory(user=applicant, group=polish_group, status=Status.PENDING)
    AnswerFactory(question=question, author=applicant)

    assert group_insights(polish_group, now=NOW).questions.answered_locally == 0


def test_a_young_group_shows_only_the_months_since_it_was_created():
    group = GroupFactory(created_at=at(2025, 3, 20))
    MembershipFactory(group=group, role="owner", joined_at=at(2025, 3, 20))

    insights = group_insights(group, now=NOW)

    assert [row.month.month for row in insights.members.months] == [3, 4, 5, 6]
    assert [row.members for row in insights.members.months] == [1, 1, 1, 1]
    assert insights.members.at_start == 0
    assert (insights.first_month, insights.last_month) == (
        datetime.date(2025, 3, 1),
        datetime.date(2025, 6, 1),
    )
    assert len(insights.requests.months) == len(insights.questions.months) == 4


def test_members_over_time_are_rebuilt_from_memberships_and_the_audit_log(polish_group):
    owner = MembershipFactory(group=polish_group, role="owner", joined_at=at(2024, 1, 1)).user
    event(polish_group, Action.CREATE, owner, at(2024, 1, 1))
    newcomer = MembershipFactory(group=polish_group, joined_at=at(2025, 2, 10)).user
    event(polish_group, Action.JOIN, newcomer, at(2025, 2, 10))
    # Joined and left inside the window.
    leaver = UserFactory()
    event(polish_group, Action.JOIN, leaver, at(2024, 12, 5))
    event(polish_group, Action.LEAVE, leaver, at(2025, 4, 20))
    # A member from before the window, removed inside it.
    removed = UserFactory()
    event(polish_group, Action.APPROVE, removed, at(2024, 3, 1))
    event(polish_group, Action.REMOVE, removed, at(2025, 5, 3))
    # Removed with no earlier event: a member since before the audit log.
    veteran = UserFactory()
    event(polish_group, Action.REMOVE, veteran, at(2025, 1, 15))
    # A withdrawn request and a banned applicant never were members.
    withdrew = UserFactory()
    event(polish_group, Action.REQUEST, withdrew, at(2025, 3, 1))
    event(polish_group, Action.LEAVE, withdrew, at(2025, 3, 2))
    turned_away = UserFactory()
    event(polish_group, Action.REQUEST, turned_away, at(2025, 5, 1))
    event(polish_group, Action.BAN, turned_away, at(2025, 5, 2))

    members = group_insights(polish_group, now=NOW).members

    assert [row.members for row in members.months] == [3, 3, 3, 3, 3, 4, 3, 4, 4, 3, 2, 2]
    assert [row.joined for row in members.months] == [0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0]
    assert [row.left for row in members.months] == [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0]
    assert members.now == 2
    assert members.at_start == 3


def test_someone_who_left_and_came_back_counts_once(polish_group):
    MembershipFactory(group=polish_group, role="owner", joined_at=at(2024, 1, 1))
    returning = MembershipFactory(group=polish_group, joined_at=at(2025, 3, 10)).user
    event(polish_group, Action.JOIN, returning, at(2024, 10, 1))
    event(polish_group, Action.LEAVE, returning, at(2025, 1, 5))
    event(polish_group, Action.JOIN, returning, at(2025, 3, 10))

    members = group_insights(polish_group, now=NOW).members

    by_month = {row.month: row.members for row in members.months}
    assert by_month[datetime.date(2024, 9, 1)] == 1
    assert by_month[datetime.date(2024, 10, 1)] == 2
    assert by_month[datetime.date(2025, 1, 1)] == 1
    assert by_month[datetime.date(2025, 3, 1)] == 2
    assert members.now == 2


# The page ------------------------------------------------------------------------------------


def _busy_group(size, now):
    """A group with ``size`` members, requests, questions and departures spread over the
    last year."""
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL, created_at=now - 500 * DAY)
    owner = UserFactory()
    MembershipFactory(user=owner, group=group, role="owner", joined_at=now - 400 * DAY)
    for number in range(size):
        when = now - (number * 7 % 330 + 1) * DAY
        user = MembershipFactory(
            group=group, joined_at=when, requested_at=when - DAY, decided_at=when
        ).user
        event(group, Action.APPROVE, user, when)
        if number % 3 == 0:
            event(group, Action.LEAVE, UserFactory(), when)
        request_to_join(group, requested_at=when)
        question = QuestionFactory(group=group, created_at=when)
        AnswerFactory(question=question, author=user)
    return group, owner


@pytest.mark.parametrize("size", [5, 50])
def test_the_page_makes_the_same_few_queries_whatever_the_size(
    client, size, django_assert_max_num_queries
):
    from django.utils import timezone

    group, owner = _busy_group(size, timezone.now())
    client.force_login(owner)

    # Sign-in, the group and the membership, the nav's pending count, then the page's own
    # eight aggregates.
    with django_assert_max_num_queries(14):
        response = client.get(insights_url(group))

    assert response.status_code == 200


def test_the_page_shows_the_median_wait_and_the_local_share(client, group_owner, polish_group):
    from django.utils import timezone

    now = timezone.now()
    polish_group.join_policy = Group.JoinPolicy.APPROVAL
    polish_group.save()
    Membership.objects.filter(user=group_owner).update(joined_at=now - 400 * DAY)
    request_to_join(
        polish_group, requested_at=now - 10 * DAY, decided_after=1 * DAY, status=Status.ACTIVE
    )
    request_to_join(
        polish_group, requested_at=now - 9 * DAY, decided_after=3 * DAY, status=Status.ACTIVE
    )
    request_to_join(polish_group, requested_at=now - 2 * DAY)
    for answered_locally in (True, True, False, False):
        question = QuestionFactory(group=polish_group, created_at=now - 5 * DAY)
        if answered_locally:
            AnswerFactory(question=question, author=UserFactory(home_country="PL"))
    client.force_login(group_owner)

    content = page(client.get(insights_url(polish_group)))

    assert figures(content) == {
        "Members today": "3",
        f"At the start of {month_starts(now)[0]:%b %Y}": "1",
        "Joined in this period": "2",
        "Left in this period": "0",
        "Median time to a decision": "2 days (2 decisions)",
        "In the last 90 days": "2 days (2 decisions)",
        "Requests received": "3",
        "Approved": "2",
        "Declined": "0",
        "Still pending": "1",
        "Questions asked": "4",
        "Answered": "2",
        "Answered by a local member": "2 (50%)",
    }


def figures(content):
    """The key figures beside the charts, {label: value}."""
    return dict(re.findall(r"<li><span>([^<]+)</span> <strong>([^<]+)</strong></li>", content))


def _svg_charts(content):
    return re.findall(r"<svg class=\"chart\".*?</svg>", content, re.S)


def test_each_chart_is_a_labelled_image_that_scales_with_a_table_beside_it(
    client, group_owner, polish_group
):
    from django.utils import timezone

    request_to_join(polish_group, requested_at=timezone.now() - DAY)
    QuestionFactory(group=polish_group, created_at=timezone.now() - DAY)
    client.force_login(group_owner)

    content = page(client.get(insights_url(polish_group)))

    charts = _svg_charts(content)
    assert len(charts) == 3
    ids = {attributes.get("id") for _tag, attributes in start_tags(content)}
    for chart in charts:
        svg = start_tags(chart)[0][1]
        assert svg["role"] == "img"
        assert svg["width"] == "100%"
        assert svg["viewbox"].startswith("0 0 ")
        assert svg["aria-labelledby"] in ids
        assert svg["aria-describedby"] in ids
        assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", chart)
        assert re.search(r"<desc id=\"[^\"]+\">[^<]+</desc>", chart)
    assert content.count("<table>") == 3
    assert '<caption class="visually-hidden">Members by month</caption>' in content


def test_without_requests_or_questions_the_page_says_so(client, group_owner, polish_group):
    client.force_login(group_owner)

    content = page(client.get(insights_url(polish_group)))

    assert "Nobody has asked to join yet." in content
    assert "People join this group without asking" in content
    assert "Nobody has asked this group a question in this period." in content
    assert len(_svg_charts(content)) == 1  # the members chart: the owner is a member


def test_month_labels_and_coordinates_in_polish(client, group_owner, polish_group):
    client.force_login(group_owner)
    client.cookies["django_language"] = "pl"

    content = page(client.get(insights_url(polish_group)))

    chart = _svg_charts(content)[0]
    for _tag, attributes in start_tags(chart):
        for name in ("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height"):
            if name in attributes and attributes[name] != "100%":
                assert re.fullmatch(r"-?\d+(\.\d)?", attributes[name]), (name, attributes)
    points = re.search(r'points="([^"]+)"', chart).group(1)
    assert re.fullmatch(r"(\d+(\.\d)?,\d+(\.\d)? ?)+", points)


def test_in_hebrew_the_charts_run_right_to_left(client, group_owner, polish_group):
    client.force_login(group_owner)
    client.cookies["django_language"] = "he"

    content = page(client.get(insights_url(polish_group)))

    assert 'dir="rtl"' in content
    circles = [float(attrs["cx"]) for tag, attrs in start_tags(content) if tag == "circle"]
    assert len(circles) == 12
    assert circles == sorted(circles, reverse=True)  # the oldest month on the right


# The chart geometry --------------------------------------------------------------------------


def test_ticks_are_round_numbers_from_zero():
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(42) == [0, 20, 40, 60]
    assert nice_ticks(100) == [0, 50, 100]


def test_a_chart_is_mirrored_right_to_left():
    months = month_starts(NOW)
    series = Series("Members", list(range(12)))

    ltr = line_chart(chart_id="c", months=months, series=series, unit="Members")
    rtl = line_chart(chart_id="c", months=months, series=series, unit="Members", rtl=True)

    assert float(ltr.marks[0].x) < float(ltr.marks[-1].x)
    assert float(rtl.marks[0].x) > float(rtl.marks[-1].x)
    assert float(rtl.marks[0].x) == pytest.approx(ltr.width - float(ltr.marks[0].x), abs=0.1)
    # The value axis is on the reading side, its labels outside the plot.
    assert float(ltr.geometry["tick_label_x"]) < float(ltr.geometry["axis_x"])
    assert float(rtl.geometry["tick_label_x"]) > float(rtl.geometry["axis_x"])


def test_stacked_bars_put_each_series_on_top_of_the_one_before():
    months = month_starts(NOW)
    approved = Series("Approved", [2] + [0] * 11)
    pending = Series("Pending", [1] + [0] * 11)

    chart = stacked_bar_chart(chart_id="c", months=months, series=[approved, pending], unit="R")

    bottom, top = chart.marks
    assert (bottom.label, top.label) == ("Approved", "Pending")
    assert float(top.y) + float(top.height) == pytest.approx(float(bottom.y), abs=0.1)
    assert float(bottom.height) == pytest.approx(2 * float(top.height), abs=0.2)
    assert [label.month.month for label in chart.month_labels] == [8, 10, 12, 2, 4, 6]
    assert [label.show_year for label in chart.month_labels] == [
        True,
        False,
        False,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (datetime.timedelta(minutes=5), "5 minutes"),
        (datetime.timedelta(hours=1), "1 hour"),
        (datetime.timedelta(hours=30), "30 hours"),
        (datetime.timedelta(days=2), "2 days"),
        (datetime.timedelta(days=2, hours=13), "3 days"),
        (None, ""),
    ],
)
def test_waits_are_told_in_minutes_hours_or_days(duration, text):
    assert wait_text(duration) == text


# Valid HTML ----------------------------------------------------------------------------------


@pytest.mark.vnu
def test_the_insights_page_is_valid_html(client, group_owner, polish_group, tmp_path):
    from django.utils import timezone

    from tests.browser.conftest import VNU_JAR, require

    require(shutil.which("java"), "Java is not installed (apt-get install default-jre-headless)")
    require(VNU_JAR.exists(), "The Nu Html Checker is not installed (npm ci)")
    client.force_login(group_owner)
    (tmp_path / "empty.html").write_bytes(client.get(insights_url(polish_group)).content)
    now = timezone.now()
    request_to_join(polish_group, requested_at=now - 3 * DAY, decided_after=DAY, status="active")
    request_to_join(polish_group, requested_at=now - 40 * DAY)
    AnswerFactory(question=QuestionFactory(group=polish_group, created_at=now - 70 * DAY))
    for language in ("en", "he", "pl"):
        client.cookies["django_language"] = language
        content = client.get(insights_url(polish_group)).content
        (tmp_path / f"insights-{language}.html").write_bytes(content)

    checked = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]
        + [str(path) for path in sorted(tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    report = json.loads(checked.stderr or checked.stdout)
    errors = [message for message in report["messages"] if message["type"] != "info"]
    assert not errors, "\n".join(
        f"{error.get('url', '').rsplit('/', 1)[-1]}:{error.get('lastLine')}: {error['message']}"
        for error in errors
    )
