"""Direct messages in a real browser: a member starts a conversation from a profile and
replies in place with htmx (the page is not reloaded, and a message that arrived meanwhile
comes along); without JavaScript the same reply is a plain form post."""

import pytest
from playwright.sync_api import expect

from conversations.models import Conversation, Message
from conversations.services import message_send
from members.models import User
from tests.browser.conftest import follow, sign_in, submit

pytestmark = pytest.mark.browser


@pytest.fixture
def page_without_javascript(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_a_member_starts_a_conversation_from_a_profile_and_replies_in_place(page, showcase):
    sign_in(page, showcase.member.email)
    page.goto("/members/jonas/")

    follow(page.get_by_role("link", name="Send a message"))
    page.get_by_role("textbox", name="Your message").fill("Hallo Jonas! Wie läuft es in Berlin?")
    submit(page.locator("main form"))

    jonas = User.objects.get(username="jonas")
    conversation = Conversation.objects.between(showcase.member, jonas).get()
    assert page.url.endswith(f"/messages/{conversation.pk}/#message-{conversation.last_message_id}")
    expect(page.locator("#message-list")).to_contain_text("Wie läuft es in Berlin?")

    # Jonas answers while the page is open; the reply brings his message along.
    message_send(conversation=conversation, sender=jonas, body="Gut, danke! Und in **Warschau**?")
    page.evaluate("window.stillTheSamePage = true")
    reply_form = page.locator("#reply-form")
    reply_form.get_by_role("textbox", name="Your message").fill("Auch gut, viele B2B-Angebote.")
    reply_form.get_by_role("button", name="Send").click()

    messages = page.locator("#message-list > li")
    expect(messages).to_have_count(3)
    expect(messages.nth(1)).to_contain_text("Und in Warschau?")
    expect(messages.nth(2)).to_contain_text("viele B2B-Angebote")
    expect(page.locator("#reply-form textarea")).to_have_value("")
    assert page.evaluate("window.stillTheSamePage") is True
    assert Message.objects.filter(conversation=conversation).count() == 3


def test_a_member_without_javascript_replies_with_a_plain_form(page_without_javascript, showcase):
    page = page_without_javascript
    sign_in(page, showcase.member.email)
    page.goto("/messages/")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("1 unread")

    follow(page.get_by_role("link", name="Oliver Smith"))
    expect(page.locator("#message-list")).to_contain_text("salary range")
    page.get_by_role("textbox", name="Your message").fill("Usually *after* the offer.")
    submit(page.locator("#reply-form"))

    conversation = showcase.conversation
    reply = conversation.messages.latest("created_at")
    assert reply.sender == showcase.member
    assert page.url.endswith(f"#message-{reply.pk}")
    expect(page.locator(f"#message-{reply.pk} em")).to_have_text("after")
    expect(page.get_by_role("navigation", name="Main")).not_to_contain_text("unread")
