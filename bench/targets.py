"""Print, as JSON, the concrete URLs the benchmark measures on the current database:
the busiest Polish group, a German topic, a question with about 50 answers, a search term
and the member the signed-in page is measured as. Run with `manage.py shell < bench/targets.py`
or imported by bench/run.py through `manage.py shell -c`."""

import contextlib
import json

from allauth.account.models import EmailAddress
from django.db.models import Count

from groups.models import Group, Membership
from groups.services.memberships import membership_join
from members.models import User
from questions.models import Question, Topic
from recruitcommunity.exceptions import DomainError

BENCH_EMAIL = "bench@recruitcommunity.local"
BENCH_PASSWORD = "bench-password-2026"

member, created = User.objects.get_or_create(
    email=BENCH_EMAIL, defaults={"username": "bench-member", "home_country": "DE"}
)
if created:
    member.set_password(BENCH_PASSWORD)
    member.save()
    EmailAddress.objects.create(user=member, email=BENCH_EMAIL, verified=True, primary=True)
if not Membership.objects.filter(user=member).exists():
    for joined in Group.objects.filter(country="DE").order_by("-member_count")[:3]:
        # A group that admits by approval refuses or queues the member, as it would anyone.
        with contextlib.suppress(DomainError):
            membership_join(group=joined, user=member, accept_rules=True, invited=True)

group = Group.objects.filter(country="PL").order_by("-member_count", "name").first() or (
    Group.objects.order_by("-member_count", "name").first()
)
topic = (
    Topic.objects.filter(questions__target_country="DE")
    .annotate(question_total=Count("questions"))
    .order_by("-question_total")
    .first()
) or Topic.objects.order_by("pk").first()
question = (
    Question.objects.filter(answer_count__gte=50).order_by("answer_count", "pk").first()
    or Question.objects.order_by("-answer_count", "pk").first()
)
print(
    json.dumps(
        {
            "group": group.get_absolute_url() if group else "/groups/",
            "topic": topic.slug if topic else "",
            "question": question.get_absolute_url() if question else "/questions/",
            "question_answers": question.answer_count if question else 0,
            "search": "salary",
            "email": BENCH_EMAIL,
            "password": BENCH_PASSWORD,
        }
    )
)
