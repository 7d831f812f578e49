"""The conversation pages, role by role: only the two participants read a conversation (a
third member guessing ids, and staff, get a 404); anonymous visitors sign in first and
members with an unconfirmed email cannot write; blocked members and members whose target
accepts only group mates are refused in clear words. Replies work with htmx and without;
leaving, blocking, reporting, the staff queue, the unsubscribe link and the rate limits."""

import re

import pytest
from django.core import signing
from django.urls import reverse

from conversations.models import Block, Conversation, Message, MessageReport, Participant
from conversations.services import conversation_leave, conversation_start, member_block
from conversations.tokens import unsubscribe_token
from tests.conversations.conftest import recruiter
from tests.factories import EventFactory, GroupFactory, MembershipFactory, RSVPFactory, UserFactory
from tests.html import field_errors, messages_shown, page

pytestmark = pytest.mark.django_db

NOT_ACCEPTING = "This member is not accepting messages from you."
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def conversation(oliver, kasia):
    return conversation_start(
        sender=oliver,
        recipient=kasia,
        body="Hi Kasia, when do Polish candidates expect to talk about **salary**?",
    ).conversation


def _url(name, *args):
    return reverse(f"conversations:{name}", args=args)


def _signed_in(client, member):
    client.force_login(member)
    return client


def _chat_bodies(response):
    return re.findall(
        r'<div class="prose chat-message-body" dir="auto">(.*?)</div>', page(response), re.S
    )


# The list ----------------------------------------------------------------------------------


def test_anonymous_visitors_sign_in_to_see_their_messages(client):
    response = client.get(_url("list"))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_the_list_shows_my_conversations_with_unread_counts(client, conversation, kasia):
    content = page(_signed_in(client, kasia).get(_url("list")))

    assert "Oliver Smith" in content
    assert "1 unread" in content
    assert "when do Polish candidates expect" in content


def test_the_list_shows_newest_activity_first(client, oliver, kasia, stranger, conversation):
    conversation_start(sender=stranger, recipient=oliver, body="Hallo Oliver!")

    content = page(_signed_in(client, oliver).get(_url("list")))

    assert content.index("Max Mustermann") < content.index("Katarzyna Nowak")


def test_the_list_has_an_empty_state(client, oliver):
    content = page(_signed_in(client, oliver).get(_url("list")))

    assert "No conversations yet." in content


def test_a_member_with_an_unconfirmed_email_reads_their_list(unverified_client):
    assert unverified_client.get(_url("list")).status_code == 200


def test_the_navigation_shows_unread_messages(client, conversation, kasia, oliver):
    assert "1 unread" in page(_signed_in(client, kasia).get("/"))
    assert "unread</span>" not in page(_signed_in(client, oliver).get("/"))


# One conversation ------------------------------------------------------------------------


def test_both_participants_read_the_conversation(client, conversation, oliver, kasia):
    for participant in (oliver, kasia):
        response = _signed_in(client, participant).get(conversation.get_absolute_url())

        assert response.status_code == 200
        assert "<strong>salary</strong>" in page(response)


def test_a_third_member_guessing_ids_gets_a_404(client, conversation, stranger):
    client.force_login(stranger)

    assert client.get(conversation.get_absolute_url()).status_code == 404
    assert client.get(_url("detail", conversation.pk + 1)).status_code == 404
    assert client.post(_url("reply", conversation.pk), {"body": "Hi"}).status_code == 404
    assert client.post(_url("leave", conversation.pk)).status_code == 404
    message = conversation.messages.get()
    assert client.get(_url("report", conversation.pk, message.pk)).status_code == 404
    assert client.get(_url("updates", conversation.pk), **HTMX).status_code == 404


