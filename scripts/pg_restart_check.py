"""Restart PostgreSQL under load and check what members see and that no write is lost.

    python scripts/pg_restart_check.py                # make restart-check
    python scripts/pg_restart_check.py --drop-cluster # and remove the cluster afterwards

The check never touches the machine's main PostgreSQL cluster. It uses a cluster of its
own, ``rc_restart`` on 127.0.0.1:5433 (Debian's postgresql-common: created with
pg_createcluster when missing, trust authentication on loopback only, started and
restarted with pg_ctlcluster), and a fresh database ``rc_restart_check`` in it:

1. migrate the database and seed a member with a confirmed email, a group and a question
   (``manage.py restart_check_setup``);
2. serve the site with gunicorn (2 workers, CONN_MAX_AGE=60, CONN_HEALTH_CHECKS on) with
   the rate limits raised out of the way;
3. from a second process (this script with ``load``), threads that each sign in through
   the real login form send reads (home page, group list, question page) and writes (an
   answer with a unique marker through the real answer form) for a bounded time and count;
4. in the middle, restart the cluster (``pg_ctlcluster … restart -m fast``);
5. count: requests sent, failures during the gap by status (503 is the expected one; a
   500 or anything else fails the check), the seconds from the restart until the first
   success after the last failure, and every write that was answered with success, looked
   up in the database afterwards (writes lost must be 0).

It prints a table and exits 1 when a request failed with anything but 503, failed outside
the restart, a confirmed write is missing, or recovery took longer than --max-recovery
seconds; 2 when the check itself could not run. Needs root (pg_createcluster, pg_ctlcluster).
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
CLUSTER = "rc_restart"
DATABASE = "rc_restart_check"
DEFAULT_PG_PORT = 5433
MAIN_CLUSTER_PORT = 5432
MARKER_PREFIX = "rcrestart"


class CheckError(Exception):
    """The check could not run (as opposed to: it ran and found a problem)."""


def log(message):
    print(f"[restart-check] {message}", flush=True)


# The cluster -------------------------------------------------------------------------------


def postgres_version():
    """The newest PostgreSQL of Debian's postgresql-common on this machine (PG_VERSION wins)."""
    if os.environ.get("PG_VERSION"):
        return os.environ["PG_VERSION"]
    versions = [
        path.name
        for path in Path("/usr/lib/postgresql").glob("*")
        if path.name.isdigit() and (path / "bin" / "postgres").exists()
    ]
    if not versions:
        raise CheckError("no PostgreSQL server under /usr/lib/postgresql (apt install postgresql)")
    return max(versions, key=int)


