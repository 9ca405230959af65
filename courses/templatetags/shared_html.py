"""Parts of a page that are the same for every reader of it in a language,
rendered once per process until the content changes."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from courses.routing import content_version
from fellowship.memo import ProcessMemo

register = template.Library()

SOURCES_TEMPLATE = "courses/includes/sources.html"
# (content version, page, language) -> HTML; emptied when full. A new
# content version (every publish, and every change to the reference
# library) makes the older entries unreachable.
_SOURCES: ProcessMemo[str] = ProcessMemo(2048)


@register.simple_tag(takes_context=True)
def sources(context) -> str:
    """The page's Sources section (`provisions` and `mosaic_modules`)."""
    parts = {
        "provisions": context.get("provisions") or (),
        "mosaic_modules": context.get("mosaic_modules") or (),
    }
    page = context.get("page")
    if context.get("preview") or page is None or not page.pk:
        return render_to_string(SOURCES_TEMPLATE, parts)
    html = _SOURCES.get_or_make(
        (content_version(), page.pk, get_language()),
        lambda: render_to_string(SOURCES_TEMPLATE, parts),
    )
    # Rendered by our template, every value escaped there.
    return mark_safe(html)  # noqa: S308


# (content version, page, host) -> the page's URL for that host, as
# Wagtail's `pageurl` gives it. Moves, slug changes, publishing and sites
# all replace the content version.
_URLS: ProcessMemo[str] = ProcessMemo(8192)


@register.simple_tag(takes_context=True)
def page_url(context, page) -> str:
    """Wagtail's `{% pageurl page %}`, worked out once per content version."""
    request = context.get("request")
    if not getattr(page, "pk", None):
        return page.get_url(request=request) or ""
    return _URLS.get_or_make(
        (content_version(), page.pk, request.get_host() if request else ""),
        lambda: page.get_url(request=request) or "",
    )


# (content version, language, host, current page, summaries, the outline's
# pages) -> the outline as HTML pieces and, for each lesson, its four
# renderings (locked, open, started, completed).
_OUTLINES: ProcessMemo[list] = ProcessMemo(2048)
_MARK = "\x00outline-lesson\x00"


@register.simple_tag(takes_context=True)
def outline_nav(context) -> str:
    """The course outline (`outline`, `current`, `show_summaries`): its
    structure rendered once, each lesson's state chosen per request."""
    outline = context.get("outline") or []
    current = context.get("current")
    show_summaries = bool(context.get("show_summaries"))
    request = context.get("request")
    key = (
        content_version(),
        get_language(),
        request.get_host() if request else "",
        getattr(current, "pk", None),
        show_summaries,
        tuple(
            (module.page.pk, tuple(item.page.pk for item in module.lessons))
            for module in outline
        ),
    )
    pieces = _OUTLINES.get_or_make(
        key, lambda: _outline_pieces(context, outline, current, show_summaries)
    )
    items = iter([item for module in outline for item in module.lessons])
    html = []
    for piece in pieces:
        if isinstance(piece, str):
            html.append(piece)
            continue
        item = next(items)
        if item.locked:
            html.append(piece[0])
        else:
            html.append(piece[3 if item.completed else 2 if item.started else 1])
    # Rendered by our templates, every value escaped there.
    return mark_safe("".join(html))  # noqa: S308


def _outline_pieces(context, outline, current, show_summaries) -> list:
    marked = [
        {"page": module.page, "lessons": [_MARK] * len(module.lessons)}
        for module in outline
    ]
    frame = render_to_string(
        "courses/includes/outline_frame.html",
        {"outline": marked, "show_summaries": show_summaries},
    ).split(_MARK)
    pieces: list = [frame[0]]
    lessons = [item for module in outline for item in module.lessons]
    for item, after in zip(lessons, frame[1:], strict=True):
        values = {
            "title": item.page.title,
            "url": page_url(context, item.page),
            "current": current is not None and item.page.pk == current.pk,
        }
        pieces.append(
            tuple(
                render_to_string("courses/includes/outline_item.html", values | state)
                for state in (
                    {"locked": True},
                    {},
                    {"started": True},
                    {"completed": True},
                )
            )
        )
        pieces.append(after)
    return pieces
