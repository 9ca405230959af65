from django.urls import path

from . import views

# At the site's root, the same in every language: the worker's scope is "/".
root_urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
]

# In each language (the start page and the offline page speak it).
urlpatterns = [
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
    path("offline/", views.offline_page, name="offline_page"),
    path("my-learning/offline/", views.offline_library, name="offline_library"),
    path(
        "offline/modules/<int:module_id>/manifest.json",
        views.module_manifest,
        name="offline_module_manifest",
    ),
    path(
        "offline/modules/<int:module_id>/prepare/",
        views.module_prepare,
        name="offline_module_prepare",
    ),
]
