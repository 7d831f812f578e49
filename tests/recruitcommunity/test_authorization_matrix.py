"""The authorization matrix: every URL pattern of the project (read from Django's resolver),
tried as every role (anonymous, unverified, member, moderator, owner, another group's
moderator, staff) on public and private objects, against the status the table below expects.

* A pattern missing from the table fails `test_every_url_pattern_is_in_the_matrix`: a new
  page gets an explicit rule before it ships.
* Every page shown to a role is searched for the private markers of tests/authorization.py
  (a direct message, a hidden question, a members-only event, a private profile, a report's
  note, an applicant's answers ...) that the role may not see.
* Ids are guessed: other members' conversations and notifications, the next id past the
  newest row, another group's objects under this group's address.
* Every refusal is also tried as a POST, which must be refused the same way and write
  nothing (a fingerprint of every table before and after).

The world is built once for the module (tests/authorization.py) and every request runs in
a savepoint that is rolled back, so requests cannot affect each other."""

from dataclasses import dataclass, field

from django.urls import reverse

from tests.authorization import (
    LOGIN,
    REDIRECT,
    ROLES,
    SKIP,
    DatabaseFingerprint,
    content_of,
    describe,
    is_refusal,
    leaked_markers,
    request_rolled_back,
    response_matches,
    rule,
    url_patterns,
)

# Rules -------------------------------------------------------------------------------------

PUBLIC = rule(200)
SIGNED_IN = rule(200, anonymous=LOGIN)
VERIFIED = rule(200, anonymous=LOGIN, unverified=403)
# The owner, the moderators and staff of world.group ("Rekruterzy Warszawa").
GROUP_MODERATORS = rule(403, anonymous=LOGIN, moderator=200, owner=200, staff=200)
# The other group's moderators (and staff).
OTHER_GROUP_MODERATORS = rule(403, anonymous=LOGIN, other_moderator=200, staff=200)
STAFF_ONLY = rule(403, anonymous=LOGIN, staff=200)
# Only the two participants of world.conversation (the member and the moderator).
PARTICIPANTS = rule(404, anonymous=LOGIN, member=200, moderator=200)
# Seen by the group's moderators and staff, a 404 for everyone else.
MODERATORS_ELSE_404 = rule(404, moderator=200, owner=200, staff=200)
# Seen by the group's active members and staff (a members-only event, a private profile).
GROUP_MEMBERS_ELSE_404 = rule(200, anonymous=404, other_moderator=404)
# Views that only answer POST (require_POST): GET is a 405 for everyone.
POST_ONLY = rule(405)
# A GET on a write that redirects back to what it acts on (the form lives on that page).
REDIRECT_FOR_VERIFIED = rule(REDIRECT, anonymous=LOGIN, unverified=403)
# What a POST to a write needs: signed in (with a confirmed email); the rest is the view's.
POST_SIGNED_IN = rule(SKIP, anonymous=LOGIN)
POST_VERIFIED = rule(SKIP, anonymous=LOGIN, unverified=403)
POST_GROUP_MODERATORS = rule(403, anonymous=LOGIN, moderator=SKIP, owner=SKIP, staff=SKIP)
POST_STAFF_ONLY = rule(403, anonymous=LOGIN, staff=SKIP)
# Django's admin: staff only; everyone else is sent to the admin's own sign-in page.
ADMIN = rule(REDIRECT, staff=200)


@dataclass
class Case:
    """One URL with one set of arguments, and what each role gets. `post` says what a POST
    gets (SKIP: authorised, not tried); without it, every refused GET is tried as a POST
    too and must be refused the same way."""

    key: str
    get: dict
    args: object = None  # a function of the world returning the URL's kwargs
    label: str = ""
    post: dict = None
    data: object = field(default_factory=dict)  # POST data, or a function of the world
    query: str = ""
    headers: dict = field(default_factory=dict)

    def kwargs(self, world):
        return self.args(world) if self.args else {}

    @property
    def is_unnamed(self):
        """Unnamed patterns are keyed by their route, which names never look like."""
        return "/" in self.key or "." in self.key

    def url(self, world):
        url = f"/{self.key}" if self.is_unnamed else reverse(self.key, kwargs=self.kwargs(world))
        return f"{url}?{self.query}" if self.query else url

    def post_data(self, world):
        return self.data(world) if callable(self.data) else self.data

    @property
    def name(self):
        return f"{self.key} [{self.label}]" if self.label else self.key