def test_staff_do_not_read_conversations_outside_a_report(client, conversation, staff_member):
    client.force_login(staff_member)

    assert client.get(conversation.get_absolute_url()).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, conversation):
    response = client.get(conversation.get_absolute_url())

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_opening_the_conversation_marks_it_read(client, conversation, kasia):
    _signed_in(client, kasia).get(conversation.get_absolute_url())

    assert Participant.objects.get(conversation=conversation, member=kasia).unread_count == 0
    assert "unread</span>" not in page(client.get("/"))


def test_a_member_who_left_no_longer_opens_it(client, conversation, kasia):
    conversation_leave(participant=Participant.objects.get(conversation=conversation, member=kasia))

    assert _signed_in(client, kasia).get(conversation.get_absolute_url()).status_code == 404


def test_an_unverified_participant_reads_but_is_asked_to_confirm_to_reply(client, oliver):
    newbie = UserFactory(username="newbie", verified=False)
    conversation = conversation_start(sender=oliver, recipient=newbie, body="Welcome!").conversation

    content = page(_signed_in(client, newbie).get(conversation.get_absolute_url()))

    assert "Welcome!" in content
    assert "Confirm your email address to reply." in content
    assert 'id="reply-form"' not in content


def test_a_blocked_participant_sees_no_reply_form(client, conversation, oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)

    content = page(_signed_in(client, oliver).get(conversation.get_absolute_url()))

    assert NOT_ACCEPTING in content
    assert 'id="reply-form"' not in content


def test_long_conversations_open_on_the_latest_page(client, conversation, oliver, kasia):
    Message.objects.bulk_create(
        Message(
            conversation=conversation,
            sender=kasia,
            body=f"Answer {number:03}",
            body_hash="0" * 64,
        )
        for number in range(120)
    )
    client.force_login(oliver)

    latest = page(client.get(conversation.get_absolute_url()))
    earlier = page(client.get(conversation.get_absolute_url() + "?page=1"))

    assert "Answer 119" in latest and "Answer 069" not in latest
    assert "Earlier messages" in latest
    assert 'id="reply-form"' in latest
    assert "when do Polish candidates" in earlier and "Later messages" in earlier
    assert 'id="reply-form"' not in earlier
    assert latest.index("Answer 100") < latest.index("Answer 119")  # oldest first


def test_the_event_a_conversation_started_from_is_shown(client, oliver, kasia, polish_group):
    event = EventFactory(group=polish_group, title="Spotkanie rekruterów IT")
    conversation = conversation_start(
        sender=oliver, recipient=kasia, body="We are both going!", event=event
    ).conversation

    content = page(_signed_in(client, kasia).get(conversation.get_absolute_url()))

    assert "Started from the people with similar goals at" in content
    assert "Spotkanie rekruterów IT" in content


def test_a_former_member_is_shown_as_such_without_a_profile_link(client, conversation, oliver):
    from django.utils import timezone

    kasia = Participant.objects.exclude(member=oliver).get(conversation=conversation).member
    kasia.deleted_at = timezone.now()
    kasia.save(update_fields=["deleted_at"])

    content = page(_signed_in(client, oliver).get(conversation.get_absolute_url()))

    assert "Conversation with former member" in content
    assert kasia.get_absolute_url() not in content
    assert "no longer receives messages" in content


# Replying --------------------------------------------------------------------------------


def test_a_reply_without_javascript_goes_back_to_the_conversation(client, conversation, kasia):
    response = _signed_in(client, kasia).post(
        _url("reply", conversation.pk), {"body": "Usually *after* the offer."}
    )

    message = conversation.messages.latest("created_at")
    assert response.status_code == 302
    assert response.url == f"{conversation.get_absolute_url()}#message-{message.pk}"
    assert message.sender == kasia
    assert "<em>after</em>" in page(client.get(conversation.get_absolute_url()))


