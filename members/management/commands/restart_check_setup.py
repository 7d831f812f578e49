"""Seed the scratch database of the PostgreSQL restart check (scripts/pg_restart_check.py):
a member with a confirmed email, a group and a question to answer. Prints what the load
generator needs as JSON.

Only for a throw-away database: the member's password is given on standard input (the
check makes a new random one per run), and ``--database`` must repeat the name of the
database the command runs against, so that it cannot seed a real one by mistake."""

import json
import sys

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from groups.models import Group
from groups.services import group_create
from languages.models import Language
from members.models import User
from questions.models import Question
from questions.services import question_ask

USERNAME = "restart-check"
GROUP_SLUG = "restart-check-recruiters"
QUESTION_TITLE = "When do candidates in Poland expect to hear the salary range?"


class Command(BaseCommand):
    help = "Seed the scratch database of the PostgreSQL restart check (see the module doc)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", required=True, help="the name of the database, to confirm it"
        )
        parser.add_argument("--email", default="restart-check@recruitcommunity.local")

    def handle(self, *args, database, email, **options):
        if database != connection.settings_dict["NAME"]:
            raise CommandError(
                f"--database {database} is not the database this command would seed "
                f"({connection.settings_dict['NAME']})."
            )
        password = sys.stdin.readline().strip()
        if len(password) < 12:
            raise CommandError("Give the member's password (12 characters or more) on stdin.")
        question = self._seed(email=email, password=password)
        self.stdout.write(
            json.dumps(
                {
                    "email": email,
                    "question_id": question.pk,
                    "question_url": question.get_absolute_url(),
                    "group_url": question.group.get_absolute_url(),
                }
            )
        )

    @transaction.atomic
    def _seed(self, *, email, password):
        member, _ = User.objects.get_or_create(
            username=USERNAME,
            defaults={
                "email": email,
                "display_name": "Restart Check",
                "home_country": "GB",
                "city": "London",
            },
        )
        member.set_password(password)
        member.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=member, email=email, defaults={"verified": True, "primary": True}
        )
        english, polish = Language.objects.get(code="en"), Language.objects.get(code="pl")
        group = Group.objects.filter(slug=GROUP_SLUG).first() or group_create(
            owner=member,
            name="Restart Check Recruiters",
            slug=GROUP_SLUG,
            country="PL",
            city="Warszawa",
            description="Recruiters who keep the site honest while its database restarts.",
            languages=[polish, english],
        )
        return Question.objects.filter(group=group, title=QUESTION_TITLE).first() or question_ask(
            group=group,
            author=member,
            title=QUESTION_TITLE,
            body="In the UK the range is in the advert. Is it the same in Poland?",
            language=english,
        )
