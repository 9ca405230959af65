"""Translations of a package's questions and quizzes as PO entries.

Contexts: ``question/QKEY/FIELD`` (FIELD: ``stem``, ``general_feedback`` or
a path of `question_texts`, such as ``options.2.text``) and
``quiz/QUIZKEY/title``. The msgid is the source text; an empty or fuzzy
msgstr, or one made for another source text, is not stored and removes
what the site held for that text; a text without an entry keeps its stored
translation. A context naming a question,
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
        if kind not in PREFIXES or entry.obsolete:
            continue
        untranslated = not entry.msgstr or "fuzzy" in entry.flags
        if untranslated:
            # Empty or fuzzy: the stored translation of that text goes.
            kept[context] = ""
            continue
        if context not in sources:
            problems.append(Problem(path, entry.linenum, _unknown(kind, rest, data)))
            continue
        # A translation of an older source text is not used (as fuzzy).
        kept[context] = entry.msgstr if entry.msgid == sources[context] else ""
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
    """Store the PO files' translations. An entry with a translation sets
    it, an empty or fuzzy one removes it; a text the PO file has no entry
    for keeps what the site holds (translated in the admin, say)."""
    for language, entries in (data.get("translations") or {}).items():
        stored = {
            t.question_id: t
            for t in QuestionTranslation.objects.filter(
                question__in=list(questions.values()), language=language
            )
        }
        for key, question in questions.items():
            given = _given(entries, f"{QUESTION}/{key}/")
            if given:
                question_translation_set(
                    question=question,
                    language=language,
                    texts=_merged(
                        stored.get(question.pk), question_sources(question), given
                    ),
                )
        for key, quiz in quizzes.items():
            given = _given(entries, f"{QUIZ}/{key}/")
            if given:
                translation = QuizTranslation.objects.filter(
                    quiz=quiz, language=language
                ).first()
                quiz_translation_set(
                    quiz=quiz,
                    language=language,
                    texts=_merged(translation, quiz_sources(quiz), given),
                )


def _given(entries: dict[str, str], prefix: str) -> dict[str, str]:
    return {
        context.removeprefix(prefix): text
        for context, text in entries.items()
        if context.startswith(prefix)
    }


def _merged(stored, sources: dict[str, str], given: dict[str, str]) -> dict:
    texts = stored.current(sources) if stored is not None else {}
    for name, text in given.items():
        if name not in sources:
            continue  # An empty entry for a text the question no longer has.
        if text:
            texts[name] = text
        else:
            texts.pop(name, None)
    return texts


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