def test_a_reply_with_htmx_returns_the_new_messages_and_a_fresh_form(
    client, conversation, kasia, oliver
):
    first = conversation.messages.get()
    client.force_login(kasia)

    response = client.post(
        _url("reply", conversation.pk),
        {"body": "Usually after the offer.", "after": str(first.pk)},
        **HTMX,
    )

    content = page(response)
    reply = conversation.messages.latest("created_at")
    assert response.status_code == 200
    assert 'data-hx-swap-oob="beforeend:#message-list"' in content
    assert f'id="message-{reply.pk}"' in content
    assert f'id="message-{first.pk}"' not in content
    assert 'id="reply-form"' in content and "Usually after the offer.</textarea>" not in content
    assert f'name="after" value="{reply.pk}"' in content
    assert "<html" not in content


def test_an_empty_htmx_reply_shows_the_error_in_the_form(client, conversation, kasia):
    response = _signed_in(client, kasia).post(
        _url("reply", conversation.pk), {"body": "  ", "after": "1"}, **HTMX
    )

    content = page(response)
    assert "Write a message first." in content
    assert "beforeend:#message-list" not in content
    assert conversation.messages.count() == 1


def test_an_empty_reply_without_javascript_shows_the_form_again(client, conversation, kasia):
    response = _signed_in(client, kasia).post(_url("reply", conversation.pk), {"body": ""})

    assert response.status_code == 200
    assert field_errors(response, "body") == ["Write a message first."]


def test_a_blocked_members_reply_is_refused(client, conversation, oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)

    response = _signed_in(client, oliver).post(_url("reply", conversation.pk), {"body": "Hi?"})

    assert response.status_code == 200
    assert NOT_ACCEPTING in page(response)
    assert conversation.messages.count() == 1


def test_an_unverified_member_cannot_reply(client, oliver):
    newbie = UserFactory(username="newbie", verified=False)
    conversation = conversation_start(sender=oliver, recipient=newbie, body="Welcome!").conversation

    response = _signed_in(client, newbie).post(_url("reply", conversation.pk), {"body": "Hi"})

    assert response.status_code == 403
    assert conversation.messages.count() == 1


def test_anonymous_visitors_cannot_reply(client, conversation):
    response = client.post(_url("reply", conversation.pk), {"body": "Hi"})

    assert response.status_code == 302
    assert conversation.messages.count() == 1


def test_replying_is_a_post(client, conversation, kasia):
    assert _signed_in(client, kasia).get(_url("reply", conversation.pk)).status_code == 405


def test_htmx_fetches_messages_newer_than_the_last_shown(client, conversation, oliver, kasia):
    first = conversation.messages.get()
    client.force_login(kasia)
    client.post(_url("reply", conversation.pk), {"body": "Po ofercie."})
    reply = conversation.messages.latest("created_at")
    client.force_login(oliver)

    content = page(client.get(_url("updates", conversation.pk), {"after": first.pk}, **HTMX))
    nothing_new = page(client.get(_url("updates", conversation.pk), {"after": reply.pk}, **HTMX))

    assert "Po ofercie." in content
    assert f'name="after" value="{reply.pk}"' in content
    assert "beforeend:#message-list" not in nothing_new
    assert Participant.objects.get(conversation=conversation, member=oliver).unread_count == 0


def test_the_updates_url_without_htmx_goes_to_the_conversation(client, conversation, kasia):
    response = _signed_in(client, kasia).get(_url("updates", conversation.pk))

    assert response.status_code == 302
    assert response.url == conversation.get_absolute_url()


# Starting --------------------------------------------------------------------------------


def test_a_member_writes_to_another_from_the_profile(client, oliver, kasia):
    client.force_login(oliver)
    form = page(client.get(_url("new", "kasia")))
    assert "Write to Katarzyna Nowak" in form

    response = client.post(_url("new", "kasia"), {"body": "Hi Kasia!", "started_from": "profile"})

    conversation = Conversation.objects.get()
    assert response.url.startswith(conversation.get_absolute_url())
    assert conversation.started_from == "profile"
    assert messages_shown(client.get(response.url)) == ["Your message to Katarzyna Nowak was sent."]


