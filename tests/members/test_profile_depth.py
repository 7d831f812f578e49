import html
import re

import pytest

from groups.models import Membership
from members.forms import MAX_SPOKEN_LANGUAGES
from members.models import SpokenLanguage, User
from tests.factories import GroupFactory, MembershipFactory, QuestionFactory, UserFactory, language
from tests.html import field_errors, input_value, page, start_tags, textarea_value

pytestmark = pytest.mark.django_db


def profile_post_data(spoken=(), **fields):
    """What the profile form sends: the fields given, the six rows of languages spoken
    (spoken = [(code, level)]) and everything else left as a fresh profile has it."""
    data = {
        "display_name": "Ania Kowalska",
        "headline": "Recruiting engineers in Warsaw",
        "country": "PL",
        "city": "Warszawa",
        "profile_visibility": "public",
        "spoken-TOTAL_FORMS": str(MAX_SPOKEN_LANGUAGES),
        "spoken-INITIAL_FORMS": "0",
        "spoken-MIN_NUM_FORMS": str(MAX_SPOKEN_LANGUAGES),
        "spoken-MAX_NUM_FORMS": str(MAX_SPOKEN_LANGUAGES),
    }
    for row in range(MAX_SPOKEN_LANGUAGES):
        code, level = spoken[row] if row < len(spoken) else ("", "fluent")
        data[f"spoken-{row}-language"] = code
        data[f"spoken-{row}-level"] = level
    data.update(fields)
    return {name: value for name, value in data.items() if value is not None}


def selected_value(response, name):
    match = re.search(
        rf'<select[^>]*name="{re.escape(name)}"[^>]*>(.*?)</select>', page(response), re.S
    )
    assert match is not None, f"no select named {name!r}"
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', match.group(1))
    return chosen.group(1) if chosen else ""


def checked_values(response, name):
    return [
        attributes["value"]
        for tag, attributes in start_tags(page(response))
        if tag == "input" and attributes.get("name") == name and "checked" in attributes
    ]


def spoken_levels(member):
    return dict(SpokenLanguage.objects.filter(member=member).values_list("language", "level"))


# -- editing ------------------------------------------------------------------------------


def test_a_member_saves_the_whole_profile(member_client, member):
    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(
            spoken=[("pl", "native"), ("en", "fluent"), ("de", "working")],
            specialisms=["tech", "sourcing"],
            years_in_recruiting="12",
            bio="I hire **backend engineers**.",
            linkedin_url="https://pl.linkedin.com/in/ania-kowalska",
            profile_visibility="groups",
            reading_languages=["pl", "en"],
        ),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.specialisms == ["tech", "sourcing"]
    assert member.years_in_recruiting == 12
    assert member.bio == "I hire **backend engineers**."
    assert member.linkedin_url == "https://pl.linkedin.com/in/ania-kowalska"
    assert member.profile_visibility == User.Visibility.GROUPS
    assert spoken_levels(member) == {"pl": "native", "en": "fluent", "de": "working"}
    assert set(member.reading_languages.values_list("code", flat=True)) == {"pl", "en"}


def test_the_form_shows_what_the_member_saved(client):
    member = UserFactory(
        username="kasia",
        specialisms=["finance", "executive_search"],
        years_in_recruiting=7,
        bio="Ten years of *finance* hiring.",
        linkedin_url="https://www.linkedin.com/in/kasia/",
        profile_visibility="groups",
    )
    SpokenLanguage.objects.create(member=member, language=language("pl"), level="native")
    SpokenLanguage.objects.create(member=member, language=language("en"), level="working")
    client.force_login(member)

    response = client.get("/accounts/profile/")

    assert checked_values(response, "specialisms") == ["finance", "executive_search"]
    assert input_value(response, "years_in_recruiting") == "7"
    assert textarea_value(response, "bio") == "Ten years of *finance* hiring."
    assert input_value(response, "linkedin_url") == "https://www.linkedin.com/in/kasia/"
    assert checked_values(response, "profile_visibility") == ["groups"]
    assert selected_value(response, "spoken-0-language") == "pl"
    assert selected_value(response, "spoken-0-level") == "native"
    assert selected_value(response, "spoken-1-language") == "en"
    assert selected_value(response, "spoken-1-level") == "working"
    assert selected_value(response, "spoken-2-language") == ""


