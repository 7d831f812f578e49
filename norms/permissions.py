"""Who keeps a country's guide: members of that country's groups edit it, its groups'
moderators revert it, staff do both. Everyone reads it."""

from groups.models import Membership


def may_edit_country(user, country_code):
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return Membership.objects.active().filter(user=user, group__country=country_code).exists()


def may_revert_country(user, country_code):
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return Membership.objects.moderating().filter(user=user, group__country=country_code).exists()
