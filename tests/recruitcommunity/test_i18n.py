"""The interface speaks English, Polish, German, Spanish, Hebrew and Estonian."""

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command

from tests.factories import GroupFactory, UserFactory

INTERFACE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"


@pytest.mark.parametrize("language_code", INTERFACE_LANGUAGES)
def test_every_catalog_is_complete(language_code):
    catalog = polib.pofile(LOCALE_DIR / language_code / "LC_MESSAGES" / "django.po")

    assert [entry.msgid for entry in catalog.untranslated_entries()] == []
    assert [entry.msgid for entry in catalog.fuzzy_entries()] == []


def test_every_marked_string_is_in_every_catalog(tmp_path, settings, monkeypatch):
    """Extract the strings again in a copy of the project: nothing new may be missing.

    makemessages writes into the ``locale`` folder of the tree it walks, so it runs in a
    copy and the real catalogs are never touched."""
    project = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=shutil.ignore_patterns(
            ".venv",
            "node_modules",
            ".data",
            ".git",
            "staticfiles",
            "test-artifacts",
            "*.mo",
            "__pycache__",
            "build",
        ),
    )
    copy = project / "locale"
    settings.LOCALE_PATHS = [copy]
    monkeypatch.chdir(project)

    call_command(
        "makemessages",
        locale=INTERFACE_LANGUAGES,
        ignore_patterns=["tests"],
        no_location=True,
        verbosity=0,
    )

    missing = {
        language_code: [
            entry.msgid
            for entry in polib.pofile(copy / language_code / "LC_MESSAGES" / "django.po")
            if not entry.translated() and not entry.obsolete
        ]
        for language_code in INTERFACE_LANGUAGES
    }
    assert missing == {code: [] for code in INTERFACE_LANGUAGES}, (
        "Run `make messages-extract` and translate the new strings"
    )


class _VisibleText(HTMLParser):
    """Collects the text a person sees or hears: text nodes and user-facing attributes."""

    SPOKEN_ATTRIBUTES = {"placeholder", "title", "alt", "aria-label", "value"}

    def __init__(self):
        super().__init__()
        self.texts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        # Scripts, styles and literal examples marked translate="no" are not prose.
        if tag in {"script", "style"} or (tag == "pre" and attributes.get("translate") == "no"):
            self._skip += 1
        for name, value in attributes.items():
            if name in self.SPOKEN_ATTRIBUTES and value:
                # Only an <input> button shows its value; a <button>'s value is data.
                shown_value = tag == "input" and attributes.get("type") in {
                    "submit",
                    "button",
                    "reset",
                }
                if name == "value" and not shown_value:
                    continue
                self.texts.append(value)
        if tag == "meta" and attributes.get("content") and self._is_read_aloud(attributes):
            self.texts.append(attributes["content"])

    @staticmethod
    def _is_read_aloud(meta_attributes):
        description = meta_attributes.get("name") == "description"
        open_graph_text = meta_attributes.get("property") in {"og:title", "og:description"}
        return description or open_graph_text

    def handle_endtag(self, tag):
        if tag in {"script", "style", "pre"} and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.texts.append(data)


TEMPLATE_CONSTRUCTS = [
    re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S),
    re.compile(r"{%\s*blocktranslate\b.*?{%\s*endblocktranslate\s*%}", re.S),
    re.compile(r"{#.*?#}", re.S),
    re.compile(r"{%.*?%}", re.S),
    re.compile(r"{{.*?}}", re.S),
]
# The brand, and Open Graph types (machine values filled into og:type blocks).
UNTRANSLATED_ON_PURPOSE = {"RecruitCommunity", "website", "profile", "article"}


def _unmarked_text(template_source):
    for construct in TEMPLATE_CONSTRUCTS:
        template_source = construct.sub(" ", template_source)
    parser = _VisibleText()
    parser.feed(template_source)
    found = []
    for text in parser.texts:
        words = [
            word
            for word in re.findall(r"[^\W\d_]{2,}", text)
            if word not in UNTRANSLATED_ON_PURPOSE
        ]
        if words:
            found.append(" ".join(words))
    return found


def test_the_unmarked_text_finder_finds_unmarked_text():
    assert _unmarked_text("<p>Join the group</p>") == ["Join the group"]
    assert _unmarked_text('<input placeholder="Your name">') == ["Your name"]
    assert _unmarked_text('<p>{% translate "Join" %} · {{ group.name }}</p>') == []


@pytest.mark.parametrize(
    "template",
    sorted(TEMPLATES_DIR.rglob("*.html")),
    ids=lambda path: str(path.relative_to(TEMPLATES_DIR)),
)
def test_no_template_shows_unmarked_text(template):
    assert _unmarked_text(template.read_text()) == []


def test_the_first_visit_follows_the_browsers_language(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="pl-PL,pl;q=0.9,en;q=0.5")

    content = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in content
    assert ">Grupy<" in content


def test_hebrew_pages_are_right_to_left(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "he"

    content = client.get("/groups/").content.decode()

    assert '<html lang="he" dir="rtl">' in content


def test_the_language_switcher_remembers_the_choice_in_a_cookie(client, db):
    response = client.post("/language/", {"language": "de", "next": "/groups/"})

    assert response.status_code == 302
    assert response.url == "/groups/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "de"
    assert '<html lang="de"' in client.get("/groups/").content.decode()


def test_the_language_switcher_saves_the_choice_on_the_profile(member_client, member):
    member_client.post("/language/", {"language": "et", "next": "/"})

    member.refresh_from_db()
    assert member.interface_language == "et"


def test_a_members_saved_language_follows_them_to_another_device(client, db):
    member = UserFactory(interface_language="es")
    client.force_login(member)

    content = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert '<html lang="es"' in content


def test_the_language_switcher_never_redirects_to_another_site(client, db):
    response = client.post("/language/", {"language": "pl", "next": "https://evil.example/"})

    assert response.status_code == 302
    assert response.url == "/"


def test_an_unknown_interface_language_is_ignored(client, db):
    response = client.post("/language/", {"language": "xx", "next": "/"})

    assert response.status_code == 302
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_the_language_switcher_only_takes_posts(client, db):
    assert client.get("/language/").status_code == 405


def test_polish_members_get_polish_forms_messages_and_emails(client, db):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"

    client.post(
        "/accounts/signup/",
        {
            "email": "zofia@example.com",
            "username": "zofia",
            "password1": "bardzo-tajne-haslo-2026",
            "password2": "bardzo-tajne-haslo-2026",
        },
    )

    assert len(mail.outbox) == 1
    assert "potwierd" in mail.outbox[0].subject.lower()
    group = GroupFactory()
    response = client.get(f"/groups/{group.slug}/")
    assert "Dołącz" in response.content.decode() or "dołącz" in response.content.decode()
