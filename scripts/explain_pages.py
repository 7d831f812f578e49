"""Print the query plans behind the main pages, on the data in DATABASE_URL.

Each page is rendered with Django's test client (anonymously, or signed in as a generated
bench member) while its SQL is captured; every captured SELECT is then run again under
``EXPLAIN (ANALYZE, BUFFERS)`` and its plan printed. A sequential scan of a table with more
than --min-rows rows (10,000 by default) is flagged, and the script exits with status 1 when
any page has one. Slow queries, counts and deep OFFSETs are listed as warnings.

    DATABASE_URL=postgres://…/rc_scale_full .venv/bin/python scripts/explain_pages.py
    make explain                       # the same, against DATABASE_URL
    scripts/explain_pages.py --page search --full-sql

Meant for a database filled by ``manage.py generate_data``; it only reads (EXPLAIN ANALYZE
runs SELECTs only).
"""

import argparse
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruitcommunity.settings.dev")

SEQ_SCAN = re.compile(r"(?:Parallel )?Seq Scan on (\S+)")
EXECUTION_TIME = re.compile(r"Execution Time: ([\d.]+) ms")
OFFSET = re.compile(r"\bOFFSET (\d+)", re.IGNORECASE)
SLOW_MS = 100.0


@dataclass
class Page:
    name: str
    path: str
    member: object = None  # signed in as this member, or anonymous


@dataclass
class Finding:
    page: str
    query: int
    text: str


@dataclass
class Report:
    seq_scans: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-rows", type=int, default=10_000, help="flag seq scans above")
    parser.add_argument("--page", action="append", help="only pages whose name contains this")
    parser.add_argument("--full-sql", action="store_true", help="print whole statements")
    parser.add_argument("--no-plans", action="store_true", help="only the findings")
    parser.add_argument("--question", type=int, help="the thread to read (default: most answers)")
    parser.add_argument("--member", default="bench-member-1", help="username to sign in as")
    return parser.parse_args(argv)


def setup_django():
    import django
    from django.conf import settings

    # Every request must reach the database: no whole-page cache, a private cache for
    # rate limits, and the test client's host allowed.
    settings.PAGE_CACHE_SECONDS = 0
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.DEBUG = False
    django.setup()


def build_pages(args):
    from groups.models import Group
    from members.models import User
    from questions.models import Question

    member = User.objects.filter(username=args.member).first() or User.objects.order_by("pk")[0]
    country = member.home_country.code or "DE"
    language = "pl" if country == "PL" else "de"
    group = Group.objects.filter(country="PL").order_by("-member_count").first()
    group = group or Group.objects.order_by("-member_count").first()
    question_id = args.question or (
        Question.objects.order_by("-answer_count").values_list("pk", flat=True).first()
    )

    def q(path, **params):
        return f"{path}?{urlencode(params)}" if params else path

    return [
        Page("home", "/"),
        Page("groups: PL, Polish, most members", q("/groups/", country="PL", language="pl")),
        Page(
            "groups: DE, German, newest",
            q("/groups/", country="DE", language="de", sort="newest"),
        ),
        Page("groups: all, newest", q("/groups/", sort="newest")),
        Page("group page", f"/groups/{group.slug}/"),
        Page("group page (member)", f"/groups/{group.slug}/", member),
        Page("questions: newest", "/questions/"),
        Page("questions: to DE", q("/questions/", to="DE")),
        Page(
            "questions: to DE about salaries",
            q("/questions/", to="DE", topic="salary-and-compensation"),
        ),
        Page("questions: from PL to DE", q("/questions/", to="DE", **{"from": "PL"})),
        Page("questions: to PL, most votes", q("/questions/", to="PL", sort="votes")),
        Page(
            "questions: to PL without a local answer",
            q("/questions/", to="PL", local="unanswered"),
        ),
        Page("questions: to DE, page 40", q("/questions/", to="DE", page=40)),
        Page("question page", f"/questions/{question_id}/"),
        Page("question page (member)", f"/questions/{question_id}/", member),
        Page("search: Polish word", q("/search/", q="wypowiedzenia")),
        Page("search: English words", q("/search/", q="salary range")),
        Page("search: folded German", q("/search/", q="kundigungsfrist")),
        Page("members: all", "/members/"),
        Page(
            "members: DE, German, tech",
            q("/members/", country="DE", language="de", specialism="tech"),
        ),
        Page("members: by name", q("/members/", sort="name")),
        Page("member profile", f"/members/{member.username}/"),
        Page("events: upcoming", "/events/"),
        Page("events: upcoming in DE", q("/events/", country="DE")),
        Page("events: German groups", q("/events/", language=language)),
        Page("for you", "/for-you/", member),
        Page("notifications", "/notifications/", member),
        Page("conversations", "/messages/", member),
        Page("country page", f"/countries/{country}/"),
    ]


