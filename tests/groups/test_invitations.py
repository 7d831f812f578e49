import html
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from groups.models import EmailInvitation, Group, InvitationLink, Membership, MembershipEvent
from groups.services import invitations_import_csv
from groups.services.invitations import MAX_IMPORT_ROWS, parse_invitation_csv
from groups.services.memberships import MembershipError
from tests.factories import GroupFactory, MembershipFactory, UserFactory
from tests.html import field_errors, messages_shown, page

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


def _join_link(link):
    return f"/groups/invitations/{link.token}/"


def _email_link(invitation):
    return f"/groups/invitations/email/{invitation.token}/"


@pytest.fixture
def club(db):
    """An invitation-only group with rules, run by an owner and a moderator."""
    group = GroupFactory(
        name="Tel Aviv Tech Recruiters",
        country="IL",
        city="Tel Aviv",
        join_policy=Group.JoinPolicy.INVITATION,
        rules="Share salary ranges, never candidates' names.",
        languages=["he", "en"],
    )
    owner = UserFactory(username="noa", email="noa@example.com", home_country="IL")
    moderator = UserFactory(username="eitan", email="eitan@example.com", home_country="IL")
    MembershipFactory(user=owner, group=group, role=Membership.Role.OWNER)
    MembershipFactory(user=moderator, group=group, role=Membership.Role.MODERATOR)
    group.refresh_from_db()
    group.owner, group.moderator = owner, moderator
    return group


def _link(group, **fields):
    return InvitationLink.objects.create(group=group, created_by=group.owner, **fields)


def _members_of(group):
    return set(group.memberships.active().values_list("user__username", flat=True))


# Managing: who may ---------------------------------------------------------------------------

MANAGE_PAGES = ["invitations/", "invitations/import/"]


