"""PostgreSQL restarted under load (scripts/pg_restart_check.py).

The check itself restarts a cluster of its own for a minute or two, so it is marked
``restart`` and deselected by default: run it with ``make restart-check`` (the script, with
its table) or ``pytest -m restart``. The tests of how a run is judged are quick and always
run."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg_restart_check.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("pg_restart_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load_script()

RESTART_AT = 1000.0
RESTART_RETURNED = 1003.0


def _record(t0, status, *, kind="home", marker=None, duration=0.1):
    record = {"kind": kind, "t0": t0, "t1": t0 + duration, "status": status}
    record["ok"] = status == 302 if kind == "answer" else status == 200
    if marker:
        record["marker"] = marker
    return record


def _run(gap=(503, 503, 503), after=12, writes_saved=("w1", "w2"), recovered_at=1002.5):
    """Reads and writes before the restart, `gap` failures while the database is down,
    `after` successes from `recovered_at` on."""
    records = [_record(990 + n, 200) for n in range(5)]
    records += [
        _record(995, 302, kind="answer", marker="w1"),
        _record(996, 302, kind="answer", marker="w2"),
    ]
    records += [_record(RESTART_AT + 0.5 + n * 0.5, status) for n, status in enumerate(gap)]
    records += [_record(recovered_at + n * 0.2, 200) for n in range(after)]
    return check.analyse(records, RESTART_AT, RESTART_RETURNED, list(writes_saved), 10)


def test_503s_while_the_database_restarts_pass():
    figures, problems = _run()
    assert problems == []
    assert figures["requests"] == 22
    assert figures["failed_in_gap"] == 3
    assert figures["failed_in_gap_by_status"] == {503: 3}
    assert figures["writes_confirmed"] == figures["writes_found"] == 2
    assert figures["writes_lost"] == 0
    assert figures["recovery_seconds"] == pytest.approx(2.6)


def test_a_500_fails_the_check():
    figures, problems = _run(gap=(503, 500, 503))
    assert figures["status_500"] == 1
    assert "1 responses were 500" in problems


def test_no_answer_at_all_fails_the_check():
    _, problems = _run(gap=(503, 0))
    assert any("other than 503" in problem for problem in problems)


def test_a_confirmed_write_missing_from_the_database_fails_the_check():
    figures, problems = _run(writes_saved=("w1",))
    assert figures["writes_lost"] == 1
    assert figures["lost_markers"] == ["w2"]
    assert "1 confirmed writes are missing" in problems


def test_a_write_saved_without_a_confirmation_is_reported_but_not_lost():
    figures, problems = _run(writes_saved=("w1", "w2", "w3"))
    assert figures["saved_not_confirmed"] == 1
    assert problems == []


def test_a_slow_recovery_fails_the_check():
    figures, problems = _run(recovered_at=1015.0)
    assert figures["recovery_seconds"] > 10
    assert "recovery took longer than 10 s" in problems


def test_a_failure_before_the_restart_fails_the_check():
    figures, problems = check.analyse(
        [_record(990, 503), *[_record(1003 + n, 200) for n in range(12)]],
        RESTART_AT,
        RESTART_RETURNED,
        [],
        10,
    )
    assert figures["failed_before_restart"] == 1
    assert "requests failed before the restart" in problems


def test_the_check_never_uses_the_main_clusters_port():
    with pytest.raises(check.CheckError, match="main cluster"):
        check.ensure_cluster("15", check.MAIN_CLUSTER_PORT)


def test_the_app_gets_every_rate_limit_raised():
    overrides = check.rate_limit_overrides()
    assert overrides["RATE_LIMIT_ANSWER"] == "100000/h"
    assert len(overrides) >= 5


@pytest.mark.restart
def test_postgresql_restarted_under_load_loses_no_confirmed_write(tmp_path):
    if os.geteuid() != 0 or not shutil.which("pg_createcluster"):
        pytest.skip("needs root and Debian's postgresql-common (pg_createcluster)")
    figures_path = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", str(figures_path)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(figures_path.read_text())
    assert figures["writes_lost"] == 0
    assert figures["status_500"] == 0
    assert figures["writes_confirmed"] > 0
