"""Lessons as Markdown: front matter, CommonMark text and ``:::`` blocks.

A lesson file reads as a document for a subject expert::

    ---
    key: tracing-definition-and-purpose
    title: "Tracing: definition and purpose"
    minutes: 25
    sources: [ITI-II, "MOSAIC:05.31"]
    ---

    Text in Markdown (paragraphs, ### headings, lists, **bold**, *italics*).

    ::: quotation ITI-II
    The quoted words, exactly.
    -- The citation
    :::

    ::: glossary tracing
    :::

    ::: callout key_point The title of the callout
    Markdown text.
    :::

    ::: reflection
    The question the fellow answers privately.
    :::

    ::: quiz marking-foundations-quiz
    :::

    ::: h5p practice-scope
    :::

    ::: video Reading a marking
    file: media/reading-a-marking.mp4
    captions: media/reading-a-marking.vtt
    The transcript, in Markdown.
    :::

    ::: callout case The 2012 Brazzaville depot explosions
    The case, each statement with its source in parentheses.
    :::

    ::: exercise Draft a tracing request
    minutes: 15
    The task, in Markdown.
    --- model answer
    The model answer, in Markdown.
    :::

Text is turned into HTML by markdown-it (CommonMark); the blocks are
markdown-it containers, so every part of the file keeps its line number for
the messages about it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import yaml
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

# An image is a paragraph of its own: ![alt text](media/file.png "caption").
IMAGE = re.compile(
    r'^!\[(?P<alt>[^\]]*)\]\((?P<src>[^\s)]+)(?:\s+"(?P<caption>[^"]*)")?\)$'
)
INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\(")
BLOCK_KINDS = (
    "quotation",
    "glossary",
    "callout",
    "reflection",
    "quiz",
    "h5p",
    "video",
    "exercise",
)
# The fields a video block starts with, one a line: "name: value".
VIDEO_FIELDS = ("file", "embed", "captions")
CALLOUT_KINDS = ("key_point", "warning", "exercise", "case")
# An exercise: "minutes: N" on its first line, the task, then this line and
# the model answer.
MINUTES_FIELD = "minutes:"
MODEL_ANSWER_MARK = "--- model answer"
CITATION_MARK = "-- "


@dataclass
class Problem:
    """One thing wrong in a package, where it is."""

    path: str
    line: int
    message: str

    def __str__(self):
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line
            else (f"{self.path}: {self.message}")
        )


@dataclass
class Lesson:
    path: str
    key: str
    title: str
    minutes: int
    sources: list[str]
    # (block type, value, line): values name references by their keys.
    blocks: list[tuple[str, dict | str, int]] = field(default_factory=list)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").use(front_matter_plugin)
    for kind in BLOCK_KINDS:
        md.use(container_plugin, name=kind)
    return md


_MD = _parser()
_TEXT_ONLY = MarkdownIt("commonmark")


def text_to_html(text: str) -> str:
    """Markdown text as the rich text's stored HTML (no newlines between tags)."""
    rendered = _TEXT_ONLY.render(text.strip())
    return re.sub(r">\n+<", "><", rendered).strip()


def _plain(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())


