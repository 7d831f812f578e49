"""manage.py generate_data --scale small|full: a realistic, reproducible community at scale.

Members, groups, memberships, questions with answers, votes and comments, follows,
notifications, events and RSVPs, written with PostgreSQL COPY in one pass per phase, with
indexes and foreign keys rebuilt afterwards. The same --seed (and --now) writes the same
rows. Every generated member signs in with the password in scale/generators/plans.py;
bench-member-1@example.test … are confirmed members living in Germany (odd numbers) and
Poland (even numbers).
"""

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError

from scale.generators.copy import GenerationError
from scale.generators.plans import BENCH_EMAIL, PASSWORD, SCALES
from scale.generators.progress import Progress
from scale.generators.runner import generate

DEFAULT_SEED = 2026


def _today():
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


class Command(BaseCommand):
    help = "Fill an empty database with a realistic community (COPY, indexes built after)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=sorted(SCALES), default="small")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument(
            "--now",
            help="The day the data ends (YYYY-MM-DD, UTC); default today. Together with "
            "--seed it fixes every row.",
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Empty the tables this command fills (and every table referring to them) "
            "before generating.",
        )
        parser.add_argument(
            "--jobs", type=int, default=2, help="Parallel sessions for index builds."
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        plan = SCALES[options["scale"]]
        if options["now"]:
            try:
                now = datetime.fromisoformat(options["now"]).replace(tzinfo=UTC)
            except ValueError as error:
                raise CommandError(f"--now: {error}") from error
        else:
            now = _today()
        progress = Progress(enabled=not options["no_progress"])
        try:
            summary = generate(
                plan=plan,
                seed=options["seed"],
                now=now.timestamp(),
                reset=options["reset"],
                jobs=options["jobs"],
                progress=progress,
            )
        except GenerationError as error:
            raise CommandError(str(error)) from error
        self._report(plan, summary)

    def _report(self, plan, summary):
        out = self.stdout
        out.write(self.style.SUCCESS(f"Generated the {plan.name} community."))
        out.write("Rows:")
        for table, rows in summary.rows.items():
            out.write(f"  {table:<20} {rows:>12,}")
        out.write(f"  {'total':<20} {sum(summary.rows.values()):>12,}")
        out.write("Seconds:")
        for step, seconds in summary.seconds.items():
            out.write(f"  {step:<24} {seconds:>8.1f}")
        slowest = sorted(summary.index_timings, key=lambda item: -item[1])[:5]
        if slowest:
            out.write("Slowest index and constraint builds:")
            for statement, seconds in slowest:
                out.write(f"  {seconds:6.1f} s  {statement[:110]}")
        out.write(f"Peak memory (RSS): {summary.peak_rss_mb:,.0f} MB")
        backend = sum(summary.backend_cpu.values())
        out.write(
            f"CPU: {summary.cpu_seconds:,.1f} s here"
            + (f", {backend:,.1f} s in the COPY sessions" if summary.backend_cpu else "")
        )
        busiest = sorted(summary.backend_cpu.items(), key=lambda item: -item[1])[:4]
        if busiest:
            out.write(
                "  busiest COPY sessions: "
                + ", ".join(f"{table} {seconds:.1f} s" for table, seconds in busiest)
            )
        if summary.hot_questions:
            answers, question_id = summary.hot_questions[0]
            others = ", ".join(str(pk) for _count, pk in summary.hot_questions[1:6])
            out.write(
                f"Threads with 50+ answers: {len(summary.hot_questions)}; "
                f"/questions/{question_id}/ has {answers}" + (f" (also {others})" if others else "")
            )
        out.write(
            f"Sign in as {BENCH_EMAIL.format(number=1)} (DE) or "
            f"{BENCH_EMAIL.format(number=2)} (PL), password {PASSWORD}."
        )
