"""Whether an SVG file from a package is safe to keep.

An SVG is a document: it can carry scripts, event handlers, embedded HTML and
references that make the browser fetch other files or websites. Packages
are refused when one of their SVG files has any of these (the reason names
the file and what was found); H5P content types use SVG for icons and
drawings, which need none of them.

The file is parsed as XML, never matched with patterns. Entity
declarations are refused before parsing, which rules out entity expansion
attacks.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from django.utils.translation import gettext as _

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
# Elements that run code, embed other documents or animate attributes (an
# <animate> or <set> can turn a harmless href into a javascript: URL).
FORBIDDEN_ELEMENTS = frozenset(
    {
        "script",
        "foreignobject",
        "iframe",
        "embed",
        "object",
        "animate",
        "set",
        "animatemotion",
        "animatetransform",
        "handler",
        "listener",
    }
)
REFERENCE_ATTRIBUTES = frozenset({"href", "src"})
STYLE_REFERENCES = ("url(", "@import", "expression(")


def _local(name: str) -> str:
    return name.rpartition("}")[2].lower()


def svg_problem(data: bytes) -> str:
    """Why the SVG is unsafe, or "" when it is safe to keep."""
    lowered = data.lower()
    # The usual `<!DOCTYPE svg PUBLIC ...>` (font files carry it) is harmless:
    # the parser never fetches it. An internal subset can declare entities.
    if b"<!entity" in lowered or _internal_subset(lowered):
        return _("a document type declaration with entities")
    try:
        # Entity declarations were refused above.
        root = ElementTree.fromstring(data)  # noqa: S314
    except (ElementTree.ParseError, ValueError):
        return _("not a well-formed SVG file")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = _local(element.tag)
        if name in FORBIDDEN_ELEMENTS:
            return _("a <%(element)s> element") % {"element": name}
        if name == "style" and _has_reference(element.text or ""):
            return _("a style that loads another file")
        for attribute, value in element.attrib.items():
            attribute_name = _local(attribute)
            if attribute_name.startswith("on"):
                return _("an event handler (%(attribute)s)") % {
                    "attribute": attribute_name
                }
            if attribute_name in REFERENCE_ATTRIBUTES and not value.strip().startswith(
                "#"
            ):
                return _("a reference to another file or website")
            if _has_reference(value) and not _is_local_fragment_reference(value):
                return _("a reference to another file or website")
    return ""


def _internal_subset(lowered: bytes) -> bool:
    start = lowered.find(b"<!doctype")
    if start == -1:
        return False
    end = lowered.find(b">", start)
    return b"[" in lowered[start : end if end != -1 else None]


def _has_reference(text: str) -> bool:
    lowered = text.lower()
    return any(marker in lowered for marker in STYLE_REFERENCES)


def _is_local_fragment_reference(value: str) -> bool:
    """`url(#gradient)`: a reference inside the same drawing, allowed."""
    lowered = value.lower().replace(" ", "")
    if "@import" in lowered or "expression(" in lowered:
        return False
    position = 0
    while (position := lowered.find("url(", position)) != -1:
        target = lowered[position + 4 :].lstrip("'\"")
        if not target.startswith("#"):
            return False
        position += 4
    return True