def group(w):
    return {"slug": w.group.slug}


def other_group(w):
    return {"slug": w.other_group.slug}


def pk(name):
    return lambda w: {"pk": getattr(w, name).pk}


def unused(name, argument="pk"):
    return lambda w: {argument: getattr(w.unused, name)}


def entry(w):
    return {"country": "pl", "topic": w.norm_topic.slug}


# Patterns not in the table, each with the reason.
EXCLUDED_NAMESPACES = {
    "admin": "Django's admin: every page is wrapped in admin_site.admin_view (is_staff); "
    "spot checks of three pages are in the table",
}
EXCLUDED_ROUTES = {
    r"^media/(?P<path>.*)$": "uploaded files (photos) served by django.views.static.serve "
    "when SERVE_MEDIA is on; public by design, nothing private is uploaded",
}

MATRIX = [
    # The site ------------------------------------------------------------------------------
    Case("home", PUBLIC),
    Case("favicon.ico", rule(301)),
    Case("healthz", PUBLIC),
    Case("readyz", PUBLIC),
    Case("floor", PUBLIC),
    Case("search", PUBLIC, query="q=Okapi2", label="finds no hidden question"),
    Case("search", PUBLIC, query="q=Tapir4", label="finds no hidden answer"),
    Case("interface_language", POST_ONLY, post=rule(SKIP), data={"language": "pl"}),
    # Groups --------------------------------------------------------------------------------
    Case("groups:list", PUBLIC),
    Case("groups:new", VERIFIED),
    Case(
        "groups:invitation_link",
        rule(200, unverified=REDIRECT, member=REDIRECT, moderator=REDIRECT, owner=REDIRECT),
        lambda w: {"token": w.link.token},
    ),
    Case(
        "groups:invitation_link",
        rule(410, unverified=REDIRECT, member=REDIRECT, moderator=REDIRECT, owner=REDIRECT),
        lambda w: {"token": w.revoked_link.token},
        label="revoked",
    ),
    Case("groups:invitation_link", rule(404), lambda w: {"token": "no-such-token"}),
    Case(
        "groups:email_invitation",
        rule(200, unverified=REDIRECT, member=REDIRECT, moderator=REDIRECT, owner=REDIRECT),
        lambda w: {"token": w.email_invitation.token},
    ),
    Case("groups:email_invitation", rule(404), lambda w: {"token": "no-such-token"}),
    Case("groups:detail", PUBLIC, group),
    Case("groups:detail", PUBLIC, other_group, label="other group"),
    Case("groups:detail", rule(404), lambda w: {"slug": "no-such-group"}),
    Case(
        "groups:join",
        rule(REDIRECT, anonymous=LOGIN, unverified=403, other_moderator=200, staff=200),
        group,
    ),
    Case("groups:leave", POST_ONLY, group, post=POST_SIGNED_IN),
    Case("groups:ask", VERIFIED, group),
    Case("groups:events_ics", PUBLIC, group),
    Case("groups:members", PUBLIC, group),
    Case(
        "groups:manage",
        rule(403, anonymous=LOGIN, moderator=REDIRECT, owner=REDIRECT, staff=REDIRECT),
        group,
    ),
    Case("groups:manage_requests", GROUP_MODERATORS, group),
    Case("groups:manage_requests", OTHER_GROUP_MODERATORS, other_group, label="other group"),
    Case(
        "groups:manage_request_decide",
        POST_ONLY,
        lambda w: {"slug": w.group.slug, "user_id": w.applicant.pk, "decision": "approve"},
        post=POST_GROUP_MODERATORS,
    ),
    Case(
        "groups:manage_request_decide",
        POST_ONLY,
        lambda w: {"slug": w.other_group.slug, "user_id": w.applicant.pk, "decision": "approve"},
        label="an applicant of this group under the other group's address",
        post=rule(403, anonymous=LOGIN, unverified=403, other_moderator=404, staff=404),
    ),
    Case("groups:manage_members", GROUP_MODERATORS, group),
    Case(
        "groups:manage_transfer",
        rule(403, anonymous=LOGIN, owner=200),
        lambda w: {"slug": w.group.slug, "user_id": w.people["member"].pk},
    ),
    Case(
        "groups:manage_member_action",
        POST_ONLY,
        lambda w: {"slug": w.group.slug, "user_id": w.people["member"].pk, "action": "remove"},
        post=POST_GROUP_MODERATORS,
    ),
    Case("groups:manage_insights", GROUP_MODERATORS, group),
    Case("groups:manage_invitations", GROUP_MODERATORS, group),
    Case("groups:manage_invitations_import", GROUP_MODERATORS, group),
    Case(
        "groups:manage_invitation_link_revoke",
        POST_ONLY,
        lambda w: {"slug": w.group.slug, "link_id": w.link.pk},
        post=POST_GROUP_MODERATORS,
    ),
    Case(
        "groups:manage_invitation_link_revoke",
        POST_ONLY,
        lambda w: {"slug": w.group.slug, "link_id": w.other_group_link.pk},
        label="the other group's link under this group's address",
        post=rule(403, anonymous=LOGIN, moderator=404, owner=404, staff=404),
    ),
    Case("groups:manage_log", GROUP_MODERATORS, group),
    Case("groups:manage_settings", GROUP_MODERATORS, group),
    Case("groups:moderation_queue", GROUP_MODERATORS, group),
    Case("groups:moderation_queue", OTHER_GROUP_MODERATORS, other_group, label="other group"),
    Case("groups:moderation_log", GROUP_MODERATORS, group),
    Case("places:countries", PUBLIC),
    Case("places:country", PUBLIC, lambda w: {"code": "pl"}),
    Case("places:country", rule(404), lambda w: {"code": "zz"}),
    Case("languages:detail", PUBLIC, lambda w: {"code": "pl"}),
    Case("languages:detail", rule(404), lambda w: {"code": "xx"}),
    # Questions -----------------------------------------------------------------------------
    Case("questions:list", PUBLIC),
    Case("questions:similar", PUBLIC, query="title=Okapi2+agencies+fees"),
    Case("questions:detail", PUBLIC, pk("question")),
    Case("questions:detail", MODERATORS_ELSE_404, pk("hidden_question"), label="hidden"),
    Case("questions:detail", rule(404), unused("question"), label="next id"),
    Case("questions:answer", REDIRECT_FOR_VERIFIED, pk("question"), post=POST_VERIFIED),
    Case(
        "questions:answer",
        rule(
            404, anonymous=LOGIN, unverified=403, moderator=REDIRECT, owner=REDIRECT, staff=REDIRECT
        ),
        pk("hidden_question"),
        label="hidden",
        data={"body": "An answer to a hidden question", "language": "en"},
    ),
    Case("questions:vote", REDIRECT_FOR_VERIFIED, pk("question"), post=POST_VERIFIED),
    Case(
        "questions:vote",
        rule(
            404, anonymous=LOGIN, unverified=403, moderator=REDIRECT, owner=REDIRECT, staff=REDIRECT
        ),
        pk("hidden_question"),
        label="hidden",
        data={"value": "1"},
    ),
    Case("questions:comment", VERIFIED, pk("question")),
    Case(
        "questions:comment",
        rule(404, anonymous=LOGIN, unverified=403, moderator=200, owner=200, staff=200),
        pk("hidden_question"),
        label="hidden",
        data={"body": "A comment on a hidden question"},
    ),
    Case("questions:edit", rule(403, anonymous=LOGIN), pk("question"), label="someone else's"),
    Case("questions:edit", rule(403, anonymous=LOGIN, member=200), pk("member_question")),
    Case("questions:delete", rule(403, anonymous=LOGIN, staff=200), pk("question")),
    Case(
        "questions:delete",
        rule(403, anonymous=LOGIN, member=200, staff=200),
        pk("member_question"),
        label="the member's",
    ),
    Case("questions:history", PUBLIC, pk("question")),
    Case("questions:history", MODERATORS_ELSE_404, pk("hidden_question"), label="hidden"),
    Case(
        "questions:acceptance_withdraw",
        REDIRECT_FOR_VERIFIED,
        pk("question"),
        post=rule(403, anonymous=LOGIN),
    ),
    Case("questions:answer_vote", REDIRECT_FOR_VERIFIED, pk("answer"), post=POST_VERIFIED),
    Case(
        "questions:answer_accept",
        REDIRECT_FOR_VERIFIED,
        pk("answer"),
        post=rule(403, anonymous=LOGIN),
    ),
    Case("questions:answer_comment", VERIFIED, pk("answer")),
    Case(
        "questions:answer_comment",
        rule(404, anonymous=LOGIN, unverified=403, moderator=200, owner=200, staff=200),
        pk("hidden_answer"),
        label="hidden",
        data={"body": "A comment on a hidden answer"},
    ),
    Case("questions:answer_edit", rule(403, anonymous=LOGIN, member=200), pk("answer")),
    Case(
        "questions:answer_delete", rule(403, anonymous=LOGIN, member=200, staff=200), pk("answer")
    ),
    Case("questions:answer_history", PUBLIC, pk("answer")),
    Case("questions:answer_history", MODERATORS_ELSE_404, pk("hidden_answer"), label="hidden"),
    Case(
        "questions:comment_delete",
        REDIRECT_FOR_VERIFIED,
        pk("comment"),
        post=rule(403, anonymous=LOGIN, owner=SKIP, staff=SKIP),
    ),
    # Members -------------------------------------------------------------------------------
    Case("members:directory", PUBLIC),
    Case("members:profile", PUBLIC, lambda w: {"username": w.public_person.username}),
    Case(
        "members:profile",
        GROUP_MEMBERS_ELSE_404,
        lambda w: {"username": w.private_person.username},
        label="shown to their groups only",
    ),
    Case("members:profile", rule(404), lambda w: {"username": "nobody-here"}),
    Case("profile_edit", SIGNED_IN),
    Case("account_data", SIGNED_IN, post=POST_SIGNED_IN),
    Case("account_delete", SIGNED_IN),
    # Events --------------------------------------------------------------------------------
    Case("events:list", PUBLIC),
    Case("events:past", PUBLIC),
    Case(
        "events:new",
        rule(200, anonymous=LOGIN, unverified=403, member=403),
        label="choose a group",
    ),
    Case("events:new", GROUP_MODERATORS, query="group=rekruterzy-warszawa"),
    Case("events:detail", PUBLIC, pk("event")),
    Case("events:detail", GROUP_MEMBERS_ELSE_404, pk("members_event"), label="members only"),
    Case("events:detail", rule(404), unused("event"), label="next id"),
    Case("events:edit", GROUP_MODERATORS, pk("event")),
    Case(
        "events:edit",
        rule(403, anonymous=LOGIN, other_moderator=404, moderator=200, owner=200, staff=200),
        pk("members_event"),
        label="members only",
    ),
    Case("events:cancel", GROUP_MODERATORS, pk("event")),
    Case("events:rsvp", POST_ONLY, pk("event"), post=POST_VERIFIED, data={"answer": "going"}),
    Case(
        "events:rsvp",
        POST_ONLY,
        pk("members_event"),
        label="members only",
        post=rule(SKIP, anonymous=LOGIN, unverified=403, other_moderator=404),
        data={"answer": "going"},
    ),
    Case(
        "events:attendee_add",
        POST_ONLY,
        pk("event"),
        post=POST_GROUP_MODERATORS,
        data=lambda w: {"username": w.public_person.username},
    ),
    Case(
        "events:attendee_remove",
        POST_ONLY,
        lambda w: {"pk": w.event.pk, "user_id": w.author.pk},
        post=POST_GROUP_MODERATORS,
    ),
    Case(
        "events:attendee_remove",
        POST_ONLY,
        lambda w: {"pk": w.members_event.pk, "user_id": w.author.pk},
        label="members only",
        post=rule(
            403, anonymous=LOGIN, other_moderator=404, moderator=SKIP, owner=SKIP, staff=SKIP
        ),
    ),
    Case("events:attendees_csv", GROUP_MODERATORS, pk("event")),
    Case(
        "events:attendees_csv",
        rule(403, anonymous=LOGIN, other_moderator=404, moderator=200, owner=200, staff=200),
        pk("members_event"),
        label="members only",
    ),
    Case("events:ics", PUBLIC, pk("event")),
    Case("events:ics", GROUP_MEMBERS_ELSE_404, pk("members_event"), label="members only"),
    # Moderation ----------------------------------------------------------------------------
    Case("moderation:queue", STAFF_ONLY),
    Case(
        "moderation:report",
        VERIFIED,
        lambda w: {"kind": "question", "pk": w.question.pk},
        data={"reason": "spam"},
    ),
    Case(
        "moderation:report",
        rule(404, anonymous=LOGIN, unverified=403, moderator=200, owner=200, staff=200),
        lambda w: {"kind": "question", "pk": w.hidden_question.pk},
        label="hidden",
        data={"reason": "spam"},
    ),
    Case(
        "moderation:report",
        rule(200, anonymous=LOGIN, unverified=403, other_moderator=404),
        lambda w: {"kind": "member", "pk": w.private_person.pk},
        label="private profile",
        data={"reason": "spam"},
    ),
    Case(
        "moderation:report",
        rule(404, anonymous=LOGIN, unverified=403),
        lambda w: {"kind": "question", "pk": w.unused.question},
        label="next id",
    ),
    Case(
        "moderation:act",
        GROUP_MODERATORS,
        lambda w: {"kind": "question", "pk": w.question.pk, "action": "hide"},
        data={"reason": "Spam"},
    ),
    Case(
        "moderation:act",
        rule(404, anonymous=LOGIN, unverified=403, moderator=200, owner=200, staff=200),
        lambda w: {"kind": "question", "pk": w.hidden_question.pk, "action": "restore"},
        label="hidden",
    ),
    Case(
        "moderation:act",
        rule(403, anonymous=LOGIN, other_moderator=404, moderator=200, owner=200, staff=200),
        lambda w: {"kind": "event", "pk": w.members_event.pk, "action": "hide"},
        label="members-only event",
        data={"reason": "Spam"},
    ),
    # Conversations -------------------------------------------------------------------------
    Case("conversations:list", SIGNED_IN),
    Case("conversations:detail", PARTICIPANTS, pk("conversation")),
    Case(
        "conversations:detail",
        rule(404, anonymous=LOGIN, owner=200),
        pk("other_conversation"),
        label="the owner's with the author",
    ),
    Case(
        "conversations:detail", rule(404, anonymous=LOGIN), unused("conversation"), label="next id"
    ),
    Case(
        "conversations:updates",
        rule(404, anonymous=LOGIN, member=REDIRECT, moderator=REDIRECT),
        pk("conversation"),
        post=rule(405),
    ),
    Case(
        "conversations:updates",
        PARTICIPANTS,
        pk("conversation"),
        label="htmx",
        headers={"HX-Request": "true"},
        post=rule(405),
    ),
    Case(
        "conversations:reply",
        POST_ONLY,
        pk("conversation"),
        post=rule(404, anonymous=LOGIN, unverified=403, member=SKIP, moderator=SKIP),
        data={"body": "Let me join in."},
    ),
    Case(
        "conversations:reply",
        POST_ONLY,
        unused("conversation"),
        label="next id",
        post=rule(404, anonymous=LOGIN, unverified=403),
        data={"body": "Let me join in."},
    ),
    Case(
        "conversations:leave",
        POST_ONLY,
        pk("conversation"),
        post=rule(404, anonymous=LOGIN, member=SKIP, moderator=SKIP),
    ),
    Case(
        "conversations:report",
        rule(404, anonymous=LOGIN, member=200),
        lambda w: {"pk": w.conversation.pk, "message_id": w.conversation_message_from_moderator.pk},
        data={"reason": "spam"},
    ),
    Case(
        "conversations:report",
        rule(404, anonymous=LOGIN),
        lambda w: {"pk": w.conversation.pk, "message_id": w.reported_message.pk},
        label="a message of another conversation",
        data={"reason": "spam"},
    ),
    Case("conversations:new", VERIFIED, lambda w: {"username": w.public_person.username}),
    Case(
        "conversations:new",
        rule(200, anonymous=LOGIN, unverified=403, other_moderator=404),
        lambda w: {"username": w.private_person.username},
        label="private profile",
        data={"body": "Hello from outside your groups"},
    ),
    Case(
        "conversations:block",
        POST_ONLY,
        lambda w: {"username": w.public_person.username},
        post=POST_SIGNED_IN,
    ),
    Case(
        "conversations:unblock",
        POST_ONLY,
        lambda w: {"username": w.public_person.username},
        post=POST_SIGNED_IN,
    ),
    Case("conversations:reports", STAFF_ONLY),
    Case("conversations:report_detail", STAFF_ONLY, lambda w: {"report_id": w.report.pk}),
    Case(
        "conversations:report_detail",
        rule(403, anonymous=LOGIN, staff=404),
        unused("report", "report_id"),
        label="next id",
    ),
    Case(
        "conversations:resolve",
        POST_ONLY,
        lambda w: {"report_id": w.report.pk},
        post=POST_STAFF_ONLY,
    ),
    Case("conversations:unsubscribe", PUBLIC, lambda w: {"token": w.message_token}),
    Case("conversations:unsubscribe", rule(400), lambda w: {"token": "forged"}, label="forged"),
    # Country guides ------------------------------------------------------------------------
    Case(
        "norm_proposals:propose",
        REDIRECT_FOR_VERIFIED,
        lambda w: {"answer": w.answer.pk},
        post=rule(SKIP, anonymous=LOGIN, unverified=403, other_moderator=403),
        data=lambda w: {"entry": w.norm_entry.pk},
    ),
    Case(
        "norm_proposals:decide",
        rule(REDIRECT, anonymous=LOGIN, unverified=403, other_moderator=403),
        pk("proposal"),
        post=rule(SKIP, anonymous=LOGIN, unverified=403, other_moderator=403),
        data={"decision": "decline"},
    ),
    Case(
        "norm_proposals:list",
        rule(200, anonymous=LOGIN, unverified=403, other_moderator=403),
        lambda w: {"country": "pl"},
    ),
    Case(
        "norm_proposals:list",
        rule(403, anonymous=LOGIN, other_moderator=200, staff=200),
        lambda w: {"country": "de"},
        label="Germany",
    ),
    Case("norms:index", PUBLIC),
    Case("norms:review", SIGNED_IN),
    Case("norms:compare", PUBLIC, query="c=PL&c=DE"),
    Case("norms:guide", PUBLIC, lambda w: {"country": "pl"}),
    Case("norms:guide", rule(404), lambda w: {"country": "zz"}),
    Case("norms:entry", rule(REDIRECT), entry),
    Case(
        "norms:edit",
        rule(200, anonymous=LOGIN, unverified=403, other_moderator=403),
        entry,
        query="lang=en",
    ),
    Case("norms:history", PUBLIC, entry, query="lang=en"),
    Case(
        "norms:revert",
        POST_ONLY,
        entry,
        post=rule(SKIP, anonymous=LOGIN, unverified=403, member=403, other_moderator=403),
        data={"version": "1", "lang": "en"},
        query="lang=en",
    ),
    Case(
        "norms:confirm",
        POST_ONLY,
        entry,
        post=rule(SKIP, anonymous=LOGIN, unverified=403, other_moderator=403),
        data={"lang": "en"},
    ),
    # Notifications, following, feeds -------------------------------------------------------
    Case("notifications:list", SIGNED_IN),
    Case("notifications:read_all", POST_ONLY, post=POST_SIGNED_IN),
    Case("notifications:open", rule(404, anonymous=LOGIN, member=REDIRECT), pk("notification")),
    Case(
        "notifications:open",
        rule(404, anonymous=LOGIN, owner=REDIRECT),
        pk("owner_notification"),
        label="the owner's",
    ),
    Case("notifications:open", rule(404, anonymous=LOGIN), unused("notification"), label="next id"),
    Case("notifications:preferences", SIGNED_IN),
    Case("notifications:unsubscribe", PUBLIC, lambda w: {"token": w.notification_token}),
    Case("notifications:unsubscribe", rule(400), lambda w: {"token": "forged"}, label="forged"),
    Case(
        "notifications:follow",
        POST_ONLY,
        lambda w: {"target_type": "question", "pk": w.question.pk},
        post=POST_VERIFIED,
        data={"action": "follow"},
    ),
    Case(
        "notifications:follow",
        POST_ONLY,
        lambda w: {"target_type": "question", "pk": w.hidden_question.pk},
        label="hidden question",
        post=rule(404, anonymous=LOGIN, moderator=SKIP, owner=SKIP, staff=SKIP),
        data={"action": "follow"},
    ),
    Case("notifications:topic", PUBLIC, lambda w: {"slug": "salary-and-compensation"}),
    Case("notifications:for_you", SIGNED_IN),
    Case("notifications:group_feed", PUBLIC, group),
    Case("notifications:country_feed", PUBLIC, query="to=PL"),
    # Accounts (allauth) --------------------------------------------------------------------
    Case("account_login", rule(REDIRECT, anonymous=200)),
    Case("account_logout", rule(200, anonymous=REDIRECT)),
    Case("account_inactive", PUBLIC),
    Case("account_signup", rule(REDIRECT, anonymous=200)),
    Case("account_reauthenticate", SIGNED_IN),
    Case("account_request_reauthentication_code", rule(200, anonymous=LOGIN, unverified=REDIRECT)),
    Case("account_confirm_reauthentication_code", rule(REDIRECT, anonymous=LOGIN)),
    Case("account_email", SIGNED_IN),
    Case("account_email_verification_sent", PUBLIC),
    Case("account_change_password", SIGNED_IN),
    Case("account_set_password", rule(REDIRECT, anonymous=LOGIN)),
    Case("account_reset_password", PUBLIC),
    Case("account_confirm_login_code", rule(REDIRECT, anonymous=LOGIN)),
    Case("account_confirm_email", PUBLIC, lambda w: {"key": "not-a-real-key"}),
    Case("account_reset_password_from_key_done", PUBLIC),
    Case("account_reset_password_from_key", PUBLIC, lambda w: {"uidb36": "1", "key": "not-a-key"}),
    Case("account_reset_password_done", PUBLIC),
    Case("mfa_index", SIGNED_IN),
    Case("mfa_authenticate", rule(REDIRECT, anonymous=LOGIN)),
    Case("mfa_reauthenticate", rule(REDIRECT, anonymous=LOGIN)),
    # Signed in a while ago (force_login): allauth asks to sign in again first.
    Case("mfa_activate_totp", rule(REDIRECT, anonymous=LOGIN)),
    Case("mfa_deactivate_totp", rule(404, anonymous=LOGIN)),
    Case("mfa_view_recovery_codes", rule(404, anonymous=LOGIN)),
    Case("mfa_generate_recovery_codes", rule(REDIRECT, anonymous=LOGIN)),
    Case("mfa_download_recovery_codes", rule(404, anonymous=LOGIN)),
    Case("socialaccount_login_cancelled", PUBLIC),
    Case("socialaccount_login_error", rule(401)),
    Case("socialaccount_signup", rule(LOGIN)),
    Case("socialaccount_connections", SIGNED_IN),
    Case("accounts/social/login/cancelled/", rule(301)),
    Case("accounts/social/login/error/", rule(301)),
    Case("accounts/social/signup/", rule(301)),
    Case("accounts/social/connections/", rule(301)),
    Case("openid_connect_login", rule(404), lambda w: {"provider_id": "linkedin"}),
    Case("openid_connect_callback", rule(404), lambda w: {"provider_id": "linkedin"}),
    # Django's admin: spot checks -----------------------------------------------------------
    Case("admin:index", ADMIN),
    Case("admin:members_user_changelist", ADMIN),
    Case("admin:groups_group_change", ADMIN, lambda w: {"object_id": w.group.pk}),
]

