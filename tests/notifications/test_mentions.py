import pytest

from recruitcommunity.markdown import render_markdown
from recruitcommunity.mentions import mentioned_usernames
from tests.html import start_tags


def _links(html):
    return [attributes["href"] for tag, attributes in start_tags(html) if tag == "a"]


def test_a_mention_links_to_the_members_profile(db):
    html = render_markdown("Ask @ania about **notice periods**.")

    assert _links(html) == ["/members/ania/"]
    assert ">@ania</a> about <strong>" in html


@pytest.mark.parametrize(
    "text",
    [
        "Write to hr@example.com",
        "`@ania` in code",
        "```\n@ania\n```",
        "[a link with @ania](https://example.com/)",
        "@ and nothing",
    ],
)
def test_these_are_not_mentions(db, text):
    assert "/members/" not in render_markdown(text)
    assert mentioned_usernames(text) == []


def test_a_mention_at_the_end_of_a_sentence_leaves_out_the_full_stop(db):
    assert mentioned_usernames("Thanks, @piotr.nowak. And @ola!") == ["piotr.nowak", "ola"]
    assert _links(render_markdown("Thanks, @piotr.nowak.")) == ["/members/piotr.nowak/"]


def test_mentions_are_counted_once_and_at_most_ten(db):
    text = " ".join(f"@member{number} @member{number}" for number in range(12))

    assert mentioned_usernames(text) == [f"member{number}" for number in range(10)]


def test_mentions_in_lists_quotes_and_tables_are_mentions(db):
    text = "- @one\n\n> @two\n\n| who |\n|---|\n| @three |"

    assert mentioned_usernames(text) == ["one", "two", "three"]
    assert _links(render_markdown(text)) == ["/members/one/", "/members/two/", "/members/three/"]


def test_a_mention_cannot_smuggle_markup(db):
    html = render_markdown('@x"onmouseover="alert(1)')

    assert "onmouseover=" not in html.split(">", 1)[0]
    assert [tag for tag, _attributes in start_tags(html) if tag == "a"] == ["a"]
