"""Who may run a group: every moderation page and action, and joining and leaving, tried by
every kind of visitor. A refused request changes nothing in the database."""

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.conf import settings

from groups.models import Group, Membership, MembershipEvent
from tests.factories import GroupFactory, MembershipFactory, UserFactory
from tests.html import messages_shown, page

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"
SLUG = "rekruterzy-krakow"

Action = MembershipEvent.Action
Role = Membership.Role
Status = Membership.Status


@pytest.fixture
def scene():
    """An approval group with one person in every standing, and a second group next door
    whose moderator has no say here."""
    group = GroupFactory(name="Rekruterzy Kraków", slug=SLUG, join_policy=Group.JoinPolicy.APPROVAL)
    people = SimpleNamespace(
        group=group,
        owner=UserFactory(username="owner"),
        moderator=UserFactory(username="moderator"),
        co_moderator=UserFactory(username="co-moderator"),
        member=UserFactory(username="member"),
        target=UserFactory(username="target", display_name="Tomasz Cel"),
        applicant=UserFactory(username="applicant"),
        banned=UserFactory(username="banned"),
        # A moderator whose email is unconfirmed: only the email check can refuse them.
        unverified=UserFactory(username="unverified", verified=False),
        non_member=UserFactory(username="non-member"),
        staff=UserFactory(username="staff", is_staff=True),
        other_group=GroupFactory(name="Recruiters Gdańsk", slug="recruiters-gdansk"),
        other_moderator=UserFactory(username="other-moderator"),
        other_applicant=UserFactory(username="other-applicant"),
    )
    for user, role, status in [
        (people.owner, Role.OWNER, Status.ACTIVE),
        (people.moderator, Role.MODERATOR, Status.ACTIVE),
        (people.co_moderator, Role.MODERATOR, Status.ACTIVE),
        (people.unverified, Role.MODERATOR, Status.ACTIVE),
        (people.member, Role.MEMBER, Status.ACTIVE),
        (people.target, Role.MEMBER, Status.ACTIVE),
        (people.applicant, Role.MEMBER, Status.PENDING),
        (people.banned, Role.MEMBER, Status.BANNED),
    ]:
        MembershipFactory(group=group, user=user, role=role, status=status)
    MembershipFactory(group=people.other_group, user=people.other_moderator, role=Role.OWNER)
    MembershipFactory(group=people.other_group, user=people.other_applicant, status=Status.PENDING)
    return people


ROLES = [
    "anonymous",
    "unverified",
    "non_member",
    "member",
    "moderator",
    "owner",
    "other_moderator",
    "staff",
]
MODERATORS = frozenset({"moderator", "owner", "staff"})
OWNER_OR_STAFF = frozenset({"owner", "staff"})
OWNER = frozenset({"owner"})
VERIFIED = frozenset(ROLES) - {"anonymous", "unverified"}


def _client_for(client, scene, role):
    if role != "anonymous":
        client.force_login(getattr(scene, role))
    return client


def _snapshot():
    """Everything a moderation request could change."""
    return {
        "groups": list(Group.objects.order_by("pk").values()),
        "languages": sorted(Group.languages.through.objects.values_list("group", "language")),
        "memberships": list(Membership.objects.order_by("pk").values()),
        "events": list(MembershipEvent.objects.order_by("pk").values()),
    }


def _standing(scene, name):
    membership = Membership.objects.filter(group=scene.group, user=getattr(scene, name)).first()
    return None if membership is None else (membership.role, membership.status)


def _member_count(scene):
    return Group.objects.values_list("member_count", flat=True).get(pk=scene.group.pk)


def _only_new_event(scene, before):
    new = MembershipEvent.objects.exclude(pk__in=[event["id"] for event in before["events"]])
    (event,) = new
    return event.group_id, event.action, event.actor_id, event.member_id, event.reason


def _settings_data(**overrides):
    return {
        "name": "Rekruterzy Kraków i okolice",
        "country": "PL",
        "city": "Kraków",
        "languages": ["pl", "en"],
        "description": "Spotykamy się co miesiąc.",
        "rules": "",
        "join_policy": "approval",
        "admission_question_1": "",
        "admission_question_2": "",
        "admission_question_3": "",
        **overrides,
    }


# What each step does when it is allowed --------------------------------------------------