@pytest.mark.parametrize("path", MANAGE_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in_from_the_invitation_pages(client, club, path):
    url = f"/groups/{club.slug}/manage/{path}"

    response = client.get(url)

    assert response.status_code == 302
    assert response.url == f"{LOGIN_URL}?next={url}"


@pytest.mark.parametrize("path", MANAGE_PAGES)
def test_unverified_members_are_asked_to_confirm_their_email_first(unverified_client, club, path):
    response = unverified_client.get(f"/groups/{club.slug}/manage/{path}")

    assert response.status_code == 403
    assert "Confirm your email address first" in page(response)


@pytest.mark.parametrize("path", MANAGE_PAGES)
def test_plain_members_may_not_manage_invitations(member_client, member, club, path):
    MembershipFactory(user=member, group=club)

    assert member_client.get(f"/groups/{club.slug}/manage/{path}").status_code == 403


@pytest.mark.parametrize("path", MANAGE_PAGES)
@pytest.mark.parametrize("role", ["owner", "moderator"])
def test_the_owner_and_moderators_manage_invitations(club, path, role):
    response = _client_for(getattr(club, role)).get(f"/groups/{club.slug}/manage/{path}")

    assert response.status_code == 200


@pytest.mark.parametrize("path", MANAGE_PAGES)
def test_staff_manage_any_groups_invitations(client, staff_member, club, path):
    client.force_login(staff_member)

    assert client.get(f"/groups/{club.slug}/manage/{path}").status_code == 200


@pytest.mark.parametrize("path", MANAGE_PAGES)
def test_a_moderator_of_another_group_may_not_manage_invitations(club, german_group, path):
    outsider = UserFactory(username="jonas", email="jonas@example.com")
    MembershipFactory(user=outsider, group=german_group, role=Membership.Role.MODERATOR)

    assert _client_for(outsider).get(f"/groups/{club.slug}/manage/{path}").status_code == 403


def test_a_moderator_of_another_group_cannot_create_links_or_invite(club, german_group):
    outsider = UserFactory(username="jonas", email="jonas@example.com")
    MembershipFactory(user=outsider, group=german_group, role=Membership.Role.MODERATOR)
    client = _client_for(outsider)
    url = f"/groups/{club.slug}/manage/invitations/"

    link = client.post(url, {"form": "link"})
    emails = client.post(url, {"form": "emails", "invite-addresses": "spy@example.com"})
    upload = client.post(
        f"{url}import/", {"file": SimpleUploadedFile("a.csv", b"spy@example.com\n")}
    )

    assert [link.status_code, emails.status_code, upload.status_code] == [403, 403, 403]
    assert not InvitationLink.objects.exists()
    assert not EmailInvitation.objects.exists()


def test_revoking_another_groups_link_through_ones_own_group_is_not_found(club, german_group):
    outsider = UserFactory(username="jonas", email="jonas@example.com")
    MembershipFactory(user=outsider, group=german_group, role=Membership.Role.MODERATOR)
    their_link = _link(club)

    response = _client_for(outsider).post(
        f"/groups/{german_group.slug}/manage/invitations/links/{their_link.pk}/revoke/"
    )

    their_link.refresh_from_db()
    assert response.status_code == 404
    assert their_link.revoked_at is None


def test_revoking_another_groups_link_directly_is_forbidden(club, german_group):
    outsider = UserFactory(username="jonas", email="jonas@example.com")
    MembershipFactory(user=outsider, group=german_group, role=Membership.Role.MODERATOR)
    their_link = _link(club)

    response = _client_for(outsider).post(
        f"/groups/{club.slug}/manage/invitations/links/{their_link.pk}/revoke/"
    )

    their_link.refresh_from_db()
    assert response.status_code == 403
    assert their_link.revoked_at is None


def test_a_plain_member_cannot_revoke_a_link(member_client, member, club):
    MembershipFactory(user=member, group=club)
    link = _link(club)

    response = member_client.post(f"/groups/{club.slug}/manage/invitations/links/{link.pk}/revoke/")

    link.refresh_from_db()
    assert response.status_code == 403
    assert link.revoked_at is None


def test_revoking_takes_a_post(club):
    link = _link(club)

    response = _client_for(club.moderator).get(
        f"/groups/{club.slug}/manage/invitations/links/{link.pk}/revoke/"
    )

    assert response.status_code == 405


# Managing: links ---------------------------------------------------------------------------


def test_a_moderator_creates_a_link_and_sees_its_full_address(club):
    client = _client_for(club.moderator)
    url = f"/groups/{club.slug}/manage/invitations/"

    response = client.post(
        url, {"form": "link", "link-expires_in_days": "7", "link-max_uses": "3"}, follow=True
    )

    link = InvitationLink.objects.get(group=club)
    assert link.max_uses == 3
    assert link.created_by == club.moderator
    assert timedelta(days=6, hours=23) < link.expires_at - timezone.now() <= timedelta(days=7)
    assert messages_shown(response) == ["A new invitation link is ready to share."]
    assert f'value="http://testserver/groups/invitations/{link.token}/"' in page(response)
    assert "0 of 3" in page(response)


def test_a_link_without_limits_never_expires(club):
    _client_for(club.owner).post(f"/groups/{club.slug}/manage/invitations/", {"form": "link"})

    link = InvitationLink.objects.get(group=club)
    assert (link.expires_at, link.max_uses) == (None, None)


@pytest.mark.parametrize(
    ("days", "uses", "field", "error"),
    [
        ("0", "", "expires_in_days", "Ensure this value is greater than or equal to 1."),
        ("366", "", "expires_in_days", "Ensure this value is less than or equal to 365."),
        ("soon", "", "expires_in_days", "Enter a whole number."),
        ("", "0", "max_uses", "Ensure this value is greater than or equal to 1."),
        ("", "99999999999", "max_uses", "Ensure this value is less than or equal to 100000."),
    ],
)
def test_a_link_with_bad_limits_is_not_created(club, days, uses, field, error):
    response = _client_for(club.owner).post(
        f"/groups/{club.slug}/manage/invitations/",
        {"form": "link", "link-expires_in_days": days, "link-max_uses": uses},
    )

    assert response.status_code == 200
    assert field_errors(response, f"link-{field}") == [error]
    assert not InvitationLink.objects.exists()


def test_a_post_without_a_known_form_is_a_bad_request(club):
    response = _client_for(club.owner).post(f"/groups/{club.slug}/manage/invitations/", {})

    assert response.status_code == 400


def test_a_moderator_revokes_a_link_and_it_is_logged(club):
    link = _link(club)

    response = _client_for(club.moderator).post(
        f"/groups/{club.slug}/manage/invitations/links/{link.pk}/revoke/", follow=True
    )

    link.refresh_from_db()
    assert link.revoked_at is not None
    assert messages_shown(response) == ["The link was revoked: nobody else can join with it."]
    assert MembershipEvent.objects.filter(
        group=club, actor=club.moderator, reason="link revoked"
    ).exists()


def test_the_page_separates_active_links_from_spent_ones(club):
    active = _link(club, max_uses=5, use_count=1)
    spent = _link(club, expires_at=timezone.now() - timedelta(days=1))

    content = page(_client_for(club.owner).get(f"/groups/{club.slug}/manage/invitations/"))

    active_table, spent_table = content.split("<details>")
    assert active.token in active_table and spent.token not in active_table
    assert spent.token in spent_table and "expired" in spent_table


# Managing: email invitations ---------------------------------------------------------------


def test_a_moderator_invites_a_few_people_by_email(
    club, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _client_for(club.moderator).post(
            f"/groups/{club.slug}/manage/invitations/",
            {
                "form": "emails",
                "invite-addresses": "maya@example.com\r\nDavid@Example.com, David Levi\r\n",
            },
            follow=True,
        )

    assert messages_shown(response) == ["2 invitations are on their way."]
    assert sorted(message.to[0] for message in mailoutbox) == [
        "David@Example.com",
        "maya@example.com",
    ]
    invitation = EmailInvitation.objects.get(email="David@Example.com")
    assert invitation.name == "David Levi"
    assert invitation.sent_at is not None
    message = next(message for message in mailoutbox if message.to == ["David@Example.com"])
    assert message.subject == "You are invited to join Tel Aviv Tech Recruiters on RecruitCommunity"
    assert message.body.startswith("Hello David Levi,")
    assert "invites you to join Tel Aviv Tech Recruiters" in message.body
    assert "Tel Aviv, Israel" in message.body
    assert f"/groups/invitations/email/{invitation.token}/" in message.body


def test_typed_addresses_that_are_wrong_are_reported_by_line(club):
    response = _client_for(club.moderator).post(
        f"/groups/{club.slug}/manage/invitations/",
        {"form": "emails", "invite-addresses": "maya@example.com\nmaya at example.com\n"},
    )

    assert response.status_code == 200
    assert response.context["report"].rejected == [
        (2, "maya at example.com", "not a valid email address")
    ]
    assert list(EmailInvitation.objects.values_list("email", flat=True)) == ["maya@example.com"]


def test_typing_an_address_invited_before_sends_nothing_new(
    club, mailoutbox, django_capture_on_commit_callbacks
):
    client = _client_for(club.moderator)
    url = f"/groups/{club.slug}/manage/invitations/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"form": "emails", "invite-addresses": "maya@example.com"}, follow=True)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"form": "emails", "invite-addresses": "MAYA@example.com"}, follow=True
        )

    assert messages_shown(response) == [
        "1 address had been invited before; nobody is invited twice."
    ]
    assert EmailInvitation.objects.count() == 1
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("addresses", "error"),
    [
        ("", "Type at least one email address."),
        ("   \n  ", "Type at least one email address."),
        (
            "\n".join(f"p{number}@example.com" for number in range(101)),
            "Type at most 100 addresses here; upload a CSV file for more.",
        ),
    ],
)
def test_the_email_form_refuses_bad_input(club, addresses, error):
    response = _client_for(club.owner).post(
        f"/groups/{club.slug}/manage/invitations/",
        {"form": "emails", "invite-addresses": addresses},
    )

    assert field_errors(response, "invite-addresses") == [error]
    assert not EmailInvitation.objects.exists()


