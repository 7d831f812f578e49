from django.urls import path

from .views import listing, search, thread

app_name = "questions"

urlpatterns = [
    path("", listing.QuestionListView.as_view(), name="list"),
    path("similar/", search.similar_questions, name="similar"),
    path("<int:pk>/", thread.question_detail, name="detail"),
    path("<int:pk>/answer/", thread.question_answer, name="answer"),
    path("<int:pk>/vote/", thread.question_vote, name="vote"),
    path("<int:pk>/comment/", thread.question_comment, name="comment"),
    path("<int:pk>/edit/", thread.question_edit, name="edit"),
    path("<int:pk>/delete/", thread.question_delete, name="delete"),
    path("<int:pk>/history/", thread.question_history, name="history"),
    path(
        "<int:pk>/acceptance/withdraw/",
        thread.question_acceptance_withdraw,
        name="acceptance_withdraw",
    ),
    path("answers/<int:pk>/vote/", thread.answer_vote, name="answer_vote"),
    path("answers/<int:pk>/accept/", thread.answer_accept, name="answer_accept"),
    path("answers/<int:pk>/comment/", thread.answer_comment, name="answer_comment"),
    path("answers/<int:pk>/edit/", thread.answer_edit, name="answer_edit"),
    path("answers/<int:pk>/delete/", thread.answer_delete, name="answer_delete"),
    path("answers/<int:pk>/history/", thread.answer_history, name="answer_history"),
    path("comments/<int:pk>/delete/", thread.comment_delete, name="comment_delete"),
]