def _approved(scene, actor, before):
    assert _standing(scene, "applicant") == (Role.MEMBER, Status.ACTIVE)
    assert _member_count(scene) == 7
    assert _only_new_event(scene, before) == (
        scene.group.pk,
        Action.APPROVE,
        actor.pk,
        scene.applicant.pk,
        "Witamy!",
    )


def _declined(scene, actor, before):
    assert _standing(scene, "applicant") == (Role.MEMBER, Status.DECLINED)
    assert _member_count(scene) == 6
    assert _only_new_event(scene, before) == (
        scene.group.pk,
        Action.DECLINE,
        actor.pk,
        scene.applicant.pk,
        "Only Kraków, sorry.",
    )


def _promoted(scene, actor, before):
    assert _standing(scene, "target") == (Role.MODERATOR, Status.ACTIVE)
    assert _only_new_event(scene, before)[1:] == (Action.PROMOTE, actor.pk, scene.target.pk, "")


def _demoted(scene, actor, before):
    assert _standing(scene, "co_moderator") == (Role.MEMBER, Status.ACTIVE)
    assert _only_new_event(scene, before)[1:] == (
        Action.DEMOTE,
        actor.pk,
        scene.co_moderator.pk,
        "",
    )


def _removed(scene, actor, before):
    assert _standing(scene, "target") is None
    assert _member_count(scene) == 5
    assert _only_new_event(scene, before)[1:] == (
        Action.REMOVE,
        actor.pk,
        scene.target.pk,
        "Job ads again.",
    )


def _banned(scene, actor, before):
    assert _standing(scene, "target") == (Role.MEMBER, Status.BANNED)
    assert _member_count(scene) == 5
    assert _only_new_event(scene, before)[1:] == (Action.BAN, actor.pk, scene.target.pk, "Spam.")


def _unbanned(scene, actor, before):
    assert _standing(scene, "banned") is None
    assert _member_count(scene) == 6
    assert _only_new_event(scene, before)[1:] == (Action.UNBAN, actor.pk, scene.banned.pk, "")


def _transferred(scene, actor, before):
    assert _standing(scene, "target") == (Role.OWNER, Status.ACTIVE)
    assert _standing(scene, "owner") == (Role.MODERATOR, Status.ACTIVE)
    assert _only_new_event(scene, before)[1:] == (Action.TRANSFER, actor.pk, scene.target.pk, "")


def _settings_saved(scene, actor, before):
    group = Group.objects.get(pk=scene.group.pk)
    assert group.name == "Rekruterzy Kraków i okolice"
    assert group.slug == SLUG
    assert sorted(group.languages.values_list("code", flat=True)) == ["en", "pl"]


def _group_created(scene, actor, before):
    group = Group.objects.get(name="Rekruterzy Łódź")
    assert group.slug == "rekruterzy-lodz"
    assert group.memberships.get().user == actor
    assert group.memberships.get().role == Role.OWNER


def _nothing_more(scene, actor, before):
    assert _snapshot() == before


@dataclass(frozen=True)
class Step:
    """One page or action. Paths take {manage} and the user ids of the scene's people."""

    name: str
    method: str
    path: str
    allowed: frozenset
    done: object = _nothing_more  # (scene, actor, snapshot before) asserts what changed
    data: dict = field(default_factory=dict)
    lands_on: str | None = None  # where an allowed POST (or the manage root) redirects

    def _format(self, template, scene):
        ids = {
            name: getattr(scene, name).pk
            for name in ("applicant", "target", "co_moderator", "banned")
        }
        return template.format(manage=MANAGE, **ids)

    def url(self, scene):
        return self._format(self.path, scene)

    def landing(self, scene):
        return self._format(self.lands_on, scene)

    def __str__(self):
        return self.name


