from django.urls import path

from . import views

app_name = "questions"

urlpatterns = [
    path("", views.QuestionListView.as_view(), name="list"),
    path("<int:pk>/", views.question_detail, name="detail"),
    path("<int:pk>/answer/", views.question_answer, name="answer"),
]
