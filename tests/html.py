"""Small readers for the HTML the views render, so tests assert on what a visitor sees."""

import html
import re
from html.parser import HTMLParser


def page(response):
    return response.content.decode()


def group_card_names(response):
    """Names of the groups listed as cards, in page order."""
    return [
        html.unescape(name)
        for name in re.findall(
            r'<article class="card group-card">\s*<h3><a href="[^"]*">([^<]*)</a>', page(response)
        )
    ]


def question_row_titles(response):
    """Titles of the questions listed as rows, in page order."""
    return [
        html.unescape(title)
        for title in re.findall(
            r'<article class="question-row">\s*<h3><a href="[^"]*"[^>]*>([^<]*)</a>', page(response)
        )
    ]


def field_errors(response, field_name):
    """The error messages shown under the form field with that name."""
    match = re.search(
        rf'<ul class="errorlist" id="id_{field_name}_error">(.*?)</ul>', page(response), re.S
    )
    if match is None:
        return []
    return [html.unescape(error) for error in re.findall(r"<li>(.*?)</li>", match.group(1), re.S)]


def textarea_value(response, field_name):
    match = re.search(
        rf'<textarea[^>]*name="{field_name}"[^>]*>(.*?)</textarea>', page(response), re.S
    )
    assert match is not None, f"no textarea named {field_name!r}"
    return html.unescape(match.group(1)).strip()


def input_value(response, field_name):
    match = re.search(rf'<input[^>]*name="{field_name}"[^>]*>', page(response))
    assert match is not None, f"no input named {field_name!r}"
    value = re.search(r'value="([^"]*)"', match.group(0))
    return html.unescape(value.group(1)) if value else ""


def messages_shown(response):
    """The flash messages shown at the top of the page."""
    return [
        html.unescape(message).strip()
        for message in re.findall(r'<li class="message[^"]*">(.*?)</li>', page(response), re.S)
    ]


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def start_tags(content):
    """Every element the browser would build from the HTML, as (tag, {attribute: value})."""
    collector = _TagCollector()
    collector.feed(content)
    collector.close()
    return collector.tags