def test_the_email_invitation_subject_is_not_html_escaped(
    mailoutbox, django_capture_on_commit_callbacks
):
    group = GroupFactory(name="Recruiters & Sourcers <Kraków>")
    owner = UserFactory(username="olek", email="olek@example.com")

    with django_capture_on_commit_callbacks(execute=True):
        invitations_import_csv(group=group, inviter=owner, text="ewa@example.com")

    assert mailoutbox[0].subject == (
        "You are invited to join Recruiters & Sourcers <Kraków> on RecruitCommunity"
    )
    assert "Recruiters & Sourcers <Kraków>" in mailoutbox[0].body


def test_the_email_invitations_are_listed_with_their_state(club):
    accepted_by = UserFactory(username="maya", display_name="Maya Cohen")
    now = timezone.now()
    EmailInvitation.objects.create(group=club, email="queued@example.com")
    EmailInvitation.objects.create(group=club, email="sent@example.com", sent_at=now)
    EmailInvitation.objects.create(
        group=club,
        email="maya@example.com",
        sent_at=now,
        accepted_at=now,
        accepted_by=accepted_by,
    )
    client = _client_for(club.owner)
    url = f"/groups/{club.slug}/manage/invitations/"

    everyone = page(client.get(url))
    pending = page(client.get(f"{url}?status=pending"))
    accepted = page(client.get(f"{url}?status=accepted"))

    assert "3 people invited · 2 emails sent · 1 accepted · 2 pending" in " ".join(everyone.split())
    assert "not sent yet" in everyone and "not accepted yet" in everyone
    assert "Maya Cohen" in accepted
    assert "queued@example.com" in pending and "maya@example.com" not in pending
    assert "maya@example.com" in accepted and "sent@example.com" not in accepted


