from django.conf import settings
from django_filters.views import FilterView

from ..filters import QuestionFilter
from ..models import Question


class QuestionListView(FilterView):
    """Public: every question, newest first, filtered by where it goes and comes from."""

    filterset_class = QuestionFilter
    template_name = "questions/question_list.html"
    context_object_name = "questions"
    paginate_by = settings.PAGE_SIZE
    strict = False

    def get_queryset(self):
        return Question.objects.for_listing().newest_first()
