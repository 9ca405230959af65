"""Served at the site root without a language prefix (see fellowship/urls.py)."""

from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify"),
    path("verify/<str:code>/", views.verify_detail, name="verify_detail"),
    path(
        "verify/<str:code>/credential.json",
        views.credential_public,
        name="credential_public",
    ),
    path(".well-known/did.json", views.issuer_did_document, name="did_document"),
    path(
        "credentials/status/<int:status_list>/",
        views.status_list,
        name="status_list",
    ),
    path(
        "certificates/<str:code>/credential.json",
        views.credential_of_holder,
        name="credential_of_holder",
    ),
    path(
        "certificates/<str:code>/certificate.pdf",
        views.pdf_of_holder,
        name="pdf_of_holder",
    ),
]
