from django.urls import path

from .views import listing, thread

app_name = "questions"

urlpatterns = [
    path("", listing.QuestionListView.as_view(), name="list"),
    path("<int:pk>/", thread.question_detail, name="detail"),
    path("<int:pk>/answer/", thread.question_answer, name="answer"),
]
