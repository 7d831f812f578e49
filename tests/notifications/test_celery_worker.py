"""A real Celery worker, started as its own process against Redis, sends a notification
email. The test database is shared through DATABASE_URL and the email crosses processes
through Django's file-based backend (the in-memory outbox cannot)."""

import os
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from celery import Celery
from django.conf import settings
from django.db import connection

from notifications.models import Notification
from tests.factories import AnswerFactory, QuestionFactory, UserFactory

BROKER_URL = os.environ.get("CELERY_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
WAIT_SECONDS = 30


def _redis_answers():
    try:
        return redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def broker():
    if not _redis_answers():
        if os.environ.get("CI"):
            pytest.fail(f"Redis does not answer at {BROKER_URL}; CI must start it")
        pytest.skip(f"Redis does not answer at {BROKER_URL} (CI starts it)")
    return BROKER_URL


def _database_url():
    """The test database, for the worker: over TCP, or the embedded server's socket."""
    database = connection.settings_dict
    credentials = quote(database["USER"] or "")
    if database["PASSWORD"]:
        credentials += f":{quote(database['PASSWORD'])}"
    host = database["HOST"] or "127.0.0.1"
    if host.startswith("/"):
        return f"postgres://{credentials}@/{database['NAME']}?host={quote(host)}"
    return f"postgres://{credentials}@{host}:{database['PORT'] or 5432}/{database['NAME']}"


@pytest.fixture
def worker(broker, tmp_path):
    """A worker process on a queue of its own, writing email to files under tmp_path."""
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    (tmp_path / "worker_settings.py").write_text(
        textwrap.dedent(
            f"""
            from recruitcommunity.settings.test import *  # noqa: F403

            EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
            EMAIL_FILE_PATH = {str(outbox)!r}
            """
        )
    )
    queue = f"test-{uuid.uuid4().hex}"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "worker_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(settings.BASE_DIR)]),
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
    }
    log = (tmp_path / "worker.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "recruitcommunity",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=INFO",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield {"queue": queue, "outbox": outbox, "log": tmp_path / "worker.log"}
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_for_email(outbox: Path):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        files = [path for path in outbox.iterdir() if path.stat().st_size]
        if files:
            time.sleep(0.2)  # the backend may still be writing
            return files
        time.sleep(0.2)
    return []


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_notification_email(worker, broker):
    asker = UserFactory(username="brit", email="brit@example.com", home_country="GB")
    question = QuestionFactory(author=asker, title="Salary talks in Poland?")
    answer = AnswerFactory(question=question, author=UserFactory(username="kasia"))
    notification = Notification.objects.create(
        recipient=asker,
        kind=Notification.Kind.ANSWER_TO_MY_QUESTION,
        actor=answer.author,
        question=question,
        answer=answer,
    )
    client = Celery("worker-test", broker=broker)

    client.send_task(
        "notifications.tasks.send_notification_email",
        args=[notification.pk],
        queue=worker["queue"],
    )
    files = _wait_for_email(worker["outbox"])

    assert files, f"no email within {WAIT_SECONDS} s; worker log:\n{worker['log'].read_text()}"
    [email] = files
    content = email.read_text()
    assert "To: brit@example.com" in content
    assert "List-Unsubscribe:" in content
    notification.refresh_from_db()
    assert notification.emailed_at is not None
