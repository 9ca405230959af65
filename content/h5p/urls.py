from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("worker.js", views.worker, name="worker"),
    path("offline/", views.keeper, name="keeper"),
    path(
        "play/<str:content_hash>/player.html",
        views.player_frame,
        name="player_frame",
    ),
    path(
        "content/<str:content_hash>/<path:path>",
        views.package_file,
        name="package_file",
    ),
    path(
        "libraries/<str:directory>/<path:path>",
        views.library_file,
        name="library_file",
    ),
]
