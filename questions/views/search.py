from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from recruitcommunity.pagination import BoundedPaginator

from ..models import Question
from ..search import (
    MAX_QUERY_LENGTH,
    SIMILAR_MIN_WORDS,
    QuestionSearchFilter,
    page_questions,
    parse_search,
    ranked_results,
    search_hits,
    words,
)
from ..search import similar_questions as questions_similar_to


@require_safe
def search(request):
    """Public: questions and answers in every language, best match first."""
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    filterset = QuestionSearchFilter(
        request.GET, queryset=Question.objects.for_listing(), request=request
    )
    parsed = parse_search(text)
    context = {"query": text, "filter": filterset, "parsed": parsed, "hits": []}
    if parsed:
        paginator = BoundedPaginator(ranked_results(filterset.qs, parsed), settings.PAGE_SIZE)
        page = paginator.get_page(request.GET.get("page"))
        questions = page_questions(Question.objects.for_listing(), page.object_list)
        context.update(paginator=paginator, page_obj=page, hits=search_hits(questions, parsed))
    return render(request, "questions/search.html", context)


@require_safe
def similar_questions(request):
    """Questions like the title being written. The ask form asks for the list alone (htmx);
    without JavaScript the same address is a page of its own."""
    title = request.GET.get("title", "").strip()[:MAX_QUERY_LENGTH]
    context = {
        "title": title,
        "questions": questions_similar_to(title),
        "too_short": len(words(title)) < SIMILAR_MIN_WORDS,
    }
    if request.htmx:
        response = render(request, "questions/_similar_questions.html", context)
    else:
        response = render(request, "questions/similar_questions.html", context)
    patch_vary_headers(response, ["HX-Request"])
    return response
