"""Joining through the site: rules, admission questions, invitation-only groups, bans and
declined requests; and starting and configuring a group."""

import pytest
from django.db import IntegrityError, transaction

from groups.models import Group, Membership, MembershipEvent
from tests.factories import GroupFactory, MembershipFactory, UserFactory
from tests.html import (
    field_errors,
    input_value,
    messages_shown,
    page,
    start_tags,
    textarea_value,
)

pytestmark = pytest.mark.django_db


def _inputs(response, name):
    return [
        attrs
        for tag, attrs in start_tags(page(response))
        if tag in ("input", "textarea", "select") and attrs.get("name") == name
    ]


def _join_forms(response):
    """Forms on the page that post to a join URL, or that the join page itself shows."""
    return [
        attrs
        for tag, attrs in start_tags(page(response))
        if tag == "form"
        and attrs.get("method") == "post"
        and ("/join/" in attrs.get("action", "") or "stacked-form" in attrs.get("class", ""))
    ]


def _membership(group, user):
    return Membership.objects.filter(group=group, user=user).first()


def _member_count(group):
    return Group.objects.values_list("member_count", flat=True).get(pk=group.pk)


# Rules -------------------------------------------------------------------------------------


@pytest.fixture
def group_with_rules():
    return GroupFactory(
        name="Rekruterzy Kraków",
        slug="rekruterzy-krakow",
        rules="**Be kind.** No job spam.",
    )


def test_a_group_with_rules_sends_joiners_to_the_join_page(member_client, group_with_rules):
    content = page(member_client.get("/groups/rekruterzy-krakow/"))

    assert 'href="/groups/rekruterzy-krakow/join/"' in content
    assert 'action="/groups/rekruterzy-krakow/join/"' not in content


def test_the_join_page_shows_the_rules_and_an_unticked_box(member_client, group_with_rules):
    response = member_client.get("/groups/rekruterzy-krakow/join/")

    assert response.status_code == 200
    assert "<strong>Be kind.</strong> No job spam." in page(response)
    (checkbox,) = _inputs(response, "accept_rules")
    assert checkbox["type"] == "checkbox"
    assert "checked" not in checkbox
    assert "I have read the rules and accept them" in page(response)


def test_joining_without_ticking_the_rules_box_is_refused_next_to_it(
    member_client, member, group_with_rules
):
    response = member_client.post("/groups/rekruterzy-krakow/join/", {})

    assert response.status_code == 200
    assert field_errors(response, "accept_rules") == ["Accept the rules to join."]
    assert "<strong>Be kind.</strong>" in page(response)
    assert _membership(group_with_rules, member) is None
    assert _member_count(group_with_rules) == 0


def test_joining_with_the_rules_accepted_admits_the_member(member_client, member, group_with_rules):
    response = member_client.post("/groups/rekruterzy-krakow/join/", {"accept_rules": "on"})

    assert response.status_code == 302
    assert response.url == "/groups/rekruterzy-krakow/"
    membership = _membership(group_with_rules, member)
    assert membership.status == Membership.Status.ACTIVE
    assert membership.rules_accepted_at is not None
    assert _member_count(group_with_rules) == 1
    assert messages_shown(member_client.get(response.url)) == ["Welcome to Rekruterzy Kraków!"]


def test_the_rules_are_shown_without_running_scripts(member_client, group_with_rules):
    Group.objects.filter(pk=group_with_rules.pk).update(
        rules='Be kind.<script>alert("rules")</script><img src=x onerror="alert(1)">'
    )

    content = page(member_client.get("/groups/rekruterzy-krakow/join/"))

    assert "Be kind." in content
    assert '<script>alert("rules")' not in content
    assert not [attrs for tag, attrs in start_tags(content) if "onerror" in attrs]


# Admission questions -----------------------------------------------------------------------


@pytest.fixture
def guild():
    return GroupFactory(
        name="Sourcing Guild",
        slug="sourcing-guild",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?", "What do you hire for?"],
    )


def test_the_join_page_asks_the_admission_questions(member_client, guild):
    response = member_client.get("/groups/sourcing-guild/join/")

    content = page(response)
    assert "Where do you recruit?" in content
    assert "What do you hire for?" in content
    assert _inputs(response, "answer_1")
    assert _inputs(response, "answer_2")
    assert not _inputs(response, "answer_3")
    assert "Send request" in content


