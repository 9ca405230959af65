from django.urls import path

from . import views

app_name = "xapi"

urlpatterns = [
    path("statements", views.statements, name="statements"),
    path("state", views.state, name="state"),
    path(
        "activities/lesson/<int:lesson_id>/block/<uuid:block_id>",
        views.activity,
        name="activity",
    ),
]
