"""One run of ``generate_data``: check the database, take the indexes and foreign keys of the
tables to fill out of the way, stream every phase, put everything back, analyse."""

import resource
import time
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import connection

from languages.models import Language
from questions.models import Topic

from . import schema, search_index
from .community import PHASES, Context, write_events, write_groups, write_members, write_questions
from .compose import Composer, country_names
from .copy import GenerationError, TableLayout, TableStream, connection_params
from .plans import PASSWORD
from .population import Population

WRITERS = {
    "members": write_members,
    "groups": write_groups,
    "questions": write_questions,
    "events": write_events,
}
COPY_SESSION_SQL = ("SET synchronous_commit = off",)


class RefusedError(GenerationError):
    pass


@dataclass
class Summary:
    rows: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    hot_questions: list = field(default_factory=list)
    peak_rss_mb: float = 0.0
    backend_cpu: dict = field(default_factory=dict)  # table → PostgreSQL CPU seconds
    cpu_seconds: float = 0.0  # this process
    index_timings: list = field(default_factory=list)


def fill_tables():
    return [model._meta.db_table for _phase, tables in PHASES for model, _c in tables.values()]


def _row_counts(cursor, tables):
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")')
        counts[table] = cursor.fetchone()[0]
    return counts


def _expected_rows(plan, phase):
    """Rough row counts per table, for the progress bars only."""
    return {
        "members": {
            "members": plan.members,
            "spoken languages": plan.members * 2,
            "reading languages": plan.members * 2,
            "email addresses": plan.members,
        },
        "groups": {
            "groups": plan.groups,
            "group languages": plan.groups * 1.3,
            "memberships": plan.memberships,
            "membership log": plan.groups,
        },
        "questions": {
            "tags": 50,
            "questions": plan.questions,
            "question topics": plan.questions * 1.35,
            "question tags": plan.questions * 1.4,
            "answers": plan.answers,
            "votes": plan.question_votes + plan.answer_votes,
            "comments": plan.question_comments + plan.answer_comments,
            "follows": plan.questions + plan.answers,
            "notifications": plan.answers * 1.1,
        },
        "events": {"events": plan.events, "rsvps": plan.rsvps},
    }[phase]


def _phase_total(plan, phase):
    return {
        "members": plan.members,
        "groups": plan.groups,
        "questions": plan.questions,
        "events": plan.events,
    }[phase]


def generate(*, plan, seed, now, reset=False, jobs=2, progress):
    """Fill the database; returns a Summary. Raises RefusedError when the tables to fill
    hold data and ``reset`` is not given."""
    summary = Summary()
    started = time.monotonic()
    params = connection_params()
    state = schema.state_path(params)
    tables = fill_tables()

    with connection.cursor() as cursor:
        search_index.remove(cursor)
        if reset:
            progress.note("Emptying " + ", ".join(tables) + " (and tables that refer to them)…")
            cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE")
        pending = schema.load(state)
        if pending:
            progress.note("Restoring indexes and constraints left dropped by an interrupted run…")
            schema.restore(params, pending, jobs=jobs)
            state.unlink()
        filled = [table for table, has_rows in _row_counts(cursor, tables).items() if has_rows]
        if filled:
            raise RefusedError(
                "The database already holds data in "
                + ", ".join(filled)
                + ". generate_data fills an empty database; run it with --reset to empty "
                "these tables (and every table that refers to them) first."
            )
        languages = set(Language.objects.values_list("code", flat=True))
        topics = dict(Topic.objects.values_list("slug", "id"))
        if not languages or not topics:
            raise GenerationError("Languages and topics are missing: run `manage.py migrate`.")

    progress.note(f"Planning the {plan.name} community (seed {seed})…")
    population = Population(plan, seed, now, languages)
    names = country_names()
    context = Context(
        plan=plan,
        seed=seed,
        now=now,
        population=population,
        composer=Composer(None, names),
        topics=topics,
        password=make_password(PASSWORD, salt="generated-community"),
    )
    layouts = {
        phase: {
            key: TableLayout(model, columns, connection, search_index.folded_columns(model))
            for key, (model, columns) in t.items()
        }
        for phase, t in PHASES
    }
    summary.seconds["planning"] = time.monotonic() - started

    with connection.cursor() as cursor:
        definitions = schema.capture(cursor, tables)
        schema.save(state, definitions)
        schema.drop(cursor, definitions)
        search_index.install(cursor)
    progress.note(
        f"Dropped {len(definitions)} indexes and constraints for the load; "
        f"they are rebuilt afterwards."
    )

    failed = True
    try:
        for phase, _tables in PHASES:
            phase_started = time.monotonic()
            streams = {}
            try:
                for key, layout in layouts[phase].items():
                    streams[key] = TableStream(layout, params=params, session_sql=COPY_SESSION_SQL)
                bar = progress.phase(
                    phase, _phase_total(plan, phase), streams, _expected_rows(plan, phase)
                )
                WRITERS[phase](context, streams, bar.tick)
                for stream in streams.values():
                    stream.close()
                bar.finish()
            except BaseException:
                for stream in streams.values():
                    stream.abort()
                raise
            for key, stream in streams.items():
                summary.rows[key] = stream.rows
                if stream.backend_cpu is not None:
                    summary.backend_cpu[key] = stream.backend_cpu
            summary.seconds[f"load {phase}"] = time.monotonic() - phase_started
        failed = False
    finally:
        with connection.cursor() as cursor:
            search_index.remove(cursor)
            if not failed:
                schema.reset_sequences(cursor, tables)
        if not failed:
            # Statistics first: validating foreign keys plans joins over the new rows.
            step_started = time.monotonic()
            progress.note("Analysing…")
            schema.analyze(params, tables, jobs=jobs)
            summary.seconds["analyze"] = time.monotonic() - step_started
        step_started = time.monotonic()
        progress.note(
            "Rebuilding indexes and constraints…"
            if not failed
            else "Generation failed; putting indexes and constraints back…"
        )
        summary.index_timings = schema.restore(
            params,
            definitions,
            jobs=jobs,
            on_step=lambda done, total: (
                progress.note(f"  {done}/{total}")
                if done * 4 // total != (done - 1) * 4 // total
                else None
            ),
        )
        state.unlink(missing_ok=True)
        summary.seconds["indexes and constraints"] = time.monotonic() - step_started

    summary.seconds["total"] = time.monotonic() - started
    summary.hot_questions = sorted(context.hot_questions, reverse=True)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    summary.peak_rss_mb = usage.ru_maxrss / 1024
    summary.cpu_seconds = usage.ru_utime + usage.ru_stime
    return summary
