"""Loading fast without losing a single index or constraint.

Before the load, the secondary indexes, unique constraints and foreign keys of the tables
being filled (and foreign keys of other tables pointing at them) are read from the catalog
(``pg_indexes``/``pg_get_indexdef``, ``pg_constraint``/``pg_get_constraintdef``), written
to a state file, and dropped. After the load they are recreated exactly from those
definitions: indexes in parallel sessions with a generous ``maintenance_work_mem``, unique
constraints attached to their rebuilt index, foreign keys added ``NOT VALID`` and then
validated (in parallel, since validation takes only light locks). Check constraints and
primary keys stay in place throughout and check every row as it arrives.

If a run is interrupted, the state file is still there and the next run restores the
definitions first.
"""

import json
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import psycopg2

INDEX_SESSION_SQL = (
    "SET maintenance_work_mem = '512MB'",
    "SET max_parallel_maintenance_workers = 0",
    "SET synchronous_commit = off",
)


@dataclass
class Definition:
    kind: str  # "index", "unique", "foreign_key"
    table: str  # quoted, schema-qualified when needed (regclass text)
    name: str
    sql: str  # CREATE INDEX … for indexes and unique constraints; the FK definition
    deferrable: str = ""
    size: int = 0  # table rows, to build the biggest first


def state_path(params):
    host = str(params.get("host") or "local").replace("/", "_")
    name = f"recruitcommunity-generate-data-{host}-{params.get('port') or 5432}-{params['dbname']}"
    return Path(tempfile.gettempdir()) / f"{name}.json"


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def capture(cursor, tables):
    """Definitions of the secondary indexes, unique constraints and foreign keys that
    concern these tables (names as in the catalog)."""
    cursor.execute(
        """
        SELECT c.oid FROM pg_class c
        WHERE c.relname = ANY(%s) AND c.relkind = 'r' AND pg_table_is_visible(c.oid)
        """,
        [list(tables)],
    )
    oids = [row[0] for row in cursor.fetchall()]
    definitions = []
    cursor.execute(
        """
        SELECT i.indrelid::regclass::text, ic.relname, pg_get_indexdef(i.indexrelid),
               con.conname, con.contype, con.condeferrable, con.condeferred,
               greatest(t.reltuples, 0)::bigint
        FROM pg_index i
        JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_class t ON t.oid = i.indrelid
        LEFT JOIN pg_constraint con
               ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
              AND con.contype IN ('p', 'u', 'x')
        WHERE i.indrelid = ANY(%s) AND NOT i.indisprimary
        ORDER BY 1, 2
        """,
        [oids],
    )
    for table, index, indexdef, conname, contype, deferrable, deferred, rows in cursor.fetchall():
        if contype == "u":
            clause = ""
            if deferrable:
                clause = " DEFERRABLE INITIALLY DEFERRED" if deferred else " DEFERRABLE"
            definitions.append(Definition("unique", table, conname, indexdef, clause, rows))
        elif contype is None:
            definitions.append(Definition("index", table, index, indexdef, "", rows))
        else:
            raise RuntimeError(f"{table}: cannot drop the {contype} constraint {conname}")
    cursor.execute(
        """
        SELECT con.conrelid::regclass::text, con.conname, pg_get_constraintdef(con.oid),
               greatest(t.reltuples, 0)::bigint
        FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid
        WHERE con.contype = 'f' AND (con.conrelid = ANY(%s) OR con.confrelid = ANY(%s))
        ORDER BY 1, 2
        """,
        [oids, oids],
    )
    for table, name, condef, rows in cursor.fetchall():
        definitions.append(Definition("foreign_key", table, name, condef, "", rows))
    return definitions


def drop(cursor, definitions):
    """Foreign keys first (they may lean on a unique index), then constraints, then indexes."""
    for kind in ("foreign_key", "unique"):
        for definition in definitions:
            if definition.kind == kind:
                cursor.execute(
                    f"ALTER TABLE {definition.table} DROP CONSTRAINT {_quote(definition.name)}"
                )
    for definition in definitions:
        if definition.kind == "index":
            cursor.execute(f"DROP INDEX {_quote(definition.name)}")


def save(path, definitions):
    path.write_text(json.dumps([asdict(definition) for definition in definitions], indent=1))


def load(path):
    if not path.exists():
        return None
    return [Definition(**item) for item in json.loads(path.read_text())]


def _existing(cursor):
    cursor.execute("SELECT relname FROM pg_class WHERE relkind = 'i' AND pg_table_is_visible(oid)")
    indexes = {row[0] for row in cursor.fetchall()}
    cursor.execute("SELECT conname FROM pg_constraint")
    constraints = {row[0] for row in cursor.fetchall()}
    return indexes, constraints