def clusters():
    """[(version, name, port, status)] from pg_lsclusters."""
    output = subprocess.run(
        ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for line in output.splitlines():
        fields = line.split()
        if len(fields) >= 4:
            found.append((fields[0], fields[1], int(fields[2]), fields[3]))
    return found


def our_cluster(version):
    for cluster_version, name, port, status in clusters():
        if cluster_version == version and name == CLUSTER:
            return port, status
    return None


def pg_ctlcluster(version, action, *options):
    # Only ever our own cluster: the name is a constant, never the machine's "main".
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", *options, version, CLUSTER, action]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise CheckError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


HBA = """# Written by scripts/pg_restart_check.py: a throw-away cluster reachable on loopback only.
local   all   all                  trust
host    all   all   127.0.0.1/32   trust
host    all   all   ::1/128        trust
"""


def ensure_cluster(version, port):
    """Create the cluster when missing (trust on loopback, manual start), then start it."""
    if port == MAIN_CLUSTER_PORT:
        raise CheckError(f"port {port} is the main cluster's; the check needs a cluster of its own")
    existing = our_cluster(version)
    if existing is None:
        taken = [c for c in clusters() if c[2] == port]
        if taken:
            raise CheckError(f"port {port} is used by cluster {taken[0][0]}/{taken[0][1]}")
        log(f"creating cluster {version}/{CLUSTER} on port {port}")
        command = [
            "pg_createcluster",
            version,
            CLUSTER,
            "--port",
            str(port),
            "--start-conf",
            "manual",
            "-o",
            "listen_addresses=localhost",
            "--",
            "--auth-local=trust",
            "--auth-host=trust",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise CheckError(f"pg_createcluster failed:\n{result.stdout}{result.stderr}")
        existing = (port, "down")
    elif existing[0] != port:
        raise CheckError(f"cluster {version}/{CLUSTER} exists on port {existing[0]}, not {port}")
    hba = Path(f"/etc/postgresql/{version}/{CLUSTER}/pg_hba.conf")
    if hba.read_text() != HBA:
        hba.write_text(HBA)
        if existing[1] == "online":
            pg_ctlcluster(version, "reload")
    if existing[1] != "online":
        log(f"starting cluster {version}/{CLUSTER}")
        pg_ctlcluster(version, "start")
    wait_for_postgres(port)


def pg_connect(port, dbname="postgres"):
    import psycopg2

    return psycopg2.connect(
        host="127.0.0.1", port=port, user="postgres", dbname=dbname, connect_timeout=3
    )


def wait_for_postgres(port, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        try:
            pg_connect(port).close()
            return
        except Exception as error:
            if time.monotonic() > deadline:
                raise CheckError(f"PostgreSQL on port {port} does not answer: {error}") from error
            time.sleep(0.2)


def run_sql(port, statement, params=None, dbname="postgres"):
    conn = pg_connect(port, dbname)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall() if cursor.description else None
    finally:
        conn.close()


def postmaster_started_at(port):
    return run_sql(port, "SELECT pg_postmaster_start_time()")[0][0]


def recreate_database(port):
    run_sql(port, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    run_sql(port, f"CREATE DATABASE {DATABASE}")


# The app -----------------------------------------------------------------------------------


def rate_limit_overrides():
    """Every RATE_LIMIT_* the settings read, raised far above what the load sends."""
    base = (REPO / "recruitcommunity" / "settings" / "base.py").read_text()
    names = sorted(set(re.findall(r'env\("(RATE_LIMIT_[A-Z_]+)"', base)))
    return dict.fromkeys(names, "100000/h")


def app_environment(port, settings_module):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PG", "RATE_LIMIT_"))
        and key not in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL")
    }
    env.update(
        {
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{port}/{DATABASE}",
            "DJANGO_SETTINGS_MODULE": settings_module,
            "DEBUG": "false",
            "CONN_MAX_AGE": "60",
            # Everything (sessions, the rate-limit cache, tasks run inline) in the one
            # database that restarts.
            "REDIS_URL": "",
            "CELERY_BROKER_URL": "",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "LOG_LEVEL": "WARNING",
            **rate_limit_overrides(),
        }
    )
    if settings_module.endswith(".production"):
        # What production refuses to start without; plain HTTP on loopback (no TLS here).
        env.update(
            {
                "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "SECURE_SSL_REDIRECT": "false",
            }
        )
    return env


def manage(env, *args, stdin=None, timeout=900):
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise CheckError(f"manage.py {' '.join(args)} took over {timeout} s") from error
    if result.returncode != 0:
        raise CheckError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, workers, log_path):
    log_file = open(log_path, "w")  # noqa: SIM115 - closed with the process in stop_process
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "recruitcommunity.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
        ],
        cwd=REPO,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process.log_file = log_file
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise CheckError(f"gunicorn exited; see {log_path}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as reply:
                if reply.status == 200:
                    return process
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise CheckError(f"gunicorn did not answer /healthz within 60 s; see {log_path}")
        time.sleep(0.3)


def stop_process(process, timeout=15):
    """SIGTERM to the process group this script started, SIGKILL if it does not stop."""
    if process is None or process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass
    finally:
        if getattr(process, "log_file", None):
            process.log_file.close()


# The load generator (a second process) -----------------------------------------------------


CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirects(urllib.request.HTTPRedirectHandler):
    """A write's success is its redirect: keep the 302 instead of following it."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class LoopbackIsSecure(DefaultCookiePolicy):
    """Browsers send Secure cookies (production's session and CSRF cookies) to
    http://127.0.0.1 and http://localhost as if it were HTTPS; so does this visitor."""

    def return_ok_secure(self, cookie, request):
        host = urllib.parse.urlsplit(request.get_full_url()).hostname
        return host in ("127.0.0.1", "localhost") or super().return_ok_secure(cookie, request)


class Visitor:
    """One signed-in member's browser: a cookie jar and the CSRF token of the last form."""

    def __init__(self, base_url, timeout):
        self.base_url = base_url
        self.timeout = timeout
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar(LoopbackIsSecure())), NoRedirects()
        )
        self.csrf_token = None

    def request(self, path, data=None):
        """(status, location, body); status 0 when no HTTP answer came at all."""
        encoded = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=encoded)
        try:
            with self.opener.open(request, timeout=self.timeout) as reply:
                body = reply.read().decode("utf-8", "replace")
                status, location = reply.status, reply.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", "replace")
            status, location = error.code, error.headers.get("Location", "")
        except (OSError, urllib.error.URLError) as error:
            return 0, "", f"{type(error).__name__}: {error}"
        token = CSRF_INPUT.search(body)
        if status == 200 and token:
            self.csrf_token = token.group(1)
        return status, location, body

    def sign_in(self, email, password):
        status, _, _ = self.request("/accounts/login/")
        if status != 200 or not self.csrf_token:
            raise CheckError(f"the login page answered {status}")
        status, _, _ = self.request(
            "/accounts/login/",
            {"login": email, "password": password, "csrfmiddlewaretoken": self.csrf_token},
        )
        if status != 302:
            raise CheckError(f"signing in answered {status}, not a redirect")


