from django import template

from ..models import follow_field_for
from ..services import is_following

register = template.Library()


@register.filter
def follow_target_type(target):
    """ "question", "group" or "topic": the kind of thing a follow button is for."""
    return follow_field_for(target)


@register.inclusion_tag("notifications/_follow_button.html", takes_context=True)
def follow_button(context, target):
    """The follow button for pages whose views do not work out ``is_following`` themselves
    (one EXISTS query for a signed-in member, none for a visitor)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "target": target,
        "is_following": user is not None and is_following(follower=user, target=target),
        "request": request,
        "user": user,
        "csrf_token": context.get("csrf_token"),
    }
