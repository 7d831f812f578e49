from django.db import transaction

from .models import SpokenLanguage

PROFILE_FIELDS = [
    "display_name",
    "headline",
    "city",
    "home_country",
    "specialisms",
    "years_in_recruiting",
    "bio",
    "linkedin_url",
    "profile_visibility",
    "time_zone",
]


@transaction.atomic
def profile_update(
    *,
    member,
    display_name,
    headline,
    city,
    country,
    reading_languages,
    spoken_languages,
    specialisms,
    years_in_recruiting,
    bio,
    linkedin_url,
    profile_visibility,
    time_zone="",
    avatar=None,
    remove_avatar=False,
    message_policy=None,
    message_emails=None,
):
    """Save the profile. spoken_languages is [(language code, level)]; avatar is an already
    re-encoded image file (members.avatars.avatar_reencoded) that replaces the current photo;
    remove_avatar drops the current photo."""
    member.display_name = display_name
    member.headline = headline
    member.city = city
    member.home_country = country
    member.specialisms = list(dict.fromkeys(specialisms))
    member.years_in_recruiting = years_in_recruiting
    member.bio = bio
    member.linkedin_url = linkedin_url
    member.profile_visibility = profile_visibility
    member.time_zone = time_zone
    update_fields = list(PROFILE_FIELDS)
    # Who may start a conversation, and emails about messages (conversations/).
    if message_policy is not None:
        member.message_policy = message_policy
        update_fields.append("message_policy")
    if message_emails is not None:
        member.message_emails = bool(message_emails)
        update_fields.append("message_emails")

    replaced_avatar = member.avatar.name if (avatar or remove_avatar) else ""
    if avatar is not None:
        member.avatar.save(avatar.name, avatar, save=False)
        update_fields.append("avatar")
    elif remove_avatar:
        member.avatar = ""
        update_fields.append("avatar")
    member.save(update_fields=update_fields)

    SpokenLanguage.objects.filter(member=member).delete()
    SpokenLanguage.objects.bulk_create(
        SpokenLanguage(member=member, language_id=code, level=level)
        for code, level in spoken_languages
    )
    member.reading_languages.set(reading_languages)

    if replaced_avatar:
        storage = member.avatar.storage
        # The old file goes only once the new profile is saved for good.
        transaction.on_commit(lambda: storage.delete(replaced_avatar))
    return member


def interface_language_update(*, member, language_code):
    member.interface_language = language_code
    member.save(update_fields=["interface_language"])
