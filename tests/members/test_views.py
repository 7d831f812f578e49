import pytest

from members.models import User
from tests.factories import MembershipFactory, QuestionFactory, UserFactory
from tests.html import field_errors, input_value, messages_shown, page
from tests.members.test_profile_depth import profile_post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def profiled_member(db):
    return UserFactory(
        username="kasia",
        email="kasia.private@example.com",
        display_name="Kasia Nowak",
        headline="Tech sourcer for Warsaw start-ups",
        home_country="PL",
        city="Kraków",
    )


def test_a_public_profile_shows_name_headline_and_country(client, profiled_member):
    response = client.get("/members/kasia/")

    assert response.status_code == 200
    content = page(response)
    assert '<h1 dir="auto">Kasia Nowak</h1>' in content
    assert "@kasia" in content
    assert "Tech sourcer for Warsaw start-ups" in content
    assert "Poland" in content
    assert "Kraków" in content


def test_a_public_profile_never_shows_the_email_address(client, member_client, profiled_member):
    for viewer in (client, member_client):
        content = page(viewer.get("/members/kasia/"))
        assert "kasia.private@example.com" not in content
        assert "kasia.private" not in content


def test_a_member_does_not_see_the_own_email_on_the_public_profile(client, profiled_member):
    client.force_login(profiled_member)

    content = page(client.get("/members/kasia/"))

    assert "kasia.private@example.com" not in content
    assert 'href="/accounts/profile/"' in content


def test_a_public_profile_lists_groups_and_questions(client, profiled_member, german_group):
    MembershipFactory(user=profiled_member, group=german_group)
    QuestionFactory(
        author=profiled_member, group=german_group, title="Do Germans expect a CV photo?"
    )

    content = page(client.get("/members/kasia/"))

    assert "Recruiting Community Berlin" in content
    assert "Do Germans expect a CV photo?" in content


def test_an_unknown_member_is_not_found(client, db):
    assert client.get("/members/nobody-here/").status_code == 404


def test_a_deactivated_member_is_not_found(client, profiled_member):
    User.objects.filter(pk=profiled_member.pk).update(is_active=False)

    assert client.get("/members/kasia/").status_code == 404


def test_editing_a_profile_needs_signing_in(client, db):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/accounts/profile/"


def test_the_profile_form_is_filled_with_the_current_profile(client, profiled_member):
    client.force_login(profiled_member)

    response = client.get("/accounts/profile/")

    assert response.status_code == 200
    assert input_value(response, "display_name") == "Kasia Nowak"
    assert '<option value="PL" selected>' in page(response)


def test_a_member_saves_the_home_country(member_client, member):
    User.objects.filter(pk=member.pk).update(home_country="GB")

    response = member_client.post(
        "/accounts/profile/", profile_post_data(spoken=[("pl", "native"), ("en", "fluent")])
    )

    assert response.status_code == 302
    assert response.url == "/members/ania/"
    member.refresh_from_db()
    assert member.home_country == "PL"
    assert member.display_name == "Ania Kowalska"
    assert member.headline == "Recruiting engineers in Warsaw"
    assert set(member.languages.values_list("code", flat=True)) == {"pl", "en"}
    assert messages_shown(member_client.get(response.url)) == ["Your profile has been saved."]


def test_an_unknown_country_is_refused_and_the_typed_values_kept(member_client, member):
    response = member_client.post(
        "/accounts/profile/",
        {"display_name": "Typed Name", "headline": "", "country": "ZZ", "city": "Nowhere"},
    )

    assert response.status_code == 200
    assert field_errors(response, "country") == [
        "Select a valid choice. ZZ is not one of the available choices."
    ]
    assert input_value(response, "display_name") == "Typed Name"
    assert input_value(response, "city") == "Nowhere"
    member.refresh_from_db()
    assert member.home_country == "PL"
    assert member.display_name != "Typed Name"
    assert member.city == "Warszawa"


def test_a_member_saves_their_time_zone(member_client, member):
    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(spoken=[("pl", "native")], time_zone="Europe/Warsaw"),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.time_zone == "Europe/Warsaw"


def test_an_unknown_time_zone_is_refused(member_client, member):
    response = member_client.post(
        "/accounts/profile/", profile_post_data(spoken=[("pl", "native")], time_zone="Mars/Base")
    )

    assert response.status_code == 200
    member.refresh_from_db()
    assert member.time_zone == ""
