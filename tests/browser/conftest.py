"""The browser harness: one headless Chromium per test session, driven through Playwright's
sync API against pytest-django's live server (a real HTTP server in a thread of this
process, so factories, the database and Django's locmem outbox are shared with it).

Debian's Chromium is used as it is installed (`playwright install` is not needed). Where
it, Node's packages or Java are missing the tests skip with the reason, except under CI,
where a missing tool fails the run."""

import contextlib
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from conversations.services import conversation_start
from tests.factories import (
    AnswerFactory,
    EventFactory,
    FlagFactory,
    GroupFactory,
    MembershipFactory,
    QuestionFactory,
    RSVPFactory,
    UserFactory,
    language,
)

# Playwright's sync API keeps an asyncio event loop in the main thread; Django would then
# refuse ORM calls from the test itself (factories, assertions on rows).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARTIFACTS = ROOT / "test-artifacts"

# Without the background-networking switches Chromium keeps trying to reach Google's
# services, which a closed network refuses (and which slows every start-up).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
TIMEOUT_MS = 10_000
PASSWORD = "correct-horse-battery"  # what UserFactory gives every member


def require(available, reason):
    """Skip when a tool the test needs is missing; under CI the same thing fails the run,
    so a misconfigured pipeline cannot pass by skipping everything."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (required when CI is set)", pytrace=False)
    pytest.skip(reason)


def chromium_path():
    return Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    require(path.exists(), "Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(path), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _fresh_rate_limits(django_db_blocker):
    """allauth and our rate limits count attempts in the shared cache (a database table
    unless REDIS_URL is set); every browser test starts with none counted."""
    with django_db_blocker.unblock():
        cache.clear()
    yield
    with django_db_blocker.unblock():
        cache.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.stash[_call_failed] = report.failed
    return report


_call_failed = pytest.StashKey[bool]()


def _save_failure_screenshots(request, contexts):
    """A failed test leaves pictures of its pages in test-artifacts/failures/."""
    if not request.node.stash.get(_call_failed, False):
        return
    directory = ARTIFACTS / "failures"
    directory.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in request.node.name)
    for number, page in enumerate(page for context in contexts for page in context.pages):
        # A crashed page must not hide the test's own failure.
        with contextlib.suppress(PlaywrightError):
            page.screenshot(path=directory / f"{name}-{number}.png", full_page=True)


@pytest.fixture
def new_context(request, browser, live_server):
    """Make browser contexts (a fresh cookie jar each) pointed at the live server; any
    uncaught JavaScript error on their pages fails the test."""
    contexts = []
    page_errors = []

    def record_error(error):
        page_errors.append(error)

    def watch(page):
        page.on("pageerror", record_error)

    def make(**options):
        context = browser.new_context(
            **{"base_url": live_server.url, "locale": "en-US", "viewport": DESKTOP, **options}
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.on("page", watch)
        contexts.append(context)
        return context

    yield make
    _save_failure_screenshots(request, contexts)
    for context in contexts:
        context.close()
    if page_errors:
        pytest.fail(f"JavaScript errors on the page: {page_errors}", pytrace=False)


def phone_context(new_context, **options):
    """A 375 × 812 touch screen, the narrowest phone the site is designed for."""
    return new_context(viewport=PHONE, is_mobile=True, has_touch=True, **options)


@pytest.fixture
def page(new_context):
    return new_context().new_page()


@pytest.fixture
def phone_page(new_context):
    return phone_context(new_context).new_page()


def sign_in(page, email, password=PASSWORD):
    """Sign in through the real sign-in form; leaves the page where allauth redirects."""
    page.goto("/accounts/login/")
    form = page.locator("main form:has(input[name=password])")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        form.locator("[type=submit]").click()
    assert page.locator("header form[action='/accounts/logout/']").count() == 1, (
        f"not signed in as {email}; the page says:\n{page.locator('main').inner_text()}"
    )
    return page


@pytest.fixture
def signed_in_page(page, showcase):
    """The desktop page, signed in as the showcase's member (verified, home country PL)."""
    return sign_in(page, showcase.member.email)