# Import: the acceptance line ---------------------------------------------------------------


def _malformed_row(number, kind):
    return [
        f"person{number}.example.com,No At Sign",
        f"person{number}@example.com,Person {number},extra column",
        f"PERSON{number - 1}@Example.com,Same address as the line before",
        f"person{number}@example.com,{'N' * 121}",
        f"{'x' * 250}{number}@example.com,Address too long for the column",
    ][kind % 5]


def _community_csv(rows, malformed_every=100):
    """A header, then `rows` people; every `malformed_every`-th line of the file is broken.
    Returns (the file's bytes, {line number of each broken row: reason})."""
    lines, broken = ["email,name"], {}
    reasons = [
        "not a valid email address",
        "too many columns (expected: email, name)",
        "this address appears earlier in the file",
        "the name is too long",
        "not a valid email address",
    ]
    for line_number in range(2, rows + 2):
        if malformed_every and line_number % malformed_every == 0:
            kind = line_number // malformed_every - 1
            lines.append(_malformed_row(line_number, kind))
            broken[line_number] = reasons[kind % 5]
        else:
            lines.append(f"person{line_number}@example.com,Person {line_number}")
    return ("\r\n".join(lines) + "\r\n").encode(), broken


def _upload(client, group, content, name="community.csv"):
    return client.post(
        f"/groups/{group.slug}/manage/invitations/import/",
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def test_importing_5000_rows_invites_4950_and_reports_the_50_broken_rows_then_nobody_twice(
    club, mailoutbox, django_capture_on_commit_callbacks
):
    content, broken = _community_csv(MAX_IMPORT_ROWS)
    client = _client_for(club.owner)
    assert len(broken) == 50

    with django_capture_on_commit_callbacks(execute=True):
        first = _upload(client, club, content)

    report = first.context["report"]
    assert first.status_code == 200
    assert (report.invited, report.already_invited) == (4950, 0)
    assert {line: reason for line, _row, reason in report.rejected} == broken
    assert report.rejected[0][:2] == (100, "person100.example.com,No At Sign")
    assert EmailInvitation.objects.filter(group=club).count() == 4950
    assert len(mailoutbox) == 4950
    assert not EmailInvitation.objects.filter(sent_at__isnull=True).exists()
    shown = re.findall(r"<tr><td>(\d+)</td><td><bdi>(.*?)</bdi></td>", page(first))
    assert [int(line) for line, _row in shown] == sorted(broken)
    assert html.unescape(shown[1][1]) == "person200@example.com,Person 200,extra column"

    with django_capture_on_commit_callbacks(execute=True):
        again = _upload(client, club, content)

    report = again.context["report"]
    assert (report.invited, report.already_invited, len(report.rejected)) == (0, 4950, 50)
    assert EmailInvitation.objects.filter(group=club).count() == 4950
    assert len(mailoutbox) == 4950
    assert "<strong>0</strong> people invited" in page(again)
    assert "<strong>4950</strong> addresses had been invited before" in page(again)


def test_a_file_of_5001_rows_is_refused_and_nothing_is_saved(
    club, mailoutbox, django_capture_on_commit_callbacks
):
    content, _broken = _community_csv(MAX_IMPORT_ROWS + 1, malformed_every=0)
    events_before = MembershipEvent.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(_client_for(club.owner), club, content)

    assert response.status_code == 200
    assert field_errors(response, "file") == ["A file may hold at most 5000 rows."]
    assert not EmailInvitation.objects.exists()
    assert MembershipEvent.objects.count() == events_before
    assert mailoutbox == []


def test_a_file_over_one_megabyte_is_refused(club):
    content = b"email,name\r\n" + b"".join(
        f"person{number}@example.com,{'N' * 100}\r\n".encode() for number in range(9000)
    )
    assert len(content) > 1024 * 1024

    response = _upload(_client_for(club.owner), club, content)

    assert field_errors(response, "file") == [
        "The file is larger than 1 MB. Split it into smaller files."
    ]
    assert not EmailInvitation.objects.exists()


NOT_UTF8 = (
    "This file is not a CSV file saved as UTF-8 text. In your spreadsheet, choose “Save as” "
    "or “Download” → “CSV UTF-8” and upload that file."
)
BINARY = "This is not a CSV file: it holds binary data. Upload a CSV file."


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("polish.csv", "zofia@example.com,Zofia Żółć\r\n".encode("cp1250"), NOT_UTF8),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", NOT_UTF8),
        ("members.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", BINARY),
        ("empty.csv", b"", "The submitted file is empty."),
        ("blank.csv", b"\r\n  \r\n", "The file is empty."),
    ],
)
def test_a_file_that_is_not_utf8_csv_is_a_clear_error(club, name, content, error):
    response = _upload(_client_for(club.owner), club, content, name=name)

    assert response.status_code == 200
    assert field_errors(response, "file") == [error]
    assert not EmailInvitation.objects.exists()


