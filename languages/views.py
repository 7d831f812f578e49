from django.conf import settings
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from groups.models import Group
from members.models import User
from questions.models import Question

from .models import Language

MEMBERS_SHOWN = 12
QUESTIONS_SHOWN = 10


class LanguageDetailView(ListView):
    """Public: the groups using a language, the members speaking it whom the visitor may
    see, and the questions recently asked in it."""

    template_name = "places/language_detail.html"
    context_object_name = "groups"
    paginate_by = settings.PAGE_SIZE

    def get_queryset(self):
        self.language = get_object_or_404(Language, code=self.kwargs["code"].lower())
        return (
            Group.objects.using_language(self.language.code)
            .for_listing()
            .order_by("-member_count", "name", "id")
        )

    def get_context_data(self, **kwargs):
        code = self.language.code
        return super().get_context_data(
            language=self.language,
            members=User.objects.visible_to(self.request.user)
            .active()
            .speaking(code)
            .order_by("-date_joined", "-id")[:MEMBERS_SHOWN],
            recent_questions=Question.objects.visible()
            .in_language(code)
            .for_listing()
            .newest_first()[:QUESTIONS_SHOWN],
            **kwargs,
        )
