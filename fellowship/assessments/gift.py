"""Moodle's GIFT format: import a bank and export one, as Moodle reads it.

Read: `$CATEGORY:` paths, titles, comments, the `[html]`, `[moodle]`,
`[plain]` and `[markdown]` text formats, escapes, single choice and multiple
response with percentage credits (negative allowed), true/false with its two
feedbacks, short answers with credits, numeric answers (`a:tolerance`,
`low..high`, several answers each with its credit), matching with
distractors, essays, missing-word questions (answers inside the text: the
gap shows as a blank), per-answer and general (`####`) feedback. Refused,
line by line: description items (text without answers). The import either
creates what is valid and reports each refused question with its line, or
creates nothing (`gift_import_report`); `gift_import` keeps the all-or-nothing
contract. Ordering is not a GIFT type: the export skips it and says so.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.whitelist import Whitelister

from .choices import GiftErrorCode, MultipleResponseScoring, QuestionType
from .grading import grader_for
from .models import Question, QuestionBank
from .services import question_create

ESCAPABLE = "~=#{}:\\"
SCORING_HINT = re.compile(r"^//\s*scoring:\s*(all_or_nothing|partial)\s*$")
FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
# How Moodle shows the gap of a missing-word question.
GAP = "_____"
TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)$", re.IGNORECASE)


@dataclass(frozen=True)
class GiftProblem:
    line: int
    code: GiftErrorCode
    detail: str = ""

    def __str__(self):
        text = _("Line %(line)d: %(problem)s") % {
            "line": self.line,
            "problem": self.code.label,
        }
        return f"{text}. {self.detail}".strip() if self.detail else f"{text}."


class GiftImportError(Exception):
    def __init__(self, problems: list[GiftProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass
class ParsedQuestion:
    line: int
    type: str
    title: str
    stem: str
    definition: dict
    general_feedback: str = ""
    tags: list[str] = field(default_factory=list)
    # The `$CATEGORY:` path in force, as Moodle writes it ("$course$/A/B").
    category: str = ""


@dataclass
class GiftImportReport:
    """What an import created, and each question it could not, by line."""

    created: list[Question]
    problems: list[GiftProblem]
    imported: bool


class _Refused(Exception):
    def __init__(self, code: GiftErrorCode, detail: str = ""):
        self.code = code
        self.detail = detail


# Reading.


def _unescape(text: str) -> str:
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following == "n":
                out.append("\n")
            elif following in ESCAPABLE:
                out.append(following)
            else:
                # Not an escape in GIFT: the backslash stays.
                out.append(char + following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _find(text: str, token: str, start: int = 0) -> int:
    """The index of the first unescaped `token` from `start`, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(token, index):
            return index
        index += 1
    return -1


def _split_unescaped(text: str, markers: str) -> list[tuple[str, str]]:
    """Split at every unescaped marker character: [(marker, body), ...]."""
    parts: list[tuple[str, str]] = []
    current: list[str] = []
    marker = ""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char in markers:
            if marker or "".join(current).strip():
                parts.append((marker, "".join(current)))
            marker, current = char, []
        else:
            current.append(char)
        index += 1
    if marker or "".join(current).strip():
        parts.append((marker, "".join(current)))
    return parts


def _markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    # Raw HTML inside Markdown is not rendered: only Markdown's own marks.
    return MarkdownIt("commonmark", {"html": False}).render(text)


class _Text:
    """Question text in a GIFT text format, turned into this app's fields."""

    def __init__(self, is_html: bool, is_markdown: bool = False):
        self.is_html = is_html or is_markdown
        self.is_markdown = is_markdown

    def rich(self, raw: str) -> str:
        text = _unescape(raw).strip()
        if not text:
            return ""
        if self.is_markdown:
            return Whitelister().clean(_markdown(text).strip())
        if self.is_html:
            return Whitelister().clean(text)
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        return "".join(
            "<p>" + html.escape(p.strip()).replace("\n", "<br/>") + "</p>"
            for p in paragraphs
        )

    def plain(self, raw: str) -> str:
        text = _unescape(raw).strip()
        if self.is_markdown:
            text = _markdown(text)
        if self.is_html:
            text = html.unescape(strip_tags(text))
        return " ".join(text.split())