def load(args):
    password = sys.stdin.readline().strip()
    base_url = f"http://127.0.0.1:{args.app_port}"
    question_url = args.question_url
    answer_url = question_url.rstrip("/") + "/answer/"
    reads = [("home", "/"), ("groups", "/groups/"), ("question", question_url)]
    records = []
    lock = threading.Lock()
    budget = {"left": args.max_requests}
    signed_in = threading.Barrier(args.threads + 1)
    go = threading.Event()
    deadline = {}

    def take_one():
        with lock:
            if budget["left"] <= 0 or time.time() >= deadline["at"]:
                return False
            budget["left"] -= 1
            return True

    def visitor_loop(number):
        visitor = Visitor(base_url, args.request_timeout)
        visitor.sign_in(args.email, password)
        visitor.request(question_url)  # the answer form's CSRF token
        signed_in.wait()
        go.wait()
        step = 0
        while take_one():
            record = {"thread": number}
            if step % 4 == 3:
                marker = f"{MARKER_PREFIX}-{args.run_id}-t{number}-n{step}"
                record.update(kind="answer", marker=marker)
                data = {
                    "body": f"{marker}: in Poland the range usually comes in the first call.",
                    "language": "en",
                    "csrfmiddlewaretoken": visitor.csrf_token,
                }
                record["t0"] = time.time()
                status, location, body = visitor.request(answer_url, data)
                record["ok"] = status == 302 and "#answer-" in location
            else:
                kind, path = reads[step % 4]
                record.update(kind=kind)
                record["t0"] = time.time()
                status, location, body = visitor.request(path)
                record["ok"] = status == 200
            record["t1"] = time.time()
            record["status"] = status
            if not record["ok"] and status not in (503,):
                record["detail"] = body[:300]
            with lock:
                records.append(record)
            step += 1
            if args.pause:
                time.sleep(args.pause)

    errors = []

    def run(number):
        try:
            visitor_loop(number)
        except BaseException as error:
            errors.append(f"thread {number}: {error}")
            signed_in.abort()

    threads = [threading.Thread(target=run, args=(n,), daemon=True) for n in range(args.threads)]
    for thread in threads:
        thread.start()
    try:
        signed_in.wait(timeout=60)
    except threading.BrokenBarrierError:
        print(json.dumps({"error": "; ".join(errors) or "signing in timed out"}), flush=True)
        return 2
    started = time.time()
    deadline["at"] = started + args.duration
    go.set()
    print(json.dumps({"ready": started}), flush=True)
    for thread in threads:
        thread.join(timeout=args.duration + args.request_timeout + 30)
    Path(args.results).write_text(
        json.dumps({"started": started, "records": records, "errors": errors})
    )
    print(json.dumps({"done": len(records)}), flush=True)
    return 0


