from django.db import transaction


@transaction.atomic
def profile_update(*, member, display_name, headline, city, country, languages, reading_languages):
    member.display_name = display_name
    member.headline = headline
    member.city = city
    member.home_country = country
    member.save(update_fields=["display_name", "headline", "city", "home_country"])
    member.languages.set(languages)
    member.reading_languages.set(reading_languages)
    return member


def interface_language_update(*, member, language_code):
    member.interface_language = language_code
    member.save(update_fields=["interface_language"])
