"""The player's own host (H5P_PLAYER_ORIGIN) serves the player and nothing
else: the frame, its worker and keeper, package and library files, static
files. Any other address there is sent to the site's own origin (a GET) or
not found, so no page of the site, no session and no form ever answers on
the origin where package code runs."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseRedirect

from .selectors import player_origin, site_origin

PLAYER_PATHS = ("/h5p/",)


class PlayerOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        origin = player_origin()
        if (
            origin
            and f"{request.scheme}://{request.get_host()}" == origin
            and not request.path_info.startswith((*PLAYER_PATHS, settings.STATIC_URL))
        ):
            if request.method in ("GET", "HEAD"):
                return HttpResponseRedirect(site_origin() + request.get_full_path())
            return HttpResponseNotFound(
                b"Not found", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)
