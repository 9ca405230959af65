"""The installable app: web manifest, service worker, offline page, and the
fellow's offline library with each module's download manifest."""

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_language_bidi, gettext
from django.utils.translation import override as language_override
from django.views.decorators.http import require_GET, require_POST

from content.h5p.selectors import player_origin

from . import selectors
from .preparers import offline_prepare

SERVICE_WORKER = "vendor/offline/sw.js"
# The Workbox runtime the service worker loads, copied from npm at build time.
WORKBOX_MODULES = [
    "workbox-core",
    "workbox-routing",
    "workbox-strategies",
    "workbox-precaching",
    "workbox-background-sync",
]
THEME_COLOUR = "#003a59"
BACKGROUND_COLOUR = "#ffffff"


@require_GET
def web_manifest(request):
    """What a phone needs to install the site as an app, in the fellow's
    language and direction."""
    language = get_language()
    body = {
        "id": "/",
        "name": gettext("SALW Fellowship"),
        "short_name": gettext("Fellowship"),
        "description": gettext(
            "Fellowship training programme on small arms and light weapons"
        ),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": reverse("my_learning"),
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {
                "src": static("icons/icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
                "purpose": "any maskable",
            },
            {
                "src": static("icons/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "any maskable",
            },
            {"src": static("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=3600"
    return response


@lru_cache(maxsize=4)
def _built_worker(path: str, mtime: float) -> str:
    return Path(path).read_text(encoding="utf-8")


def _worker_config() -> dict:
    """The URLs the worker needs, as this deployment serves them (hashed names
    in production), and the offline page of every language."""
    offline_pages = {}
    for code, _name in settings.LANGUAGES:
        with language_override(code):
            offline_pages[code] = reverse("offline_page")
    static_prefix = settings.STATIC_URL
    return {
        "staticPrefix": static_prefix,
        "workbox": [
            staticfiles_storage.url(f"vendor/workbox/{name}.prod.js")
            for name in WORKBOX_MODULES
        ],
        "offlinePages": offline_pages,
        "defaultLanguage": settings.LANGUAGE_CODE,
    }


@require_GET
def service_worker(request):
    """The worker, served at the site's root so that it controls every page.

    Built by `scripts/build-sw.mjs` at install; a missing build answers 404,
    and pages simply stay online-only.
    """
    found = finders.find(SERVICE_WORKER)
    if not found:
        raise Http404
    source = _built_worker(found, Path(found).stat().st_mtime)
    config = json.dumps(_worker_config(), sort_keys=True)
    version = hashlib.sha256((config + source).encode()).hexdigest()[:12]
    body = f"self.OFFLINE_CONFIG = {config};\nself.OFFLINE_VERSION = {json.dumps(version)};\n{source}"
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline_page(request):
    """What a fellow sees when a page they open is not on the device."""
    return TemplateResponse(request, "offline.html", {})


@login_required
@require_GET
def offline_library(request):
    """The modules a fellow can take offline; the script shows which are."""
    modules = selectors.offline_modules(user=request.user)
    manifests = selectors.module_manifests(items=modules, request=request)
    entries = [
        {
            "item": item,
            "bytes": manifest["bytes"],
            "manifest_url": reverse("offline_module_manifest", args=[item.module.pk]),
            "prepare_url": reverse("offline_module_prepare", args=[item.module.pk]),
        }
        for item, manifest in zip(modules, manifests, strict=True)
    ]
    # The player's own host keeps the activities (docs/decisions/0039).
    player = player_origin()
    return TemplateResponse(
        request,
        "courses/offline_library.html",
        {
            "entries": entries,
            "keeper_url": player + reverse("h5p:keeper") if player else "",
        },
    )


@login_required
@require_GET
def module_manifest(request, module_id: int):
    item = selectors.offline_module_for(user=request.user, module_id=module_id)
    if item is None:
        raise Http404
    [manifest] = selectors.module_manifests(items=[item], request=request)
    response = JsonResponse(
        manifest,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
@require_POST
def module_prepare(request, module_id: int):
    """Before a download: what the module's pages need from the server first
    (an attempt at each quiz without a time limit that the fellow may start
    now, so that it can be answered offline). Answers the addresses to fetch
    with the module; asking again prepares nothing new."""
    item = selectors.offline_module_for(user=request.user, module_id=module_id)
    if item is None:
        raise Http404
    lessons = selectors.open_lessons(user=request.user, item=item)
    with language_override(item.module.locale.language_code):
        urls = offline_prepare(user=request.user, lessons=lessons)
    response = JsonResponse({"fetch": urls})
    response["Cache-Control"] = "private, no-store"
    return response
