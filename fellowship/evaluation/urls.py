from django.urls import path

from . import views

app_name = "evaluation"

urlpatterns = [
    path("courses/<int:course_id>/gain/", views.my_gain, name="my_gain"),
    path(
        "cohorts/<int:cohort_id>/courses/<int:course_id>/survey/",
        views.course_survey,
        name="course_survey",
    ),
    path(
        "cohorts/<int:cohort_id>/in-person/survey/",
        views.in_person_survey,
        name="in_person_survey",
    ),
    path(
        "cohorts/<int:cohort_id>/follow-up/<int:months>/",
        views.follow_up,
        name="follow_up",
    ),
]