def test_an_upload_without_a_file_is_an_error(club):
    response = _client_for(club.owner).post(f"/groups/{club.slug}/manage/invitations/import/")

    assert field_errors(response, "file") == ["This field is required."]


def test_a_utf8_file_with_a_byte_order_mark_is_read(club):
    content = "\ufeffEmail,Name\r\nzofia@example.com,Zofia Żółć\r\n".encode()

    response = _upload(_client_for(club.owner), club, content)

    report = response.context["report"]
    assert (report.invited, report.rejected) == (1, [])
    assert EmailInvitation.objects.get().name == "Zofia Żółć"


# Import: the parser ------------------------------------------------------------------------


def test_line_numbers_count_lines_of_the_file_even_across_quoted_line_breaks():
    text = 'email,name\n\n"ada@example.com","Ada\nLovelace"\nnot-an-address\n'

    valid, rejected = parse_invitation_csv(text)

    assert valid == {"ada@example.com": ("ada@example.com", "Ada\nLovelace")}
    assert rejected == [(5, "not-an-address", "not a valid email address")]


def test_a_row_with_nul_characters_is_rejected_not_saved():
    _valid, rejected = parse_invitation_csv("eve@example.com,E\x00ve\n")

    assert rejected == [(1, "eve@example.com,E\ufffdve", "contains characters that are not text")]


