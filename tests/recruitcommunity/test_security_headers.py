"""The production headers, scored the way Mozilla's HTTP Observatory scores a site.

The Observatory fetches a site's front page over http and https, looks at its headers,
cookies and script tags, and adds up a modifier per test to a baseline of 100. Here the
same tests run on responses of the test client with the production security settings
(the `production_settings` fixture), on more pages than the front page, and for a
signed-in member too (whose session cookie only a sign-in shows). Every page must grade A
or better (90 or more)."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookies import Morsel
from urllib.parse import urlsplit

import pytest

from tests.factories import AnswerFactory, GroupFactory, UserFactory

# Source: mdn/mdn-http-observatory (the HTTP Observatory since 2024), src/grader/charts.js:
# SCORE_TABLE (each test's outcomes with their modifiers), GRADE_CHART and
# MINIMUM_SCORE_FOR_EXTRA_CREDIT; src/scanner/index.js adds them up. The outcomes below
# are decided as in src/analyzer/tests/<test>.js. Published in
# https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring
MODIFIERS = {
    # content-security-policy
    "csp-implemented-with-no-unsafe-default-src-none": 10,
    "csp-implemented-with-no-unsafe": 5,
    "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
    "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
    "csp-implemented-with-unsafe-eval": -10,
    "csp-implemented-with-unsafe-inline": -20,
    "csp-implemented-with-insecure-scheme": -20,
    "csp-header-invalid": -25,
    "csp-not-implemented": -25,
    # cookies
    "cookies-secure-with-httponly-sessions-and-samesite": 5,
    "cookies-secure-with-httponly-sessions": 0,
    "cookies-not-found": 0,
    "cookies-without-secure-flag-but-protected-by-hsts": -5,
    "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
    "cookies-without-secure-flag": -20,
    "cookies-samesite-flag-invalid": -20,
    "cookies-anticsrf-without-samesite-flag": -20,
    "cookies-session-without-httponly-flag": -30,
    "cookies-session-without-secure-flag": -40,
    # cross-origin-resource-sharing
    "cross-origin-resource-sharing-not-implemented": 0,
    "cross-origin-resource-sharing-implemented-with-public-access": 0,
    "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
    "cross-origin-resource-sharing-implemented-with-universal-access": -50,
    # redirection
    "redirection-to-https": 0,
    "redirection-off-host-from-http": -5,
    "redirection-not-to-https-on-initial-redirection": -10,
    "redirection-not-to-https": -20,
    "redirection-missing": -20,
    # referrer-policy
    "referrer-policy-private": 5,
    "referrer-policy-not-implemented": 0,
    "referrer-policy-unsafe": -5,
    "referrer-policy-header-invalid": -5,
    # strict-transport-security ("hsts-preloaded", +5, needs the browsers' preload list)
    "hsts-implemented-max-age-at-least-six-months": 0,
    "hsts-implemented-max-age-less-than-six-months": -10,
    "hsts-not-implemented": -20,
    "hsts-header-invalid": -20,
    # subresource-integrity
    "sri-implemented-and-all-scripts-loaded-securely": 5,
    "sri-implemented-and-external-scripts-loaded-securely": 5,
    "sri-not-implemented-response-not-html": 0,
    "sri-not-implemented-but-no-scripts-loaded": 0,
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
    "sri-not-implemented-but-external-scripts-loaded-securely": -5,
    "sri-implemented-but-external-scripts-not-loaded-securely": -20,
    "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
    # x-content-type-options
    "x-content-type-options-nosniff": 0,
    "x-content-type-options-not-implemented": -5,
    "x-content-type-options-header-invalid": -5,
    # x-frame-options
    "x-frame-options-implemented-via-csp": 5,
    "x-frame-options-sameorigin-or-deny": 0,
    "x-frame-options-allow-from-origin": 0,
    "x-frame-options-not-implemented": -20,
    "x-frame-options-header-invalid": -20,
    # cross-origin-resource-policy
    "cross-origin-resource-policy-implemented-with-same-origin": 10,
    "cross-origin-resource-policy-implemented-with-same-site": 10,
    "cross-origin-resource-policy-implemented-with-cross-origin": 0,
    "cross-origin-resource-policy-not-implemented": 0,
    "cross-origin-resource-policy-header-invalid": -5,
}
# Score rounded down to a multiple of 5 (at most 100) → grade.
GRADES = {100: "A+", 95: "A", 90: "A", 85: "A-", 80: "B+", 75: "B", 70: "B", 65: "B-"}
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
GRADE_A = 90

SIX_MONTHS = 15_552_000  # the Observatory's own "white lie" for six months
DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
SCANNER_ORIGIN = "https://http-observatory.security.mozilla.org"


@dataclass
class Scan:
    """What the Observatory collects about one page: the final https response, the
    route taken from the http address, every cookie set on the way, and the page as
    fetched with a foreign Origin (for CORS)."""

    response: object
    http_route: list
    cors_response: object
    cookies: list[Morsel] = field(default_factory=list)


def kept(cookies):
    """The cookies a cookie jar keeps: a deletion (Max-Age=0, as Django's delete_cookie
    sends) removes the cookie rather than storing one."""
    return [cookie for cookie in cookies if cookie["max-age"] != 0]


def scan(client, path, extra_cookies=()):
    route = [f"http://testserver{path}"]
    cookies = kept(extra_cookies)
    response = client.get(path)
    cookies += kept(response.cookies.values())
    while response.status_code in (301, 302, 307, 308) and len(route) < 10:
        target = urlsplit(response["Location"])
        route.append(response["Location"])
        response = client.get(
            target.path or "/", QUERY_STRING=target.query, secure=target.scheme == "https"
        )
        cookies += kept(response.cookies.values())
    https_response = client.get(path, secure=True)
    cookies += kept(https_response.cookies.values())
    cors_response = client.get(path, secure=True, headers={"Origin": SCANNER_ORIGIN})
    return Scan(https_response, route, cors_response, cookies)


def parse_csp(header):
    policy = {}
    for directive in header.split(";"):
        name, *sources = directive.strip().lower().split()
        if name in policy:
            raise ValueError(f"{name} given twice")
        policy[name] = set(sources)
    return policy


def content_security_policy(scan):
    header = scan.response.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented"
    try:
        csp = parse_csp(header)
    except ValueError:
        return "csp-header-invalid"
    default = csp.get("default-src")
    script_src = csp.get("script-src") or default or {"*"}
    style_src = csp.get("style-src") or default or {"*"}
    object_src = csp.get("object-src") or default or {"*"}
    passive = {"img-src", "media-src"}
    active_sources = {s for name, srcs in csp.items() if name not in passive for s in srcs}
    passive_sources = {s for name in passive for s in (csp.get(name) or default or set())}
    if script_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or object_src & DANGEROUSLY_BROAD:
        return "csp-implemented-with-unsafe-inline"
    if any(source.startswith(("http:", "ftp:")) for source in active_sources):
        return "csp-implemented-with-insecure-scheme"
    if "'unsafe-eval'" in script_src | style_src:
        return "csp-implemented-with-unsafe-eval"
    if any(source.startswith(("http:", "ftp:")) for source in passive_sources):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only"
    if style_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only"
    if default == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none"
    return "csp-implemented-with-no-unsafe"


def cookies(scan):
    if not scan.cookies:
        return "cookies-not-found"
    hsts = strict_transport_security(scan) == "hsts-implemented-max-age-at-least-six-months"
    outcomes = []
    for cookie in scan.cookies:
        session = any(word in cookie.key.lower() for word in ("login", "sess"))
        samesite = str(cookie["samesite"]).lower()
        if samesite and samesite not in ("lax", "strict", "none"):
            outcomes.append("cookies-samesite-flag-invalid")
        if not cookie["secure"]:
            outcomes.append(
                "cookies-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-without-secure-flag"
            )
            if session:
                outcomes.append(
                    "cookies-session-without-secure-flag-but-protected-by-hsts"
                    if hsts
                    else "cookies-session-without-secure-flag"
                )
        if "csrf" in cookie.key.lower() and not samesite:
            outcomes.append("cookies-anticsrf-without-samesite-flag")
        if session and not cookie["httponly"]:
            outcomes.append("cookies-session-without-httponly-flag")
    if outcomes:
        return min(outcomes, key=MODIFIERS.get)
    if all(cookie["samesite"] for cookie in scan.cookies):
        return "cookies-secure-with-httponly-sessions-and-samesite"
    return "cookies-secure-with-httponly-sessions"


def cross_origin_resource_sharing(scan):
    allowed = scan.cors_response.get("Access-Control-Allow-Origin")
    if not allowed:
        return "cross-origin-resource-sharing-not-implemented"
    if allowed.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access"
    credentials = scan.cors_response.get("Access-Control-Allow-Credentials", "")
    if allowed == SCANNER_ORIGIN and credentials.strip().lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access"
    return "cross-origin-resource-sharing-implemented-with-restricted-access"


def redirection(scan):
    route = [urlsplit(url) for url in scan.http_route]
    if len(route) == 1:
        return "redirection-missing"
    if route[-1].scheme != "https":
        return "redirection-not-to-https"
    if route[1].scheme == "http":
        return "redirection-not-to-https-on-initial-redirection"
    if route[0].hostname != route[1].hostname:
        return "redirection-off-host-from-http"
    return "redirection-to-https"


def referrer_policy(scan):
    header = scan.response.get("Referrer-Policy")
    if not header:
        return "referrer-policy-not-implemented"
    good = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    bad = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
    known = [value.strip().lower() for value in header.split(",")]
    known = [value for value in known if value in good | bad]
    if not known:
        return "referrer-policy-header-invalid"
    return "referrer-policy-private" if known[-1] in good else "referrer-policy-unsafe"


def strict_transport_security(scan):
    header = scan.response.get("Strict-Transport-Security")
    if not header:
        return "hsts-not-implemented"
    if "," in header:
        return "hsts-header-invalid"
    max_age = None
    for parameter in header.split(";"):
        parameter = parameter.strip().lower()
        if parameter.startswith("max-age="):
            max_age = int(parameter.removeprefix("max-age="))
    if max_age is None:
        return "hsts-header-invalid"
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months"
    return "hsts-implemented-max-age-at-least-six-months"


class ScriptTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def subresource_integrity(scan):
    if not scan.response["Content-Type"].startswith("text/html"):
        return "sri-not-implemented-response-not-html"
    parser = ScriptTags()
    parser.feed(scan.response.content.decode())
    if not parser.scripts:
        return "sri-not-implemented-but-no-scripts-loaded"
    outcomes = []
    for script in parser.scripts:
        src, integrity = script.get("src"), script.get("integrity")
        if not src:
            continue
        if src.startswith("//") or (
            urlsplit(src).scheme and urlsplit(src).hostname != "testserver"
        ):
            secure = src.startswith("https://")
            if integrity:
                outcomes.append(
                    "sri-implemented-and-external-scripts-loaded-securely"
                    if secure
                    else "sri-implemented-but-external-scripts-not-loaded-securely"
                )
            else:
                outcomes.append(
                    "sri-not-implemented-but-external-scripts-loaded-securely"
                    if secure
                    else "sri-not-implemented-and-external-scripts-not-loaded-securely"
                )
        elif integrity:
            outcomes.append("sri-implemented-and-all-scripts-loaded-securely")
    if not outcomes:
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
    return min(outcomes, key=MODIFIERS.get)


def x_content_type_options(scan):
    header = scan.response.get("X-Content-Type-Options")
    if not header:
        return "x-content-type-options-not-implemented"
    if header.strip().lower() == "nosniff":
        return "x-content-type-options-nosniff"
    return "x-content-type-options-header-invalid"


def x_frame_options(scan):
    csp = scan.response.get("Content-Security-Policy")
    if csp and "frame-ancestors" in parse_csp(csp):
        return "x-frame-options-implemented-via-csp"
    header = (scan.response.get("X-Frame-Options") or "").strip().lower()
    if not header:
        return "x-frame-options-not-implemented"
    if header in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny"
    if header.startswith("allow-from"):
        return "x-frame-options-allow-from-origin"
    return "x-frame-options-header-invalid"


def cross_origin_resource_policy(scan):
    header = (scan.response.get("Cross-Origin-Resource-Policy") or "").strip().lower()
    return {
        "": "cross-origin-resource-policy-not-implemented",
        "same-origin": "cross-origin-resource-policy-implemented-with-same-origin",
        "same-site": "cross-origin-resource-policy-implemented-with-same-site",
        "cross-origin": "cross-origin-resource-policy-implemented-with-cross-origin",
    }.get(header, "cross-origin-resource-policy-header-invalid")


TESTS = [
    content_security_policy,
    cookies,
    cross_origin_resource_sharing,
    redirection,
    referrer_policy,
    strict_transport_security,
    subresource_integrity,
    x_content_type_options,
    x_frame_options,
    cross_origin_resource_policy,
]


def observatory_score(scan):
    """(score, grade, outcomes): bonuses count only when the penalties alone leave an A."""
    outcomes = [test(scan) for test in TESTS]
    modifiers = [MODIFIERS[outcome] for outcome in outcomes]
    penalties_only = 100 + sum(m for m in modifiers if m < 0)
    score = (
        100 + sum(modifiers) if penalties_only >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else penalties_only
    )
    score = max(score, 0)
    grade = GRADES.get(min(score - score % 5, 100), "below B-")
    return score, grade, outcomes


def report(path, score, grade, outcomes):
    lines = [f"HTTP Observatory score of {path}: {score} ({grade})"]
    lines += [f"  {MODIFIERS[outcome]:+4d}  {outcome}" for outcome in outcomes]
    return "\n".join(lines)


@pytest.fixture
def site(db):
    group = GroupFactory(name="Recruiting Community Berlin", country="DE")
    question = AnswerFactory(question__group=group).question
    return {"group": group, "question": question}


PUBLIC_PAGES = [
    "/",
    "/groups/",
    "/groups/{group.slug}/",
    "/questions/{question.pk}/",
    "/accounts/login/",
    "/accounts/signup/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_a_public_page_grades_a_or_better(client, production_settings, site, path):
    path = path.format(**site)

    score, grade, outcomes = observatory_score(scan(client, path))

    print(report(path, score, grade, outcomes))
    assert score >= GRADE_A, report(path, score, grade, outcomes)


def test_a_signed_in_member_s_pages_grade_a_or_better(client, production_settings, site):
    member = UserFactory(email="ania@example.com")
    signed_in = client.post(
        "/accounts/login/",
        {"login": member.email, "password": "correct-horse-battery"},
        secure=True,
    )
    assert signed_in.status_code == 302
    assert "sessionid" in signed_in.cookies

    for path in ["/", "/for-you/", "/accounts/profile/", "/groups/{group.slug}/".format(**site)]:
        score, grade, outcomes = observatory_score(
            scan(client, path, extra_cookies=signed_in.cookies.values())
        )
        print(report(path, score, grade, outcomes))
        assert "cookies-secure-with-httponly-sessions-and-samesite" in outcomes
        assert score >= GRADE_A, report(path, score, grade, outcomes)


def test_the_front_page_passes_every_test_the_observatory_runs(client, production_settings, db):
    score, grade, outcomes = observatory_score(scan(client, "/"))

    print(report("/", score, grade, outcomes))
    assert [MODIFIERS[outcome] < 0 for outcome in outcomes] == [False] * len(TESTS)
    assert grade == "A+"


def test_the_scorer_fails_a_site_without_the_production_settings(client, db):
    """The scorer itself: the same pages under the development settings (no HTTPS
    redirect, no HSTS, cookies without Secure) score below A."""
    score, _grade, outcomes = observatory_score(scan(client, "/"))

    assert "redirection-missing" in outcomes
    assert "hsts-not-implemented" in outcomes
    assert "cookies-without-secure-flag" in outcomes
    assert score < GRADE_A


def test_the_scorer_penalises_inline_scripts_in_the_policy():
    class Response(dict):
        content = b""

    response = Response(
        {"Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'"}
    )

    assert content_security_policy(Scan(response, [], response)) == (
        "csp-implemented-with-unsafe-inline"
    )
