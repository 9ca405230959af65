"""Question banks in a package: GIFT for what GIFT holds, YAML for the rest.

Every question carries its stable key as its GIFT title (``::key::``); a
``// source: ITI-II`` comment above it names the provision or MOSAIC module
it rests on, ``// points: 2`` its weight, ``// tags: a, b`` its tags. GIFT is
read by the assessments app's own parser, so the package reads only what the
site's GIFT import reads. Ordering questions and essays with a rubric have no
GIFT form; they are written, with the same key, in the bank's YAML file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.gift import gift_parse
from fellowship.assessments.grading import grader_for

from .markdown import Problem

GIFT_TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_RESPONSE,
    QuestionType.TRUE_FALSE,
    QuestionType.SHORT_TEXT,
    QuestionType.NUMERIC,
    QuestionType.MATCHING,
}
ESCAPABLE = "~=#{}:\\"
PARAGRAPH = re.compile(r"^<p>([^<]*)</p>$")
COMMENT = re.compile(r"^//\s*(source|points|tags):\s*(.*)$")


@dataclass
class BankQuestion:
    key: str
    type: str
    stem: str
    definition: dict
    general_feedback: str = ""
    points: str = "1"
    source: str = ""
    tags: list[str] = field(default_factory=list)
    path: str = ""
    line: int = 0


def without_ids(value):
    """A definition compared without the ids the graders give to options."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    return value


# Reading.


def _chunks(source: str):
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunk: list[str] = []
    comments: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if not chunk and line.strip().startswith("//"):
            comments.append(line.strip())
            continue
        if not line.strip():
            if chunk:
                yield start, "\n".join(chunk), comments
                chunk, comments = [], []
            continue
        if not chunk:
            start = number
        chunk.append(line)
    if chunk:
        yield start, "\n".join(chunk), comments


def gift_read(path: str, source: str) -> tuple[list[BankQuestion], list[Problem]]:
    """Questions of a package's GIFT file, with every problem by line."""
    questions: list[BankQuestion] = []
    problems: list[Problem] = []
    for line, chunk, comments in _chunks(source):
        if chunk.strip().startswith("$CATEGORY:"):
            continue
        scoring = [c for c in comments if c.startswith("// scoring:")]
        parsed, gift_problems = gift_parse("\n".join(scoring + [chunk]))
        offset = line - 1 - len(scoring)
        for problem in gift_problems:
            problems.append(
                Problem(path, problem.line + offset, _problem_text(problem))
            )
        if not parsed:
            continue
        question = parsed[0]
        if not chunk.startswith("::"):
            problems.append(Problem(path, line, "the question has no ::key:: title"))
            continue
        extra = {"source": "", "points": "1", "tags": []}
        for comment in comments:
            match = COMMENT.match(comment)
            if match is None:
                continue
            name, value = match.group(1), match.group(2).strip()
            if name == "tags":
                extra["tags"] = [t.strip() for t in value.split(",") if t.strip()]
            else:
                extra[name] = value
        try:
            float(extra["points"])
        except ValueError:
            problems.append(Problem(path, line, "points must be a number"))
            continue
        questions.append(
            BankQuestion(
                key=question.title,
                type=str(question.type),
                stem=question.stem,
                definition=question.definition,
                general_feedback=question.general_feedback,
                path=path,
                line=line,
                **extra,
            )
        )
    return questions, problems


def _problem_text(problem) -> str:
    text = str(problem)
    return re.sub(r"^\S+ \d+: ", "", text)


def yaml_question(path: str, entry, line: int) -> tuple[BankQuestion | None, list]:
    """A question written in the bank's YAML file (ordering, essay)."""
    if not isinstance(entry, dict):
        return None, [Problem(path, line, "each question is a mapping")]
    missing = [name for name in ("key", "type", "stem") if not entry.get(name)]
    if missing:
        return None, [Problem(path, line, "the question has no " + ", ".join(missing))]
    if entry["type"] not in QuestionType.values:
        return None, [Problem(path, line, f"unknown question type {entry['type']!r}")]
    definition = entry.get("definition") or {}
    try:
        definition = grader_for(entry["type"]).clean_definition(definition)
    except (ValidationError, TypeError, KeyError, AttributeError) as error:
        messages = getattr(error, "messages", [str(error)])
        return None, [Problem(path, line, " ".join(messages))]
    return BankQuestion(
        key=str(entry["key"]),
        type=entry["type"],
        stem=str(entry["stem"]),
        definition=definition,
        general_feedback=str(entry.get("general_feedback") or ""),
        points=str(entry.get("points", 1)),
        source=str(entry.get("source") or ""),
        tags=[str(t) for t in entry.get("tags") or []],
        path=path,
        line=line,
    ), []


