from django.urls import path

from . import views

app_name = "cohorts"

urlpatterns = [
    path("", views.calls_list, name="calls"),
    path("calls/<int:call_pk>/apply/", views.application_apply, name="apply"),
    path("applications/", views.my_applications, name="my_applications"),
    path(
        "applications/<int:pk>/withdraw/",
        views.application_withdraw,
        name="application_withdraw",
    ),
    path(
        "applications/<int:pk>/letter/",
        views.application_letter,
        name="application_letter",
    ),
    path("nominations/", views.nominations, name="nominations"),
    path(
        "preferences/revoked/",
        views.preferences_revoked,
        name="preferences_revoked",
    ),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
]