def follow(link):
    """Click a link and wait for the page it leads to."""
    with link.page.expect_navigation():
        link.click()


def submit(form):
    """Submit a form with its (last) submit button and wait for the page it leads to."""
    with form.page.expect_navigation():
        form.locator("[type=submit]").last.click()


def switch_language(page, code):
    """Choose an interface language with the header switcher, as a visitor would."""
    page.select_option("#interface-language", code)
    with page.expect_navigation():
        page.locator("form.language-switcher [type=submit]").click()


def build_showcase():
    """A small, believable data set that every main page has something to show for."""
    polish = GroupFactory(
        name="Rekruterzy IT Polska",
        country="PL",
        city="Warszawa",
        languages=["pl", "en"],
        description="Społeczność rekruterów IT w Polsce. **Pytaj śmiało** o rynek i widełki.",
    )
    german = GroupFactory(
        name="Recruiting Community Berlin",
        country="DE",
        city="Berlin",
        languages=["de", "en"],
        description="Recruiter in Berlin und Brandenburg tauschen sich über den Markt aus.",
    )
    israeli = GroupFactory(
        name="מגייסים בתל אביב",
        slug="tel-aviv-recruiters",
        country="IL",
        city="Tel Aviv",
        languages=["he", "en"],
    )
    spanish = GroupFactory(
        name="Reclutadores Madrid", country="ES", city="Madrid", languages=["es"]
    )
    member = UserFactory(
        username="ania",
        email="ania@example.com",
        display_name="Anna Kowalska",
        headline="Tech sourcer for Warsaw start-ups",
        home_country="PL",
        city="Warszawa",
    )
    member.languages.set([language("pl"), language("en")])
    MembershipFactory(user=member, group=polish, role="owner")
    MembershipFactory(group=german)
    MembershipFactory(group=israeli)
    asker = UserFactory(
        username="oliver", display_name="Oliver Smith", home_country="GB", city="London"
    )
    question = AnswerFactory(
        question__group=german,
        question__author=asker,
        question__title="When do candidates in Germany expect to talk about salary?",
        author=UserFactory(username="jonas", display_name="Jonas Weber", home_country="DE"),
        body="Usually in the first call: **ranges** are expected early.",
    ).question
    AnswerFactory(question=question, author=member, body="In Poland it is similar.")
    event = EventFactory(
        group=polish,
        title="Spotkanie rekruterów IT w Warszawie",
        time_zone="Europe/Warsaw",
        description="Krótkie wystąpienia, potem **networking**.",
    )
    RSVPFactory(event=event, member=member, objective="Chcę poznać rekruterów B2B.")
    # The member's group has work in its moderation queue: a report and a post to approve.
    FlagFactory(
        question=None,
        event=event,
        group=polish,
        reporter=asker,
        reason="off_topic",
        note="Not a recruiting meetup?",
    )
    QuestionFactory(
        group=polish,
        author=asker,
        title="Is it common to send salary ranges by email in Poland?",
        held_at=timezone.now(),
    )
    # A London recruiter asks the member about salary timing; one message waits unread.
    conversation = conversation_start(
        sender=asker,
        recipient=member,
        body="Hi Anna! When do candidates in Poland expect to hear the **salary range**?",
    ).conversation
    return SimpleNamespace(
        conversation=conversation,
        event=event,
        member=member,
        asker=asker,
        polish=polish,
        german=german,
        israeli=israeli,
        spanish=spanish,
        question=question,
    )


@pytest.fixture
def showcase(db):
    """Transactional when the test uses the live server (pytest-django sees to it)."""
    return build_showcase()


@pytest.fixture(scope="session")
def screenshot_dir():
    directory = ARTIFACTS / "screenshots"
    directory.mkdir(parents=True, exist_ok=True)
    return directory
