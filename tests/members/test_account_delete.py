"""Deleting one's account (/accounts/delete/, members.services.account_delete): posts stay,
signed "former member"; nothing personal about the member stays anywhere in the database."""

from importlib import import_module

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.urls import reverse

from events.models import RSVP, Event
from groups.models import EmailInvitation, Group, Membership
from members.models import SpokenLanguage, User
from members.services import AccountDeletionError, account_delete
from notifications.models import Follow, Notification, NotificationPreference
from questions.models import Answer, Comment, Question, Vote
from tests.factories import MembershipFactory, UserFactory
from tests.html import page
from tests.members.activity import PERSONAL, member_with_everything

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # UserFactory's
PAGE_QUERY_BUDGET = 7


def _values_found_in_database(values):
    """{table: rows} of every row of every table in which any column, read as text, contains
    one of the values (case-insensitively). One query per table."""
    patterns = [
        "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for value in values
    ]
    quote = connection.ops.quote_name
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position)
            FROM information_schema.columns c
            JOIN information_schema.tables t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema()
              AND t.table_type = 'BASE TABLE'
              AND c.data_type <> 'bytea'
            GROUP BY c.table_name
            """
        )
        tables = cursor.fetchall()
        assert len(tables) > 30, "the scan should see every table of the site"
        for table, columns in tables:
            condition = " OR ".join(f"{quote(column)}::text ILIKE ANY (%s)" for column in columns)
            cursor.execute(
                f"SELECT * FROM {quote(table)} WHERE {condition}",
                [patterns] * len(columns),
            )
            rows = cursor.fetchall()
            if rows:
                found[table] = rows
    return found


def _sessions_of(member):
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    return [
        row
        for row in Session.objects.all()
        if store.decode(row.session_data).get("_auth_user_id") == str(member.pk)
    ]


def test_after_deletion_no_personal_value_remains_anywhere_in_the_database(
    client, django_capture_on_commit_callbacks
):
    member = member_with_everything()
    client.force_login(member)
    values = list(PERSONAL.values())
    before = _values_found_in_database(values)
    # The scan sees the member where they are before: it would see them after, too.
    assert {
        "members_user",
        "account_emailaddress",
        "socialaccount_socialaccount",
        "groups_membership",
        "groups_emailinvitation",
        "events_rsvp",
        "django_admin_log",
    } <= set(before)

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(member=member)

    assert _values_found_in_database(values) == {}
    assert _sessions_of(member) == []


def test_posts_stay_signed_former_member(client, django_capture_on_commit_callbacks):
    member = member_with_everything()
    question = Question.objects.get(author=member)
    profile_url = member.get_absolute_url()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(member=member)

    member.refresh_from_db()
    assert member.is_former_member
    assert member.public_name == "former member"
    assert member.username == f"former-member-{member.pk}"
    assert member.email == f"former-member-{member.pk}@deleted.invalid"
    assert not member.is_active
    assert not member.has_usable_password()
    assert Question.objects.filter(author=member).count() == 1
    assert Answer.objects.filter(author=member).count() == 1
    assert Comment.objects.filter(author=member).count() == 1
    assert Vote.objects.filter(voter=member).count() == 2  # scores keep counting them
    thread = page(client.get(question.get_absolute_url()))
    assert "former member" in thread
    assert f'href="/members/former-member-{member.pk}/"' not in thread
    assert f'href="{profile_url}"' not in thread
    assert client.get(profile_url).status_code == 404
    assert client.get(f"/members/former-member-{member.pk}/").status_code == 404


def test_everything_personal_goes_and_the_counts_stay_right(
    mailoutbox, django_capture_on_commit_callbacks
):
    member = member_with_everything()
    group = Group.objects.get(name="Tallinna värbajad")
    assert group.member_count == 2
    upcoming = Event.objects.get(rsvps__member=member, going_count=1, waitlist_count=1)
    avatar_name = member.avatar.name
    storage = member.avatar.storage
    assert storage.exists(avatar_name)

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(member=member)

    group.refresh_from_db()
    assert group.member_count == 1
    assert not Membership.objects.filter(user=member).exists()
    upcoming.refresh_from_db()
    assert (upcoming.going_count, upcoming.waitlist_count) == (1, 0)  # the waitlist moved up
    assert not RSVP.objects.filter(member=member, event=upcoming).exists()
    assert list(RSVP.objects.filter(member=member).values_list("objective", flat=True)) == [""]
    for model, field in [
        (EmailAddress, "user"),
        (SocialAccount, "user"),
        (Authenticator, "user"),
        (SpokenLanguage, "member"),
        (Follow, "follower"),
        (NotificationPreference, "member"),
        (Notification, "recipient"),
    ]:
        assert not model.objects.filter(**{field: member}).exists(), model.__name__
    assert not member.reading_languages.exists()
    # What they did for others stays: the notification of their answer, the accepted invitation.
    assert Notification.objects.filter(actor=member).count() == 1
    assert EmailInvitation.objects.filter(accepted_by=member).count() == 1
    assert EmailInvitation.objects.filter(accepted_at__isnull=True).count() == 0
    assert not storage.exists(avatar_name)
    # The last email goes to the address being erased, in the member's language.
    goodbye = [message for message in mailoutbox if message.to == [PERSONAL["email"]]]
    assert len(goodbye) == 1
    assert PERSONAL["display_name"] in goodbye[0].body


def test_an_owner_hands_the_group_over_first(group_owner, polish_group):
    with pytest.raises(AccountDeletionError) as refused:
        account_delete(member=group_owner)

    assert polish_group.name in refused.value.message
    group_owner.refresh_from_db()
    assert not group_owner.is_former_member
    assert Membership.objects.filter(user=group_owner, role="owner").exists()


def test_deleting_twice_is_harmless(member):
    account_delete(member=member)
    again = account_delete(member=User.objects.get(pk=member.pk))

    assert again.is_former_member


# The page ------------------------------------------------------------------------------------


def test_a_member_deletes_their_account_with_their_password(client, member, mailoutbox):
    client.force_login(member)

    response = client.post("/accounts/delete/", {"confirmation": PASSWORD})

    assert response.status_code == 302
    assert response.url == "/"
    assert "_auth_user_id" not in client.session
    member.refresh_from_db()
    assert member.is_former_member
    assert "Your account has been deleted" in page(client.get("/"))


def test_a_wrong_password_keeps_the_form_with_an_error(member_client, member):
    response = member_client.post("/accounts/delete/", {"confirmation": "not my password"})

    assert response.status_code == 200
    assert "That is not your password" in page(response)
    member.refresh_from_db()
    assert not member.is_former_member


def test_an_empty_confirmation_keeps_the_form_with_an_error(member_client, member):
    response = member_client.post("/accounts/delete/", {})

    assert response.status_code == 200
    assert "errorlist" in page(response)
    member.refresh_from_db()
    assert not member.is_former_member


def test_a_member_without_a_password_confirms_with_their_email(client, db):
    joanna = UserFactory(username="joanna", email="joanna@example.com")
    joanna.set_unusable_password()
    joanna.save()
    client.force_login(joanna)
    form = page(client.get("/accounts/delete/"))
    assert 'type="email"' in form

    wrong = client.post("/accounts/delete/", {"confirmation": "someone@example.com"})
    assert wrong.status_code == 200
    assert "not the email address of your account" in page(wrong)

    right = client.post("/accounts/delete/", {"confirmation": " Joanna@Example.com "})
    assert right.status_code == 302
    joanna.refresh_from_db()
    assert joanna.is_former_member


def test_the_owner_of_a_group_is_told_to_hand_it_over(client, group_owner, polish_group):
    client.force_login(group_owner)

    shown = page(client.get("/accounts/delete/"))
    assert polish_group.name in shown
    assert reverse("groups:manage_members", args=[polish_group.slug]) in shown

    response = client.post("/accounts/delete/", {"confirmation": PASSWORD})

    assert response.status_code == 200
    assert "Hand each group you own over" in page(response)
    group_owner.refresh_from_db()
    assert not group_owner.is_former_member


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(client, method):
    response = getattr(client, method)("/accounts/delete/", {"confirmation": PASSWORD})

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_an_unconfirmed_member_may_delete_their_account(unverified_client, unverified_member):
    assert unverified_client.get("/accounts/delete/").status_code == 200

    unverified_client.post("/accounts/delete/", {"confirmation": PASSWORD})

    unverified_member.refresh_from_db()
    assert unverified_member.is_former_member


def test_nobody_deletes_someone_elses_account(client, member, staff_member):
    """The page only ever acts on the signed-in member: another member's password does
    nothing, and there is no way to name another account."""
    other = UserFactory(username="other", email="other@example.com", password="others-password-9")
    client.force_login(member)

    response = client.post(
        f"/accounts/delete/?member={other.pk}", {"confirmation": "others-password-9"}
    )

    assert response.status_code == 200
    other.refresh_from_db()
    member.refresh_from_db()
    assert not other.is_former_member and not member.is_former_member


def test_the_profile_settings_link_to_data_and_deletion(member_client):
    content = page(member_client.get("/accounts/profile/"))

    assert 'href="/accounts/data/"' in content
    assert 'href="/accounts/delete/"' in content


@pytest.mark.parametrize("groups", [1, 8])
def test_the_page_query_count_does_not_grow(client, django_assert_max_num_queries, groups):
    owner = UserFactory(username="owner-of-many")
    for _number in range(groups):
        MembershipFactory(user=owner, role="owner")
    client.force_login(owner)

    with django_assert_max_num_queries(PAGE_QUERY_BUDGET):
        response = client.get("/accounts/delete/")

    assert response.status_code == 200
