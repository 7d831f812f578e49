"""Back up the database of DATABASE_URL with pg_dump, and prove that a backup restores.

    python scripts/db_backup.py dump                     # backups/<timestamp>.dump (+ .json)
    python scripts/db_backup.py restore-check            # a fresh dump, restored and counted
    python scripts/db_backup.py restore-check --dump backups/20260101T030000Z.dump
    python scripts/db_backup.py restore --dump FILE --into recruitcommunity_restored

A dump is pg_dump's custom format (-Fc). It is taken inside a snapshot that this script
exports and counts the rows of every table in, so the manifest written beside the dump
(<timestamp>.json) holds the exact row counts of the dump even while the site keeps
writing. ``restore-check`` restores into a scratch database on the same server, compares
every table of the public schema (row counts, and the sequences' last values) with the
manifest, prints the comparison and drops the scratch database (unless --keep). Without a
manifest it compares with the live database, which only matches when nothing was written
since the dump. ``restore`` restores into a new database and never touches an existing one.

The pg_dump and pg_restore used are those of the server's major version: Debian's
/usr/lib/postgresql/<major>/bin, the binaries bundled with the embedded server (pgserver),
or PG_BIN_DIR. Without DATABASE_URL, run through scripts/with_database.py (make backup,
make restore-check) so the embedded server is started and pointed at.

Exit status: 0 when everything matched, 1 when a count differs, 2 when something failed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import environ
import psycopg2
from psycopg2 import sql
from psycopg2.extensions import ISOLATION_LEVEL_REPEATABLE_READ, make_dsn

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT_DIR = REPO / "backups"
# The maintenance database that CREATE/DROP DATABASE are run from.
MAINTENANCE_DATABASE = "postgres"


class BackupError(Exception):
    """Something went wrong that is not a mismatch: a tool is missing or failed."""


# Connections ------------------------------------------------------------------------------


def connection_params(database_url):
    """libpq keywords for a DATABASE_URL, in the form Django reads it (django-environ)."""
    config = environ.Env.db_url_config(database_url)
    params = {
        "dbname": config["NAME"],
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": str(config["PORT"]) if config.get("PORT") else None,
    }
    # ?host=/socket/dir (the embedded server), ?sslmode=require …
    params.update(config.get("OPTIONS", {}))
    return {key: value for key, value in params.items() if value not in (None, "")}


def connect(params, dbname=None):
    if dbname is not None:
        params = {**params, "dbname": dbname}
    return psycopg2.connect(**params)


def tool_environment(params):
    """The password travels in the environment, never on a command line others can read."""
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = params["password"]
    return env


def tool_dsn(params, dbname=None):
    without_password = {key: value for key, value in params.items() if key != "password"}
    if dbname is not None:
        without_password["dbname"] = dbname
    return make_dsn(**without_password)


def server_major_version(params):
    with connect(params) as conn, conn.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        version_num = int(cursor.fetchone()[0])
    conn.close()
    return version_num // 10000


# Finding pg_dump and pg_restore of the server's version ----------------------------------


def _candidate_bin_dirs(major):
    if os.environ.get("PG_BIN_DIR"):
        yield Path(os.environ["PG_BIN_DIR"])
    yield Path(f"/usr/lib/postgresql/{major}/bin")
    try:
        import pgserver

        yield Path(pgserver.__file__).parent / "pginstall" / "bin"
    except ImportError:
        pass
    on_path = shutil.which("pg_dump")
    if on_path:
        yield Path(on_path).resolve().parent


def _tool_major_version(path):
    output = subprocess.run(
        [str(path), "--version"], capture_output=True, text=True, check=False
    ).stdout
    found = re.search(r"\)\s+(\d+)", output)
    return int(found.group(1)) if found else None


def find_tools(major):
    """{"pg_dump": path, "pg_restore": path} of exactly the server's major version: an
    older pg_dump refuses a newer server, and a newer one writes archives an older
    pg_restore cannot read."""
    seen = []
    for bin_dir in _candidate_bin_dirs(major):
        dump, restore = bin_dir / "pg_dump", bin_dir / "pg_restore"
        if not (dump.is_file() and restore.is_file()):
            continue
        version = _tool_major_version(dump)
        seen.append(f"{dump} ({version})")
        if version == major:
            return {"pg_dump": dump, "pg_restore": restore}
    raise BackupError(
        f"no pg_dump/pg_restore of PostgreSQL {major} found; looked at "
        + (", ".join(seen) or "nothing usable")
        + f". Install postgresql-client-{major} or set PG_BIN_DIR."
    )


# Counting ---------------------------------------------------------------------------------


def public_tables(cursor):
    cursor.execute(
        """
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname
        """
    )
    return [row[0] for row in cursor.fetchall()]


def database_counts(cursor):
    """{"tables": {name: rows}, "sequences": {name: last_value}} of the public schema, as
    the cursor's transaction sees it."""
    tables = {}
    for table in public_tables(cursor):
        cursor.execute(
            sql.SQL("SELECT count(*) FROM {}.{}").format(
                sql.Identifier("public"), sql.Identifier(table)
            )
        )
        tables[table] = cursor.fetchone()[0]
    cursor.execute(
        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
        " ORDER BY sequencename"
    )
    return {"tables": tables, "sequences": dict(cursor.fetchall())}