def test_every_language_row_has_its_own_label(member_client):
    content = page(member_client.get("/accounts/profile/"))

    for number in range(1, MAX_SPOKEN_LANGUAGES + 1):
        row = number - 1
        assert f'<label for="id_spoken-{row}-language">Language {number}' in content
        assert f'<label for="id_spoken-{row}-level">Level of language {number}' in content
    assert "<legend>Languages you speak</legend>" in content
    assert "<legend>Who can see my profile</legend>" in content


def test_saving_again_replaces_the_languages_and_their_levels(member_client, member):
    SpokenLanguage.objects.create(member=member, language=language("de"), level="fluent")

    member_client.post(
        "/accounts/profile/", profile_post_data(spoken=[("de", "native"), ("es", "working")])
    )

    assert spoken_levels(member) == {"de": "native", "es": "working"}


def test_a_linkedin_address_is_tidied(member_client, member):
    member_client.post(
        "/accounts/profile/",
        profile_post_data(linkedin_url="HTTPS://WWW.LinkedIn.com/in/ania#about"),
    )

    member.refresh_from_db()
    assert member.linkedin_url == "https://www.linkedin.com/in/ania"


def test_a_linkedin_address_without_scheme_is_taken_as_https(member_client, member):
    member_client.post("/accounts/profile/", profile_post_data(linkedin_url="linkedin.com/in/ania"))

    member.refresh_from_db()
    assert member.linkedin_url == "https://linkedin.com/in/ania"


LINKEDIN_ERROR = (
    "Enter the address of your LinkedIn profile, starting with https://www.linkedin.com/ "
    "or https://<country>.linkedin.com/."
)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("linkedin_url", "https://example.com/in/ania", LINKEDIN_ERROR),
        ("linkedin_url", "https://linkedin.com.example.com/in/ania", LINKEDIN_ERROR),
        ("linkedin_url", "http://www.linkedin.com/in/ania", LINKEDIN_ERROR),
        ("linkedin_url", "https://evil@linkedin.com/in/ania", LINKEDIN_ERROR),
        ("linkedin_url", "javascript:alert(1)", "Enter a valid URL."),
        (
            "specialisms",
            ["tech", "astrology"],
            "Select a valid choice. astrology is not one of the available choices.",
        ),
        ("years_in_recruiting", "71", "Ensure this value is less than or equal to 70."),
        ("years_in_recruiting", "-1", "Ensure this value is greater than or equal to 0."),
        (
            "bio",
            "x" * 5001,
            "Ensure this value has at most 5000 characters (it has 5001).",
        ),
        (
            "profile_visibility",
            "friends",
            "Select a valid choice. friends is not one of the available choices.",
        ),
        ("profile_visibility", None, "This field is required."),
    ],
    ids=[
        "linkedin-other-domain",
        "linkedin-lookalike",
        "linkedin-http",
        "linkedin-userinfo",
        "not-a-url",
        "unknown-specialism",
        "too-many-years",
        "negative-years",
        "bio-too-long",
        "unknown-visibility",
        "no-visibility",
    ],
)
def test_bad_input_is_refused_the_typed_values_kept_and_nothing_saved(
    member_client, member, field, value, error
):
    typed = {
        "display_name": "Typed Name",
        "city": "Gdańsk",
        "specialisms": ["tech"],
        "bio": "Typed *bio*",
        field: value,
    }

    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(spoken=[("pl", "native"), ("en", "working")], **typed),
    )

    assert response.status_code == 200
    assert field_errors(response, field) == [error]
    assert "Please correct the errors below." in page(response)
    assert input_value(response, "display_name") == "Typed Name"
    assert input_value(response, "city") == "Gdańsk"
    if field != "bio":
        assert textarea_value(response, "bio") == "Typed *bio*"
    if field != "specialisms":
        assert checked_values(response, "specialisms") == ["tech"]
    assert selected_value(response, "spoken-0-language") == "pl"
    assert selected_value(response, "spoken-0-level") == "native"
    assert selected_value(response, "spoken-1-language") == "en"
    assert selected_value(response, "spoken-1-level") == "working"
    member.refresh_from_db()
    assert member.display_name != "Typed Name"
    assert member.city == "Warszawa"
    assert member.specialisms == []
    assert member.bio == ""
    assert spoken_levels(member) == {}