def _feedback(raw: str) -> tuple[str, str]:
    """An answer and its `#feedback`."""
    index = _find(raw, "#")
    if index == -1:
        return raw, ""
    return raw[:index], raw[index + 1 :]


def _weight(raw: str) -> tuple[float | None, str]:
    match = WEIGHT.match(raw.strip())
    if not match:
        return None, raw.strip()
    return float(match.group(1)) / 100, raw.strip()[match.end() :]


def _parse_answers(body: str, text: _Text) -> tuple[str, dict, str]:
    general = ""
    general_at = _find(body, "####")
    if general_at != -1:
        general = text.rich(body[general_at + 4 :])
        body = body[:general_at]
    stripped = body.strip()
    if not stripped:
        return QuestionType.ESSAY, {"rubric": []}, general
    if stripped.startswith("#"):
        return QuestionType.NUMERIC, _parse_numeric(stripped[1:], text), general
    head, *feedbacks = [part for part in re.split(r"(?<!\\)#", stripped)]
    if TRUE_FALSE.match(head.strip()):
        answer = head.strip().upper().startswith("T")
        wrong = text.rich(feedbacks[0]) if feedbacks else ""
        right = text.rich(feedbacks[1]) if len(feedbacks) > 1 else ""
        return (
            QuestionType.TRUE_FALSE,
            {
                "answer": answer,
                "feedback_true": right if answer else wrong,
                "feedback_false": wrong if answer else right,
            },
            general,
        )
    answers = _split_unescaped(stripped, "=~")
    if any(not marker for marker, _body in answers):
        raise _Refused(GiftErrorCode.SYNTAX, _("Each answer starts with = or ~."))
    if all(marker == "=" for marker, _body in answers) and all(
        _find(answer, "->") != -1 for _marker, answer in answers
    ):
        return QuestionType.MATCHING, _parse_matching(answers, text), general
    if all(marker == "=" for marker, _body in answers):
        return QuestionType.SHORT_TEXT, _parse_short(answers, text), general
    return _parse_choice(answers, text) + (general,)


def _numeric_answer(raw: str, text: _Text) -> dict:
    weight, raw = _weight(raw)
    value, feedback = _feedback(raw)
    value = _unescape(value).strip()
    try:
        if ".." in value:
            low, high = (float(v) for v in value.split("..", 1))
            # Rounded to what a person could have typed: no binary residue.
            answer = float(f"{(low + high) / 2:.12g}")
            tolerance = float(f"{abs(high - low) / 2:.12g}")
        elif ":" in value:
            answer_text, tolerance_text = value.split(":", 1)
            answer, tolerance = float(answer_text), float(tolerance_text)
        else:
            answer, tolerance = float(value), 0.0
    except ValueError:
        raise _Refused(GiftErrorCode.SYNTAX, _("Not a number: %s") % value) from None
    return {
        "answer": answer,
        "tolerance": tolerance,
        "fraction": 1.0 if weight is None else weight,
        "feedback": text.rich(feedback),
    }


def _parse_numeric(body: str, text: _Text) -> dict:
    """`#answer`, or `#=answer =%50%answer ...`: each with its own credit."""
    answers = _split_unescaped(body, "=~")
    if answers and not answers[0][0]:
        if len(answers) > 1:
            raise _Refused(GiftErrorCode.SYNTAX, _("Each answer starts with =."))
        return {"answers": [_numeric_answer(answers[0][1], text)]}
    parsed = []
    for marker, raw in answers:
        answer = _numeric_answer(raw, text)
        if marker == "~" and _weight(raw)[0] is None:
            answer["fraction"] = 0.0
        parsed.append(answer)
    return {"answers": parsed}