@pytest.mark.parametrize("answers", [{}, {"answer_1": "Kraków"}, {"answer_1": " ", "answer_2": ""}])
def test_asking_to_join_needs_every_answer(member_client, member, guild, answers):
    response = member_client.post("/groups/sourcing-guild/join/", answers)

    assert response.status_code == 200
    assert field_errors(response, "answer_2") == ["This field is required."]
    if "Kraków" in answers.values():
        assert field_errors(response, "answer_1") == []
        assert textarea_value(response, "answer_1") == "Kraków"
    assert _membership(guild, member) is None


def test_asking_to_join_stores_the_answers_for_the_moderators(client, member, guild):
    moderator = UserFactory()
    MembershipFactory(group=guild, user=moderator, role=Membership.Role.OWNER)
    client.force_login(member)

    response = client.post(
        "/groups/sourcing-guild/join/",
        {"answer_1": "  Kraków and Katowice ", "answer_2": "Backend <b>engineers</b>"},
        follow=True,
    )

    assert messages_shown(response) == [
        "Your request to join Sourcing Guild has been sent to its moderators."
    ]
    membership = _membership(guild, member)
    assert membership.status == Membership.Status.PENDING
    assert membership.admission_answers == ["Kraków and Katowice", "Backend <b>engineers</b>"]
    assert _member_count(guild) == 1

    client.force_login(moderator)
    content = page(client.get("/groups/sourcing-guild/manage/requests/"))
    assert '<dt dir="auto">Where do you recruit?</dt><dd dir="auto">Kraków and Katowice</dd>' in (
        content
    )
    assert "Backend &lt;b&gt;engineers&lt;/b&gt;" in content
    assert f"/groups/sourcing-guild/manage/requests/{member.pk}/approve/" in content


# Invitation only ---------------------------------------------------------------------------


@pytest.fixture
def invitation_group():
    return GroupFactory(
        name="Inner Circle", slug="inner-circle", join_policy=Group.JoinPolicy.INVITATION
    )


def test_an_invitation_only_group_offers_no_join_form(member_client, invitation_group):
    group_page = member_client.get("/groups/inner-circle/")
    join_page = member_client.get("/groups/inner-circle/join/")

    assert "Members join by invitation." in page(group_page)
    assert _join_forms(group_page) == []
    assert join_page.status_code == 200
    assert "admits members by invitation only" in page(join_page)
    assert _join_forms(join_page) == []


def test_posting_to_join_an_invitation_only_group_is_refused_with_a_message(
    member_client, member, invitation_group
):
    response = member_client.post("/groups/inner-circle/join/", follow=True)

    assert response.redirect_chain == [("/groups/inner-circle/", 302)]
    assert messages_shown(response) == ["This group admits members by invitation only."]
    assert _membership(invitation_group, member) is None
    assert not MembershipEvent.objects.exists()


def test_posting_to_join_an_invitation_only_group_with_rules_is_refused_visibly(
    member_client, member, invitation_group
):
    Group.objects.filter(pk=invitation_group.pk).update(rules="Be kind.")

    response = member_client.post("/groups/inner-circle/join/", {"accept_rules": "on"})

    assert "This group admits members by invitation only." in page(response)
    assert _membership(invitation_group, member) is None


# Banned and declined -----------------------------------------------------------------------


@pytest.fixture
def banned_from(member):
    def ban(**fields):
        group = GroupFactory(name="Rekruterzy Kraków", slug="rekruterzy-krakow", **fields)
        MembershipFactory(group=group, user=member, status=Membership.Status.BANNED)
        return group

    return ban


@pytest.mark.parametrize("rules", ["", "Be kind."])
def test_the_group_page_tells_a_banned_member_they_cannot_join(member_client, banned_from, rules):
    banned_from(rules=rules)

    response = member_client.get("/groups/rekruterzy-krakow/")

    assert "You cannot join this group." in page(response)
    assert _join_forms(response) == []
    assert 'href="/groups/rekruterzy-krakow/join/"' not in page(response)


@pytest.mark.parametrize("rules", ["", "Be kind."])
def test_the_join_page_tells_a_banned_member_they_cannot_join(member_client, banned_from, rules):
    banned_from(rules=rules)

    response = member_client.get("/groups/rekruterzy-krakow/join/")

    assert "You cannot join this group." in page(response)
    assert _join_forms(response) == []