def test_a_language_listed_twice_is_refused(member_client, member):
    response = member_client.post(
        "/accounts/profile/",
        profile_post_data(display_name="Typed Name", spoken=[("pl", "native"), ("pl", "working")]),
    )

    assert response.status_code == 200
    assert field_errors(response, "spoken-1-language") == ["Polish is listed twice."]
    assert "Please correct the errors below." in page(response)
    assert input_value(response, "display_name") == "Typed Name"
    assert spoken_levels(member) == {}


def test_an_unknown_language_or_level_is_refused(member_client, member):
    response = member_client.post(
        "/accounts/profile/", profile_post_data(spoken=[("xx", "native"), ("en", "expert")])
    )

    assert response.status_code == 200
    assert field_errors(response, "spoken-0-language") == [
        "Select a valid choice. xx is not one of the available choices."
    ]
    assert field_errors(response, "spoken-1-level") == [
        "Select a valid choice. expert is not one of the available choices."
    ]
    assert spoken_levels(member) == {}


def test_a_language_without_a_level_is_refused(member_client, member):
    response = member_client.post("/accounts/profile/", profile_post_data(spoken=[("pl", "")]))

    assert response.status_code == 200
    assert field_errors(response, "spoken-0-level") == ["Choose how well you speak it."]
    assert spoken_levels(member) == {}


def test_more_than_six_language_rows_are_refused(member_client, member):
    data = profile_post_data(spoken=[("pl", "native")])
    data.update({"spoken-TOTAL_FORMS": "7", "spoken-6-language": "en", "spoken-6-level": "fluent"})

    response = member_client.post("/accounts/profile/", data)

    assert response.status_code == 200
    assert "Please submit at most 6 forms." in html.unescape(page(response))
    assert spoken_levels(member) == {}


# -- the profile page ---------------------------------------------------------------------


@pytest.fixture
def kasia(db):
    member = UserFactory(
        username="kasia",
        email="kasia.private@example.com",
        display_name="Kasia Nowak",
        headline="Tech sourcer for Warsaw start-ups",
        home_country="PL",
        city="Kraków",
        specialisms=["tech", "sourcing"],
        years_in_recruiting=9,
        bio="I hire **engineers**.\n\n<script>alert('x')</script> [me](javascript:alert(1))",
        linkedin_url="https://pl.linkedin.com/in/kasia-nowak",
    )
    SpokenLanguage.objects.create(member=member, language=language("en"), level="working")
    SpokenLanguage.objects.create(member=member, language=language("pl"), level="native")
    return member


def test_the_profile_shows_specialisms_years_languages_bio_and_linkedin(client, kasia):
    response = client.get("/members/kasia/")

    assert response.status_code == 200
    content = page(response)
    assert "Tech and IT" in content
    assert "Sourcing" in content
    assert "9 years in recruiting" in content
    # Native languages come first, each with its level.
    assert content.index("polski</span> · native") < content.index("English</span> · working")
    assert "I hire <strong>engineers</strong>." in content
    assert "<script>" not in content.split("<main", 1)[1]
    assert 'href="javascript:' not in content
    links = [attributes for tag, attributes in start_tags(content) if tag == "a"]
    linkedin = [link for link in links if link.get("href", "").startswith("https://pl.linkedin")]
    assert linkedin == [
        {"href": "https://pl.linkedin.com/in/kasia-nowak", "rel": "nofollow ugc noopener"}
    ]


def test_one_year_is_singular(client):
    UserFactory(username="junior", years_in_recruiting=1)

    assert "1 year in recruiting" in page(client.get("/members/junior/"))


def test_an_empty_profile_says_so(client):
    UserFactory(username="quiet")

    content = page(client.get("/members/quiet/"))

    assert "No specialisms listed yet." in content
    assert "No languages listed yet." in content
    assert "in recruiting" not in content
    assert "on LinkedIn" not in content


def test_the_profile_lists_only_active_memberships(client, kasia, polish_group, german_group):
    MembershipFactory(user=kasia, group=polish_group)
    MembershipFactory(user=kasia, group=german_group, status=Membership.Status.PENDING)
    banned_from = GroupFactory(name="Banned Club")
    MembershipFactory(user=kasia, group=banned_from, status=Membership.Status.BANNED)

    content = page(client.get("/members/kasia/"))

    assert "Rekruterzy IT Polska" in content
    assert "Recruiting Community Berlin" not in content
    assert "Banned Club" not in content


