from django.db.models import Case, Q, Value, When

from groups.models import Membership
from questions.models import Question


def questions_for_region(member):
    """Open questions the member can help with: asked to one of their groups (active
    memberships) or addressing their home country; unanswered ones first, then newest.
    Their own questions are left out."""
    addressed = Q(group__in=Membership.objects.active().filter(user=member).values("group_id"))
    if member.home_country:
        addressed |= Q(regions__contains=[member.home_country.code])
    return (
        Question.objects.visible()
        .filter(addressed, accepted_answer__isnull=True)
        .exclude(author=member)
        .for_listing()
        .annotate(answered=Case(When(answer_count=0, then=Value(0)), default=Value(1)))
        .order_by("answered", "-created_at", "-id")
    )
