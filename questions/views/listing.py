from django.conf import settings
from django.db.models import Prefetch
from django_filters.views import FilterView

from recruitcommunity.pagination import BoundedPaginator

from ..filters import SORTS, QuestionFilter
from ..models import Question


class QuestionListView(FilterView):
    """Public: every question, newest first, filtered by where it goes and comes from."""

    filterset_class = QuestionFilter
    template_name = "questions/question_list.html"
    context_object_name = "questions"
    paginate_by = settings.PAGE_SIZE
    paginator_class = BoundedPaginator
    strict = False

    def get_paginator(self, *args, **kwargs):
        # Counted newest first whatever the sort: that index follows the order the questions
        # are stored in, so counting "to Poland" reads a few thousand neighbouring rows rather
        # than jumping across the table in order of votes.
        return super().get_paginator(*args, count_order=SORTS["newest"], **kwargs)

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