MANAGE = f"/groups/{SLUG}/manage"
STEPS = [
    Step("manage", "get", "{manage}/", MODERATORS, lands_on="{manage}/requests/"),
    Step("requests", "get", "{manage}/requests/", MODERATORS),
    Step(
        "approve",
        "post",
        "{manage}/requests/{applicant}/approve/",
        MODERATORS,
        _approved,
        data={"message": "Witamy!"},
        lands_on="{manage}/requests/",
    ),
    Step(
        "decline",
        "post",
        "{manage}/requests/{applicant}/decline/",
        MODERATORS,
        _declined,
        data={"message": "Only Kraków, sorry."},
        lands_on="{manage}/requests/",
    ),
    Step("members", "get", "{manage}/members/", MODERATORS),
    Step(
        "promote",
        "post",
        "{manage}/members/{target}/promote/",
        OWNER_OR_STAFF,
        _promoted,
        lands_on="{manage}/members/",
    ),
    Step(
        "demote",
        "post",
        "{manage}/members/{co_moderator}/demote/",
        OWNER_OR_STAFF,
        _demoted,
        lands_on="{manage}/members/",
    ),
    Step(
        "remove",
        "post",
        "{manage}/members/{target}/remove/",
        MODERATORS,
        _removed,
        data={"reason": "Job ads again."},
        lands_on="{manage}/members/",
    ),
    Step(
        "ban",
        "post",
        "{manage}/members/{target}/ban/",
        MODERATORS,
        _banned,
        data={"reason": "Spam."},
        lands_on="{manage}/members/",
    ),
    Step(
        "unban",
        "post",
        "{manage}/members/{banned}/unban/",
        MODERATORS,
        _unbanned,
        lands_on="{manage}/members/",
    ),
    Step("transfer page", "get", "{manage}/members/{target}/transfer/", OWNER),
    Step(
        "transfer",
        "post",
        "{manage}/members/{target}/transfer/",
        OWNER,
        _transferred,
        data={"confirm": "on"},
        lands_on=f"/groups/{SLUG}/",
    ),
    Step("log", "get", "{manage}/log/", MODERATORS),
    Step("settings page", "get", "{manage}/settings/", MODERATORS),
    Step(
        "settings",
        "post",
        "{manage}/settings/",
        MODERATORS,
        _settings_saved,
        data=_settings_data(),
        lands_on="{manage}/settings/",
    ),
    Step("new group page", "get", "/groups/new/", VERIFIED),
    Step(
        "new group",
        "post",
        "/groups/new/",
        VERIFIED,
        _group_created,
        data=_settings_data(name="Rekruterzy Łódź", city="Łódź"),
        lands_on="/groups/rekruterzy-lodz/",
    ),
]


def _request(client, step, scene):
    if step.method == "post":
        return client.post(step.url(scene), step.data)
    return client.get(step.url(scene))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("step", STEPS, ids=str)
def test_every_moderation_step_by_every_role(client, scene, step, role):
    client = _client_for(client, scene, role)
    before = _snapshot()

    response = _request(client, step, scene)

    if role == "anonymous":
        assert response.status_code == 302
        assert response.url == f"{LOGIN_URL}?next={step.url(scene)}"
        assert _snapshot() == before
    elif role not in step.allowed:
        assert response.status_code == 403
        if role == "unverified":
            assert "Confirm your email address first" in page(response)
        assert _snapshot() == before
    else:
        if step.lands_on is None:
            assert response.status_code == 200
        else:
            assert response.status_code == 302
            assert response.url == step.landing(scene)
        step.done(scene, getattr(scene, role), before)


# Joining and leaving, by every role ------------------------------------------------------


def _asked_to_join(scene, user, before):
    membership = Membership.objects.get(group=scene.group, user=user)
    assert membership.status == Status.PENDING
    assert _member_count(scene) == 6
    assert _only_new_event(scene, before)[1:] == (Action.REQUEST, user.pk, user.pk, "")


def _left(scene, user, before):
    assert not Membership.objects.filter(group=scene.group, user=user).exists()
    assert _member_count(scene) == 5
    assert _only_new_event(scene, before)[1:] == (Action.LEAVE, user.pk, user.pk, "")


JOIN_OUTCOMES = {
    "anonymous": "login",
    "unverified": 403,
    "non_member": _asked_to_join,
    "member": _nothing_more,  # already in: sent back to the group
    "moderator": _nothing_more,
    "owner": _nothing_more,
    "other_moderator": _asked_to_join,  # a stranger here like any other
    "staff": _asked_to_join,
}
LEAVE_OUTCOMES = {
    "anonymous": "login",
    # Leaving needs no confirmed email: nobody is kept in a group against their will.
    "unverified": _left,
    "non_member": _nothing_more,
    "member": _left,
    "moderator": _left,
    "owner": _nothing_more,  # told to hand the group over first
    "other_moderator": _nothing_more,
    "staff": _nothing_more,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("action", "outcomes"), [("join", JOIN_OUTCOMES), ("leave", LEAVE_OUTCOMES)]
)
def test_joining_and_leaving_by_every_role(client, scene, role, action, outcomes):
    client = _client_for(client, scene, role)
    url = f"/groups/{SLUG}/{action}/"
    before = _snapshot()

    response = client.post(url)

    expected = outcomes[role]
    if expected == "login":
        assert response.url == f"{LOGIN_URL}?next={url}"
        assert _snapshot() == before
    elif expected == 403:
        assert response.status_code == 403
        assert _snapshot() == before
    else:
        assert response.status_code == 302
        assert response.url == f"/groups/{SLUG}/"
        expected(scene, getattr(scene, role), before)


