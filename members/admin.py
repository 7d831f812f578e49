from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from .models import SpokenLanguage, User


class SpokenLanguageInline(admin.TabularInline):
    model = SpokenLanguage
    extra = 0
    autocomplete_fields = ["language"]


@admin.register(User)
class MemberAdmin(UserAdmin):
    list_display = [
        "username",
        "email",
        "display_name",
        "home_country",
        "city",
        "is_staff",
        "date_joined",
    ]
    list_filter = ["is_staff", "is_active", "home_country"]
    search_fields = ["username", "email", "display_name", "city", "headline"]
    inlines = [SpokenLanguageInline]
    fieldsets = [
        *UserAdmin.fieldsets,
        (_("Profile"), {"fields": ["display_name", "headline", "home_country", "city"]}),
    ]
