"""A Polish group with someone in every role, a German group next door whose moderator
has no say here, and a thread in the Polish group with an answer and a comment."""

from types import SimpleNamespace

import pytest

from groups.models import Membership
from questions.services import answer_post, comment_post, question_ask
from tests.factories import EventFactory, GroupFactory, MembershipFactory, UserFactory, language

Role = Membership.Role


@pytest.fixture
def scene(db):
    polish = GroupFactory(name="Rekruterzy Łódź", slug="rekruterzy-lodz", country="PL", city="Łódź")
    german = GroupFactory(
        name="Recruiting Hamburg", slug="recruiting-hamburg", country="DE", city="Hamburg"
    )
    people = SimpleNamespace(
        polish=polish,
        german=german,
        owner=UserFactory(username="owner", display_name="Olga Właścicielka"),
        moderator=UserFactory(username="moderator", display_name="Marek Moderator"),
        member=UserFactory(username="member", display_name="Maria Członkini"),
        author=UserFactory(
            username="author", display_name="Adam Autor", home_country="GB", city="London"
        ),
        unverified=UserFactory(username="unverified", verified=False),
        other_moderator=UserFactory(username="other-moderator"),
        staff=UserFactory(username="staff", is_staff=True),
        anonymous=None,
    )
    MembershipFactory(group=polish, user=people.owner, role=Role.OWNER)
    MembershipFactory(group=polish, user=people.moderator, role=Role.MODERATOR)
    MembershipFactory(group=polish, user=people.member)
    MembershipFactory(group=polish, user=people.author)
    MembershipFactory(group=polish, user=people.unverified)
    MembershipFactory(group=german, user=people.other_moderator, role=Role.OWNER)
    english = language("en")
    people.question = question_ask(
        group=polish,
        author=people.author,
        title="Is it fine to ask about salary in the first call in Łódź?",
        body="In London we ask about salary in the first call. How is it in Łódź?",
        language=english,
    )
    people.answer = answer_post(
        question=people.question,
        author=people.member,
        body="Yes, most candidates in Łódź expect a range early.",
        language=english,
    )
    people.comment = comment_post(
        author=people.owner, post=people.answer, body="Agreed, especially in IT."
    )
    people.event = EventFactory(group=polish, title="Spotkanie rekruterów w Łodzi")
    people.question.refresh_from_db()
    people.answer.refresh_from_db()
    return people


@pytest.fixture
def as_client(client):
    """Sign the test client in as someone (or nobody) and return it."""

    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in
