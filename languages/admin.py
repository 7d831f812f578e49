from django.contrib import admin

from .models import Language


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "native_name", "right_to_left"]
    list_filter = ["right_to_left"]
    search_fields = ["code", "name", "native_name"]
