"""Page routing from a cache, and the version that keeps every cached page
fragment honest.

Wagtail routes a request by walking the tree: the Site, the Locale, then a
child lookup and a `.specific` query at every level (eleven queries for a
lesson five levels down). The path of a page changes only when a page is
published (a new slug), moved, unpublished or deleted, so the outcome of that
walk is kept in the cache by host, language and path, and replaced by one
query for the page itself. Wagtail's own `serve` still runs everything after
routing (view restrictions, `before_serve_page` hooks, the page's `serve`).

`content_version()` names the current state of the published tree; cache keys
of anything derived from published pages (routes, outlines, rendered bodies)
include it, and every publish, unpublish, move, slug change or deletion
replaces it, so no stale fragment is ever read again.
"""

import logging
import threading
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page

from fellowship.compiled_query import CompiledQuery

logger = logging.getLogger(__name__)

VERSION_KEY = "courses:content-version"
ROUTE_TIMEOUT = 60 * 60 * 24
ROUTE_ENTRY_LENGTH = 6  # an entry of an earlier release is routed anew


# Within one request the version is read from the cache once (the route,
# the lesson frame, its body and the language links all need it); outside a
# request (tasks, commands) it is read every time, as a long-lived process
# must not keep an old one.
_request = threading.local()


def _request_started(**kwargs) -> None:
    _request.active, _request.version = True, None


def _request_finished(**kwargs) -> None:
    _request.active, _request.version = False, None


request_started.connect(_request_started, dispatch_uid="courses.version.request")
request_finished.connect(_request_finished, dispatch_uid="courses.version.request")


def content_version() -> str:
    if getattr(_request, "active", False) and _request.version is not None:
        return _request.version
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    if getattr(_request, "active", False):
        _request.version = version
    return version


def content_changed(**kwargs) -> None:
    """Signal receiver: the published tree changed; drop every derived entry."""
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    # A request that publishes reads what it has just published.
    _request.version = None


def page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        content_changed()


# A draft saved in the admin writes only these fields of the page's row; any
# other save (a new page, an alias made by wagtail-localize, a page changed
# outside the publishing workflow) may change what the site shows.
DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_id",
        "latest_revision_created_at",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def page_saved(sender, instance, update_fields=None, **kwargs) -> None:
    if not isinstance(instance, Page):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    content_changed()


def _route_key(request, path: str, version: str) -> str:
    host = request.get_host().lower()
    language = get_language() or ""
    return f"courses:route:{version}:{host}:{language}:{path}"


def _remember(request, path: str, key: str) -> None:
    """Run Wagtail's routing and keep which page it found for this path."""
    result = Page.route_for_request(request, path)
    site = getattr(request, "_wagtail_site", None)
    if result is None or site is None:
        return
    page = result[0]
    root = site.root_page.localized
    if not page.url_path.startswith(root.url_path):
        return
    consumed = len(
        [part for part in page.url_path[len(root.url_path) :].split("/") if part]
    )
    # The sites' root paths (Wagtail's own cache entry, read by every page
    # URL) change only with a Site, a Locale or a root page, which all
    # replace the content version: kept with the route, they cost no read.
    root_paths = page._get_site_root_paths(request)
    # So are the view restrictions of the page and its ancestors (the rows;
    # whether a request passes one is still decided per request).
    restrictions = list(page.get_view_restrictions())
    cache.set(
        key,
        (site, page.content_type_id, page.pk, consumed, root_paths, restrictions),
        ROUTE_TIMEOUT,
    )


_PAGES_BY_ID: dict[type, CompiledQuery] = {}


def _page_by_id(model) -> CompiledQuery:
    """The page of this type with its locale, by id (compiled once)."""
    query = _PAGES_BY_ID.get(model)
    if query is None:
        query = _PAGES_BY_ID[model] = CompiledQuery(
            lambda pk: model.objects.select_related("locale").filter(pk=pk)[:1], "pk"
        )
    return query


def _route_from_cache(request, path: str, entry) -> None:
    site, content_type_id, page_id, consumed, root_paths, restrictions = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    request._wagtail_site = site
    request._wagtail_cached_site_root_paths = root_paths
    components = [component for component in path.split("/") if component]
    page = _page_by_id(model).first(pk=page_id)
    if page is None:
        request._wagtail_route_for_request = None
        return
    page._routed_view_restrictions = restrictions
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None


def serve(request, path):
    """Wagtail's `serve`, with the tree walk replaced by a cached route."""
    try:
        key = _route_key(request, path, content_version())
        entry = cache.get(key)
    except Exception:  # noqa: BLE001 - without the cache, Wagtail routes alone
        logger.warning("Route cache unavailable", exc_info=True)
        return wagtail_views.serve(request, path)
    if entry is None or len(entry) != ROUTE_ENTRY_LENGTH:
        _remember(request, path, key)
    else:
        _route_from_cache(request, path, entry)
    return wagtail_views.serve(request, path)