# Markers and a page each where a role allowed to see it does: the leak checks below only
# mean something if the markers are really rendered where they belong.
MARKERS_SHOWN = [
    ("conversations:detail", pk("conversation"), "member"),
    ("conversations:report_detail", lambda w: {"report_id": w.report.pk}, "staff"),
    ("questions:detail", pk("hidden_question"), "moderator"),
    ("questions:detail", pk("question"), "owner"),  # the hidden answer, to a moderator
    ("events:detail", pk("members_event"), "unverified"),
    ("members:profile", lambda w: {"username": w.private_person.username}, "member"),
    ("groups:moderation_queue", group, "moderator"),
    ("groups:manage_requests", group, "owner"),
    ("groups:manage_invitations", group, "staff"),
]


def outcome(response):
    location = response.headers.get("Location")
    return f"{response.status_code}" + (f" → {location}" if location else "")


def matrix_patterns():
    """The patterns the matrix must cover: all but the excluded namespaces and routes."""
    return [
        pattern
        for pattern in url_patterns()
        if pattern.namespace.split(":")[0] not in EXCLUDED_NAMESPACES
        and pattern.route not in EXCLUDED_ROUTES
    ]


# Tests -----------------------------------------------------------------------------------


def test_every_url_pattern_is_in_the_matrix():
    """A URL pattern nobody put in the table fails here, with its route and view."""
    in_table = {case.key for case in MATRIX}
    patterns = matrix_patterns()
    missing = [pattern for pattern in patterns if pattern.key not in in_table]
    assert not missing, "URL patterns without a rule in the authorization matrix:\n" + "\n".join(
        f"  {pattern.key}  /{pattern.route}  ({pattern.view})" for pattern in missing
    )
    keys = {pattern.key for pattern in url_patterns()}
    stale = sorted(in_table - keys)
    assert not stale, f"rules for URL patterns that no longer exist: {stale}"
    spot_checks = {case.key for case in MATRIX if case.key.startswith("admin:")}
    print(
        f"\nauthorization matrix: {len(patterns)} URL patterns covered, plus "
        f"{len(spot_checks)} admin spot checks ({len(url_patterns()) - len(patterns)} "
        f"excluded: the admin, media); {len(MATRIX)} cases"
    )


