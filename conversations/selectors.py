"""Reading conversations: a member's list, one conversation's messages a page at a time,
the staff's report queue with each reported message in context, the unread count for the
header, and a member's messages for their data export. Each costs a fixed number of
queries, whatever the number of conversations or messages."""

from django.core.paginator import Paginator
from django.db.models import Q, Sum, Value

from .models import Conversation, Message, MessageReport, Participant

MESSAGES_PER_PAGE = 50
# Messages shown before and after a reported one, in the staff queue.
REPORT_CONTEXT = 3


def unread_message_count(member):
    """How many messages wait unread in the member's conversations: one query over the
    partial index of sides with something unread."""
    return (
        Participant.objects.filter(member=member, unread_count__gt=0).aggregate(
            total=Sum("unread_count")
        )["total"]
        or 0
    )


def conversations_of(member):
    """The member's conversations, newest activity first, each with the other member and
    the last message."""
    return Participant.objects.of(member).listed().for_listing()


def with_other_members(participants, member):
    """Set `other` (the other member) on each side of a page of the list."""
    for participant in participants:
        participant.other = participant.conversation.other_member(member)
    return participants


def messages_page(conversation, page_number):
    """One page of the conversation, oldest first; the latest page unless another is
    asked for."""
    messages = (
        Message.objects.filter(conversation=conversation)
        .select_related("sender")
        .order_by("created_at", "id")
    )
    paginator = Paginator(messages, MESSAGES_PER_PAGE)
    if page_number in (None, ""):
        page_number = paginator.num_pages
    return paginator.get_page(page_number)


def messages_after(conversation, message_id):
    """Messages newer than the one the page shows last (htmx refreshes)."""
    return list(
        Message.objects.filter(conversation=conversation, id__gt=message_id)
        .select_related("sender")
        .order_by("created_at", "id")[:MESSAGES_PER_PAGE]
    )


def reports_with_messages():
    return MessageReport.objects.select_related(
        "reporter",
        "handled_by",
        "message__sender",
        "message__conversation__member_low",
        "message__conversation__member_high",
    )


def reports_for_queue(status):
    """Open reports oldest first (the queue); resolved ones most recently handled first."""
    reports = reports_with_messages().filter(status=status)
    if status == MessageReport.Status.OPEN:
        return reports.order_by("created_at", "id")
    return reports.order_by("-handled_at", "-id")


def with_context(reports, around=REPORT_CONTEXT):
    """Set `context` on each report: the reported message with up to `around` messages
    before and after it in its conversation, in order. One query for the whole page: a
    union of a slice before and a slice after each reported message."""
    reports = list(reports)
    if not reports:
        return reports
    slices = []
    for report in reports:
        message = report.message
        same_conversation = Message.objects.filter(
            conversation_id=message.conversation_id
        ).annotate(report_pk=Value(report.pk))
        at_or_before = Q(created_at__lt=message.created_at) | Q(
            created_at=message.created_at, id__lte=message.id
        )
        before = same_conversation.filter(at_or_before).order_by("-created_at", "-id")
        after = same_conversation.exclude(at_or_before).order_by("created_at", "id")
        slices.append(before.values_list("report_pk", "pk")[: around + 1])
        slices.append(after.values_list("report_pk", "pk")[:around])
    first, *rest = slices
    wanted = list(first.union(*rest, all=True))
    messages = Message.objects.filter(pk__in={pk for _report, pk in wanted}).select_related(
        "sender"
    )
    by_pk = {message.pk: message for message in messages}
    by_report = {}
    for report_pk, pk in wanted:
        by_report.setdefault(report_pk, []).append(by_pk[pk])
    for report in reports:
        report.context = sorted(
            by_report.get(report.pk, []), key=lambda message: (message.created_at, message.pk)
        )
    return reports


def messages_for_export(member):
    """Every message in the member's conversations (those they left included), for their
    account data export: [{conversation, with, sent_at, body, mine}], oldest first within
    each conversation."""
    messages = (
        Message.objects.filter(
            Q(conversation__member_low=member) | Q(conversation__member_high=member)
        )
        .select_related("conversation__member_low", "conversation__member_high")
        .order_by("conversation_id", "created_at", "id")
    )
    return [
        {
            "conversation": message.conversation_id,
            "with": message.conversation.other_member(member).public_name,
            "sent_at": message.created_at.isoformat(),
            "body": message.body,
            "mine": message.sender_id == member.pk,
        }
        for message in messages
    ]


def conversation_with(member, other):
    """The member's side of their conversation with `other`, if they have one listed."""
    conversation = Conversation.objects.between(member, other).first()
    if conversation is None:
        return None
    return Participant.objects.listed().filter(conversation=conversation, member=member).first()