def test_the_owner_who_tries_to_leave_is_told_why(client, scene):
    client.force_login(scene.owner)

    response = client.post(f"/groups/{SLUG}/leave/", follow=True)

    assert messages_shown(response) == [
        "The owner cannot leave the group. Hand the group to another member first."
    ]


# Ids from elsewhere ------------------------------------------------------------------------

MEMBER_ACTIONS = ["promote", "demote", "remove", "ban", "unban"]
DECISIONS = ["approve", "decline"]
# Paths under /manage/ that act on one person, with {id} for that person's user id.
PATHS_ON_SOMEONE = [f"requests/{{id}}/{decision}" for decision in DECISIONS] + [
    f"members/{{id}}/{action}" for action in MEMBER_ACTIONS
]


@pytest.mark.parametrize("who", ["applicant", "target", "banned", "co_moderator"])
@pytest.mark.parametrize("action", PATHS_ON_SOMEONE)
def test_another_groups_moderator_cannot_reach_this_groups_people_through_their_own_group(
    client, scene, who, action
):
    client.force_login(scene.other_moderator)
    someone_here = getattr(scene, who)
    before = _snapshot()

    response = client.post(
        f"/groups/recruiters-gdansk/manage/{action.format(id=someone_here.pk)}/",
        {"user_id": someone_here.pk, "group": scene.group.pk, "slug": SLUG},
    )

    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("decision", DECISIONS)
def test_ids_and_slugs_in_the_post_body_are_ignored(client, scene, decision):
    """The moderator of the other group decides on their own applicant; the body names this
    group's applicant, which must not be touched."""
    client.force_login(scene.other_moderator)

    response = client.post(
        f"/groups/recruiters-gdansk/manage/requests/{scene.other_applicant.pk}/{decision}/",
        {"user_id": scene.applicant.pk, "group": scene.group.pk, "slug": SLUG},
    )

    assert response.status_code == 302
    assert _standing(scene, "applicant") == (Role.MEMBER, Status.PENDING)
    other = Membership.objects.get(group=scene.other_group, user=scene.other_applicant)
    assert other.status == {"approve": Status.ACTIVE, "decline": Status.DECLINED}[decision]
    assert not MembershipEvent.objects.filter(group=scene.group).exists()


ACTIONS_ON_SOMEONE = [
    *((role, "post", path) for role in MODERATORS for path in PATHS_ON_SOMEONE),
    ("owner", "get", "members/{id}/transfer"),
    ("owner", "post", "members/{id}/transfer"),
]


@pytest.mark.parametrize(("role", "method", "path"), sorted(ACTIONS_ON_SOMEONE))
@pytest.mark.parametrize("stranger", ["member of another group", "no such user"])
def test_acting_on_someone_outside_the_group_is_not_found(
    client, scene, role, method, path, stranger
):
    client.force_login(getattr(scene, role))
    user_id = {"member of another group": scene.other_applicant.pk, "no such user": 999_999}[
        stranger
    ]
    before = _snapshot()

    send = getattr(client, method)
    response = send(f"{MANAGE}/{path.format(id=user_id)}/", {"confirm": "on"})

    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("role", ["owner", "moderator", "staff"])
@pytest.mark.parametrize(
    "path",
    [
        "requests/{applicant}/accept",
        "requests/{applicant}/ban",
        "members/{target}/delete",
        "members/{target}/make-owner",
        "members/{target}/APPROVE",
    ],
)
def test_an_unknown_action_or_decision_is_not_found(client, scene, role, path):
    client.force_login(getattr(scene, role))
    before = _snapshot()

    response = client.post(
        f"{MANAGE}/{path.format(applicant=scene.applicant.pk, target=scene.target.pk)}/"
    )

    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize(
    "step",
    [step for step in STEPS if step.name in (*DECISIONS, *MEMBER_ACTIONS)],
    ids=str,
)
def test_moderation_actions_refuse_get(client, scene, step):
    client.force_login(scene.owner)
    before = _snapshot()

    response = client.get(step.url(scene))

    assert response.status_code == 405
    assert _snapshot() == before