def test_every_case_names_every_role():
    for case in MATRIX:
        assert set(case.get) == set(ROLES), case.name
        if case.post is not None:
            assert set(case.post) == set(ROLES), case.name


def test_every_role_gets_what_the_matrix_says_and_no_private_marker(matrix_world, role_clients):
    """GET every case as every role: the expected status, and no private marker the role
    may not see, on any page (error pages and downloads included)."""
    world, clients = matrix_world, role_clients
    login_path = reverse("account_login")
    failures, requests = [], 0
    for case in MATRIX:
        url = case.url(world)
        for role in ROLES:
            response, _ = request_rolled_back(clients[role], "GET", url, headers=case.headers)
            requests += 1
            expected = case.get[role]
            if not response_matches(response, expected, login_path):
                failures.append(
                    f"{case.name} GET {url} as {role}: expected {describe(expected)}, "
                    f"got {outcome(response)}"
                )
            leaked = leaked_markers(world, role, content_of(response))
            if leaked:
                failures.append(f"{case.name} GET {url} as {role}: shows {leaked}")
    print(
        f"\nauthorization matrix: {requests} GET requests ({len(MATRIX)} cases × "
        f"{len(ROLES)} roles), {2 * requests} assertions (status and private markers)"
    )
    assert not failures, f"{len(failures)} unexpected answers:\n" + "\n".join(failures)