# The check ---------------------------------------------------------------------------------


def confirmed_writes_in_database(port, run_id):
    rows = run_sql(
        port,
        "SELECT substring(body from %s) FROM questions_answer WHERE body LIKE %s",
        [f"{MARKER_PREFIX}-{run_id}-t[0-9]+-n[0-9]+", f"{MARKER_PREFIX}-{run_id}-%"],
        dbname=DATABASE,
    )
    return [row[0] for row in rows]


def analyse(records, restart_started, restart_finished, saved_markers, max_recovery):
    """The figures of a run and the problems that fail it. Times are wall-clock seconds of
    this machine, shared by both processes."""
    records = sorted(records, key=lambda record: record["t0"])
    failures = [record for record in records if not record["ok"]]
    successes = [record for record in records if record["ok"]]
    in_gap = [record for record in failures if record["t1"] >= restart_started]
    first_failure = min((record["t0"] for record in in_gap), default=None)
    last_failure = max((record["t1"] for record in failures), default=None)
    # Recovered: the first success of a request sent after the last failure answered (or,
    # when nothing failed, after the restart returned).
    after = last_failure if last_failure is not None else restart_finished
    recovered = min((record["t1"] for record in successes if record["t0"] >= after), default=None)
    writes = [record for record in records if record["kind"] == "answer"]
    confirmed = {record["marker"] for record in writes if record["ok"]}
    saved = set(saved_markers)
    gap_by_status = {}
    for record in in_gap:
        gap_by_status[record["status"]] = gap_by_status.get(record["status"], 0) + 1
    statuses = [record["status"] for record in failures]
    figures = {
        "requests": len(records),
        "reads": len(records) - len(writes),
        "writes": len(writes),
        "succeeded": len(successes),
        "failed_in_gap": len(in_gap),
        "failed_in_gap_by_status": gap_by_status,
        "failed_before_restart": len(failures) - len(in_gap),
        "status_500": statuses.count(500),
        "failed_not_503": sum(1 for status in statuses if status != 503),
        "restart_seconds": restart_finished - restart_started,
        "gap_seconds": None if first_failure is None else last_failure - first_failure,
        "recovery_seconds": None if recovered is None else recovered - restart_started,
        "successes_after_recovery": sum(
            1 for r in successes if recovered is not None and r["t0"] >= recovered
        ),
        "writes_confirmed": len(confirmed),
        "writes_found": len(confirmed & saved),
        "writes_lost": len(confirmed - saved),
        "lost_markers": sorted(confirmed - saved),
        "saved_not_confirmed": len(saved - confirmed),
        "duplicates": len(saved_markers) - len(saved),
    }
    problems = []
    if figures["status_500"]:
        problems.append(f"{figures['status_500']} responses were 500")
    if figures["failed_not_503"] - figures["status_500"]:
        problems.append("requests failed with a status other than 503 (or no answer)")
    if figures["failed_before_restart"]:
        problems.append("requests failed before the restart")
    if figures["writes_lost"]:
        problems.append(f"{figures['writes_lost']} confirmed writes are missing")
    if figures["duplicates"]:
        problems.append("a write was saved twice")
    if figures["recovery_seconds"] is None:
        problems.append("no request succeeded after the restart")
    elif figures["recovery_seconds"] > max_recovery:
        problems.append(f"recovery took longer than {max_recovery:g} s")
    elif figures["successes_after_recovery"] < 10:
        problems.append("fewer than 10 requests succeeded after recovering")
    return figures, problems