def test_a_conversation_from_the_directory_records_it(client, oliver, kasia):
    client.force_login(oliver)
    content = page(client.get(_url("new", "kasia") + "?from=directory"))
    assert 'name="started_from" value="directory"' in content

    client.post(_url("new", "kasia"), {"body": "Hi!", "started_from": "directory"})

    assert Conversation.objects.get().started_from == "directory"


def test_a_conversation_from_an_event_records_it(client, oliver, kasia, polish_group):
    event = EventFactory(group=polish_group)
    client.force_login(oliver)
    content = page(client.get(_url("new", "kasia") + f"?event={event.pk}"))
    assert f'name="event" value="{event.pk}"' in content

    client.post(_url("new", "kasia"), {"body": "Hi!", "event": str(event.pk)})

    conversation = Conversation.objects.get()
    assert (conversation.started_from, conversation.event) == ("event", event)


def test_an_event_the_member_may_not_see_is_ignored(client, oliver, kasia, polish_group):
    hidden = EventFactory(group=polish_group, visibility="members")
    client.force_login(oliver)

    client.post(_url("new", "kasia"), {"body": "Hi!", "event": str(hidden.pk)})

    conversation = Conversation.objects.get()
    assert (conversation.started_from, conversation.event) == ("profile", None)


def test_the_new_conversation_form_opens_an_existing_conversation(client, conversation, kasia):
    response = _signed_in(client, kasia).get(_url("new", "oliver"))

    assert response.status_code == 302
    assert response.url == conversation.get_absolute_url()


def test_anonymous_visitors_sign_in_to_write(client, kasia):
    response = client.get(_url("new", "kasia"))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_an_unverified_member_cannot_start_a_conversation(unverified_client, kasia):
    assert unverified_client.get(_url("new", "kasia")).status_code == 403
    assert unverified_client.post(_url("new", "kasia"), {"body": "Hi"}).status_code == 403
    assert not Conversation.objects.exists()


def test_a_blocked_member_is_told_the_member_does_not_accept_their_messages(client, oliver, kasia):
    member_block(blocker=kasia, blocked=oliver)
    client.force_login(oliver)

    form = page(client.get(_url("new", "kasia")))
    response = client.post(_url("new", "kasia"), {"body": "Hi Kasia!"})

    assert NOT_ACCEPTING in form
    assert "block" not in form.split("<main", 1)[1].lower()
    assert NOT_ACCEPTING in page(response)
    assert not Conversation.objects.exists()


def test_a_member_accepting_only_group_mates_refuses_others_clearly(
    client, oliver, kasia, polish_group
):
    kasia.message_policy = "groups"
    kasia.save(update_fields=["message_policy"])
    MembershipFactory(user=kasia, group=polish_group)
    client.force_login(oliver)

    content = page(client.get(_url("new", "kasia")))
    client.post(_url("new", "kasia"), {"body": "Hi Kasia!"})

    assert NOT_ACCEPTING in content
    assert "only members of their groups" in content
    assert not Conversation.objects.exists()


def test_a_group_mate_writes_to_a_member_accepting_only_group_mates(
    client, oliver, kasia, polish_group
):
    kasia.message_policy = "groups"
    kasia.save(update_fields=["message_policy"])
    MembershipFactory(user=kasia, group=polish_group)
    MembershipFactory(user=oliver, group=polish_group)
    client.force_login(oliver)

    client.post(_url("new", "kasia"), {"body": "Cześć Kasia!"})

    assert Conversation.objects.count() == 1


def test_writing_to_oneself_is_explained(client, oliver):
    content = page(_signed_in(client, oliver).get(_url("new", "oliver")))

    assert "You cannot send a message to yourself." in content


def test_an_unknown_or_deleted_member_is_not_found(client, oliver, kasia):
    from django.utils import timezone

    kasia.deleted_at = timezone.now()
    kasia.save(update_fields=["deleted_at"])
    client.force_login(oliver)

    assert client.get(_url("new", "nobody-here")).status_code == 404
    assert client.get(_url("new", "kasia")).status_code == 404