def table_sizes(cursor):
    cursor.execute(
        "SELECT relname, reltuples::bigint FROM pg_class "
        "WHERE relkind IN ('r', 'm', 'p') AND pg_table_is_visible(oid)"
    )
    return dict(cursor.fetchall())


def is_select(sql):
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    return head in {"SELECT", "WITH"}


def seq_scanned_tables(plan):
    """The tables a plan reads with a sequential scan. A node marked "(never executed)" reads
    nothing: PostgreSQL plans every branch of a statement, but skips the ones a one-time
    filter switches off (e.g. the search's look at older posts, taken only for rare words)."""
    found = []
    for line in plan.splitlines():
        match = SEQ_SCAN.search(line)
        if match and "(never executed)" not in line:
            found.append(match.group(1))
    return found


def explain(cursor, sql):
    cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
    return "\n".join(row[0] for row in cursor.fetchall())


def render(client, page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.logout()
    if page.member is not None:
        client.force_login(page.member)
    with CaptureQueriesContext(connection) as captured:
        started = time.monotonic()
        response = client.get(page.path)
        elapsed = (time.monotonic() - started) * 1000
    return response, [query["sql"] for query in captured.captured_queries], elapsed


def check_page(cursor, page, queries, sizes, args, report, out):
    for number, sql in enumerate(queries, 1):
        if not is_select(sql):
            continue
        plan = explain(cursor, sql)
        ms_match = EXECUTION_TIME.search(plan)
        ms = float(ms_match.group(1)) if ms_match else 0.0
        flagged = []
        for table in seq_scanned_tables(plan):
            rows = sizes.get(table, 0)
            if rows > args.min_rows:
                flagged.append(table)
                report.seq_scans.append(
                    Finding(page.name, number, f"Seq Scan on {table} ({rows:,} rows), {ms:.1f} ms")
                )
        if ms > SLOW_MS:
            report.warnings.append(Finding(page.name, number, f"slow: {ms:.1f} ms"))
        if re.search(r"\bCOUNT\(", sql, re.IGNORECASE) and ms > SLOW_MS / 4:
            report.warnings.append(Finding(page.name, number, f"count: {ms:.1f} ms"))
        offset = OFFSET.search(sql)
        if offset and int(offset.group(1)) >= 500:
            report.warnings.append(
                Finding(page.name, number, f"OFFSET {offset.group(1)}: {ms:.1f} ms")
            )
        if args.no_plans:
            continue
        shown = sql if args.full_sql or len(sql) <= 600 else sql[:600] + " …"
        marker = "  ← SEQ SCAN " + ", ".join(flagged) if flagged else ""
        out.write(f"\n-- query {number} ({ms:.1f} ms){marker}\n{shown}\n")
        out.write("".join(f"    {line}\n" for line in plan.splitlines()))


def main(argv=None):
    args = parse_args(argv or sys.argv[1:])
    setup_django()
    from django.db import connection
    from django.test import Client

    out = sys.stdout
    pages = build_pages(args)
    if args.page:
        pages = [p for p in pages if any(wanted in p.name for wanted in args.page)]
    client = Client()
    report = Report()
    with connection.cursor() as cursor:
        sizes = table_sizes(cursor)
        out.write(f"Database {connection.settings_dict['NAME']}; flagging seq scans of tables ")
        out.write(f"over {args.min_rows:,} rows.\n")
        for page in pages:
            response, queries, elapsed = render(client, page)
            who = f" as {page.member.username}" if page.member else ""
            out.write(
                f"\n{'=' * 100}\n{page.name}: GET {page.path}{who} → {response.status_code}, "
                f"{len(queries)} queries, {elapsed:.0f} ms\n"
            )
            if response.status_code != 200:
                report.warnings.append(Finding(page.name, 0, f"status {response.status_code}"))
            check_page(cursor, page, queries, sizes, args, report, out)

    out.write(f"\n{'=' * 100}\nSummary\n")
    for finding in report.warnings:
        out.write(f"  warning  {finding.page} #{finding.query}: {finding.text}\n")
    for finding in report.seq_scans:
        out.write(f"  SEQ SCAN {finding.page} #{finding.query}: {finding.text}\n")
    if not report.seq_scans:
        out.write(f"  No sequential scan of a table over {args.min_rows:,} rows.\n")
    return 1 if report.seq_scans else 0


if __name__ == "__main__":
    sys.exit(main())
