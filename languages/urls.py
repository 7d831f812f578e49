from django.urls import path

from . import views

app_name = "languages"

urlpatterns = [
    path("<str:code>/", views.LanguageDetailView.as_view(), name="detail"),
]
