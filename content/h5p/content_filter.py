"""Content parameters filtered through their library's semantics, as H5P core does.

H5P core (`H5PContentValidator`) does not judge content as pass or fail: it
keeps the package and filters its parameters. Fields the semantics do not
declare are dropped, values of the wrong type are coerced or removed, plain
text is escaped, and HTML text keeps only the tags the field's `tags` allow
(plus H5P's defaults), cleaned by nh3 with no event handlers, no styles but
the allowed properties and no URL but http(s), mailto and relative ones.

The same filter runs on import (what is stored) and again whenever the
player receives `content.json` (what is served), so a sanitiser fix or a
library upgrade applies to packages already stored.

Nothing here touches the database or storage: the caller passes a function
that returns a library's semantics by "Machine.Name major.minor".
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import nh3

from .choices import WarningCode

# H5P core always allows these in an HTML text field.
DEFAULT_TAGS = frozenset({"div", "span", "p", "br"})
URL_SCHEMES = frozenset({"http", "https", "mailto"})
UNSAFE_URL_SCHEMES = frozenset({"javascript", "vbscript", "data"})
GLOBAL_ATTRIBUTES = frozenset({"class", "title", "lang", "dir", "style"})
TAG_ATTRIBUTES = {
    "a": {"href", "target", "name"},
    "img": {"src", "alt", "width", "height"},
    "table": {"border", "cellpadding", "cellspacing", "summary"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope"},
    "ol": {"start", "type", "reversed"},
    "abbr": set(),
}
FONT_STYLES = {
    "size": "font-size",
    "family": "font-family",
    "color": "color",
    "background": "background-color",
    "spacing": "letter-spacing",
    "height": "line-height",
}
FILE_KEYS = frozenset({"path", "mime", "copyright"})
TYPE_FILE_KEYS = {
    "image": frozenset({"width", "height", "originalImage"}),
    "video": frozenset({"width", "height", "codecs", "quality", "bitrate"}),
    "audio": frozenset({"bitrate"}),
    "file": frozenset(),
}
COPYRIGHT_KEYS = frozenset({"title", "author", "year", "source", "license", "version"})
METADATA_TEXT_KEYS = frozenset(
    {
        "title",
        "a11yTitle",
        "license",
        "licenseVersion",
        "licenseExtras",
        "source",
        "yearFrom",
        "yearTo",
        "authorComments",
        "contentType",
        "defaultLanguage",
        "extraTitle",
    }
)
MAX_WARNINGS = 100

SemanticsLookup = Callable[[str], Any]


@dataclass(frozen=True)
class ContentChange:
    code: WarningCode
    path: str
    detail: str = ""

    @property
    def text(self) -> str:
        return f"{self.path}: {self.detail}" if self.detail else self.path


@dataclass
class FilterResult:
    params: dict[str, Any]
    changes: list[ContentChange] = field(default_factory=list)
    # Libraries the content names by "Machine.Name major.minor" that have no
    # semantics: the caller decides (a missing dependency on import).
    unknown_libraries: set[str] = field(default_factory=set)


class LibraryNotFound(Exception):
    def __init__(self, library: str):
        self.library = library
        super().__init__(library)


def content_filter(
    *, params: Any, main_library: str, semantics_of: SemanticsLookup
) -> FilterResult:
    """The content of `main_library` filtered through the semantics, and what changed."""
    filtering = _Filter(semantics_of)
    semantics = semantics_of(main_library)
    if semantics is None:
        raise LibraryNotFound(main_library)
    value = params if isinstance(params, dict) else {}
    filtered = filtering.group(
        value, {"type": "group", "fields": semantics}, "$", flatten=False
    )
    return FilterResult(
        params=filtered if isinstance(filtered, dict) else {},
        changes=filtering.changes,
        unknown_libraries=filtering.unknown_libraries,
    )


def html_clean(text: str, semantics: dict[str, Any]) -> str:
    """An HTML text cleaned to the tags, attributes and styles its field allows."""
    tags = _allowed_tags(semantics)
    attributes = {"*": set(GLOBAL_ATTRIBUTES)}
    for tag, names in TAG_ATTRIBUTES.items():
        if tag in tags:
            attributes[tag] = set(names)
    styles = {"text-align"}
    font = semantics.get("font")
    if isinstance(font, dict):
        styles |= {css for key, css in FONT_STYLES.items() if font.get(key)}
    if "table" in tags:
        styles |= {"border", "border-color", "border-style", "border-width"}
        styles |= {"width", "height", "background-color", "float"}
    return nh3.clean(
        text,
        tags=tags,
        attributes=attributes,
        url_schemes=set(URL_SCHEMES),
        filter_style_properties=styles,
        strip_comments=True,
    )


def _allowed_tags(semantics: dict[str, Any]) -> set[str]:
    tags = {str(tag).lower() for tag in semantics.get("tags") or []} | DEFAULT_TAGS
    if "table" in tags:
        tags |= {"tr", "td", "th", "colgroup", "col", "thead", "tbody", "tfoot"}
    if "b" in tags:
        tags.add("strong")
    if "i" in tags:
        tags.add("em")
    if "ul" in tags or "ol" in tags:
        tags.add("li")
    if "del" in tags or "strike" in tags:
        tags.add("s")
    # Never markup that runs or embeds, whatever a semantics file says.
    return tags - {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "link",
        "meta",
        "base",
        "frame",
        "frameset",
        "template",
    }


def text_escape(text: str) -> str:
    """Plain text as H5P core stores it: special characters escaped, once."""
    return html.escape(html.unescape(text), quote=True)


def _runs_code(text: str) -> bool:
    """A plain text that a content type could use as a link or source URL and
    that would run code there (javascript:, vbscript:, data:)."""
    compact = "".join(char for char in html.unescape(text) if char > " ").lower()
    try:
        scheme = urlsplit(compact).scheme
    except ValueError:
        return False
    return scheme in UNSAFE_URL_SCHEMES


def _matches_pattern(text: str, semantics: dict[str, Any]) -> bool:
    """The semantics' own `regexp` for the field, as H5P core applies it."""
    regexp = semantics.get("regexp")
    if not text or not isinstance(regexp, dict):
        return True
    pattern = regexp.get("pattern")
    if not isinstance(pattern, str):
        return True
    flags = re.IGNORECASE if "i" in str(regexp.get("modifiers") or "") else 0
    try:
        return re.search(pattern, text, flags) is not None
    except re.error:
        return True


