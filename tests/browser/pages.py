"""The site's main pages, as the automatic checks (axe-core, the Nu Html Checker,
screenshots, the narrow-screen check) visit them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class MainPage:
    name: str
    # formatted with the showcase data set: {group}, {owned} (the member's own group),
    # {question}, {member}, {conversation} and {message} (the member's conversation and its
    # last message)
    path: str
    signed_in: bool = False

    def url(self, showcase):
        return self.path.format(
            group=showcase.german.slug,
            owned=showcase.polish.slug,
            event=showcase.event.pk,
            question=showcase.question.pk,
            member=showcase.member.username,
            conversation=showcase.conversation.pk,
            message=showcase.conversation.last_message_id,
        )


MAIN_PAGES = [
    MainPage("home", "/"),
    MainPage("directory", "/groups/"),
    MainPage("directory-filtered", "/groups/?country=DE&language=de&q=Berlin&sort=newest"),
    MainPage("group", "/groups/{group}/"),
    MainPage("group-member", "/groups/{group}/", signed_in=True),
    MainPage("ask", "/groups/{group}/ask/", signed_in=True),
    MainPage("questions", "/questions/"),
    MainPage("questions-filtered", "/questions/?from=GB&to=DE&language=en"),
    MainPage("question", "/questions/{question}/"),
    MainPage("question-member", "/questions/{question}/", signed_in=True),
    MainPage("profile", "/members/{member}/"),
    MainPage("profile-edit", "/accounts/profile/", signed_in=True),
    MainPage("messages", "/messages/", signed_in=True),
    MainPage("conversation", "/messages/{conversation}/", signed_in=True),
    MainPage("message-new", "/messages/new/jonas/", signed_in=True),
    MainPage("message-report", "/messages/{conversation}/report/{message}/", signed_in=True),
    MainPage("signup", "/accounts/signup/"),
    MainPage("login", "/accounts/login/"),
    MainPage("password-reset", "/accounts/password/reset/"),
    MainPage("check-your-inbox", "/accounts/confirm-email/"),
    MainPage("account-email", "/accounts/email/", signed_in=True),
    MainPage("two-factor", "/accounts/2fa/", signed_in=True),
    MainPage("account-data", "/accounts/data/", signed_in=True),
    MainPage("account-delete", "/accounts/delete/", signed_in=True),
    MainPage("members", "/members/"),
    MainPage("members-filtered", "/members/?country=PL&language=pl&specialism=tech"),
    MainPage("group-members", "/groups/{group}/members/"),
    MainPage("countries", "/countries/"),
    MainPage("country", "/countries/de/"),
    MainPage("language", "/languages/de/"),
    MainPage("join", "/groups/{group}/join/", signed_in=True),
    MainPage("group-new", "/groups/new/", signed_in=True),
    MainPage("manage-requests", "/groups/{owned}/manage/requests/", signed_in=True),
    MainPage("manage-members", "/groups/{owned}/manage/members/", signed_in=True),
    MainPage("manage-invitations", "/groups/{owned}/manage/invitations/", signed_in=True),
    MainPage("manage-insights", "/groups/{owned}/manage/insights/", signed_in=True),
    MainPage("manage-log", "/groups/{owned}/manage/log/", signed_in=True),
    MainPage("manage-settings", "/groups/{owned}/manage/settings/", signed_in=True),
    MainPage("moderation-queue", "/groups/{owned}/moderation/queue/", signed_in=True),
    MainPage("moderation-log", "/groups/{owned}/moderation/log/", signed_in=True),
    MainPage("report", "/moderation/report/question/{question}/", signed_in=True),
    MainPage("moderation-hide", "/moderation/event/{event}/hide/", signed_in=True),
    MainPage("search", "/search/?q=salary"),
    MainPage("topic", "/topics/salary-and-compensation/"),
    MainPage("notifications", "/notifications/", signed_in=True),
    MainPage("notification-preferences", "/notifications/preferences/", signed_in=True),
    MainPage("for-you", "/for-you/", signed_in=True),
    MainPage("events", "/events/"),
    MainPage("events-past", "/events/past/"),
    MainPage("event", "/events/{event}/"),
    MainPage("event-attendee", "/events/{event}/", signed_in=True),
    MainPage("event-new", "/events/new/?group={owned}", signed_in=True),
    MainPage("norms", "/norms/"),
    MainPage("norms-guide", "/norms/pl/"),
    MainPage("norms-compare", "/norms/compare/?c=GB&c=PL&c=DE"),
    MainPage("norms-review", "/norms/review/", signed_in=True),
]

# Pages a visitor reaches without signing in, captured at both widths.
SCREENSHOT_PAGES = [
    MainPage("home", "/"),
    MainPage("directory", "/groups/"),
    MainPage("group", "/groups/{group}/"),
    MainPage("question", "/questions/{question}/"),
    MainPage("profile", "/members/{member}/"),
    MainPage("event", "/events/{event}/"),
]


def by_name(pages):
    return {"argvalues": pages, "ids": [page.name for page in pages]}