def test_an_address_longer_than_the_column_is_rejected(club):
    address = f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 63}.com"
    assert 254 < len(address) <= 320

    report = invitations_import_csv(group=club, inviter=club.owner, text=address)

    assert report.rejected == [(1, address, "not a valid email address")]


def test_text_that_is_not_csv_at_all_is_a_clear_error(club):
    with pytest.raises(MembershipError, match="Line 1 could not be read as CSV"):
        invitations_import_csv(group=club, inviter=club.owner, text="x" * 200_000)


# Accepting a link --------------------------------------------------------------------------


def test_anonymous_visitors_see_the_group_and_are_asked_to_sign_in(client, club):
    link = _link(club)
    path = _join_link(link)

    response = client.get(path)

    content = page(response)
    assert response.status_code == 200
    assert "Tel Aviv Tech Recruiters" in content
    assert "Share salary ranges, never candidates' names." in html.unescape(content)
    assert f'href="/accounts/login/?next={path}"' in content
    assert f'href="/accounts/signup/?next={path}"' in content
    assert '<form method="post" class="stacked-form"' not in content


def test_an_anonymous_post_joins_nobody(client, club):
    link = _link(club)

    response = client.post(_join_link(link), {"accept_rules": "on"})

    link.refresh_from_db()
    assert response.status_code == 200
    assert link.use_count == 0


def test_unverified_members_confirm_their_email_before_accepting(unverified_client, club):
    link = _link(club)

    response = unverified_client.post(_join_link(link), {"accept_rules": "on"})

    assert response.status_code == 403
    assert "Confirm your email address first" in page(response)
    assert "newbie" not in _members_of(club)


def test_a_member_accepts_the_rules_and_joins_with_a_link(member_client, club):
    link = _link(club)
    assert "accept_rules" in page(member_client.get(_join_link(link)))

    response = member_client.post(_join_link(link), {"accept_rules": "on"}, follow=True)

    link.refresh_from_db()
    membership = Membership.objects.get(group=club, user__username="ania")
    assert response.redirect_chain == [(club.get_absolute_url(), 302)]
    assert messages_shown(response) == ["Welcome to Tel Aviv Tech Recruiters!"]
    assert membership.is_active and membership.rules_accepted_at is not None
    assert link.use_count == 1
    club.refresh_from_db()
    assert club.member_count == 3


def test_the_rules_must_be_accepted_to_join(member_client, club):
    link = _link(club)

    response = member_client.post(_join_link(link), {})

    link.refresh_from_db()
    assert response.status_code == 200
    assert field_errors(response, "accept_rules") == ["Accept the rules to join."]
    assert "ania" not in _members_of(club)
    assert link.use_count == 0


def test_a_link_for_a_group_without_rules_joins_in_one_click(member_client):
    group = GroupFactory(join_policy=Group.JoinPolicy.INVITATION)
    link = InvitationLink.objects.create(group=group)

    member_client.post(_join_link(link))

    assert _members_of(group) == {"ania"}


def test_a_link_with_two_uses_admits_two_people_then_is_used_up(club):
    link = _link(club, max_uses=2)
    people = [UserFactory(username=name, email=f"{name}@example.com") for name in "abc"]

    statuses = [
        _client_for(person).post(_join_link(link), {"accept_rules": "on"}).status_code
        for person in people
    ]
    late = _client_for(people[2]).get(_join_link(link))

    link.refresh_from_db()
    assert statuses == [302, 302, 410]
    assert late.status_code == 410
    assert "This invitation link has been used as many times as it allows." in page(late)
    assert link.use_count == 2
    assert {"a", "b"} <= _members_of(club) and "c" not in _members_of(club)