def lesson_parse(path: str, source: str) -> tuple[Lesson | None, list[Problem]]:
    """Read one lesson file; every problem is named by file and line."""
    problems: list[Problem] = []
    lines = source.replace("\r\n", "\n").split("\n")
    tokens = _MD.parse(source)
    meta: dict = {}
    if tokens and tokens[0].type == "front_matter":
        try:
            loaded = yaml.safe_load(tokens[0].content)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = (mark.line + 2) if mark else 1
            return None, [
                Problem(
                    path,
                    line,
                    _("front matter is not YAML: %(error)s") % {"error": error},
                )
            ]
        if not isinstance(loaded, dict):
            return None, [Problem(path, 1, _("the front matter must be a mapping"))]
        meta = loaded
        tokens = tokens[1:]
    else:
        return None, [Problem(path, 1, _("the lesson starts with no --- front matter"))]
    for name in ("key", "title"):
        if not isinstance(meta.get(name), str) or not meta.get(name).strip():
            problems.append(
                Problem(path, 2, _("the front matter has no %(name)s") % {"name": name})
            )
    minutes = meta.get("minutes", 15)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 1:
        problems.append(Problem(path, 2, _("minutes must be a whole number above 0")))
        minutes = 15
    sources = meta.get("sources", []) or []
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        problems.append(Problem(path, 2, _("sources must be a list of reference keys")))
        sources = []
    lesson = Lesson(
        path=path,
        key=str(meta.get("key", "")).strip(),
        title=str(meta.get("title", "")).strip(),
        minutes=minutes,
        sources=sources,
    )
    text_start: int | None = None
    text_end = 0
    depth = 0
    skip_paragraph = False

    def flush_text(until: int):
        nonlocal text_start
        if text_start is not None:
            chunk = "\n".join(lines[text_start:until]).strip()
            if chunk:
                lesson.blocks.append(("rich_text", text_to_html(chunk), text_start + 1))
        text_start = None

    for token in tokens:
        if token.type.startswith("container_") and token.type.endswith("_open"):
            if depth == 0:
                flush_text(token.map[0])
                opened = token
            depth += 1
            continue
        if token.type.startswith("container_") and token.type.endswith("_close"):
            depth -= 1
            if depth == 0:
                start, end = opened.map
                block = _container(path, opened, lines[start + 1 : end], problems)
                if end >= len(lines) or not lines[end].strip().startswith(":::"):
                    problems.append(
                        Problem(path, start + 1, _("this block is not closed with :::"))
                    )
                if block is not None:
                    lesson.blocks.append(block + (start + 1,))
            continue
        if skip_paragraph:
            skip_paragraph = token.type != "paragraph_close"
            continue
        if depth == 0 and token.type == "paragraph_open" and token.map:
            start, end = token.map
            paragraph = " ".join(lines[start:end]).strip()
            image = IMAGE.match(paragraph)
            if image is not None:
                flush_text(start)
                skip_paragraph = True
                alt = image["alt"].strip()
                if not alt:
                    problems.append(
                        Problem(
                            path,
                            start + 1,
                            _(
                                "the image %(src)s has no alt text: ![what it shows](media/...)"
                            )
                            % {"src": image["src"]},
                        )
                    )
                lesson.blocks.append(
                    (
                        "image",
                        {
                            "key": image["src"],
                            "alt_text": alt,
                            "caption": (image["caption"] or "").strip(),
                        },
                        start + 1,
                    )
                )
                continue
            if INLINE_IMAGE.search(paragraph):
                problems.append(
                    Problem(
                        path, start + 1, _("an image stands in a paragraph of its own")
                    )
                )
        if depth == 0 and token.map and token.level == 0:
            if text_start is None:
                text_start = token.map[0]
            text_end = token.map[1]
            if token.type == "paragraph_open" and lines[token.map[0]].startswith(":::"):
                problems.append(
                    Problem(
                        path,
                        token.map[0] + 1,
                        _("unknown block %(block)r; known: %(known)s")
                        % {
                            "block": lines[token.map[0]].strip(),
                            "known": ", ".join(BLOCK_KINDS),
                        },
                    )
                )
    flush_text(max(text_end, 0) if text_start is not None else 0)
    return lesson, problems


def _container(path, token, inner: list[str], problems) -> tuple[str, dict] | None:
    info = token.info.strip()
    kind, _space, rest = info.partition(" ")
    rest = rest.strip()
    line = token.map[0] + 1
    if kind == "quotation":
        citation = [i for i, text in enumerate(inner) if text.startswith(CITATION_MARK)]
        if not rest:
            problems.append(
                Problem(path, line, _("a quotation names its provision key"))
            )
            return None
        if not citation:
            problems.append(
                Problem(
                    path,
                    line,
                    _("the quotation has no '%(mark)s' citation")
                    % {"mark": CITATION_MARK},
                )
            )
            return None
        at = citation[-1]
        return "quotation", {
            "provision": rest,
            "text": _plain(inner[:at]),
            "citation": _plain([inner[at][len(CITATION_MARK) :]] + inner[at + 1 :]),
        }
    if kind == "glossary":
        if not rest:
            problems.append(Problem(path, line, _("a glossary block names its term")))
            return None
        return "glossary_term", {"term": rest}
    if kind == "callout":
        callout_kind, _space, title = rest.partition(" ")
        if callout_kind not in CALLOUT_KINDS:
            problems.append(
                Problem(
                    path,
                    line,
                    _("unknown callout kind %(kind)r; known: %(known)s")
                    % {"kind": callout_kind, "known": ", ".join(CALLOUT_KINDS)},
                )
            )
            return None
        return "callout", {
            "kind": callout_kind,
            "title": title.strip(),
            "body": text_to_html("\n".join(inner)),
        }
    if kind == "reflection":
        prompt = _plain(inner)
        if not prompt:
            problems.append(Problem(path, line, _("the reflection has no prompt")))
            return None
        return "reflection", {"prompt": prompt}
    if kind == "video":
        return _video(path, line, rest, inner, problems)
    if kind == "exercise":
        return _exercise(path, line, rest, inner, problems)
    if kind in ("quiz", "h5p"):
        key, _space, flags = rest.partition(" ")
        if not key:
            problems.append(
                Problem(
                    path,
                    line,
                    # Translators: kind is the block's type, "quiz" or "h5p".
                    _("a %(kind)s block names its key") % {"kind": kind},
                )
            )
            return None
        return kind, {"key": key, "required": "optional" not in flags.split()}
    return None


