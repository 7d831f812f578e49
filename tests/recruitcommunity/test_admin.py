import pytest
from django.contrib import admin

from tests.factories import AnswerFactory, MembershipFactory

pytestmark = pytest.mark.django_db

REGISTERED_MODELS = sorted(
    (model._meta.app_label, model._meta.model_name) for model in admin.site._registry
)


@pytest.fixture
def staff_client(client, staff_member):
    client.force_login(staff_member)
    return client


@pytest.fixture
def some_content(polish_group):
    """One row of everything, so changelists render real rows."""
    MembershipFactory(group=polish_group)
    AnswerFactory(question__group=polish_group)


def test_the_admin_covers_the_community_models():
    assert {
        ("groups", "group"),
        ("groups", "membership"),
        ("languages", "language"),
        ("members", "user"),
        ("questions", "question"),
        ("questions", "answer"),
    } <= set(REGISTERED_MODELS)


@pytest.mark.parametrize(("app_label", "model_name"), REGISTERED_MODELS)
def test_every_admin_changelist_opens_for_staff(staff_client, some_content, app_label, model_name):
    response = staff_client.get(f"/admin/{app_label}/{model_name}/")

    assert response.status_code == 200


def test_the_admin_index_opens_for_staff(staff_client):
    assert staff_client.get("/admin/").status_code == 200


def test_the_admin_sends_anonymous_visitors_to_its_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_a_member_who_is_not_staff_cannot_use_the_admin(member_client):
    response = member_client.get("/admin/groups/group/")

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