def test_using_a_link_twice_counts_one_use(member_client, club):
    link = _link(club, max_uses=5)

    member_client.post(_join_link(link), {"accept_rules": "on"})
    again = member_client.post(_join_link(link), {"accept_rules": "on"}, follow=True)

    link.refresh_from_db()
    assert link.use_count == 1
    assert "You are already a member of Tel Aviv Tech Recruiters." in messages_shown(again)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (
            {"expires_at": timezone.now() - timedelta(minutes=1)},
            "This invitation link has expired.",
        ),
        (
            {"revoked_at": timezone.now()},
            "This invitation link was withdrawn by the group's moderators.",
        ),
    ],
)
def test_an_expired_or_revoked_link_is_gone(client, member_client, club, fields, reason):
    link = _link(club, **fields)

    signed_in = member_client.post(_join_link(link), {"accept_rules": "on"})
    anonymous = Client().get(_join_link(link))

    assert signed_in.status_code == 410 and anonymous.status_code == 410
    assert html.unescape(reason) in html.unescape(page(signed_in))
    assert "ania" not in _members_of(club)


def test_an_unknown_token_is_not_found(member_client):
    assert member_client.get("/groups/invitations/no-such-token/").status_code == 404
    assert member_client.get("/groups/invitations/email/no-such-token/").status_code == 404


def test_a_banned_person_cannot_join_with_a_link(member_client, member, club):
    MembershipFactory(user=member, group=club, status=Membership.Status.BANNED)
    link = _link(club)

    shown = member_client.get(_join_link(link))
    posted = member_client.post(_join_link(link), {"accept_rules": "on"})

    link.refresh_from_db()
    assert shown.status_code == 403 and posted.status_code == 403
    assert "You cannot join this group." in page(posted)
    assert Membership.objects.get(user=member, group=club).is_banned
    assert link.use_count == 0


def test_an_invitation_only_group_cannot_be_joined_without_an_invitation(member_client):
    group = GroupFactory(join_policy=Group.JoinPolicy.INVITATION)

    response = member_client.post(f"/groups/{group.slug}/join/", follow=True)

    assert messages_shown(response) == ["This group admits members by invitation only."]
    assert not Membership.objects.filter(group=group).exists()


# Accepting an email invitation -------------------------------------------------------------


def test_an_email_invitation_is_accepted_once(member_client, member, club):
    invitation = EmailInvitation.objects.create(
        group=club, email="ania@example.com", invited_by=club.owner
    )
    assert "invited by" in page(member_client.get(_email_link(invitation)))

    accepted = member_client.post(_email_link(invitation), {"accept_rules": "on"})
    someone_else = _client_for(UserFactory(username="dana", email="dana@example.com"))
    late = someone_else.post(_email_link(invitation), {"accept_rules": "on"})

    invitation.refresh_from_db()
    assert accepted.status_code == 302
    assert (invitation.accepted_by, invitation.accepted_at is not None) == (member, True)
    assert late.status_code == 410
    assert "This invitation has already been accepted." in page(late)
    assert "ania" in _members_of(club) and "dana" not in _members_of(club)


def test_the_invitee_following_the_email_again_lands_on_the_group(member_client, club):
    invitation = EmailInvitation.objects.create(group=club, email="ania@example.com")
    member_client.post(_email_link(invitation), {"accept_rules": "on"})

    response = member_client.get(_email_link(invitation))

    assert response.status_code == 302
    assert response.url == club.get_absolute_url()


