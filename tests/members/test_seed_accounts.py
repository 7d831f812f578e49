"""The demo shows a deleted account: a question and a comment that stay in their thread,
signed "former member", with nothing personal left; a second run adds nothing."""

import io

import pytest
from django.core.management import call_command

from members.management.commands._demo_accounts import LEAVER, QUESTION
from members.models import User
from questions.models import Comment, Question

pytestmark = pytest.mark.django_db


def test_seed_demo_shows_a_former_member_once(client):
    call_command("seed_demo", stdout=io.StringIO())

    question = Question.objects.get(title=QUESTION["title"])
    leaver = question.author
    assert leaver.is_former_member
    assert leaver.public_name == "former member"
    assert Comment.objects.filter(author=leaver).count() == 1
    assert not User.objects.filter(username=LEAVER["username"]).exists()
    assert not User.objects.filter(email=LEAVER["email"]).exists()
    assert not User.objects.filter(display_name=LEAVER["display_name"]).exists()
    thread = client.get(question.get_absolute_url()).content.decode()
    assert "former member" in thread
    assert LEAVER["display_name"] not in thread

    users, questions = User.objects.count(), Question.objects.count()
    call_command("seed_demo", stdout=io.StringIO())
    assert (User.objects.count(), Question.objects.count()) == (users, questions)
