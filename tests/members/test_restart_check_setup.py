"""manage.py restart_check_setup: the seed of the PostgreSQL restart check's scratch database."""

import io
import json

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.db import connection

from members.models import User
from questions.models import Question

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-random-password"


def _seed(monkeypatch, database=None, password=PASSWORD):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    out = io.StringIO()
    database = database or connection.settings_dict["NAME"]
    call_command("restart_check_setup", "--database", database, stdout=out)
    return json.loads(out.getvalue())


def test_it_seeds_a_confirmed_member_who_can_answer_a_question(monkeypatch, client):
    seeded = _seed(monkeypatch)

    member = User.objects.get(email=seeded["email"])
    assert member.check_password(PASSWORD)
    assert EmailAddress.objects.get(user=member).verified
    question = Question.objects.get(pk=seeded["question_id"])
    assert seeded["question_url"] == question.get_absolute_url()
    client.force_login(member)
    response = client.post(
        f"{seeded['question_url']}answer/", {"body": "In the first call.", "language": "en"}
    )
    assert response.status_code == 302
    assert "#answer-" in response["Location"]


def test_running_it_again_adds_nothing_and_sets_the_new_password(monkeypatch):
    first = _seed(monkeypatch)
    second = _seed(monkeypatch, password="another-long-password")

    assert first == second
    assert User.objects.filter(email=first["email"]).count() == 1
    assert Question.objects.count() == 1
    assert User.objects.get(email=first["email"]).check_password("another-long-password")


def test_it_refuses_a_database_not_named_on_the_command_line(monkeypatch):
    with pytest.raises(CommandError, match="not the database"):
        _seed(monkeypatch, database="recruitcommunity")
    assert not User.objects.filter(username="restart-check").exists()


def test_it_refuses_a_short_password(monkeypatch):
    with pytest.raises(CommandError, match="12 characters"):
        _seed(monkeypatch, password="short")