def test_a_banned_person_cannot_accept_an_email_invitation(member_client, member, club):
    MembershipFactory(user=member, group=club, status=Membership.Status.BANNED)
    invitation = EmailInvitation.objects.create(group=club, email="ania@example.com")

    response = member_client.post(_email_link(invitation), {"accept_rules": "on"})

    invitation.refresh_from_db()
    assert response.status_code == 403
    assert invitation.accepted_at is None


def test_a_withdrawn_email_invitation_is_gone(member_client, club):
    invitation = EmailInvitation.objects.create(
        group=club, email="ania@example.com", revoked_at=timezone.now()
    )

    response = member_client.get(_email_link(invitation))

    assert response.status_code == 410


def test_an_accepted_invitation_from_an_import_joins_the_group(
    client, club, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitations_import_csv(group=club, inviter=club.owner, text="lior@example.com,Lior")
    path = re.search(r"http://[^/]+(/groups/invitations/email/\S+/)", mailoutbox[0].body)[1]
    lior = UserFactory(username="lior", email="lior@example.com")
    client.force_login(lior)

    client.post(path, {"accept_rules": "on"})

    assert "lior" in _members_of(club)


# Query counts ------------------------------------------------------------------------------

# Session, member, email check, group, membership, pending count, active links, spent links,
# invitation counts, page count, page rows: the same at any number of invitations.
INVITATIONS_PAGE_QUERY_BUDGET = 12


@pytest.mark.parametrize("size", [5, 50])
def test_the_invitations_page_query_count_does_not_grow(club, django_assert_max_num_queries, size):
    inviters = [club.owner, club.moderator]
    accepters = [UserFactory() for _ in range(3)]
    now = timezone.now()
    EmailInvitation.objects.bulk_create(
        EmailInvitation(
            group=club,
            email=f"person{number}@example.com",
            invited_by=inviters[number % 2],
            sent_at=now,
            accepted_at=now if number % 3 == 0 else None,
            accepted_by=accepters[number % 3] if number % 3 == 0 else None,
        )
        for number in range(size)
    )
    for number in range(size // 5):
        _link(club, max_uses=number + 1)
        _link(club, revoked_at=now)
    client = _client_for(club.moderator)

    with django_assert_max_num_queries(INVITATIONS_PAGE_QUERY_BUDGET):
        response = client.get(f"/groups/{club.slug}/manage/invitations/")

    assert response.status_code == 200
    assert len(response.context["page_obj"]) == min(size, 20)


def test_a_pending_applicant_who_follows_a_link_is_admitted(member_client, member):
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL)
    MembershipFactory(user=member, group=group, status=Membership.Status.PENDING)
    link = InvitationLink.objects.create(group=group)

    member_client.post(_join_link(link))

    assert Membership.objects.get(user=member, group=group).is_active


def test_a_link_is_spent_only_on_someone_it_admits(member_client, member):
    group = GroupFactory(join_policy=Group.JoinPolicy.APPROVAL)
    MembershipFactory(user=member, group=group, status=Membership.Status.PENDING)
    link = InvitationLink.objects.create(group=group, max_uses=1)

    member_client.post(_join_link(link))

    link.refresh_from_db()
    admitted = Membership.objects.get(user=member, group=group).is_active
    assert link.use_count == int(admitted)


# In Hebrew -------------------------------------------------------------------------------


def test_the_invitation_pages_render_right_to_left_in_hebrew(club, settings):
    link = _link(club)
    manager = _client_for(club.owner)
    manager.cookies[settings.LANGUAGE_COOKIE_NAME] = "he"
    visitor = Client()
    visitor.cookies[settings.LANGUAGE_COOKIE_NAME] = "he"

    pages = [
        manager.get(f"/groups/{club.slug}/manage/invitations/"),
        manager.get(f"/groups/{club.slug}/manage/invitations/import/"),
        visitor.get(_join_link(link)),
    ]

    assert [response.status_code for response in pages] == [200, 200, 200]
    assert all('<html lang="he" dir="rtl">' in page(response) for response in pages)
    assert 'dir="ltr">' in page(pages[0]) and link.token in page(pages[0])