class _Sessions:
    """One autocommit session per worker thread, opened on first use."""

    def __init__(self, params):
        self.params = params
        self.local = threading.local()
        self.opened = []
        self.lock = threading.Lock()

    def cursor(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = psycopg2.connect(**self.params)
            conn.autocommit = True
            with conn.cursor() as cursor:
                for setting in INDEX_SESSION_SQL:
                    cursor.execute(setting)
            self.local.conn = conn
            with self.lock:
                self.opened.append(conn)
        return conn.cursor()

    def close(self):
        for conn in self.opened:
            conn.close()


def _run(sessions, statement, timings, lock):
    started = time.monotonic()
    with sessions.cursor() as cursor:
        cursor.execute(statement)
    with lock:
        timings.append((statement, time.monotonic() - started))


def _measure(params, definitions):
    """Each definition's table size now (the load happened after they were captured)."""
    conn = psycopg2.connect(**params)
    try:
        with conn.cursor() as cursor:
            sizes = {}
            for table in {definition.table for definition in definitions}:
                cursor.execute("SELECT pg_relation_size(%s::regclass)", [table])
                sizes[table] = cursor.fetchone()[0]
        conn.rollback()
    finally:
        conn.close()
    for definition in definitions:
        definition.size = sizes[definition.table]


def _cost(definition):
    weight = 4 if " USING gin " in definition.sql else 1
    return definition.size * weight


def restore(params, definitions, *, jobs=2, on_step=None):
    """Recreate every captured definition that is missing. Returns [(statement, seconds)].
    ``on_step(done, total)`` is called as statements finish."""
    conn = psycopg2.connect(**params)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            indexes, constraints = _existing(cursor)
    finally:
        conn.close()

    builds = [d for d in definitions if d.kind in ("index", "unique") and d.name not in indexes]
    builds = [d for d in builds if d.name not in constraints]
    uniques = [d for d in definitions if d.kind == "unique" and d.name not in constraints]
    foreign_keys = [d for d in definitions if d.kind == "foreign_key" and d.name not in constraints]
    total = len(builds) + len(uniques) + len(foreign_keys)
    _measure(params, definitions)
    timings, lock, done = [], threading.Lock(), [0]

    def step(future=None):
        with lock:
            done[0] += 1
        if on_step:
            on_step(done[0], total)

    # Biggest first, so that the long builds overlap with the many short ones.
    builds.sort(key=_cost, reverse=True)
    sessions = _Sessions(params)
    try:
        _restore_with(sessions, builds, uniques, foreign_keys, jobs, step, timings, lock)
    finally:
        sessions.close()
    return timings


def _restore_with(sessions, builds, uniques, foreign_keys, jobs, step, timings, lock):
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(_run, sessions, definition.sql, timings, lock) for definition in builds
        ]
        for future in futures:
            future.add_done_callback(step)
        for future in futures:
            future.result()

    with sessions.cursor() as cursor:
        for definition in uniques:
            cursor.execute(
                f"ALTER TABLE {definition.table} ADD CONSTRAINT {_quote(definition.name)} "
                f"UNIQUE USING INDEX {_quote(definition.name)}{definition.deferrable}"
            )
            step()
        for definition in foreign_keys:
            cursor.execute(
                f"ALTER TABLE {definition.table} ADD CONSTRAINT {_quote(definition.name)} "
                f"{definition.sql} NOT VALID"
            )

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [
            pool.submit(
                _run,
                sessions,
                f"ALTER TABLE {d.table} VALIDATE CONSTRAINT {_quote(d.name)}",
                timings,
                lock,
            )
            for d in sorted(foreign_keys, key=_cost, reverse=True)
        ]
        for future in futures:
            future.add_done_callback(step)
        for future in futures:
            future.result()


def analyze(params, tables, *, jobs=2):
    """Statistics for the planner, and the visibility map set as autovacuum would set it on
    a live site. COPY FREEZE leaves the map unset on tables loaded through a row trigger (the
    questions' and answers' search vectors), and without it every index-only scan of those
    tables reads the table as well, which no production database does for long."""
    timings, lock = [], threading.Lock()
    sessions = _Sessions(params)
    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = [
                pool.submit(_run, sessions, f"VACUUM (ANALYZE) {_quote(table)}", timings, lock)
                for table in tables
            ]
            for future in futures:
                future.result()
    finally:
        sessions.close()
    return timings


def reset_sequences(cursor, tables):
    for table in tables:
        cursor.execute(
            f"""
            SELECT setval(pg_get_serial_sequence(%s, 'id'), coalesce(max(id), 1),
                          max(id) IS NOT NULL)
            FROM {_quote(table)}
            """,
            [_quote(table)],
        )
