"""Mentions: ``@username`` in a member's Markdown links to that member's profile and tells
them. Mentions in code and inside links are text, not mentions; the same parser decides for
the rendered page and for who is notified, so both always agree."""

import re

from django.urls import reverse
from markdown_it import MarkdownIt
from markdown_it.token import Token

# Not after a word character (so "hr@example.com" is an address, not a mention); a name ends
# with a letter or digit, so "@ania." at the end of a sentence mentions "ania".
MENTION = re.compile(r"(?<![\w@.+-])@(\w(?:[\w.+-]*\w)?)")

MAX_MENTIONS_PER_POST = 10


def _split_mentions(token, level):
    """The text token as text / link tokens, or None when it mentions nobody."""
    pieces = []
    position = 0
    for match in MENTION.finditer(token.content):
        if match.start() > position:
            pieces.append(Token("text", "", 0, content=token.content[position : match.start()]))
        username = match.group(1)
        href = reverse("members:profile", kwargs={"username": username})
        pieces.append(Token("link_open", "a", 1, attrs={"href": href}, level=level))
        pieces.append(Token("text", "", 0, content=match.group(0), level=level + 1))
        pieces.append(Token("link_close", "a", -1, level=level))
        position = match.end()
    if not pieces:
        return None
    if position < len(token.content):
        pieces.append(Token("text", "", 0, content=token.content[position:]))
    return pieces


def _link_mentions_rule(state):
    mentioned = state.env.setdefault("mentions", [])
    for block_token in state.tokens:
        if block_token.type != "inline" or not block_token.children:
            continue
        children = []
        inside_link = 0
        for token in block_token.children:
            if token.type == "link_open":
                inside_link += 1
            elif token.type == "link_close":
                inside_link -= 1
            elif token.type == "text" and not inside_link:
                pieces = _split_mentions(token, token.level)
                if pieces:
                    children.extend(pieces)
                    mentioned.extend(MENTION.findall(token.content))
                    continue
            children.append(token)
        block_token.children = children


def link_mentions(md):
    """markdown-it plugin: ``md.use(link_mentions)``."""
    md.core.ruler.push("link_mentions", _link_mentions_rule)


_parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
_parser.use(link_mentions)


def mentioned_usernames(text, limit=MAX_MENTIONS_PER_POST):
    """The distinct usernames mentioned in the text, in order of first mention, at most
    ``limit`` of them."""
    env = {}
    _parser.parse(text or "", env)
    usernames = []
    for username in env.get("mentions", []):
        if username not in usernames:
            usernames.append(username)
    return usernames[:limit]