# Limits within the allowed roles ---------------------------------------------------------


@pytest.mark.parametrize("action", ["remove", "ban"])
@pytest.mark.parametrize("victim", ["co_moderator", "owner"])
def test_a_moderator_cannot_remove_or_ban_a_moderator_or_the_owner(client, scene, action, victim):
    client.force_login(scene.moderator)
    before = _snapshot()

    response = client.post(
        f"{MANAGE}/members/{getattr(scene, victim).pk}/{action}/", {"reason": "Coup."}, follow=True
    )

    assert response.redirect_chain == [(f"{MANAGE}/members/", 302)]
    assert len(messages_shown(response)) == 1
    assert 'class="message message-error"' in page(response)
    assert _snapshot() == before


@pytest.mark.parametrize("action", ["remove", "ban"])
def test_the_owner_can_remove_or_ban_a_moderator(client, scene, action):
    client.force_login(scene.owner)

    client.post(f"{MANAGE}/members/{scene.co_moderator.pk}/{action}/")

    expected = {"remove": None, "ban": (Role.MEMBER, Status.BANNED)}[action]
    assert _standing(scene, "co_moderator") == expected
    assert _member_count(scene) == 5


@pytest.mark.parametrize("role", ["owner", "staff"])
@pytest.mark.parametrize("action", ["remove", "ban"])
def test_nobody_removes_or_bans_the_owner(client, scene, role, action):
    client.force_login(getattr(scene, role))
    before = _snapshot()

    response = client.post(f"{MANAGE}/members/{scene.owner.pk}/{action}/", follow=True)

    assert messages_shown(response) == ["The owner cannot be removed or banned."]
    assert _snapshot() == before


def test_staff_cannot_take_the_group_over_for_themselves(client, scene):
    MembershipFactory(group=scene.group, user=scene.staff)
    client.force_login(scene.staff)
    before = _snapshot()

    response = client.post(f"{MANAGE}/members/{scene.staff.pk}/transfer/", {"confirm": "on"})

    assert response.status_code == 403
    assert _snapshot() == before


def test_the_transfer_needs_the_box_ticked(client, scene):
    client.force_login(scene.owner)
    before = _snapshot()

    response = client.post(f"{MANAGE}/members/{scene.target.pk}/transfer/", {})

    assert response.status_code == 200
    assert "Tick the box to confirm." in page(response)
    assert _snapshot() == before


def test_the_group_cannot_be_handed_to_a_pending_applicant(client, scene):
    client.force_login(scene.owner)
    before = _snapshot()

    response = client.post(f"{MANAGE}/members/{scene.applicant.pk}/transfer/", {"confirm": "on"})

    assert response.status_code == 200
    assert "That person is not a member of this group." in page(response)
    assert _snapshot() == before


@pytest.mark.parametrize(
    ("role", "sees_role_buttons", "sees_make_owner"),
    [("moderator", False, False), ("owner", True, True), ("staff", True, False)],
)
def test_the_members_page_offers_only_what_the_viewer_may_do(
    client, scene, role, sees_role_buttons, sees_make_owner
):
    client.force_login(getattr(scene, role))

    content = page(client.get(f"{MANAGE}/members/"))

    assert (f"{MANAGE}/members/{scene.target.pk}/promote/" in content) is sees_role_buttons
    assert (f"{MANAGE}/members/{scene.co_moderator.pk}/demote/" in content) is sees_role_buttons
    assert (f"{MANAGE}/members/{scene.target.pk}/transfer/" in content) is sees_make_owner
    assert f"{MANAGE}/members/{scene.target.pk}/ban/" in content
    assert f"{MANAGE}/members/{scene.banned.pk}/unban/" in content
    assert f"{MANAGE}/members/{scene.owner.pk}/ban/" not in content