# Writing.


def _escape(text: str) -> str:
    out = "".join("\\" + char if char in ESCAPABLE else char for char in text)
    return out.replace("\n", "\\n")


def _plain_paragraph(value: str) -> str | None:
    """The text of a one-paragraph HTML value written as plain text, if any."""
    if not value:
        return ""
    match = PARAGRAPH.match(value)
    if not match:
        return None
    text = html.unescape(match.group(1))
    if "\n" in text or html.escape(text) != match.group(1) or text != text.strip():
        return None
    return text


def _texts(question) -> list[str]:
    definition = question.definition
    texts = [question.stem, question.general_feedback]
    for option in definition.get("options", []):
        texts.append(option.get("feedback", ""))
    for name in ("feedback_true", "feedback_false", "feedback_correct"):
        texts.append(definition.get(name, ""))
    return texts


def _gift_answers(question, rich, plain) -> list[str]:
    definition = question.definition
    kind = question.type
    if kind == QuestionType.SINGLE_CHOICE:
        return [
            ("=" if o["correct"] else "~")
            + plain(o["text"])
            + (f"#{rich(o['feedback'])}" if o.get("feedback") else "")
            for o in definition["options"]
        ]
    if kind == QuestionType.MULTIPLE_RESPONSE:
        return [
            "~%"
            + f"{o['fraction'] * 100:.5f}".rstrip("0").rstrip(".")
            + "%"
            + plain(o["text"])
            + (f"#{rich(o['feedback'])}" if o.get("feedback") else "")
            for o in definition["options"]
        ]
    if kind == QuestionType.TRUE_FALSE:
        answer = definition["answer"]
        wrong = definition.get("feedback_false" if answer else "feedback_true", "")
        right = definition.get("feedback_true" if answer else "feedback_false", "")
        tail = f"#{rich(wrong)}#{rich(right)}" if wrong or right else ""
        return [("TRUE" if answer else "FALSE") + tail]
    if kind == QuestionType.SHORT_TEXT:
        feedback = definition.get("feedback_correct", "")
        tail = f"#{rich(feedback)}" if feedback else ""
        return ["=" + plain(a) + tail for a in definition["accepted"]]
    if kind == QuestionType.NUMERIC:
        feedback = definition.get("feedback_correct", "")
        return [
            f"#{definition['answer']:.10g}:{definition['tolerance']:.10g}"
            + (f"#{rich(feedback)}" if feedback else "")
        ]
    if kind == QuestionType.MATCHING:
        return [
            f"={plain(p['prompt'])} -> {plain(p['answer'])}"
            for p in definition["pairs"]
        ] + [f"= -> {plain(d)}" for d in definition.get("distractors", [])]
    raise ValueError(kind)


def gift_question(question) -> str | None:
    """One question as GIFT text, or None when GIFT cannot hold it exactly."""
    if question.type not in GIFT_TYPES:
        return None
    as_plain = all(_plain_paragraph(t) is not None for t in _texts(question))
    if as_plain:
        rich = lambda value: _escape(_plain_paragraph(value))  # noqa: E731
        plain = _escape
        fmt = ""
    else:
        rich = _escape
        plain = lambda value: _escape(html.escape(value, quote=False))  # noqa: E731
        fmt = "[html]"
    comments = []
    if question.source:
        comments.append(f"// source: {question.source}")
    if str(question.points) not in ("1", "1.00", "1.0"):
        comments.append(f"// points: {question.points}")
    if question.tags:
        comments.append("// tags: " + ", ".join(question.tags))
    if question.type == QuestionType.MULTIPLE_RESPONSE:
        comments.append(f"// scoring: {question.definition['scoring']}")
    body = "".join(f"\t{a}\n" for a in _gift_answers(question, rich, plain))
    if question.general_feedback:
        body += f"\t####{rich(question.general_feedback)}\n"
    text = "\n".join(
        comments
        + [f"::{_escape(question.key)}::{fmt}{rich(question.stem)}{{\n{body}}}"]
    )
    # Written only when the site's GIFT import reads it back unchanged.
    read, problems = gift_read("", text)
    if problems or len(read) != 1:
        return None
    back = read[0]
    if (
        back.key != question.key
        or back.type != question.type
        or back.stem != question.stem
        or back.general_feedback != question.general_feedback
        or without_ids(back.definition) != without_ids(question.definition)
    ):
        return None
    return text