def _parse_matching(answers: list[tuple[str, str]], text: _Text) -> dict:
    pairs, distractors = [], []
    for _marker, raw in answers:
        raw, _ignored = _feedback(raw)
        arrow = _find(raw, "->")
        prompt, answer = text.plain(raw[:arrow]), text.plain(raw[arrow + 2 :])
        if prompt:
            pairs.append({"prompt": prompt, "answer": answer})
        else:
            distractors.append(answer)
    return {"pairs": pairs, "distractors": distractors}


def _parse_short(answers: list[tuple[str, str]], text: _Text) -> dict:
    parsed = []
    for _marker, raw in answers:
        weight, raw = _weight(raw)
        value, answer_feedback = _feedback(raw)
        parsed.append(
            {
                "text": text.plain(value),
                "fraction": 1.0 if weight is None else weight,
                "feedback": text.rich(answer_feedback),
            }
        )
    return {"answers": parsed}


def _parse_choice(answers: list[tuple[str, str]], text: _Text) -> tuple[str, dict]:
    options = []
    weighted = False
    for marker, raw in answers:
        weight, raw = _weight(raw)
        value, feedback = _feedback(raw)
        if weight is not None:
            weighted = True
        elif marker == "=":
            weight = 1.0
        else:
            weight = 0.0
        options.append(
            {"text": text.plain(value), "feedback": text.rich(feedback), "w": weight}
        )
    rights = [o for o in options if o["w"] >= 1]
    # Moodle: an `=` answer makes the question single choice, whatever the
    # other answers' credits; without one, the credits add up (several
    # answers). One full-credit answer among zeros is single choice too.
    if (
        not weighted
        or any(marker == "=" for marker, _raw in answers)
        or (len(rights) == 1 and all(o["w"] in (0, 1) for o in options))
    ):
        for option in options:
            option["fraction"] = option.pop("w")
        return QuestionType.SINGLE_CHOICE, {"options": options}
    for option in options:
        option["fraction"] = option.pop("w")
    return QuestionType.MULTIPLE_RESPONSE, {
        "scoring": MultipleResponseScoring.PARTIAL,
        "options": options,
    }