class _MarkupCensus(HTMLParser):
    """Counts the tags and attributes of a fragment, to report what cleaning removed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: Counter[str] = Counter()

    def handle_starttag(self, tag, attrs):
        self.items[f"<{tag}>"] += 1
        for name, value in attrs:
            if value is not None and name in ("href", "src") and not value.strip():
                continue
            self.items[f"{tag} {name}"] += 1

    handle_startendtag = handle_starttag


def _census(text: str) -> Counter[str]:
    parser = _MarkupCensus()
    parser.feed(text)
    parser.close()
    return parser.items


def html_removed(original: str, cleaned: str) -> list[str]:
    """The tags and attributes of `original` that are not in `cleaned`."""
    removed = _census(original) - _census(cleaned)
    return sorted(removed)


class _Filter:
    def __init__(self, semantics_of: SemanticsLookup):
        self.semantics_of = semantics_of
        self.changes: list[ContentChange] = []
        self.unknown_libraries: set[str] = set()

    def note(self, code: WarningCode, path: str, detail: str = "") -> None:
        if len(self.changes) < MAX_WARNINGS:
            self.changes.append(ContentChange(code, path, detail))

    def field(self, value: Any, semantics: Any, path: str) -> Any:
        if not isinstance(semantics, dict):
            self.note(WarningCode.FIELD_REMOVED, path)
            return None
        kind = semantics.get("type")
        handler = getattr(self, f"type_{kind}", None)
        if handler is None:
            self.note(WarningCode.FIELD_REMOVED, path)
            return None
        return handler(value, semantics, path)

    # One method per semantics type, as H5P core's typeMap ----------------------

    def type_text(self, value: Any, semantics: dict, path: str) -> Any:
        if not isinstance(value, str):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)
            else:
                return self.replaced(semantics, path)
        if semantics.get("tags"):
            cleaned = html_clean(value, semantics)
            removed = html_removed(value, cleaned)
            if removed:
                self.note(WarningCode.HTML_CLEANED, path, ", ".join(removed))
            value = cleaned
        else:
            if _runs_code(value):
                self.note(WarningCode.FIELD_REMOVED, path, value[:40])
                return None
            escaped = text_escape(value)
            if "<" in value or ">" in value:
                self.note(WarningCode.TEXT_ESCAPED, path)
            value = escaped
        if not _matches_pattern(value, semantics):
            return self.replaced(semantics, path)
        max_length = semantics.get("maxLength")
        if isinstance(max_length, int) and len(value) > max_length > 0:
            value = value[:max_length]
            self.note(WarningCode.VALUE_CHANGED, path)
        return value

    type_html = type_text

    def type_number(self, value: Any, semantics: dict, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            return self.replaced(semantics, path)
        try:
            number = float(value)
        except ValueError:
            return self.replaced(semantics, path)
        if not math.isfinite(number):
            return self.replaced(semantics, path)
        original = number
        if isinstance(semantics.get("min"), (int, float)):
            number = max(number, semantics["min"])
        if isinstance(semantics.get("max"), (int, float)):
            number = min(number, semantics["max"])
        decimals = semantics.get("decimals")
        number = round(number, decimals) if isinstance(decimals, int) else number
        if number != original or isinstance(value, str):
            self.note(WarningCode.VALUE_CHANGED, path)
        return int(number) if number.is_integer() and not decimals else number

    def type_boolean(self, value: Any, semantics: dict, path: str) -> Any:
        if isinstance(value, bool):
            return value
        return self.replaced(semantics, path)

    def type_select(self, value: Any, semantics: dict, path: str) -> Any:
        options = {
            option.get("value")
            for option in semantics.get("options") or []
            if isinstance(option, dict)
        }
        if semantics.get("multiple"):
            if not isinstance(value, list):
                return self.replaced(semantics, path)
            kept = [item for item in value if item in options]
            if len(kept) != len(value):
                self.note(WarningCode.VALUE_CHANGED, path)
            return kept
        if value in options and not isinstance(value, (dict, list)):
            return value
        return self.replaced(semantics, path)

    def type_list(self, value: Any, semantics: dict, path: str) -> Any:
        if isinstance(value, dict):
            value = list(value.values())  # PHP writes some lists as objects
        if not isinstance(value, list):
            return self.replaced(semantics, path)
        item_semantics = semantics.get("field")
        kept = []
        for index, item in enumerate(value):
            filtered = self.field(item, item_semantics, f"{path}[{index}]")
            if filtered is not None:
                kept.append(filtered)
        maximum = semantics.get("max")
        if isinstance(maximum, int) and len(kept) > maximum:
            kept = kept[:maximum]
            self.note(WarningCode.VALUE_CHANGED, path)
        return kept

    def type_group(self, value: Any, semantics: dict, path: str) -> Any:
        return self.group(value, semantics, path, flatten=True)

    def group(self, value: Any, semantics: dict, path: str, *, flatten: bool) -> Any:
        fields = [
            item for item in semantics.get("fields") or [] if isinstance(item, dict)
        ]
        is_sub_content = semantics.get("isSubContent") is True
        if len(fields) == 1 and flatten and not is_sub_content:
            # The editor writes a group of one field as that field's value.
            return self.field(value, fields[0], path)
        if not isinstance(value, dict):
            return self.replaced(semantics, path)
        by_name = {item.get("name"): item for item in fields}
        result: dict[str, Any] = {}
        for key, item in value.items():
            if is_sub_content and key == "subContentId" and isinstance(item, str):
                result[key] = item
                continue
            child_path = f"{path}.{key}"
            if key not in by_name:
                self.note(WarningCode.FIELD_REMOVED, child_path)
                continue
            filtered = self.field(item, by_name[key], child_path)
            if filtered is not None:
                result[key] = filtered
        return result

    def type_library(self, value: Any, semantics: dict, path: str) -> Any:
        if not isinstance(value, dict) or not isinstance(value.get("library"), str):
            return self.replaced(semantics, path)
        library = value["library"]
        options = semantics.get("options")
        if isinstance(options, list) and library not in options:
            self.note(WarningCode.LIBRARY_REMOVED, path, library[:80])
            return None
        library_semantics = self.semantics_of(library)
        if library_semantics is None:
            self.unknown_libraries.add(library)
            return None
        result: dict[str, Any] = {"library": library}
        params = value.get("params")
        result["params"] = self.group(
            params if isinstance(params, dict) else {},
            {"type": "group", "fields": library_semantics},
            f"{path}.params",
            flatten=False,
        )
        if isinstance(value.get("subContentId"), str):
            result["subContentId"] = value["subContentId"][:64]
        if isinstance(value.get("metadata"), dict):
            result["metadata"] = self.metadata(value["metadata"], f"{path}.metadata")
        return result

    def metadata(self, value: dict, path: str) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in METADATA_TEXT_KEYS and isinstance(item, (str, int)):
                result[key] = text_escape(str(item))
            elif key in ("authors", "changes") and isinstance(item, list):
                result[key] = [
                    {
                        name: text_escape(str(text))
                        for name, text in entry.items()
                        if isinstance(text, (str, int))
                    }
                    for entry in item
                    if isinstance(entry, dict)
                ]
            else:
                self.note(WarningCode.FIELD_REMOVED, f"{path}.{key}")
        return result

    def type_image(self, value: Any, semantics: dict, path: str) -> Any:
        return self.file_like(value, semantics, path, TYPE_FILE_KEYS["image"])

    def type_file(self, value: Any, semantics: dict, path: str) -> Any:
        return self.file_like(value, semantics, path, TYPE_FILE_KEYS["file"])

    def type_video(self, value: Any, semantics: dict, path: str) -> Any:
        return self.file_list(value, semantics, path, TYPE_FILE_KEYS["video"])

    def type_audio(self, value: Any, semantics: dict, path: str) -> Any:
        return self.file_list(value, semantics, path, TYPE_FILE_KEYS["audio"])

    def file_list(self, value: Any, semantics: dict, path: str, keys) -> Any:
        if isinstance(value, dict):
            value = list(value.values())
        if not isinstance(value, list):
            return self.replaced(semantics, path)
        kept = []
        for index, item in enumerate(value):
            filtered = self.file_like(item, semantics, f"{path}[{index}]", keys)
            if filtered is not None:
                kept.append(filtered)
        return kept

    def file_like(self, value: Any, semantics: dict, path: str, keys) -> Any:
        if not isinstance(value, dict) or not isinstance(value.get("path"), str):
            return self.replaced(semantics, path)
        extra = semantics.get("extraAttributes")
        allowed = FILE_KEYS | keys | set(extra if isinstance(extra, list) else [])
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key not in allowed:
                self.note(WarningCode.FIELD_REMOVED, f"{path}.{key}")
            elif key in ("width", "height", "bitrate"):
                if isinstance(item, (int, float)) and not isinstance(item, bool):
                    result[key] = int(item)
            elif key == "copyright":
                if isinstance(item, dict):
                    result[key] = {
                        name: text_escape(str(text))
                        for name, text in item.items()
                        if name in COPYRIGHT_KEYS and isinstance(text, (str, int))
                    }
            elif key == "quality":
                if isinstance(item, dict) and "level" in item and "label" in item:
                    try:
                        level = int(item["level"])
                    except (TypeError, ValueError):
                        continue
                    result[key] = {
                        "level": level,
                        "label": text_escape(str(item["label"])),
                    }
            elif key == "originalImage":
                if isinstance(item, dict):
                    result[key] = self.file_like(
                        item, semantics, f"{path}.{key}", TYPE_FILE_KEYS["image"]
                    )
            elif isinstance(item, str):
                # path, mime, codecs and extra attributes: text, escaped.
                result[key] = text_escape(item)
            elif isinstance(item, (int, float, bool)):
                result[key] = item
        return result

    def replaced(self, semantics: dict, path: str) -> Any:
        """A value of the wrong type: the field's default, else removed."""
        default = semantics.get("default")
        if default is not None and semantics.get("type") in (
            "text",
            "number",
            "boolean",
            "select",
        ):
            self.note(WarningCode.VALUE_CHANGED, path)
            return default
        self.note(WarningCode.FIELD_REMOVED, path)
        return None
