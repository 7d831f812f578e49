"""Run a command against PostgreSQL.

With DATABASE_URL set, the command runs as it is. Without it, an embedded PostgreSQL
(the ``pgserver`` wheel) is started with its data under ``.data/postgres``, DATABASE_URL
is pointed at it for the command, and the server is stopped cleanly afterwards.

    python scripts/with_database.py python manage.py migrate
"""

import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("EMBEDDED_PG_DATA", REPO / ".data" / "postgres"))
DATABASE_NAME = "recruitcommunity"


def start_embedded_server():
    import pgserver

    DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(DATA_DIR, cleanup_mode="stop")
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(0 rows)" in exists:
        server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    url = f"postgres://postgres@/{DATABASE_NAME}?host={quote(str(DATA_DIR))}"
    return server, url


def main(argv):
    if not argv:
        sys.exit("usage: with_database.py COMMAND [ARG ...]")
    env = dict(os.environ)
    server = None
    if not env.get("DATABASE_URL"):
        server, env["DATABASE_URL"] = start_embedded_server()
        print(f"Embedded PostgreSQL running in {DATA_DIR}", file=sys.stderr)
    # Ctrl-C reaches the whole process group; let the child finish first, then clean up.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        returncode = subprocess.call(argv, env=env, preexec_fn=_restore_default_signals)
    finally:
        if server is not None:
            server.cleanup()
            print("Embedded PostgreSQL stopped", file=sys.stderr)
    sys.exit(returncode)


def _restore_default_signals():
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


if __name__ == "__main__":
    main(sys.argv[1:])