def test_an_empty_first_message_is_refused(client, oliver, kasia):
    response = _signed_in(client, oliver).post(_url("new", "kasia"), {"body": ""})

    assert field_errors(response, "body") == ["Write a message first."]
    assert not Conversation.objects.exists()


def test_a_first_message_that_is_too_long_is_refused(client, oliver, kasia):
    response = _signed_in(client, oliver).post(_url("new", "kasia"), {"body": "x" * 5001})

    assert field_errors(response, "body")
    assert not Conversation.objects.exists()


def test_the_repeated_first_message_is_refused_with_an_explanation(settings, client, oliver):
    settings.CONVERSATIONS_REPEATED_FIRST_MESSAGE_LIMIT = 2
    client.force_login(oliver)
    for number in range(2):
        recruiter(f"target{number}")
        client.post(_url("new", f"target{number}"), {"body": "Join my agency today!"})
    recruiter("target2")

    response = client.post(_url("new", "target2"), {"body": "Join my agency today!"})

    [error] = field_errors(response, "body")
    assert "already sent this same message to 2 other members" in error
    assert "Mass messages are not allowed here" in error
    assert Conversation.objects.count() == 2


def test_a_new_accounts_daily_limit_is_explained(settings, client):
    settings.CONVERSATIONS_NEW_ACCOUNT_DAILY_LIMIT = 1
    client.force_login(UserFactory(username="fresh"))
    recruiter("target0")
    recruiter("target1")
    client.post(_url("new", "target0"), {"body": "Hello from a new member"})

    response = client.post(_url("new", "target1"), {"body": "Another hello"})

    assert "New accounts may start 1 conversation a day" in field_errors(response, "body")[0]


# Rate limits -----------------------------------------------------------------------------


def test_replying_too_often_gets_the_429_page(settings, client, conversation, kasia):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message": "2/m"}
    client.force_login(kasia)
    for number in range(2):
        assert (
            client.post(_url("reply", conversation.pk), {"body": f"n{number}"}).status_code == 302
        )

    response = client.post(_url("reply", conversation.pk), {"body": "one too many"})

    assert response.status_code == 429
    assert conversation.messages.count() == 3


def test_starting_too_many_conversations_gets_the_429_page(settings, client, oliver):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "conversation": "2/h"}
    client.force_login(oliver)
    for number in range(3):
        recruiter(f"target{number}")
    statuses = [
        client.post(_url("new", f"target{number}"), {"body": f"Hello {number}"}).status_code
        for number in range(3)
    ]

    assert statuses == [302, 302, 429]
    assert Conversation.objects.count() == 2


# Leaving and blocking --------------------------------------------------------------------


def test_leaving_takes_it_off_my_list_and_says_it_comes_back(client, conversation, kasia, oliver):
    client.force_login(kasia)
    response = client.post(_url("leave", conversation.pk))

    assert response.url == _url("list")
    [shown] = messages_shown(client.get(response.url))
    assert "it comes back" in shown
    assert "No conversations yet." in page(client.get(_url("list")))
    client.force_login(oliver)
    assert "Katarzyna Nowak" in page(client.get(_url("list")))


def test_a_member_blocks_and_unblocks_from_the_profile(client, oliver, kasia):
    client.force_login(kasia)
    response = client.post(_url("block", "oliver"), {"next": "/members/oliver/"})

    assert response.url == "/members/oliver/"
    assert Block.objects.filter(blocker=kasia, blocked=oliver).exists()
    assert "Unblock" in page(client.get("/members/oliver/"))

    client.post(_url("unblock", "oliver"), {"next": "https://evil.example/"})
    assert not Block.objects.exists()


def test_blocking_needs_a_signed_in_member_and_a_post(client, kasia):
    assert client.post(_url("block", "kasia")).status_code == 302
    assert not Block.objects.exists()
    client.force_login(kasia)
    assert client.get(_url("block", "kasia")).status_code == 405
    assert client.post(_url("block", "nobody-here")).status_code == 404