def test_the_profile_never_shows_the_email_address(client, kasia, staff_member):
    viewers = {"anonymous": None, "owner": kasia, "staff": staff_member}
    for viewer in viewers.values():
        if viewer is None:
            client.logout()
        else:
            client.force_login(viewer)
        content = page(client.get("/members/kasia/"))
        assert "kasia.private@example.com" not in content
        assert "kasia.private" not in content


def test_an_unknown_username_is_not_found(client, db):
    assert client.get("/members/nobody-here/").status_code == 404


# -- who may see a profile shown only to the member's groups -------------------------------


@pytest.fixture
def private_member(polish_group):
    member = UserFactory(
        username="discreet",
        display_name="Discreet Recruiter",
        profile_visibility=User.Visibility.GROUPS,
    )
    MembershipFactory(user=member, group=polish_group)
    return member


@pytest.fixture
def viewers(private_member, polish_group, german_group, staff_member, unverified_member):
    group_mate = UserFactory(username="groupmate")
    MembershipFactory(user=group_mate, group=polish_group)
    stranger = UserFactory(username="stranger")
    MembershipFactory(user=stranger, group=german_group)
    applicant = UserFactory(username="applicant")
    MembershipFactory(user=applicant, group=polish_group, status=Membership.Status.PENDING)
    banned = UserFactory(username="banned")
    MembershipFactory(user=banned, group=polish_group, status=Membership.Status.BANNED)
    return {
        "anonymous": None,
        "unverified": unverified_member,
        "group mate": group_mate,
        "member of another group": stranger,
        "pending applicant": applicant,
        "banned from the group": banned,
        "owner of the profile": private_member,
        "staff": staff_member,
    }


PROFILE_STATUS_BY_VIEWER = {
    "anonymous": 404,
    "unverified": 404,
    "group mate": 200,
    "member of another group": 404,
    "pending applicant": 404,
    "banned from the group": 404,
    "owner of the profile": 200,
    "staff": 200,
}


@pytest.mark.parametrize(("role", "status"), PROFILE_STATUS_BY_VIEWER.items())
def test_a_groups_only_profile_is_seen_by_group_mates_owner_and_staff(
    client, viewers, role, status
):
    if viewers[role] is not None:
        client.force_login(viewers[role])

    assert client.get("/members/discreet/").status_code == status


@pytest.mark.parametrize("role", PROFILE_STATUS_BY_VIEWER)
def test_a_public_profile_is_seen_by_everyone(client, viewers, private_member, role):
    User.objects.filter(pk=private_member.pk).update(profile_visibility=User.Visibility.PUBLIC)
    if viewers[role] is not None:
        client.force_login(viewers[role])

    assert client.get("/members/discreet/").status_code == 200


def test_the_owner_is_reminded_that_the_profile_is_for_groups_only(client, private_member):
    client.force_login(private_member)

    assert "Only members of your groups see this profile" in page(client.get("/members/discreet/"))


# -- queries ------------------------------------------------------------------------------

PROFILE_QUERY_BUDGET = 7


@pytest.mark.parametrize("size", [5, 50])
def test_the_profile_query_count_does_not_grow(
    client, private_member, polish_group, django_assert_max_num_queries, size
):
    """A groups-only profile seen by a group mate, the visibility check included, with as
    many fellow members, groups and questions as the size."""
    for group in GroupFactory.create_batch(size):
        MembershipFactory(user=private_member, group=group)
        MembershipFactory(group=polish_group)
        QuestionFactory(author=private_member, group=group)
    for code in ["pl", "en", "de", "es", "he", "et"][: min(size, MAX_SPOKEN_LANGUAGES)]:
        SpokenLanguage.objects.create(member=private_member, language=language(code))
    viewer = UserFactory(username="groupmate")
    MembershipFactory(user=viewer, group=polish_group)
    client.force_login(viewer)

    with django_assert_max_num_queries(PROFILE_QUERY_BUDGET):
        response = client.get("/members/discreet/")

    assert response.status_code == 200
    assert page(response).count('<article class="question-row">') == min(size, 10)
