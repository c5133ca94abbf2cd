from __future__ import annotations

from django.urls import path

from motcua.feedback import views

app_name = "feedback"
urlpatterns = [
    path("", views.feedback_list, name="list"),
    path("<int:pk>/tra-loi/", views.answer, name="answer"),
    path("gui/<str:code>/", views.send, name="send"),
    path("danh-gia/<str:code>/", views.rate, name="rate"),
]