def test_a_hidden_profile_is_blocked_only_by_someone_it_wrote_to(client, oliver, kasia):
    kasia.profile_visibility = "groups"
    kasia.save(update_fields=["profile_visibility"])
    client.force_login(oliver)
    assert client.post(_url("block", "kasia")).status_code == 404

    conversation_start(sender=kasia, recipient=oliver, body="Hi Oliver!")
    client.post(_url("block", "kasia"))

    assert Block.objects.filter(blocker=oliver, blocked=kasia).exists()


def test_blocking_oneself_is_refused_with_a_message(client, kasia):
    client.force_login(kasia)
    response = client.post(_url("block", "kasia"))

    assert messages_shown(client.get(response.url)) == ["You cannot block yourself."]


# Reporting -------------------------------------------------------------------------------


def test_a_participant_reports_a_message_to_staff(client, conversation, kasia):
    message = conversation.messages.get()
    client.force_login(kasia)
    form = page(client.get(_url("report", conversation.pk, message.pk)))
    assert "Why are you reporting this message?" in form

    response = client.post(
        _url("report", conversation.pk, message.pk), {"reason": "spam", "note": "A course ad"}
    )

    assert response.url == message.get_absolute_url()
    report = MessageReport.objects.get()
    assert (report.reporter, report.reason, report.note) == (kasia, "spam", "A course ad")


def test_a_report_needs_a_reason(client, conversation, kasia):
    message = conversation.messages.get()
    response = _signed_in(client, kasia).post(
        _url("report", conversation.pk, message.pk), {"reason": "rude"}
    )

    assert response.status_code == 200
    assert field_errors(response, "reason")
    assert not MessageReport.objects.exists()


def test_nobody_reports_their_own_message(client, conversation, oliver):
    message = conversation.messages.get()

    response = _signed_in(client, oliver).get(_url("report", conversation.pk, message.pk))

    assert response.status_code == 404


def test_a_message_of_another_conversation_is_not_found(client, conversation, kasia, stranger):
    other = conversation_start(sender=stranger, recipient=kasia, body="Hallo").conversation
    message = other.messages.get()

    response = _signed_in(client, kasia).get(_url("report", conversation.pk, message.pk))

    assert response.status_code == 404


# The staff queue -------------------------------------------------------------------------


@pytest.fixture
def report(conversation, oliver, kasia):
    from conversations.services import message_report, message_send

    message_send(conversation=conversation, sender=kasia, body="Before: after the offer.")
    spam = message_send(conversation=conversation, sender=oliver, body="Buy my course now!!!")
    message_send(conversation=conversation, sender=kasia, body="After: please stop.")
    return message_report(message=spam, reporter=kasia, reason="spam", note="An ad")


def test_staff_see_the_reported_message_with_its_context(client, report, staff_member):
    content = page(_signed_in(client, staff_member).get(_url("reports")))

    assert "Buy my course now!!!" in content
    assert "Before: after the offer." in content and "After: please stop." in content
    assert "An ad" in content
    assert content.count("chat-message-reported") == 1


def test_staff_resolve_a_report(client, report, staff_member):
    client.force_login(staff_member)

    response = client.post(_url("resolve", report.pk), {"note": "Warned the sender."})

    report.refresh_from_db()
    assert response.url == _url("reports")
    assert report.status == "resolved" and report.handled_by == staff_member
    assert "No open reports." in page(client.get(_url("reports")))
    assert "Warned the sender." in page(client.get(_url("reports") + "?status=resolved"))


def test_staff_open_one_report_with_more_context(client, report, staff_member):
    content = page(_signed_in(client, staff_member).get(_url("report_detail", report.pk)))

    assert "Buy my course now!!!" in content and "Hi Kasia" in content


