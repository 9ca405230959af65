"""Translations of a package's questions and quizzes as PO entries.

Contexts: ``question/QKEY/FIELD`` (FIELD: ``stem``, ``general_feedback`` or
a path of `question_texts`, such as ``options.2.text``) and
``quiz/QUIZKEY/title``. The msgid is the source text; an empty or fuzzy
msgstr, or one made for another source text, is not stored, and a stored
translation the PO no longer gives is removed. A context naming a question,
a quiz or a FIELD the package does not have is a problem of the file and
line, and nothing is imported.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from courses.packages.markdown import Problem

from .grading import grader_for
from .models import Question, QuestionBank, QuestionTranslation, Quiz, QuizTranslation
from .services import question_translation_set, quiz_translation_set
from .translations import (
    GENERAL_FEEDBACK,
    STEM,
    question_sources,
    question_texts,
    quiz_sources,
)

QUESTION = "question"
QUIZ = "quiz"
PREFIXES = (QUESTION, QUIZ)


def item_sources(item) -> dict[str, str]:
    """FIELD -> source text of a package's question (a BankQuestion), as the
    question will hold it once imported (its grader's clean definition)."""
    try:
        definition = grader_for(item.type).clean_definition(
            copy.deepcopy(item.definition)
        )
    except (ValidationError, LookupError):
        definition = item.definition
    sources = {STEM: item.stem}
    if (item.general_feedback or "").strip():
        sources[GENERAL_FEEDBACK] = item.general_feedback
    sources.update(question_texts(item.type, definition))
    return {name: text for name, text in sources.items() if (text or "").strip()}


def message_entries(data) -> Iterator[tuple[str, str]]:
    """(context, msgid) of the parsed banks' questions and the quizzes."""
    for bank in data["banks"]:
        for key in bank.get("keys") or []:
            for name, text in item_sources(data["questions"][key]).items():
                yield f"{QUESTION}/{key}/{name}", text
    for quiz in data["quizzes"]:
        if quiz.get("key") and quiz.get("title"):
            yield f"{QUIZ}/{quiz['key']}/title", quiz["title"]


def _translated_languages() -> set[str]:
    return {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}


def translations_read(data, path: str, language: str, po) -> list[Problem]:
    """Check `po`'s question and quiz entries; keep the translated ones in
    `data["translations"][language]` (context -> text) for `write`."""
    problems = []
    sources = {}
    for bank in data["banks"]:
        for key in bank.get("keys") or []:
            for name, text in item_sources(data["questions"][key]).items():
                sources[f"{QUESTION}/{key}/{name}"] = text
    quizzes = {q["key"]: q for q in data["quizzes"] if q.get("key")}
    for key, quiz in quizzes.items():
        sources[f"{QUIZ}/{key}/title"] = quiz.get("title", "")
    kept = {}
    for entry in po:
        context = entry.msgctxt or ""
        kind, _slash, rest = context.partition("/")
        if kind not in PREFIXES or not entry.msgstr:
            continue
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        if context not in sources:
            problems.append(Problem(path, entry.linenum, _unknown(kind, rest, data)))
            continue
        if entry.msgid == sources[context]:
            # A translation of an older source text is not used (as fuzzy).
            kept[context] = entry.msgstr
    if language in _translated_languages():
        data.setdefault("translations", {})[language] = kept
    return problems


def _unknown(kind: str, rest: str, data) -> str:
    key, _slash, field_name = rest.partition("/")
    if kind == QUESTION and key not in data["questions"]:
        return _("unknown question %(key)r") % {"key": key}
    if kind == QUIZ and key not in {q.get("key") for q in data["quizzes"]}:
        return _("unknown quiz %(key)r") % {"key": key}
    return _("no text %(field)r in %(key)s") % {"field": field_name, "key": key}


def translations_write(data, *, questions: dict, quizzes: dict) -> None:
    """Store the PO files' translations: each language's set replaces the
    package's questions' and quizzes' translations into that language."""
    for language, entries in (data.get("translations") or {}).items():
        for key, question in questions.items():
            prefix = f"{QUESTION}/{key}/"
            texts = {
                context.removeprefix(prefix): text
                for context, text in entries.items()
                if context.startswith(prefix)
            }
            question_translation_set(question=question, language=language, texts=texts)
        for key, quiz in quizzes.items():
            title = entries.get(f"{QUIZ}/{key}/title")
            stored = QuizTranslation.objects.filter(
                quiz=quiz, language=language
            ).first()
            kept = {}
            if stored is not None:
                # The introduction is not in packages: it keeps its translation.
                kept = stored.current(quiz_sources(quiz))
                kept.pop("title", None)
            quiz_translation_set(
                quiz=quiz, language=language, texts={**kept, "title": title or ""}
            )


def translation_entries(*, course, modules: dict, language: str | None) -> list:
    """(context, source, translation or "") of the course's questions and
    quizzes, in the order of the export (banks by module, questions by id)."""
    from .packages import quiz_key

    banks = QuestionBank.objects.filter(course=course, module__in=modules.values())
    questions = list(
        Question.objects.filter(bank__in=banks).order_by(
            "bank__module__path", "bank_id", "pk"
        )
    )
    quizzes = list(
        Quiz.objects.filter(course=course, module__in=modules.values()).order_by(
            "module__path", "pk"
        )
    )
    question_translations, quiz_translations = {}, {}
    if language is not None:
        question_translations = {
            t.question_id: t
            for t in QuestionTranslation.objects.filter(
                question__in=questions, language=language
            )
        }
        quiz_translations = {
            t.quiz_id: t
            for t in QuizTranslation.objects.filter(quiz__in=quizzes, language=language)
        }
    entries = []
    for question in questions:
        sources = question_sources(question)
        stored = question_translations.get(question.pk)
        texts = stored.current(sources) if stored else {}
        for name, text in sources.items():
            entries.append(
                (f"{QUESTION}/{question.title}/{name}", text, texts.get(name, ""))
            )
    for quiz in quizzes:
        stored = quiz_translations.get(quiz.pk)
        texts = stored.current({"title": quiz.title}) if stored else {}
        entries.append(
            (f"{QUIZ}/{quiz_key(quiz)}/title", quiz.title, texts.get("title", ""))
        )
    return entries