def _exercise(path, line, title, inner, problems) -> tuple[str, dict] | None:
    """``::: exercise TITLE``, ``minutes: N``, the task in Markdown, the
    ``--- model answer`` line and the model answer in Markdown."""
    found = len(problems)
    if not title:
        problems.append(Problem(path, line, _("an exercise block names its title")))
    first = next((at for at, text in enumerate(inner) if text.strip()), None)
    minutes = None
    if first is None or not inner[first].strip().startswith(MINUTES_FIELD):
        problems.append(
            Problem(
                path,
                line + 1,
                _("an exercise starts with the line minutes: N (the time it takes)"),
            )
        )
        first = -1
    else:
        value = inner[first].strip().removeprefix(MINUTES_FIELD).strip()
        if value.isdigit() and 0 < int(value) <= 600:
            minutes = int(value)
        else:
            problems.append(
                Problem(
                    path,
                    line + 1 + first,
                    _("minutes must be a whole number above 0"),
                )
            )
    marks = [
        at for at, text in enumerate(inner) if text.strip().lower() == MODEL_ANSWER_MARK
    ]
    if not marks:
        problems.append(
            Problem(
                path,
                line,
                _("the exercise has no %(mark)s line followed by the model answer")
                % {"mark": MODEL_ANSWER_MARK},
            )
        )
        return None
    if len(marks) > 1:
        problems.append(
            Problem(
                path,
                line + 1 + marks[1],
                _("%(mark)s twice") % {"mark": MODEL_ANSWER_MARK},
            )
        )
        return None
    at = marks[0]
    task = "\n".join(inner[first + 1 : at]).strip()
    model_answer = "\n".join(inner[at + 1 :]).strip()
    if not task:
        problems.append(Problem(path, line, _("the exercise has no task")))
    if not model_answer:
        problems.append(
            Problem(path, line + 1 + at, _("the exercise's model answer is empty"))
        )
    if len(problems) > found:
        return None
    return "exercise", {
        "title": title,
        "minutes": minutes,
        "task": text_to_html(task),
        "model_answer": text_to_html(model_answer),
    }


def _video(path, line, title, inner, problems) -> tuple[str, dict] | None:
    """``::: video TITLE``, then file:/embed:/captions: lines, then the
    transcript in Markdown."""
    fields = {}
    at = 0
    while at < len(inner):
        name, colon, value = inner[at].partition(":")
        if not inner[at].strip() and not fields:
            at += 1
            continue
        if not colon or name.strip() not in VIDEO_FIELDS:
            break
        if name.strip() in fields:
            problems.append(
                Problem(
                    path,
                    line + 1 + at,
                    # Translators: name is a video field, e.g. "file" or "captions".
                    _("%(name)s twice") % {"name": name.strip()},
                )
            )
            return None
        fields[name.strip()] = value.strip()
        at += 1
    if not title:
        problems.append(Problem(path, line, _("a video block names its title")))
        return None
    if bool(fields.get("file")) == bool(fields.get("embed")):
        problems.append(
            Problem(
                path,
                line,
                _(
                    "a video has either file: media/... or embed: https://..., exactly one"
                ),
            )
        )
        return None
    embed = fields.get("embed", "")
    if embed and not re.match(r"^https://\S+$", embed):
        problems.append(
            Problem(
                path,
                line,
                _("the embed %(embed)r is not an https:// address") % {"embed": embed},
            )
        )
        return None
    transcript = "\n".join(inner[at:]).strip()
    return "video", {
        "title": title,
        "file": fields.get("file", ""),
        "embed": embed,
        "captions": fields.get("captions", ""),
        "transcript": text_to_html(transcript) if transcript else "",
    }


# Writing.


