from django.db import transaction
from slugify import slugify

from ..models import Group, Membership, MembershipEvent

SLUG_MAX_LENGTH = Group._meta.get_field("slug").max_length
# Paths under /groups/ that are not groups.
RESERVED_SLUGS = {"new", "invitations"}


def unique_group_slug(name):
    """A transliterated slug ("Rekruterzy Łódź" → "rekruterzy-lodz"), numbered when taken."""
    base = slugify(name, max_length=SLUG_MAX_LENGTH - 4, word_boundary=True) or "group"
    taken = set(Group.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


@transaction.atomic
def group_create(
    *,
    owner,
    name,
    country,
    city="",
    description="",
    rules="",
    languages=(),
    join_policy=Group.JoinPolicy.OPEN,
    admission_questions=(),
    hold_first_posts=False,
    slug=None,
):
    """Create a group with its founder as the owner and first member."""
    group = Group.objects.create(
        name=name,
        slug=slug or unique_group_slug(name),
        country=country,
        city=city,
        description=description,
        rules=rules,
        join_policy=join_policy,
        admission_questions=[question for question in admission_questions if question],
        hold_first_posts=hold_first_posts,
        member_count=1,
    )
    group.languages.set(languages)
    Membership.objects.create(
        user=owner,
        group=group,
        role=Membership.Role.OWNER,
        status=Membership.Status.ACTIVE,
        joined_at=group.created_at,
        requested_at=group.created_at,
    )
    MembershipEvent.objects.create(
        group=group, action=MembershipEvent.Action.CREATE, actor=owner, member=owner
    )
    return group


@transaction.atomic
def group_update(*, group, editor, languages=None, **fields):
    """Change a group's settings. The slug never changes: links to the group keep working."""
    allowed = {
        "name",
        "country",
        "city",
        "description",
        "rules",
        "join_policy",
        "admission_questions",
        "hold_first_posts",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"group_update() cannot change {', '.join(sorted(unknown))}")
    for field, value in fields.items():
        if field == "admission_questions":
            value = [question for question in value if question]
        setattr(group, field, value)
    group.save(update_fields=list(fields))
    if languages is not None:
        group.languages.set(languages)
    return group