def live_counts(params, dbname=None):
    conn = connect(params, dbname)
    try:
        conn.set_session(isolation_level=ISOLATION_LEVEL_REPEATABLE_READ, readonly=True)
        with conn.cursor() as cursor:
            return database_counts(cursor)
    finally:
        conn.rollback()
        conn.close()


# Dump -------------------------------------------------------------------------------------


def timestamp():
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def manifest_path(dump_path):
    return Path(dump_path).with_suffix(".json")


def dump(params, tools, output_dir):
    """pg_dump -Fc inside an exported snapshot; the manifest holds that snapshot's counts."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timestamp()
    path = output_dir / f"{stamp}.dump"
    conn = connect(params)
    started = time.monotonic()
    try:
        conn.set_session(isolation_level=ISOLATION_LEVEL_REPEATABLE_READ, readonly=True)
        with conn.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = database_counts(cursor)
            # The snapshot stays valid while this transaction is open: pg_dump sees exactly
            # the rows just counted, whatever is written meanwhile.
            result = subprocess.run(
                [
                    str(tools["pg_dump"]),
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    f"--file={path}",
                    f"--dbname={tool_dsn(params)}",
                ],
                env=tool_environment(params),
                capture_output=True,
                text=True,
                check=False,
            )
    finally:
        conn.rollback()
        conn.close()
    if result.returncode != 0:
        path.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed:\n{result.stderr.strip()}")
    # Backups hold members' personal data: readable by their owner only.
    path.chmod(0o600)
    manifest = {
        "database": params["dbname"],
        "taken_at": stamp,
        "pg_dump": str(tools["pg_dump"]),
        **counts,
    }
    manifest_path(path).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    manifest_path(path).chmod(0o600)
    seconds = time.monotonic() - started
    print(
        f"Dumped {params['dbname']} to {path} ({_size(path)}, {len(counts['tables'])} tables, "
        f"{sum(counts['tables'].values())} rows, {seconds:.1f} s)"
    )
    return path


def _size(path):
    size = Path(path).stat().st_size
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"


# Restore ----------------------------------------------------------------------------------


def database_exists(params, name):
    with connect(params, MAINTENANCE_DATABASE) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = cursor.fetchone() is not None
    conn.close()
    return exists


def _run_in_maintenance_database(params, statement):
    conn = connect(params, MAINTENANCE_DATABASE)
    conn.autocommit = True  # CREATE/DROP DATABASE cannot run in a transaction
    try:
        with conn.cursor() as cursor:
            cursor.execute(statement)
    finally:
        conn.close()


def create_database(params, name):
    _run_in_maintenance_database(
        params, sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name))
    )


def drop_database(params, name):
    _run_in_maintenance_database(
        params, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    )


def restore(params, tools, dump_path, into):
    """pg_restore into a new database `into` on the source's server; stops at the first
    error, so a backup that restores only in part never passes."""
    if database_exists(params, into):
        raise BackupError(f"database {into} exists already; restore only into a new one")
    create_database(params, into)
    result = subprocess.run(
        [
            str(tools["pg_restore"]),
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            f"--dbname={tool_dsn(params, into)}",
            str(dump_path),
        ],
        env=tool_environment(params),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore into {into} failed:\n{result.stderr.strip()}")


def scratch_database_name(source_name):
    # PostgreSQL names are at most 63 bytes.
    suffix = f"_restorecheck_{timestamp().lower()}"
    return source_name[: 63 - len(suffix)] + suffix


def compare(expected, restored):
    """[(kind, name, expected, restored, equal)] over every table and sequence of both."""
    rows = []
    for kind in ("tables", "sequences"):
        names = sorted(set(expected[kind]) | set(restored[kind]))
        for name in names:
            want, got = expected[kind].get(name, "missing"), restored[kind].get(name, "missing")
            rows.append((kind, name, want, got, want == got))
    return rows


def print_comparison(rows, *, expected_label):
    # Sequences never used (no value on either side) say nothing; they are left out.
    labelled = [
        (name if kind == "tables" else f"{name} (sequence)", want, got, equal)
        for kind, name, want, got, equal in rows
        if kind == "tables" or not (want is None and got is None)
    ]
    width = max([len(label) for label, *_ in labelled] + [5])
    header = f"{'table':<{width}}  {expected_label:>12}  {'restored':>12}"
    print(header)
    print("-" * len(header))
    for label, want, got, equal in labelled:
        mark = "" if equal else "  MISMATCH"
        print(f"{label:<{width}}  {_cell(want):>12}  {_cell(got):>12}{mark}")


def _cell(value):
    return "–" if value is None else str(value)


def restore_check(params, tools, *, dump_path=None, output_dir=DEFAULT_OUTPUT_DIR, keep=False):
    """Restore a dump (a fresh one unless given) into a scratch database and compare every
    count. Returns True when all are equal."""
    if dump_path is None:
        dump_path = dump(params, tools, output_dir)
    dump_path = Path(dump_path)
    if manifest_path(dump_path).exists():
        expected = json.loads(manifest_path(dump_path).read_text())
        expected_label = "in the dump"
        source_note = f"the counts recorded when {dump_path.name} was taken"
    else:
        expected = live_counts(params)
        expected_label = "source now"
        source_note = (
            f"{params['dbname']} as it is now (no manifest beside {dump_path.name}: "
            "anything written since the dump shows as a difference)"
        )
    scratch = scratch_database_name(params["dbname"])
    started = time.monotonic()
    try:
        restore(params, tools, dump_path, scratch)
        restored = live_counts(params, scratch)
    finally:
        if keep:
            print(f"Kept the restored database {scratch}")
        else:
            drop_database(params, scratch)
    seconds = time.monotonic() - started
    rows = compare(expected, restored)
    print(f"Restored {dump_path} into {scratch} in {seconds:.1f} s; compared with {source_note}.")
    print_comparison(rows, expected_label=expected_label)
    tables = [row for row in rows if row[0] == "tables"]
    differing = [row for row in rows if not row[4]]
    total = sum(value for _, _, value, _, _ in tables if isinstance(value, int))
    if differing:
        print(f"\n{len(differing)} of {len(rows)} counts differ.")
        return False
    print(
        f"\nAll equal: {len(tables)} tables ({total} rows) and {len(rows) - len(tables)} sequences."
    )
    return True


# Command line -----------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump_parser = commands.add_parser("dump", help="pg_dump -Fc to backups/<timestamp>.dump")
    dump_parser.add_argument("--output-dir", default=DEFAULT_OUTPUT_DIR, type=Path)
    check_parser = commands.add_parser(
        "restore-check", help="restore a dump into a scratch database and compare counts"
    )
    check_parser.add_argument("--dump", type=Path, help="an existing dump (default: a new one)")
    check_parser.add_argument("--output-dir", default=DEFAULT_OUTPUT_DIR, type=Path)
    check_parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    restore_parser = commands.add_parser("restore", help="restore a dump into a new database")
    restore_parser.add_argument("--dump", type=Path, required=True)
    restore_parser.add_argument("--into", required=True, help="name of the new database")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        print(
            "DATABASE_URL is not set. Set it, or run through scripts/with_database.py "
            "(make backup, make restore-check) for the embedded server.",
            file=sys.stderr,
        )
        return 2
    params = connection_params(database_url)
    try:
        tools = find_tools(server_major_version(params))
        if args.command == "dump":
            dump(params, tools, args.output_dir)
            return 0
        if args.command == "restore":
            restore(params, tools, args.dump, args.into)
            print(f"Restored {args.dump} into the new database {args.into}.")
            return 0
        matched = restore_check(
            params, tools, dump_path=args.dump, output_dir=args.output_dir, keep=args.keep
        )
        return 0 if matched else 1
    except (BackupError, psycopg2.Error, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
