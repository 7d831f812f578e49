from recruitcommunity.markdown import render_markdown
from tests.html import start_tags


def test_markdown_renders_emphasis_lists_and_code():
    html = render_markdown("**Bold** and *em*\n\n- one\n- two\n\n`code`")

    assert "<strong>Bold</strong>" in html
    assert "<em>em</em>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<code>code</code>" in html


def test_markdown_renders_tables_and_strikethrough():
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~")

    assert "<table>" in html
    assert "<td>1</td>" in html
    assert "<s>gone</s>" in html


def test_links_are_marked_nofollow_and_user_generated():
    html = render_markdown("[the guide](https://example.com/guide)")

    [(tag, attributes)] = start_tags(html)[1:]
    assert tag == "a"
    assert attributes["href"] == "https://example.com/guide"
    assert set(attributes["rel"].split()) >= {"nofollow", "ugc"}


def test_mailto_links_are_kept():
    assert 'href="mailto:hr@example.com"' in render_markdown("[mail](mailto:hr@example.com)")


def test_raw_script_tags_are_not_rendered():
    html = render_markdown("Hello <script>alert(1)</script>")

    assert "<script" not in html
    assert not [tag for tag, _ in start_tags(html) if tag == "script"]


def test_javascript_links_are_not_rendered():
    for source in (
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "<javascript:alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
    ):
        html = render_markdown(source)
        for _tag, attributes in start_tags(html):
            assert not (attributes.get("href") or "").lower().startswith("javascript:"), source


def test_event_handler_attributes_are_not_rendered():
    html = render_markdown('<img src=x onerror=alert(1)> <p onclick="alert(1)">hi</p>')

    for tag, attributes in start_tags(html):
        assert tag != "img"
        assert not [name for name in attributes if name.startswith("on")]


def test_headings_above_level_three_are_dropped_but_text_kept():
    html = render_markdown("# Big title")

    assert "<h1>" not in html
    assert "Big title" in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""
