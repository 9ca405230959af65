"""Question banks and quizzes in a course package (the package part that
courses.packages asks for: see courses/packages/parts.py).

Banks: GIFT for what GIFT holds, YAML for the rest.

Every question carries its stable key as its GIFT title (``::key::``); a
``// source: ITI-II`` comment above it names the provision or MOSAIC module
it rests on, ``// points: 2`` its weight, ``// tags: a, b`` its tags. GIFT is
read by the assessments app's own parser, so the package reads only what the
site's GIFT import reads. Ordering questions, essays with a rubric and
embedded-answer (cloze) questions have no GIFT form; they are written, with
the same key, in the bank's YAML file (a cloze as its text in Moodle's
syntax, the way authors write it).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from decimal import Decimal

import yaml
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

import courses.packages.question_messages  # noqa: F401 (registers its entries)
from courses.packages.markdown import Problem
from courses.packages.parts import PartReading

from . import package_translations
from .choices import QuestionType
from .gift import gift_parse
from .grading import grader_for
from .models import Question, QuestionBank, Quiz, QuizSlot
from .moodle_xml import MoodleXmlError, moodle_xml_parse
from .services import question_create

MOSAIC_PREFIX = "MOSAIC:"

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
            problems.append(Problem(path, line, _("the question has no ::key:: title")))
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
            problems.append(Problem(path, line, _("points must be a number")))
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


def moodle_xml_read(path: str, source) -> tuple[list[BankQuestion], list[Problem]]:
    """Questions of a package's Moodle XML file, read by the parser that the
    site's Moodle XML import (`question_bank_import(format="moodle_xml")`)
    runs. A question's key is its name; a tag ``source:KEY`` gives its
    provision. Questions that embed files are refused: a package carries its
    media as files (media/), not inside a bank."""
    try:
        parsed, xml_problems = moodle_xml_parse(source)
    except MoodleXmlError as error:
        return [], [Problem(path, 0, str(error))]
    problems = [Problem(path, 0, str(problem)) for problem in xml_problems]
    questions = []
    for item in parsed:
        if item.files:
            problems.append(
                Problem(
                    path,
                    0,
                    _(
                        "question %(position)s (%(title)s): embedded files are "
                        "not read from a package bank"
                    )
                    % {"position": item.position, "title": item.title},
                )
            )
            continue
        sources = [t for t in item.tags if t.startswith("source:")]
        questions.append(
            BankQuestion(
                key=item.title,
                type=str(item.type),
                stem=item.stem,
                definition=item.definition,
                general_feedback=item.general_feedback,
                points=str(_number(item.points)),
                source=sources[0].removeprefix("source:") if sources else "",
                tags=[t for t in item.tags if not t.startswith("source:")],
                path=path,
                line=0,
            )
        )
    return questions, problems


def _problem_text(problem) -> str:
    text = str(problem)
    return re.sub(r"^\S+ \d+: ", "", text)


def yaml_question(path: str, entry, line: int) -> tuple[BankQuestion | None, list]:
    """A question written in the bank's YAML file (ordering, essay, cloze)."""
    if not isinstance(entry, dict):
        return None, [Problem(path, line, _("each question is a mapping"))]
    required = (
        ("key", "type")
        if entry.get("type") == QuestionType.CLOZE
        else (
            "key",
            "type",
            "stem",
        )
    )
    missing = [name for name in required if not entry.get(name)]
    if missing:
        return None, [
            Problem(
                path,
                line,
                _("the question has no %(fields)s") % {"fields": ", ".join(missing)},
            )
        ]
    if entry["type"] not in QuestionType.values:
        return None, [
            Problem(
                path,
                line,
                _("unknown question type %(type)r") % {"type": entry["type"]},
            )
        ]
    definition = entry.get("definition") or {}
    try:
        definition = grader_for(entry["type"]).clean_definition(definition)
    except (ValidationError, TypeError, KeyError, AttributeError) as error:
        messages = getattr(error, "messages", [str(error)])
        return None, [Problem(path, line, " ".join(messages))]
    return BankQuestion(
        key=str(entry["key"]),
        type=entry["type"],
        stem=str(entry.get("stem") or ""),
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


# The package part: banks and quizzes of a course.


def _yaml(path, text, problems):
    from courses.packages.parse import yaml_read

    return yaml_read(path, text, problems)


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=88)


def _number(value) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def _missing(entry, names, path, problems) -> bool:
    missing = [n for n in names if entry.get(n) in (None, "", [])]
    for name in missing:
        problems.append(
            Problem(
                path,
                getattr(entry, "line", 0),
                _("%(name)s is missing") % {"name": name},
            )
        )
    return bool(missing)


def _strip_option_ids(definition: dict) -> dict:
    """Options' ids are the grader's to give; rubric criteria keep theirs,
    which grades refer to."""
    if "options" not in definition:
        return definition
    return {
        **definition,
        "options": [
            {k: v for k, v in o.items() if k != "id"} for o in definition["options"]
        ],
    }