def _post_expectations(case):
    """{role: expected} for the POSTs to try: the case's own POST rule, else every refused
    GET (but a 405) tried as a POST, refused the same way or with a 405 by a view that
    takes no POST."""
    if case.post is not None:
        return {role: expected for role, expected in case.post.items() if expected != SKIP}
    return {
        role: (expected, 405)
        for role, expected in case.get.items()
        if is_refusal(expected) and expected != 405
    }


def test_refused_posts_are_refused_and_write_nothing(matrix_world, role_clients):
    """Every refusal tried as a POST with the case's data: refused the same way, and not
    one row of any table inserted, updated or deleted."""
    world, clients = matrix_world, role_clients
    login_path = reverse("account_login")
    fingerprint = DatabaseFingerprint()
    failures, requests = [], 0
    for case in MATRIX:
        url = case.url(world)
        for role, expected in _post_expectations(case).items():
            response, changed = request_rolled_back(
                clients[role],
                "POST",
                url,
                data=case.post_data(world),
                headers=case.headers,
                fingerprint=fingerprint,
            )
            requests += 1
            if not response_matches(response, expected, login_path):
                failures.append(
                    f"{case.name} POST {url} as {role}: expected {describe(expected)}, "
                    f"got {outcome(response)}"
                )
            if changed:
                failures.append(f"{case.name} POST {url} as {role}: wrote to {changed}")
            leaked = leaked_markers(world, role, content_of(response))
            if leaked:
                failures.append(f"{case.name} POST {url} as {role}: shows {leaked}")
    print(
        f"\nauthorization matrix: {requests} refused POSTs over {len(fingerprint.tables)} "
        f"watched tables, {3 * requests} assertions (status, no write, private markers)"
    )
    assert requests > 0
    assert not failures, f"{len(failures)} unexpected answers:\n" + "\n".join(failures)


def test_markers_are_shown_where_they_belong(matrix_world, role_clients):
    """The markers are really on the pages of those allowed to see them, so their absence
    elsewhere means something."""
    world, clients = matrix_world, role_clients
    shown = set()
    for key, args, role in MARKERS_SHOWN:
        url = reverse(key, kwargs=args(world))
        response, _ = request_rolled_back(clients[role], "GET", url)
        assert response.status_code == 200, (key, role, outcome(response))
        text = content_of(response).decode()
        shown |= {marker for marker in world.markers if marker in text}
    assert shown == set(world.markers)


def test_data_export_holds_only_the_members_own_data(matrix_world, role_clients):
    """The download of one's data (POST /accounts/data/) carries no one else's private
    text, whatever their role."""
    world, clients = matrix_world, role_clients
    url = reverse("account_data")
    for role in ROLES:
        response, _ = request_rolled_back(clients[role], "POST", url)
        if role == "anonymous":
            assert response.status_code == 302
            continue
        assert response.status_code == 200, role
        assert response["Content-Type"].startswith("application/json")
        assert leaked_markers(world, role, content_of(response)) == [], role
    member_export, _ = request_rolled_back(clients["member"], "POST", url)
    assert b"Quokka7" in content_of(member_export)