@pytest.mark.parametrize("staff_standing", ["outside the group", "plain member"])
def test_staff_powers_do_not_shrink_when_staff_join_the_group(client, scene, staff_standing):
    # Staff may demote a moderator and then remove them; refusing the removal outright only
    # to staff who happen to be members makes their powers depend on an unrelated click.
    if staff_standing == "plain member":
        MembershipFactory(group=scene.group, user=scene.staff)
    client.force_login(scene.staff)

    client.post(f"{MANAGE}/members/{scene.co_moderator.pk}/remove/")

    assert _standing(scene, "co_moderator") is None


@pytest.mark.parametrize(
    ("decision", "subject"),
    [
        ("approve", "Welcome to Rekruterzy Kraków"),
        ("decline", "Your request to join Rekruterzy Kraków"),
    ],
)
def test_a_decision_emails_the_applicant_with_the_message(
    client, scene, mailoutbox, django_capture_on_commit_callbacks, decision, subject
):
    client.force_login(scene.moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{MANAGE}/requests/{scene.applicant.pk}/{decision}/",
            {"message": "Zapraszamy na spotkanie w czwartek."},
            follow=True,
        )

    assert response.redirect_chain == [(f"{MANAGE}/requests/", 302)]
    assert "No requests are waiting." in page(response)
    (email,) = mailoutbox
    assert email.to == ["applicant@example.com"]
    assert email.subject == subject
    assert "Zapraszamy na spotkanie w czwartek." in email.body


# Query counts ------------------------------------------------------------------------------

# Measured for the owner: session, user, email check, group, the viewer's membership, the
# pending badge, the paginator's count and the page's rows (the members page adds the banned
# list). None of them grows with the number of rows.
REQUESTS_PAGE_QUERY_BUDGET = 9
MEMBERS_PAGE_QUERY_BUDGET = 10
AUDIT_LOG_QUERY_BUDGET = 9


@pytest.fixture
def busy_group():
    group = GroupFactory(
        name="Busy Guild",
        slug="busy-guild",
        join_policy=Group.JoinPolicy.APPROVAL,
        admission_questions=["Where do you recruit?", "What do you hire for?"],
    )
    owner = UserFactory(username="busy-owner")
    MembershipFactory(group=group, user=owner, role=Role.OWNER)
    return group, owner


@pytest.mark.parametrize("size", [5, 50])
def test_the_requests_page_query_count_does_not_grow(
    client, busy_group, django_assert_max_num_queries, size
):
    group, owner = busy_group
    for applicant in UserFactory.create_batch(size, headline="Tech sourcer", home_country="DE"):
        MembershipFactory(
            group=group,
            user=applicant,
            status=Status.PENDING,
            admission_answers=["Berlin", "Backend engineers"],
        )
    client.force_login(owner)

    with django_assert_max_num_queries(REQUESTS_PAGE_QUERY_BUDGET):
        response = client.get("/groups/busy-guild/manage/requests/")

    assert page(response).count("/approve/") == min(size, settings.PAGE_SIZE)
    assert page(response).count("Backend engineers") == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_members_page_query_count_does_not_grow(
    client, busy_group, django_assert_max_num_queries, size
):
    group, owner = busy_group
    for user in UserFactory.create_batch(size):
        MembershipFactory(group=group, user=user, role=Role.MODERATOR if user.pk % 3 else "member")
    for user in UserFactory.create_batch(size):
        MembershipFactory(group=group, user=user, status=Status.BANNED, decision_message="Spam.")
    client.force_login(owner)

    with django_assert_max_num_queries(MEMBERS_PAGE_QUERY_BUDGET):
        response = client.get("/groups/busy-guild/manage/members/")

    rows = min(size + 1, settings.PAGE_SIZE)  # the members and the owner, who has no buttons
    assert page(response).count("/ban/") == rows - 1
    assert page(response).count("/unban/") == min(size, settings.PAGE_SIZE)


@pytest.mark.parametrize("size", [5, 50])
def test_the_audit_log_query_count_does_not_grow(
    client, busy_group, django_assert_max_num_queries, size
):
    group, owner = busy_group
    people = UserFactory.create_batch(size)
    MembershipEvent.objects.bulk_create(
        MembershipEvent(
            group=group, action=Action.BAN, actor=owner, member=person, reason=f"Reason {n}"
        )
        for n, person in enumerate(people)
    )
    client.force_login(owner)

    with django_assert_max_num_queries(AUDIT_LOG_QUERY_BUDGET):
        response = client.get("/groups/busy-guild/manage/log/")

    assert page(response).count("<td>banned</td>") == min(size, settings.PAGE_SIZE)