@pytest.mark.parametrize("who", ["oliver", "kasia", "stranger"])
def test_members_do_not_see_the_report_queue(client, report, stranger, who):
    from members.models import User

    client.force_login(User.objects.get(username=who))

    assert client.get(_url("reports")).status_code == 403
    assert client.get(_url("report_detail", report.pk)).status_code == 403
    assert client.post(_url("resolve", report.pk)).status_code == 403
    report.refresh_from_db()
    assert report.status == "open"


def test_anonymous_visitors_do_not_see_the_report_queue(client, report):
    assert client.get(_url("reports")).status_code == 302
    assert client.get(_url("report_detail", report.pk)).status_code == 302


def test_an_unknown_report_is_not_found(client, staff_member):
    client.force_login(staff_member)

    assert client.get(_url("report_detail", 999999)).status_code == 404
    assert client.post(_url("resolve", 999999)).status_code == 404


# Unsubscribing -----------------------------------------------------------------------------


def test_the_unsubscribe_link_turns_message_emails_off(client, kasia):
    token = unsubscribe_token(member=kasia)

    confirm = page(client.get(_url("unsubscribe", token)))
    done = page(client.post(_url("unsubscribe", token)))
    again = page(client.post(_url("unsubscribe", token)))

    kasia.refresh_from_db()
    assert "Stop emails about new messages" in confirm
    assert "You will no longer get emails about new messages." in done
    assert "already off" in again
    assert kasia.message_emails is False


def test_a_tampered_unsubscribe_link_is_refused(client, kasia):
    token = signing.dumps({"member": kasia.pk}, salt="another.salt")

    assert client.get(_url("unsubscribe", token)).status_code == 400
    assert client.post(_url("unsubscribe", token + "x")).status_code == 400


# Entry points ------------------------------------------------------------------------------


def test_the_profile_offers_to_write_and_to_block(client, oliver, kasia):
    content = page(_signed_in(client, oliver).get("/members/kasia/"))

    assert "Send a message" in content
    assert _url("new", "kasia") in content
    assert _url("block", "kasia") in content


def test_the_profile_offers_nothing_when_the_member_accepts_nobody(client, oliver, kasia):
    kasia.message_policy = "nobody"
    kasia.save(update_fields=["message_policy"])

    content = page(_signed_in(client, oliver).get("/members/kasia/"))

    assert "Send a message" not in content
    assert _url("block", "kasia") in content


def test_my_own_profile_and_anonymous_visitors_get_no_message_tools(client, kasia):
    assert "Send a message" not in page(client.get("/members/kasia/"))
    assert "Send a message" not in page(_signed_in(client, kasia).get("/members/kasia/"))


def test_the_directory_links_only_members_who_accept_the_viewer(client, oliver, polish_group):
    open_member = recruiter("open-door", display_name="Open Door")
    group_only = recruiter("group-only", display_name="Group Only", message_policy="groups")
    closed = recruiter("closed", display_name="Closed Door", message_policy="nobody")
    mate = recruiter("mate", display_name="Group Mate", message_policy="groups")
    MembershipFactory(user=mate, group=polish_group)
    MembershipFactory(user=oliver, group=polish_group)
    MembershipFactory(user=group_only, group=GroupFactory(name="Elsewhere"))

    content = page(_signed_in(client, oliver).get("/members/"))

    for member in (open_member, mate):
        assert f"{_url('new', member.username)}?from=directory" in content
    for member in (group_only, closed, oliver):
        assert _url("new", member.username) not in content


def test_the_similar_goals_list_links_to_a_message_from_the_event(client, oliver, polish_group):
    from questions.models import Topic

    event = EventFactory(group=polish_group)
    salary = list(Topic.objects.filter(slug="salary-and-compensation"))
    for member in (oliver, recruiter("ewa", display_name="Ewa Zielińska")):
        MembershipFactory(user=member, group=polish_group)
        RSVPFactory(event=event, member=member, topics=salary, objective="Salary talks")

    content = page(_signed_in(client, oliver).get(event.get_absolute_url()))

    assert f"{_url('new', 'ewa')}?event={event.pk}" in content
