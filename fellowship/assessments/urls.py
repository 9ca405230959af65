from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("quiz/<int:quiz_id>/", views.quiz_detail, name="quiz_detail"),
    path("quiz/<int:quiz_id>/start/", views.quiz_start, name="quiz_start"),
    path("attempt/<uuid:public_id>/", views.attempt_take, name="attempt_take"),
    path(
        "attempt/<uuid:public_id>/autosave/",
        views.attempt_autosave,
        name="attempt_autosave",
    ),
    path(
        "attempt/<uuid:public_id>/confirm/",
        views.attempt_confirm,
        name="attempt_confirm",
    ),
    path(
        "attempt/<uuid:public_id>/submit/",
        views.attempt_submit_view,
        name="attempt_submit",
    ),
    path(
        "attempt/<uuid:public_id>/result/", views.attempt_result, name="attempt_result"
    ),
]
