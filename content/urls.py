from django.urls import path

from . import views

urlpatterns: list = [
    path("glossary/", views.glossary, name="glossary"),
    path("library/", views.reference_library, name="reference_library"),
]
