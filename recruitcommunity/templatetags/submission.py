"""{% submission_key_field %}: the one-time key of a create form (recruitcommunity.idempotency).
A double click sends the same key twice, and the second send creates nothing."""

from django import template
from django.utils.html import format_html

from recruitcommunity.idempotency import SUBMISSION_KEY_FIELD, new_submission_key

register = template.Library()


@register.simple_tag
def submission_key_field():
    return format_html(
        '<input type="hidden" name="{}" value="{}">', SUBMISSION_KEY_FIELD, new_submission_key()
    )