@pytest.mark.parametrize("rules", ["", "Be kind."])
def test_a_banned_member_cannot_join_by_posting(member_client, member, banned_from, rules):
    group = banned_from(rules=rules)

    response = member_client.post(
        "/groups/rekruterzy-krakow/join/", {"accept_rules": "on"}, follow=True
    )

    assert "You cannot join this group." in page(response)
    assert _membership(group, member).status == Membership.Status.BANNED
    assert _member_count(group) == 0
    assert not MembershipEvent.objects.exists()


def test_a_declined_applicant_reads_the_decision_and_may_ask_again(member_client, member, guild):
    MembershipFactory(
        group=guild,
        user=member,
        status=Membership.Status.DECLINED,
        decision_message="Come back when you recruit in Poland.",
        admission_answers=["Berlin", "Sales"],
    )

    join_page = member_client.get("/groups/sourcing-guild/join/")

    assert "Your last request was not approved." in page(join_page)
    assert "Come back when you recruit in Poland." in page(join_page)
    assert "You may ask again." in page(join_page)
    assert _inputs(join_page, "answer_1")

    response = member_client.post(
        "/groups/sourcing-guild/join/", {"answer_1": "Kraków", "answer_2": "IT"}
    )

    assert response.status_code == 302
    membership = _membership(guild, member)
    assert membership.status == Membership.Status.PENDING
    assert membership.admission_answers == ["Kraków", "IT"]
    assert membership.decision_message == ""


# htmx --------------------------------------------------------------------------------------


def test_joining_an_open_group_with_htmx_swaps_the_block(member_client, member):
    group = GroupFactory(name="Rekruterzy Kraków", slug="rekruterzy-krakow")

    response = member_client.post("/groups/rekruterzy-krakow/join/", HTTP_HX_REQUEST="true")

    content = page(response)
    assert response.status_code == 200
    assert "<html" not in content
    assert 'id="membership-actions"' in content
    assert "Welcome to Rekruterzy Kraków!" in content
    assert "You are a member." in content
    assert _membership(group, member).is_active
    assert _member_count(group) == 1


def test_asking_to_join_with_htmx_shows_the_waiting_request(member_client, member):
    group = GroupFactory(slug="closed-circle", join_policy=Group.JoinPolicy.APPROVAL)

    response = member_client.post("/groups/closed-circle/join/", HTTP_HX_REQUEST="true")

    assert response.status_code == 200
    assert "Your request to join is waiting for a moderator." in page(response)
    assert "Withdraw request" in page(response)
    assert _membership(group, member).is_pending


# Starting a group --------------------------------------------------------------------------


def _group_form(**overrides):
    return {
        "name": "Rekruterzy Łódź",
        "country": "PL",
        "city": "Łódź",
        "languages": ["pl"],
        "description": "Spotkania raz w miesiącu.",
        "rules": "",
        "join_policy": "open",
        "admission_question_1": "",
        "admission_question_2": "",
        "admission_question_3": "",
        **overrides,
    }


def test_the_new_group_form_offers_three_admission_questions(member_client):
    response = member_client.get("/groups/new/")

    assert response.status_code == 200
    for number in (1, 2, 3):
        assert _inputs(response, f"admission_question_{number}")
    assert not _inputs(response, "admission_question_4")


def test_starting_a_group_makes_the_founder_its_owner(member_client, member):
    response = member_client.post("/groups/new/", _group_form(), follow=True)

    assert response.redirect_chain == [("/groups/rekruterzy-lodz/", 302)]
    assert messages_shown(response) == [
        "Rekruterzy Łódź is ready. Invite people you know, or share its link."
    ]
    assert "You own this group." in page(response)
    group = Group.objects.get(slug="rekruterzy-lodz")
    assert (group.name, group.city, group.member_count) == ("Rekruterzy Łódź", "Łódź", 1)
    assert list(group.languages.values_list("code", flat=True)) == ["pl"]
    owner = group.memberships.get()
    assert (owner.user, owner.role, owner.status) == (member, "owner", "active")
    assert list(group.membership_events.values_list("action", "actor", "member")) == [
        ("create", member.pk, member.pk)
    ]


def test_a_second_group_of_the_same_name_gets_a_numbered_slug(member_client):
    member_client.post("/groups/new/", _group_form())
    # Not the same form sent twice (that creates one group): another group, same name.
    response = member_client.post("/groups/new/", _group_form(description="Co tydzień."))

    assert response.url == "/groups/rekruterzy-lodz-2/"


def test_a_group_named_new_can_be_visited(member_client):
    response = member_client.post("/groups/new/", _group_form(name="New"))

    # /groups/new/ is the form to start a group: a group slugged "new" is never shown.
    group = Group.objects.get(name="New")
    assert response.url == group.get_absolute_url()
    assert '<h1 dir="auto">New</h1>' in page(member_client.get(response.url))


