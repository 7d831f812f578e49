"""`make bench`: throughput and latency of the main pages, side by side with Django's floor.

For each scale (small, then full) the script fills a database of its own with
`generate_data` (once: a database already at that scale is reused), starts the site with the
production settings under gunicorn (two workers) on loopback, and measures every page with
wrk from a second process. Runs alternate between the page and the floor (a view that
returns a constant string through the whole middleware stack); a page's score is its
throughput divided by the floor's in the same pair, median of five pairs. Each scale is
measured twice: with the anonymous page cache on ("cached") and off ("uncached").

Writes bench/results.md, bench/results.json and bench/latency.png.

Settings from the environment: DATABASE_URL (a server; the script creates rc_bench_<scale>
databases on it), REDIS_URL (the shared cache, if reachable), BENCH_SCALES ("small full"),
BENCH_SECONDS (per wrk run, 3), BENCH_PAIRS (5), BENCH_CONNECTIONS (4).
"""

import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import psycopg2
from psycopg2 import sql

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO / "bench"
PY = str(REPO / ".venv" / "bin" / "python")
GUNICORN = str(REPO / ".venv" / "bin" / "gunicorn")
LUA_REPORTER = str(BENCH_DIR / "report.lua")

# Questions at each scale: a database holding at least this many is taken as generated.
SCALE_QUESTIONS = {"small": 10_000, "full": 1_000_000}
MODES = {"cached": "60", "uncached": "0"}

SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
PAIRS = int(os.environ.get("BENCH_PAIRS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))

# Our goals, from the performance issue.
TARGET_CACHED = 0.5
TARGET_UNCACHED = 0.2
TARGET_SEARCH = 0.1
TARGET_P95_GROWTH = 1.5
TARGET_QUERIES = 10
TARGET_WORKER_MB = 200
TARGET_GENERATE_MB = 2048


def log(message):
    print(f"[bench {datetime.now():%H:%M:%S}] {message}", flush=True)


# --- databases ---------------------------------------------------------------------------


def database_url(base_url, name):
    parts = urllib.parse.urlsplit(base_url)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def connect(url):
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    return psycopg2.connect(
        dbname=parts.path.lstrip("/"),
        user=parts.username or "postgres",
        password=parts.password or None,
        host=query.get("host") or parts.hostname or None,
        port=parts.port or None,
    )


def ensure_database(url):
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    admin = connect(database_url(url, "postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    admin.close()


def question_total(url):
    with connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE relname = 'questions_question'"
        )
        row = cursor.fetchone()
        estimate = row[0] if row else 0
        if estimate < 100_000:
            cursor.execute("SELECT count(*) FROM questions_question")
            return cursor.fetchone()[0]
        return estimate


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PY, "manage.py", *args],
        cwd=REPO,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout


def generate(env, scale):
    """Run generate_data; returns (seconds, peak resident MB of that process alone)."""
    started = time.monotonic()
    process = subprocess.Popen(
        [PY, "manage.py", "generate_data", "--scale", scale, "--reset"], cwd=REPO, env=env
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"generate_data --scale {scale} failed ({process.returncode})")
    return time.monotonic() - started, usage.ru_maxrss / 1024


# --- the server ----------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_reachable(url):
    parts = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def server_env(base_env, page_cache_seconds):
    env = dict(base_env)
    env.update(
        DJANGO_SETTINGS_MODULE="recruitcommunity.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="False",
        PAGE_CACHE_SECONDS=page_cache_seconds,
        LOG_LEVEL="WARNING",
        CONN_MAX_AGE="600",
    )
    return env


def start_server(env, port):
    process = subprocess.Popen(
        [
            GUNICORN,
            "recruitcommunity.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited before it was ready")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as answer:
                if answer.status == 200:
                    return process
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    stop_server(process)
    raise SystemExit("gunicorn did not become ready within 60 s")


def stop_server(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def worker_rss_mb(master_pid):
    """Resident memory of each gunicorn worker (the master's children), in MB."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in text.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(master_pid) and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sizes


def session_cookie(port, email, password):
    """Sign in through the real login form; returns a Cookie header value."""
    base = f"http://127.0.0.1:{port}"
    with urllib.request.urlopen(f"{base}/accounts/login/") as answer:
        page = answer.read().decode()
        cookies = _cookies(answer.headers.get_all("Set-Cookie") or [])
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "login": email, "password": password}
    ).encode()
    request = urllib.request.Request(
        f"{base}/accounts/login/",
        data=body,
        headers={"Cookie": _cookie_header(cookies), "Referer": f"{base}/accounts/login/"},
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        answer = opener.open(request)
    except urllib.error.HTTPError as redirect:
        answer = redirect
    cookies.update(_cookies(answer.headers.get_all("Set-Cookie") or []))
    if "sessionid" not in cookies:
        raise SystemExit("could not sign in the benchmark member")
    return _cookie_header(cookies)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _cookies(headers):
    found = {}
    for header in headers:
        name, _, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def _cookie_header(cookies):
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def fetch_status(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


# --- measuring -----------------------------------------------------------------------------


def wrk(url, cookie=None, seconds=SECONDS):
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", LUA_REPORTER]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], check=True, text=True, stdout=subprocess.PIPE).stdout
    return json.loads(output.strip().splitlines()[-1])


def measure_page(base, path, cookie):
    pairs = []
    for index in range(PAIRS):
        # Alternate which goes first so neither always follows a cold start.
        if index % 2 == 0:
            floor = wrk(f"{base}/floor")
            page = wrk(f"{base}{path}", cookie)
        else:
            page = wrk(f"{base}{path}", cookie)
            floor = wrk(f"{base}/floor")
        pairs.append({"page": page, "floor": floor, "ratio": page["rps"] / floor["rps"]})
    median_pair = sorted(pairs, key=lambda pair: pair["ratio"])[len(pairs) // 2]
    return {
        "ratio": statistics.median(pair["ratio"] for pair in pairs),
        "rps": statistics.median(pair["page"]["rps"] for pair in pairs),
        "floor_rps": statistics.median(pair["floor"]["rps"] for pair in pairs),
        "p50_ms": statistics.median(pair["page"]["p50"] for pair in pairs) / 1000,
        "p95_ms": statistics.median(pair["page"]["p95"] for pair in pairs) / 1000,
        "p99_ms": statistics.median(pair["page"]["p99"] for pair in pairs) / 1000,
        "errors": sum(pair["page"]["errors"] for pair in pairs),
        "median_pair": median_pair,
    }


def pages_for(targets):
    topic = urllib.parse.quote(targets["topic"])
    search = urllib.parse.quote(targets["search"])
    return [
        ("home", "/", None),
        ("groups: PL, Polish", "/groups/?country=PL&language=pl", None),
        ("group page", targets["group"], None),
        ("questions to DE by topic", f"/questions/?to=DE&topic={topic}", None),
        ("question with ~50 answers", targets["question"], None),
        ("search", f"/search/?q={search}", None),
        ("for your region (signed in)", "/for-you/", "member"),
    ]


def query_counts(env, targets, pages):
    """SQL queries per page, counted by rendering each page once inside Django."""
    script = (
        "import json, sys\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "from members.models import User\n"
        f"pages = {[[name, path, who] for name, path, who in pages]!r}\n"
        "member = User.objects.get(email=" + repr(targets["email"]) + ")\n"
        "counts = {}\n"
        "for name, path, who in pages:\n"
        "    client = Client(SERVER_NAME='127.0.0.1')\n"
        "    if who:\n"
        "        client.force_login(member)\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        response = client.get(path)\n"
        "    counts[name] = [len(queries), response.status_code]\n"
        "print(json.dumps(counts))\n"
    )
    counting_env = dict(
        env, DJANGO_SETTINGS_MODULE="recruitcommunity.settings.test", PAGE_CACHE_SECONDS="0"
    )
    counting_env.pop("REDIS_URL", None)
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", script],
        cwd=REPO,
        env=counting_env,
        check=True,
        text=True,
        stdout=subprocess.PIPE,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def bench_scale(scale, base_env, results):
    db_url = database_url(base_env["DATABASE_URL"], f"rc_bench_{scale}")
    env = dict(base_env, DATABASE_URL=db_url)
    ensure_database(db_url)
    log(f"{scale}: migrating {urllib.parse.urlsplit(db_url).path.lstrip('/')}")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "createcachetable")
    scale_result = results["scales"].setdefault(scale, {})
    if question_total(db_url) < SCALE_QUESTIONS[scale] * 0.9:
        log(f"{scale}: generating data (this is the long part at full scale)")
        seconds, peak_mb = generate(env, scale)
        scale_result["generate"] = {"seconds": round(seconds), "peak_mb": round(peak_mb)}
        log(f"{scale}: generated in {seconds:.0f} s, peak {peak_mb:.0f} MB")
    else:
        log(f"{scale}: data already generated, reusing it")
        scale_result["generate"] = _previous_generate(scale)
    targets = json.loads(
        manage(env, "shell", "-c", (BENCH_DIR / "targets.py").read_text(), capture=True)
        .strip()
        .splitlines()[-1]
    )
    scale_result["questions"] = question_total(db_url)
    pages = pages_for(targets)
    scale_result["queries"] = query_counts(env, targets, pages)
    manage(
        server_env(env, "0"),
        "collectstatic",
        "--noinput",
        "-v",
        "0",
    )

    for mode, cache_seconds in MODES.items():
        port = free_port()
        server = start_server(server_env(env, cache_seconds), port)
        base = f"http://127.0.0.1:{port}"
        try:
            cookie = session_cookie(port, targets["email"], targets["password"])
            for name, path, who in pages:
                status = fetch_status(f"{base}{path}", cookie if who else None)
                if status != 200:
                    raise SystemExit(f"{name} ({path}) answered {status}, expected 200")
            log(f"{scale}/{mode}: warming up")
            wrk(f"{base}/floor", seconds=1)
            for _name, path, who in pages:
                wrk(f"{base}{path}", cookie if who else None, seconds=1)
            floor_alone = wrk(f"{base}/floor")
            scale_result.setdefault("floor", {})[mode] = floor_alone
            for name, path, who in pages:
                log(f"{scale}/{mode}: {name}")
                measured = measure_page(base, path, cookie if who else None)
                measured["path"] = path
                scale_result.setdefault("pages", {}).setdefault(name, {})[mode] = measured
            scale_result.setdefault("worker_mb", {})[mode] = [
                round(size) for size in worker_rss_mb(server.pid)
            ]
        finally:
            stop_server(server)


# What generate_data measured when it filled each database, from the previous report:
# a reused database keeps its figures. Read once, before this run overwrites the file.
_PREVIOUS_RESULTS = BENCH_DIR / "results.json"
_PREVIOUS_GENERATE = (
    {
        scale: found.get("generate")
        for scale, found in json.loads(_PREVIOUS_RESULTS.read_text()).get("scales", {}).items()
    }
    if _PREVIOUS_RESULTS.exists()
    else {}
)


def _previous_generate(scale):
    return _PREVIOUS_GENERATE.get(scale)


# --- the report ----------------------------------------------------------------------------


def page_target(name, mode):
    if name == "search":
        return TARGET_SEARCH
    return TARGET_CACHED if mode == "cached" else TARGET_UNCACHED


def write_report(results):
    (BENCH_DIR / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [
        "# Benchmark results",
        "",
        f"Measured {results['finished']} by `make bench` on this machine "
        f"({os.cpu_count()} cores): gunicorn with the production settings, two sync workers, "
        f"wrk on loopback with {CONNECTIONS} connections, {SECONDS} s per run, "
        f"{PAIRS} page/floor pairs per page; ratio = page req/s ÷ floor req/s in the same pair "
        f"(median). Cache: {results['cache']}.",
        "",
        "| Scale | Page | Mode | req/s | floor req/s | ratio | target | p50 ms | p95 ms | "
        "p99 ms | SQL | met |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for scale, scale_result in results["scales"].items():
        for name, modes in scale_result.get("pages", {}).items():
            for mode, measured in modes.items():
                target = page_target(name, mode)
                queries = scale_result.get("queries", {}).get(name, ["?"])[0]
                met = measured["ratio"] >= target and measured["errors"] == 0
                lines.append(
                    f"| {scale} | {name} | {mode} | {measured['rps']:.0f} | "
                    f"{measured['floor_rps']:.0f} | {measured['ratio']:.3f} | {target} | "
                    f"{measured['p50_ms']:.1f} | {measured['p95_ms']:.1f} | "
                    f"{measured['p99_ms']:.1f} | {queries} | {'yes' if met else '**no**'} |"
                )
    scales = results["scales"]
    if "small" in scales and "full" in scales:
        lines += [
            "",
            f"## p95 at full scale ÷ p95 at small scale (target ≤ {TARGET_P95_GROWTH})",
            "",
            "| Page | Mode | p95 small ms | p95 full ms | ratio | met |",
            "|---|---|---:|---:|---:|---|",
        ]
        for name, modes in scales["full"].get("pages", {}).items():
            small_modes = scales["small"].get("pages", {}).get(name)
            if small_modes is None:
                continue
            for mode, measured in modes.items():
                small = small_modes[mode]["p95_ms"]
                growth = measured["p95_ms"] / small if small else float("inf")
                lines.append(
                    f"| {name} | {mode} | {small:.1f} | {measured['p95_ms']:.1f} | "
                    f"{growth:.2f} | {'yes' if growth <= TARGET_P95_GROWTH else '**no**'} |"
                )
    lines += ["", "## Memory and data", ""]
    for scale, scale_result in scales.items():
        generated = scale_result.get("generate") or {}
        workers = scale_result.get("worker_mb", {})
        largest_worker = max((max(sizes) for sizes in workers.values() if sizes), default=0)
        lines.append(
            f"- **{scale}**: {scale_result.get('questions', 0):,} questions; "
            f"generate_data {generated.get('seconds', '?')} s, peak "
            f"{generated.get('peak_mb', '?')} MB (target < {TARGET_GENERATE_MB} MB); "
            f"largest gunicorn worker after the run {largest_worker} MB "
            f"(target < {TARGET_WORKER_MB} MB)."
        )
    worst_queries = max(
        (
            counts[0]
            for scale_result in scales.values()
            for counts in scale_result.get("queries", {}).values()
        ),
        default=0,
    )
    lines += [
        "",
        f"Most SQL queries on any measured page: {worst_queries} (target ≤ {TARGET_QUERIES}).",
        "",
        "![Latency by page and scale](latency.png)",
        "",
    ]
    (BENCH_DIR / "results.md").write_text("\n".join(lines))
    plot(results)


def plot(results):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = [(f"{scale}, {mode}", scale, mode) for scale in results["scales"] for mode in MODES]
    names = list(next(iter(results["scales"].values())).get("pages", {}).keys())
    if not names:
        return
    figure, axis = plt.subplots(figsize=(11, 5.5))
    width = 0.8 / max(len(series), 1)
    for index, (label, scale, mode) in enumerate(series):
        pages = results["scales"][scale].get("pages", {})
        p50 = [pages.get(name, {}).get(mode, {}).get("p50_ms", 0) for name in names]
        p95 = [pages.get(name, {}).get(mode, {}).get("p95_ms", 0) for name in names]
        positions = [position + index * width for position in range(len(names))]
        bars = axis.bar(positions, p95, width, label=f"{label} p95", alpha=0.55)
        axis.scatter(
            positions,
            p50,
            marker="_",
            s=120,
            color=bars.patches[0].get_facecolor(),
            edgecolors="black",
            linewidths=1.5,
        )
    axis.set_xticks([position + 0.4 - width / 2 for position in range(len(names))])
    axis.set_xticklabels(names, rotation=20, ha="right")
    axis.set_ylabel("latency, ms (bar: p95, tick: p50)")
    axis.set_title("RecruitCommunity page latency by scale and cache mode")
    axis.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(BENCH_DIR / "latency.png", dpi=110)


def main():
    base_env = dict(os.environ)
    if not base_env.get("DATABASE_URL"):
        raise SystemExit("DATABASE_URL is not set (make bench sets it)")
    redis_url = base_env.get("REDIS_URL", "")
    if redis_url and not redis_reachable(redis_url):
        log(f"{redis_url} does not answer; using the database cache")
        base_env.pop("REDIS_URL")
    scales = os.environ.get("BENCH_SCALES", "small full").split()
    results = {
        "cache": "Redis" if base_env.get("REDIS_URL") else "database table",
        "scales": {},
    }
    for scale in scales:
        if scale not in SCALE_QUESTIONS:
            raise SystemExit(f"unknown scale {scale!r}; use small and/or full")
        bench_scale(scale, base_env, results)
        results["finished"] = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        write_report(results)
    log("wrote bench/results.md, bench/results.json and bench/latency.png")


if __name__ == "__main__":
    main()
