from django.conf import settings
from django.db.models import Prefetch
from django_filters.views import FilterView

from recruitcommunity.pagination import BoundedPaginator

from ..filters import QuestionFilter
from ..models import Question


class QuestionListView(FilterView):
    """Public: every question, newest first, filtered by where it goes and comes from."""

    filterset_class = QuestionFilter
    template_name = "questions/question_list.html"
    context_object_name = "questions"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator
    strict = False

    def get_queryset(self):
        # The rows show topics and tags from these lists (templates/includes/_question_row.html).
        return (
            Question.objects.visible()
            .for_listing()
            .prefetch_related(
                Prefetch("topics", to_attr="topic_list"), Prefetch("tags", to_attr="tag_list")
            )
            .newest_first()
        )
