from django.contrib import admin

from .models import Answer, Question


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "group",
        "asker_country",
        "target_country",
        "language",
        "answer_count",
        "created_at",
    ]
    list_filter = ["target_country", "asker_country", "language"]
    search_fields = ["title", "body", "author__username"]
    raw_id_fields = ["group", "author"]
    list_select_related = ["group", "language"]
    readonly_fields = ["answer_count", "created_at"]
    date_hierarchy = "created_at"


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "created_at"]
    search_fields = ["body", "author__username", "question__title"]
    raw_id_fields = ["question", "author"]
    list_select_related = ["question", "author"]

    # Answers are posted through questions.services, which keeps answer counts right.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