def test_a_group_without_a_name_keeps_what_was_typed(member_client):
    response = member_client.post(
        "/groups/new/", _group_form(name="", description="We meet & talk <monthly>.")
    )

    assert response.status_code == 200
    assert field_errors(response, "name") == ["This field is required."]
    assert textarea_value(response, "description") == "We meet & talk <monthly>."
    assert input_value(response, "city") == "Łódź"
    assert not Group.objects.exists()


def test_a_group_name_must_be_three_characters_long(member_client):
    response = member_client.post("/groups/new/", _group_form(name=" AB "))

    assert field_errors(response, "name") == ["Give the group a name of at least 3 characters."]
    assert not Group.objects.exists()


def test_a_group_needs_a_language(member_client):
    data = _group_form()
    del data["languages"]

    response = member_client.post("/groups/new/", data)

    assert response.status_code == 200
    assert field_errors(response, "languages") == ["Choose at least one language."]
    assert not Group.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"), [("country", "ZZ"), ("languages", "xx"), ("join_policy", "secret")]
)
def test_unknown_choices_are_form_errors(member_client, field, value):
    response = member_client.post("/groups/new/", _group_form(**{field: value}))

    assert response.status_code == 200
    assert field_errors(response, field)
    assert not Group.objects.exists()


def test_a_fourth_admission_question_cannot_be_submitted(member_client):
    member_client.post(
        "/groups/new/",
        _group_form(
            join_policy="approval",
            admission_question_1="Where do you recruit?",
            admission_question_2="",
            admission_question_3="What do you hire for?",
            admission_question_4="Sneaked in?",
        ),
    )

    group = Group.objects.get()
    assert group.admission_questions == ["Where do you recruit?", "What do you hire for?"]


def test_the_database_refuses_a_fourth_admission_question():
    group = GroupFactory(admission_questions=["One?", "Two?", "Three?"])

    with pytest.raises(IntegrityError), transaction.atomic():
        Group.objects.filter(pk=group.pk).update(
            admission_questions=["One?", "Two?", "Three?", "Four?"]
        )

    group.refresh_from_db()
    assert group.admission_questions == ["One?", "Two?", "Three?"]


# Settings ----------------------------------------------------------------------------------


@pytest.fixture
def owned_guild(client, guild):
    owner = UserFactory()
    MembershipFactory(group=guild, user=owner, role=Membership.Role.OWNER)
    client.force_login(owner)
    return guild


def test_the_settings_page_shows_the_current_settings(client, owned_guild):
    response = client.get("/groups/sourcing-guild/manage/settings/")

    assert input_value(response, "name") == "Sourcing Guild"
    assert input_value(response, "admission_question_1") == "Where do you recruit?"
    assert input_value(response, "admission_question_2") == "What do you hire for?"
    assert input_value(response, "admission_question_3") == ""


def test_saving_the_settings_keeps_the_slug(client, owned_guild):
    response = client.post(
        "/groups/sourcing-guild/manage/settings/",
        _group_form(
            name="Sourcing Guild Polska",
            join_policy="approval",
            rules="No recruiters from agencies.",
            admission_question_1="Which city?",
        ),
        follow=True,
    )

    assert response.redirect_chain == [("/groups/sourcing-guild/manage/settings/", 302)]
    assert messages_shown(response) == ["The group's settings have been saved."]
    owned_guild.refresh_from_db()
    assert owned_guild.slug == "sourcing-guild"
    assert owned_guild.name == "Sourcing Guild Polska"
    assert owned_guild.rules == "No recruiters from agencies."
    assert owned_guild.admission_questions == ["Which city?"]
    assert client.get("/groups/sourcing-guild/").status_code == 200


def test_bad_settings_are_shown_and_not_saved(client, owned_guild):
    response = client.post(
        "/groups/sourcing-guild/manage/settings/",
        _group_form(name="", join_policy="approval", description="Changed & unsaved."),
    )

    assert response.status_code == 200
    assert field_errors(response, "name") == ["This field is required."]
    assert textarea_value(response, "description") == "Changed & unsaved."
    # The page around the form still names the group as it is saved.
    assert "<title>Settings · Sourcing Guild" in page(response)
    owned_guild.refresh_from_db()
    assert owned_guild.name == "Sourcing Guild"
    assert owned_guild.description == "A place for recruiters to learn from each other."