def _seconds(value):
    return "–" if value is None else f"{value:.2f} s"


def print_table(figures, problems, context):
    statuses = ", ".join(
        f"{status or 'no answer'}: {count}"
        for status, count in sorted(figures["failed_in_gap_by_status"].items())
    )
    rows = [
        (
            "requests sent",
            figures["requests"],
            f"reads {figures['reads']}, writes {figures['writes']}",
        ),
        ("  succeeded", figures["succeeded"], ""),
        ("  failed during the gap", figures["failed_in_gap"], statuses),
        ("  failed before the restart", figures["failed_before_restart"], ""),
        ("  answered 500", figures["status_500"], ""),
        ("gap seen by visitors", _seconds(figures["gap_seconds"]), "first to last failure"),
        ("pg_ctlcluster restart took", _seconds(figures["restart_seconds"]), ""),
        (
            "recovered after",
            _seconds(figures["recovery_seconds"]),
            "restart start → first success after the last failure",
        ),
        ("writes answered with success", figures["writes_confirmed"], ""),
        ("  found in the database", figures["writes_found"], ""),
        ("  writes lost", figures["writes_lost"], ""),
        (
            "writes not confirmed, yet saved",
            figures["saved_not_confirmed"],
            "committed, but the answer never reached the visitor",
        ),
    ]
    print()
    print(context)
    print()
    width = max(len(label) for label, _, _ in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value!s:>9}  {note}".rstrip())
    print()
    if problems:
        print("FAILED: " + "; ".join(problems))
        if figures["lost_markers"]:
            print("lost: " + ", ".join(figures["lost_markers"][:20]))
    else:
        print("PASSED")