def _chunks(source: str):
    """Question chunks with the line they start on, comments apart."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    chunk: list[str] = []
    comments: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith("//"):
            comments.append(line.strip())
            continue
        if not line.strip():
            if chunk:
                yield start, "\n".join(chunk), comments
                chunk, comments = [], []
            elif comments:
                comments = []
            continue
        if not chunk:
            start = number
        chunk.append(line)
    if chunk:
        yield start, "\n".join(chunk), comments


def gift_parse(source: str) -> tuple[list[ParsedQuestion], list[GiftProblem]]:
    """Read every question; nothing is saved here."""
    questions: list[ParsedQuestion] = []
    problems: list[GiftProblem] = []
    category_tag = category_path = ""
    for line, chunk, comments in _chunks(source):
        stripped = chunk.strip()
        if stripped.startswith("$CATEGORY:"):
            category_path = stripped.split(":", 1)[1].strip()
            category_tag = category_path.rstrip("/").split("/")[-1].strip()[:100]
            continue
        try:
            question = _parse_question(line, stripped, comments)
        except _Refused as refused:
            problems.append(GiftProblem(line, refused.code, refused.detail))
            continue
        try:
            question.definition = grader_for(question.type).clean_definition(
                question.definition
            )
        except ValidationError as error:
            problems.append(
                GiftProblem(
                    line, GiftErrorCode.INVALID_QUESTION, " ".join(error.messages)
                )
            )
            continue
        if category_tag:
            question.tags.append(category_tag)
        question.category = category_path
        questions.append(question)
    if not questions and not problems:
        problems.append(GiftProblem(1, GiftErrorCode.EMPTY))
    return questions, problems


def _parse_question(line: int, chunk: str, comments: list[str]) -> ParsedQuestion:
    title = ""
    if chunk.startswith("::"):
        end = _find(chunk, "::", 2)
        if end == -1:
            raise _Refused(GiftErrorCode.SYNTAX, _("The title is not closed with ::."))
        title = _unescape(chunk[2:end]).strip()
        chunk = chunk[end + 2 :].lstrip()
    kind = ""
    match = FORMAT.match(chunk)
    if match:
        kind = match.group(1).lower()
        chunk = chunk[match.end() :]
    opening = _find(chunk, "{")
    if opening == -1:
        raise _Refused(GiftErrorCode.DESCRIPTION)
    closing = _find(chunk, "}", opening + 1)
    if closing == -1:
        raise _Refused(GiftErrorCode.SYNTAX, _("The answers are not closed with }."))
    text = _Text(kind == "html", kind == "markdown")
    after = chunk[closing + 1 :]
    before = chunk[:opening]
    if after.strip():
        # A missing-word question: the answers stand for a gap in the text.
        before = f"{before}{GAP}{after.rstrip()}"
    stem = text.rich(before)
    if not stem:
        raise _Refused(GiftErrorCode.SYNTAX, _("The question has no text."))
    question_type, definition, general = _parse_answers(
        chunk[opening + 1 : closing], text
    )
    if question_type == QuestionType.MULTIPLE_RESPONSE:
        for comment in comments:
            hint = SCORING_HINT.match(comment)
            if hint:
                definition["scoring"] = hint.group(1)
    title = title or text.plain(before)[:80]
    return ParsedQuestion(
        line=line,
        type=question_type,
        title=title[:255],
        stem=stem,
        definition=definition,
        general_feedback=general,
    )


def _create(bank: QuestionBank, parsed: list[ParsedQuestion]) -> list[Question]:
    from .services import question_category_for_path

    created = []
    for question in parsed:
        created.append(
            question_create(
                bank=bank,
                type=question.type,
                title=question.title,
                stem=question.stem,
                definition=question.definition,
                general_feedback=question.general_feedback,
                tags=question.tags,
                category=question_category_for_path(bank=bank, path=question.category)
                if question.category
                else None,
            )
        )
    return created


def gift_import(*, bank: QuestionBank, source: str) -> list[Question]:
    """Import every question of a GIFT file into a bank, or none.

    Every question is read and validated first; any problem raises
    GiftImportError listing them all by line, and nothing is created.
    """
    parsed, problems = gift_parse(source)
    if problems:
        raise GiftImportError(problems)
    with transaction.atomic():
        return _create(bank, parsed)


def gift_import_report(
    *, bank: QuestionBank, source: str, import_valid: bool
) -> GiftImportReport:
    """Import a GIFT file and say what happened, question by question.

    With `import_valid`, every question that reads and validates is created
    and each other one is reported with its line and reason; without it, a
    single problem means nothing is created (the report lists them all).
    """
    parsed, problems = gift_parse(source)
    if problems and (not import_valid or not parsed):
        return GiftImportReport(created=[], problems=problems, imported=False)
    with transaction.atomic():
        created = _create(bank, parsed)
    return GiftImportReport(created=created, problems=problems, imported=True)


# Writing.


def _escape(text: str) -> str:
    out = "".join("\\" + char if char in ESCAPABLE else char for char in text)
    return out.replace("\n", "\\n")


def _number(value: float) -> str:
    return f"{value:.10g}"


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.5f}".rstrip("0").rstrip(".")


def _credit_prefix(fraction: float) -> str:
    return "" if fraction >= 1.0 else f"%{_percent(fraction)}%"


def _single_marker(option: dict) -> str:
    fraction = option.get("fraction", 1.0 if option["correct"] else 0.0)
    if fraction >= 1.0:
        return "="
    return f"~%{_percent(fraction)}%" if fraction else "~"


def _feedback_suffix(feedback: str) -> str:
    return f"#{_escape(feedback)}" if feedback else ""


def _answers(question: Question) -> list[str] | None:
    definition = question.definition
    kind = question.type
    option_text = lambda o: _escape(html.escape(o, quote=False))  # noqa: E731
    if kind == QuestionType.SINGLE_CHOICE:
        return [
            _single_marker(o) + option_text(o["text"]) + _feedback_suffix(o["feedback"])
            for o in definition["options"]
        ]
    if kind == QuestionType.MULTIPLE_RESPONSE:
        return [
            f"~%{_percent(o['fraction'])}%"
            + option_text(o["text"])
            + _feedback_suffix(o["feedback"])
            for o in definition["options"]
        ]
    if kind == QuestionType.TRUE_FALSE:
        answer = definition["answer"]
        wrong = definition["feedback_false" if answer else "feedback_true"]
        right = definition["feedback_true" if answer else "feedback_false"]
        tail = f"#{_escape(wrong)}#{_escape(right)}" if wrong or right else ""
        return [("TRUE" if answer else "FALSE") + tail]
    if kind == QuestionType.SHORT_TEXT:
        answers = definition.get("answers") or [
            {"text": text, "fraction": 1.0, "feedback": ""}
            for text in definition["accepted"]
        ]
        return [
            "="
            + _credit_prefix(a["fraction"])
            + option_text(a["text"])
            + _feedback_suffix(a["feedback"])
            for a in answers
        ]
    if kind == QuestionType.NUMERIC:
        answers = definition.get("answers") or [{**definition, "fraction": 1.0}]
        return [
            "#"
            + "".join(
                "="
                + _credit_prefix(a["fraction"])
                + _number(a["answer"])
                + ":"
                + _number(a["tolerance"])
                + _feedback_suffix(a.get("feedback", ""))
                + " "
                for a in answers
            ).rstrip()
        ]
    if kind == QuestionType.MATCHING:
        return [
            f"={option_text(p['prompt'])} -> {option_text(p['answer'])}"
            for p in definition["pairs"]
        ] + [f"= -> {option_text(d)}" for d in definition["distractors"]]
    if kind == QuestionType.ESSAY:
        return []
    return None


def gift_export(*, questions) -> tuple[str, list[str]]:
    """The questions as GIFT text, and notes on what GIFT could not hold."""
    blocks: list[str] = []
    notes: list[str] = []
    category = None
    for question in questions:
        answers = _answers(question)
        if answers is not None and question.category_id != category:
            category = question.category_id
            path = question.category.path if question.category else ""
            blocks.append(f"$CATEGORY: $course$/top/{path}".rstrip("/"))
        if answers is None:
            skipped = (
                _(
                    "“%(title)s” was skipped: GIFT has no embedded-answer (cloze) questions."
                )
                if question.type == QuestionType.CLOZE
                else _("“%(title)s” was skipped: GIFT has no ordering questions.")
            )
            notes.append(skipped % {"title": question.title})
            continue
        lines = [f"// question: {question.pk}"]
        if question.type == QuestionType.MULTIPLE_RESPONSE:
            lines.append(f"// scoring: {question.definition['scoring']}")
        if question.type == QuestionType.ESSAY and question.definition["rubric"]:
            notes.append(
                _("“%(title)s”: GIFT holds no rubric; it was left out.")
                % {"title": question.title}
            )
        general = (
            f"\t####{_escape(question.general_feedback)}\n"
            if question.general_feedback
            else ""
        )
        body = "".join(f"\t{answer}\n" for answer in answers)
        lines.append(
            f"::{_escape(question.title)}::[html]{_escape(question.stem)}"
            + ("{\n" + body + general + "}" if body or general else "{}")
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n", notes