def _yaml_definition(item: BankQuestion) -> dict:
    """A cloze as its text in Moodle's syntax; other types as stored."""
    if item.type == QuestionType.CLOZE:
        return {"text": grader_for(item.type).syntax(item.definition)}
    return _strip_option_ids(item.definition)


def quiz_key(quiz: Quiz) -> str:
    return slugify(quiz.title)[:100] or f"quiz-{quiz.pk}"


class BanksAndQuizzes:
    """course.yaml's `banks` and `quizzes`, with the bank files they name."""

    slot_type = "quiz"
    slot_field = "quiz"
    # Their texts' PO entries: question/QKEY/FIELD and quiz/QUIZKEY/title.
    translation_prefixes = package_translations.PREFIXES

    def translations_read(self, data, path, language, po):
        return package_translations.translations_read(data, path, language, po)

    def translation_entries(self, *, course, modules, language):
        return package_translations.translation_entries(
            course=course, modules=modules, language=language
        )

    def message_entries(self, data):
        return package_translations.message_entries(data)

    def slot_key(self, obj) -> str:
        return quiz_key(obj)

    # Reading.

    def parse(self, reading: PartReading):
        problems, files, course = reading.problems, reading.files, reading.course
        path = "course.yaml"
        questions: dict[str, BankQuestion] = {}
        banks = [b for b in course.get("banks") or [] if isinstance(b, dict)]
        for bank in banks:
            if _missing(bank, ("key", "title", "module"), path, problems):
                bank["keys"] = []
                continue
            if bank["module"] not in reading.module_keys:
                problems.append(
                    Problem(
                        path,
                        bank.line,
                        _("unknown module %(key)s") % {"key": bank["module"]},
                    )
                )
            read: list[BankQuestion] = []
            for name in (
                bank.get("gift"),
                bank.get("moodle_xml"),
                bank.get("questions"),
            ):
                if name and name not in files:
                    problems.append(
                        Problem(path, bank.line, _("no file %(name)s") % {"name": name})
                    )
            if bank.get("gift") in files:
                found, gift_problems = gift_read(bank["gift"], files[bank["gift"]])
                read += found
                problems += gift_problems
            if bank.get("moodle_xml") in files:
                name = bank["moodle_xml"]
                found, xml_problems = moodle_xml_read(name, files[name])
                read += found
                problems += xml_problems
            if bank.get("questions") in files:
                name = bank["questions"]
                data = _yaml(name, files[name], problems) or {}
                entries = data.get("questions", []) if isinstance(data, dict) else []
                for entry in entries:
                    question, found = yaml_question(
                        name, entry, getattr(entry, "line", 0)
                    )
                    problems += found
                    if question:
                        read.append(question)
            bank["keys"] = []
            for question in read:
                if question.key in questions:
                    problems.append(
                        Problem(
                            question.path,
                            question.line,
                            _("key %(key)s twice") % {"key": question.key},
                        )
                    )
                    continue
                if question.source:
                    reading.check_source(question.source, question.path, question.line)
                questions[question.key] = question
                bank["keys"].append(question.key)
        quizzes = [q for q in course.get("quizzes") or [] if isinstance(q, dict)]
        for quiz in quizzes:
            if _missing(quiz, ("key", "title", "module"), path, problems):
                continue
            if quiz["module"] not in reading.module_keys:
                problems.append(
                    Problem(
                        path,
                        quiz.line,
                        _("unknown module %(key)s") % {"key": quiz["module"]},
                    )
                )
            for key in quiz.get("questions") or []:
                if key not in questions:
                    problems.append(
                        Problem(
                            path,
                            quiz.line,
                            _("unknown question %(key)r") % {"key": key},
                        )
                    )
        data = {"banks": banks, "quizzes": quizzes, "questions": questions}
        return data, {q["key"] for q in quizzes if q.get("key")}

    # Writing.

    def write(self, data, *, course, modules, source_fields) -> dict[str, int]:
        questions = {}
        for bank_data in data["banks"]:
            module = modules[bank_data["module"]]
            bank, _created = QuestionBank.objects.get_or_create(
                course=course, module=module, defaults={"title": bank_data["title"]}
            )
            if bank.title != bank_data["title"]:
                bank.title = bank_data["title"]
                bank.save(update_fields=["title"])
            existing = {q.title: q for q in Question.objects.filter(bank=bank)}
            for key in bank_data["keys"]:
                questions[key] = _question_write(
                    bank, existing.get(key), data["questions"][key], source_fields
                )
        slots, quizzes = {}, {}
        for quiz_data in data["quizzes"]:
            quiz = _quiz_write(
                course, modules[quiz_data["module"]], quiz_data, questions
            )
            slots[quiz_data["key"]] = quiz.pk
            quizzes[quiz_data["key"]] = quiz
        package_translations.translations_write(
            data, questions=questions, quizzes=quizzes
        )
        return slots

    # Export.

    def export(self, *, course, modules):
        files, sources, notes = {}, set(), []
        banks, quizzes = [], []
        for key, module in modules.items():
            for bank in QuestionBank.objects.filter(course=course, module=module):
                banks.append(_bank_export(bank, key, files, sources))
            for quiz in Quiz.objects.filter(course=course, module=module).order_by(
                "pk"
            ):
                quizzes.append(_quiz_export(quiz, key, notes))
        return {"banks": banks, "quizzes": quizzes}, files, sources, notes


