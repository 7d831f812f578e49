"""The site's main pages, as the automatic checks (axe-core, the Nu Html Checker,
screenshots, the narrow-screen check) visit them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class MainPage:
    name: str
    path: str  # formatted with the showcase data set: {group}, {question}, {member}
    signed_in: bool = False

    def url(self, showcase):
        return self.path.format(
            group=showcase.german.slug,
            question=showcase.question.pk,
            member=showcase.member.username,
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
    MainPage("signup", "/accounts/signup/"),
    MainPage("login", "/accounts/login/"),
]

# Pages a visitor reaches without signing in, captured at both widths.
SCREENSHOT_PAGES = [
    MainPage("home", "/"),
    MainPage("directory", "/groups/"),
    MainPage("group", "/groups/{group}/"),
    MainPage("question", "/questions/{question}/"),
    MainPage("profile", "/members/{member}/"),
]


def by_name(pages):
    return {"argvalues": pages, "ids": [page.name for page in pages]}