class _ToMarkdown(HTMLParser):
    """The rich text's HTML (p, h2-h4, lists, bold, italics, links) as Markdown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.line: list[str] = []
        self.lists: list[list] = []
        self.href: list[str] = []

    def _end_line(self):
        text = "".join(self.line).strip()
        if text:
            self.out.append(text)
        self.line = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h2", "h3", "h4", "h5", "h6"):
            self._end_line()
            if tag != "p":
                self.line.append("#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self._end_line()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._end_line()
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            indent = "   " * (len(self.lists) - 1)
            self.line.append(indent + ("- " if kind[0] == "ul" else f"{kind[1]}. "))
        elif tag in ("strong", "b"):
            self.line.append("**")
        elif tag in ("em", "i"):
            self.line.append("*")
        elif tag == "a":
            self.line.append("[")
            self.href.append(dict(attrs).get("href", ""))
        elif tag == "br":
            self.line.append("\\\n")

    def handle_endtag(self, tag):
        if tag in ("p", "h2", "h3", "h4", "h5", "h6", "li"):
            self._end_line()
            if tag != "li":
                self.out.append("")
        elif tag in ("ul", "ol"):
            self._end_line()
            self.lists.pop()
            if not self.lists:
                self.out.append("")
        elif tag in ("strong", "b"):
            self.line.append("**")
        elif tag in ("em", "i"):
            self.line.append("*")
        elif tag == "a":
            self.line.append(f"]({self.href.pop() if self.href else ''})")

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data)
        text = re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
        text = re.sub(r"&(?=#?\w+;)", r"\\&", text)
        if not "".join(self.line).strip():
            text = text.lstrip()
            text = re.sub(r"^([#>+=-])", r"\\\1", text)
            text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
        self.line.append(text)


def html_to_text(value: str) -> str:
    parser = _ToMarkdown()
    parser.feed(value)
    parser.close()
    parser._end_line()
    text = "\n".join(parser.out).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def lesson_write(*, key, title, minutes, sources, blocks) -> str:
    """A lesson file; `blocks` are (type, value) with references by key."""
    front = {"key": key, "title": title, "minutes": minutes}
    if sources:
        front["sources"] = sources
    head = (
        "---\n"
        + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10**6)
        + "---"
    )
    return head + "\n\n" + blocks_write(blocks)


def fragment_parse(path: str, text: str, line: int = 0):
    """Blocks of a lesson fragment (a translation in a PO file)."""
    lesson, problems = lesson_parse(path, "---\nkey: x\ntitle: x\n---\n" + text)
    for problem in problems:
        problem.line = line
    return (lesson.blocks if lesson else []), problems


def blocks_write(blocks) -> str:
    """Blocks as the lesson's Markdown text (no front matter)."""
    parts = []
    for block_type, value in blocks:
        if block_type == "rich_text":
            parts.append(html_to_text(value))
        elif block_type == "quotation":
            parts.append(
                f"::: quotation {value['provision']}\n{value['text'].strip()}\n"
                f"{CITATION_MARK}{value['citation'].strip()}\n:::"
            )
        elif block_type == "glossary_term":
            parts.append(f"::: glossary {value['term']}\n:::")
        elif block_type == "callout":
            title_part = f" {value['title'].strip()}" if value["title"].strip() else ""
            parts.append(
                f"::: callout {value['kind']}{title_part}\n"
                f"{html_to_text(value['body'])}\n:::"
            )
        elif block_type == "reflection":
            parts.append(f"::: reflection\n{value['prompt'].strip()}\n:::")
        elif block_type == "exercise":
            parts.append(
                f"::: exercise {value['title'].strip()}\n"
                f"{MINUTES_FIELD} {value['minutes']}\n"
                f"{html_to_text(value['task'])}\n"
                f"{MODEL_ANSWER_MARK}\n"
                f"{html_to_text(value['model_answer'])}\n:::"
            )
        elif block_type == "image":
            caption = f' "{value["caption"]}"' if value.get("caption") else ""
            parts.append(f"![{value['alt_text']}]({value['key']}{caption})")
        elif block_type == "video":
            lines = [f"::: video {value['title'].strip()}"]
            for name in ("file", "embed", "captions"):
                if value.get(name):
                    lines.append(f"{name}: {value[name]}")
            if value.get("transcript"):
                lines.append(html_to_text(value["transcript"]))
            parts.append("\n".join(lines) + "\n:::")
        elif block_type in ("quiz", "h5p"):
            flag = "" if value.get("required", True) else " optional"
            parts.append(f"::: {block_type} {value['key']}{flag}\n:::")
    return "\n\n".join(p for p in parts if p) + "\n"


def escape_plain(text: str) -> str:
    return html.escape(text, quote=False)