def _question_write(bank, question, item: BankQuestion, source_fields) -> Question:
    fields = {
        "type": item.type,
        "stem": item.stem,
        "general_feedback": item.general_feedback,
        "points": Decimal(item.points),
        **source_fields(item.source),
    }
    if question is None:
        return question_create(
            bank=bank,
            title=item.key,
            definition=item.definition,
            tags=item.tags,
            **fields,
        )
    changed = [n for n, v in fields.items() if getattr(question, n) != v]
    for name in changed:
        setattr(question, name, fields[name])
    if without_ids(question.definition) != without_ids(item.definition):
        question.definition = item.definition
        changed.append("definition")
    if changed:
        question.full_clean()
        question.save()
    if sorted(t.name for t in question.tags.all()) != sorted(item.tags):
        question.tags.set(item.tags)
    return question


def _quiz_write(course, module, data, questions) -> Quiz:
    review = data.get("review") or {}
    fields = {
        "pass_mark": Decimal(str(data.get("pass_mark", 70))),
        "max_attempts": data.get("max_attempts", 3),
        "time_limit_minutes": data.get("time_limit_minutes"),
    }
    for name in ("marks", "right_answers", "feedback"):
        if name in review:
            fields[f"review_{name}"] = review[name]
    quiz = Quiz.objects.filter(
        course=course, module=module, title=data["title"]
    ).first()
    if quiz is None:
        quiz = Quiz(course=course, module=module, title=data["title"], **fields)
        quiz.full_clean()
        quiz.save()
    elif any(getattr(quiz, n) != v for n, v in fields.items()):
        for name, value in fields.items():
            setattr(quiz, name, value)
        quiz.full_clean()
        quiz.save()
    wanted = [questions[k].pk for k in data.get("questions") or []]
    slots = list(QuizSlot.objects.filter(quiz=quiz).order_by("sort_order"))
    if [s.question_id for s in slots] != wanted:
        QuizSlot.objects.filter(quiz=quiz).delete()
        QuizSlot.objects.bulk_create(
            QuizSlot(quiz=quiz, question_id=pk, sort_order=order)
            for order, pk in enumerate(wanted)
        )
    return quiz


def _bank_export(bank, module_key, files, sources) -> dict:
    gift, others = [], []
    questions = Question.objects.filter(bank=bank).order_by("pk")
    questions = questions.select_related("provision", "mosaic_module")
    for question in questions.prefetch_related("tags"):
        source = ""
        if question.provision_id:
            source = question.provision.key
        elif question.mosaic_module_id:
            source = MOSAIC_PREFIX + question.mosaic_module.number
        if source:
            sources.add(source)
        item = BankQuestion(
            key=question.title,
            type=question.type,
            stem=question.stem,
            definition=question.definition,
            general_feedback=question.general_feedback,
            points=f"{question.points.normalize():f}",
            source=source,
            tags=sorted(t.name for t in question.tags.all()),
        )
        text = gift_question(item)
        if text is not None:
            gift.append(text)
            continue
        entry = {"key": item.key, "type": item.type}
        if source:
            entry["source"] = source
        if item.points != "1":
            entry["points"] = _number(item.points)
        if item.tags:
            entry["tags"] = item.tags
        if item.stem or item.type != QuestionType.CLOZE:
            entry["stem"] = item.stem
        entry["definition"] = _yaml_definition(item)
        if item.general_feedback:
            entry["general_feedback"] = item.general_feedback
        others.append(entry)
    data = {"key": module_key, "title": bank.title, "module": module_key}
    if bank.description:
        data["description"] = bank.description
    if gift:
        name = f"banks/{module_key}.gift"
        files[name] = "\n\n".join(gift) + "\n"
        data["gift"] = name
    if others:
        name = f"banks/{module_key}.yaml"
        files[name] = _dump({"questions": others})
        data["questions"] = name
    return data


def _quiz_export(quiz: Quiz, module_key: str, notes) -> dict:
    slots = QuizSlot.objects.filter(quiz=quiz).order_by("sort_order")
    keys = []
    for slot in slots.select_related("question"):
        if slot.question_id is None:
            notes.append(f"{quiz.title}: a random slot was left out.")
            continue
        keys.append(slot.question.title)
    data = {
        "key": quiz_key(quiz),
        "title": quiz.title,
        "module": module_key,
        "pass_mark": _number(quiz.pass_mark),
        "max_attempts": quiz.max_attempts,
    }
    if quiz.time_limit_minutes:
        data["time_limit_minutes"] = quiz.time_limit_minutes
    data["review"] = {
        "marks": quiz.review_marks,
        "right_answers": quiz.review_right_answers,
        "feedback": quiz.review_feedback,
    }
    data["questions"] = keys
    return data