def check(args):
    if os.geteuid() != 0:
        raise CheckError("run as root: pg_createcluster and pg_ctlcluster need it")
    version = postgres_version()
    ensure_cluster(version, args.pg_port)
    recreate_database(args.pg_port)
    env = app_environment(args.pg_port, args.settings)
    work_dir = Path(tempfile.mkdtemp(prefix="rc-restart-check-"))
    log(f"migrating {DATABASE} on 127.0.0.1:{args.pg_port} (logs in {work_dir})")
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")
    if args.settings.endswith(".production"):
        manage(env, "collectstatic", "--noinput")  # hashed names the templates refer to
    password = secrets.token_urlsafe(18)
    seeded = json.loads(
        manage(env, "restart_check_setup", "--database", DATABASE, stdin=password + "\n")
    )
    app_port = free_port()
    gunicorn = load_process = None
    run_id = secrets.token_hex(4)
    results_path = work_dir / "load.json"
    try:
        log(f"starting gunicorn ({args.workers} workers) on 127.0.0.1:{app_port}")
        gunicorn = start_gunicorn(env, app_port, args.workers, work_dir / "gunicorn.log")
        load_process = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "load",
                "--app-port",
                str(app_port),
                "--email",
                seeded["email"],
                "--question-url",
                seeded["question_url"],
                "--threads",
                str(args.threads),
                "--duration",
                str(args.duration),
                "--max-requests",
                str(args.max_requests),
                "--pause",
                str(args.pause),
                "--run-id",
                run_id,
                "--results",
                str(results_path),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        load_process.stdin.write(password + "\n")
        load_process.stdin.close()
        ready = json.loads(load_process.stdout.readline() or "{}")
        if "ready" not in ready:
            raise CheckError(f"the load generator did not start: {ready.get('error', ready)}")
        log(
            f"load running: {args.threads} signed-in visitors, {args.duration} s, "
            f"at most {args.max_requests} requests"
        )
        time.sleep(args.restart_after)
        started_before = postmaster_started_at(args.pg_port)
        log(f"restarting {version}/{CLUSTER} (-m {args.mode})")
        restart_started = time.time()
        pg_ctlcluster(version, "restart", "-m", args.mode)
        restart_finished = time.time()
        try:
            load_process.wait(timeout=args.duration + 120)
        except subprocess.TimeoutExpired as error:
            raise CheckError("the load generator did not finish in time") from error
        if not results_path.exists():
            raise CheckError("the load generator wrote no results")
        results = json.loads(results_path.read_text())
        if results["errors"]:
            raise CheckError("load generator: " + "; ".join(results["errors"]))
        if postmaster_started_at(args.pg_port) <= started_before:
            raise CheckError("PostgreSQL did not restart")
        saved = confirmed_writes_in_database(args.pg_port, run_id)
    finally:
        stop_process(load_process)
        stop_process(gunicorn)
    figures, problems = analyse(
        results["records"], restart_started, restart_finished, saved, args.max_recovery
    )
    context = (
        f"PostgreSQL restart check: cluster {version}/{CLUSTER} on 127.0.0.1:{args.pg_port}, "
        f"restart -m {args.mode} {args.restart_after:g} s into the load\n"
        f"app: gunicorn, {args.workers} workers, {args.settings}, CONN_MAX_AGE=60, "
        f"CONN_HEALTH_CHECKS on\n"
        f"load: a second process, {args.threads} signed-in visitors, {args.duration:g} s, "
        f"at most {args.max_requests} requests (3 reads, 1 answer)"
    )
    print_table(figures, problems, context)
    failed_details = [r for r in results["records"] if not r["ok"] and r["status"] != 503]
    for record in failed_details[:5]:
        print(f"  {record['kind']} → {record['status']}: {record.get('detail', '')[:200]!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str) + "\n")
    if problems:
        log(f"gunicorn's log and the load's records are kept in {work_dir}")
    else:
        shutil.rmtree(work_dir, ignore_errors=True)
    return figures, problems


def finish(args):
    version = postgres_version()
    if our_cluster(version) is None:
        return
    if not args.keep_database:
        try:
            run_sql(args.pg_port, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        except Exception as error:
            log(f"could not drop {DATABASE}: {error}")
    if args.drop_cluster:
        log(f"dropping cluster {version}/{CLUSTER}")
        subprocess.run(["pg_dropcluster", "--stop", version, CLUSTER], check=False)
    elif not args.keep_running:
        pg_ctlcluster(version, "stop", "-m", "fast")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command")
    load_parser = commands.add_parser("load", help="(internal) the load generator process")
    load_parser.add_argument("--app-port", type=int, required=True)
    load_parser.add_argument("--email", required=True)
    load_parser.add_argument("--question-url", required=True)
    load_parser.add_argument("--threads", type=int, required=True)
    load_parser.add_argument("--duration", type=float, required=True)
    load_parser.add_argument("--max-requests", type=int, required=True)
    load_parser.add_argument("--pause", type=float, default=0.0)
    load_parser.add_argument("--request-timeout", type=float, default=15.0)
    load_parser.add_argument("--run-id", required=True)
    load_parser.add_argument("--results", required=True)

    parser.add_argument("--pg-port", type=int, default=DEFAULT_PG_PORT)
    parser.add_argument("--settings", default="recruitcommunity.settings.dev")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=4, help="visitors sending requests")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load")
    parser.add_argument("--restart-after", type=float, default=6.0, help="seconds into the load")
    parser.add_argument("--max-requests", type=int, default=4000)
    parser.add_argument("--pause", type=float, default=0.01, help="seconds between requests")
    parser.add_argument("--mode", choices=["fast", "immediate"], default="fast")
    parser.add_argument("--max-recovery", type=float, default=10.0, help="seconds")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("--keep-running", action="store_true", help="leave the cluster up")
    parser.add_argument("--drop-cluster", action="store_true", help="remove the cluster after")
    args = parser.parse_args(argv)

    if args.command == "load":
        return load(args)
    if args.restart_after >= args.duration:
        parser.error("--restart-after must be less than --duration")
    try:
        _, problems = check(args)
    except CheckError as error:
        print(f"restart check could not run: {error}", file=sys.stderr)
        return 2
    finally:
        try:
            finish(args)
        except CheckError as error:
            print(f"cleaning up: {error}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
