"""Questions and quizzes in the reader's language (docs/decisions/0028).

A question's texts are its stem, its general feedback and the texts its
type's grader lists in the definition (`question_texts`), each named by a
FIELD ("stem", "options.2.text"). A translation replaces texts only
(`apply_texts`): ids, keys, credits, tolerances and numbers always come
from the source question. A question is shown translated when every one of
its texts has a current translation; otherwise it is shown in English,
marked as such, with a notice.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant

from .choices import QuestionType
from .grading import grader_for

STEM = "stem"
GENERAL_FEEDBACK = "general_feedback"
QUIZ_FIELDS = ("title", "introduction")


def question_texts(type: str, definition: dict) -> list[tuple[str, str]]:
    """(FIELD, text) for the definition's translatable texts."""
    return grader_for(type).texts(definition)


def apply_texts(type: str, definition: dict, texts: dict[str, str]) -> dict:
    """The definition with the given FIELD texts in place; keys unchanged."""
    return grader_for(type).with_texts(definition, texts)


def source_language() -> str:
    return settings.LANGUAGE_CODE


def content_language(language: str | None = None) -> str:
    """One of the site's languages: the active one unless given."""
    language = language or get_language() or settings.LANGUAGE_CODE
    try:
        return get_supported_language_variant(language)
    except LookupError:
        return settings.LANGUAGE_CODE


def translation_languages() -> list[tuple[str, str]]:
    """(code, name) of the languages a question is translated into."""
    return [
        (code, name) for code, name in settings.LANGUAGES if code != source_language()
    ]


def question_sources(question) -> dict[str, str]:
    """FIELD -> source text for every translatable text of the question."""
    sources = {STEM: question.stem}
    if (question.general_feedback or "").strip():
        sources[GENERAL_FEEDBACK] = question.general_feedback
    sources.update(question_texts(question.type, question.definition))
    return {name: text for name, text in sources.items() if (text or "").strip()}


def quiz_sources(quiz) -> dict[str, str]:
    sources = {"title": quiz.title}
    if (quiz.introduction or "").strip():
        sources["introduction"] = quiz.introduction
    return sources


@dataclass
class LocalisedQuestion:
    """A question's texts as a reader in `language` sees them.

    `fallback` is true when the reader asked for another language than the
    source and the question is shown in the source language instead.
    """

    stem: str
    general_feedback: str
    definition: dict
    language: str
    fallback: bool = False


def localise_question(question, translation, language: str) -> LocalisedQuestion:
    """The question in `language` when fully translated, else the source."""
    source = LocalisedQuestion(
        stem=question.stem,
        general_feedback=question.general_feedback,
        definition=question.definition,
        language=source_language(),
    )
    if language == source_language():
        return source
    sources = question_sources(question)
    texts = translation.current(sources) if translation is not None else {}
    if set(texts) != set(sources):
        source.fallback = True
        return source
    return LocalisedQuestion(
        stem=texts[STEM],
        general_feedback=texts.get(GENERAL_FEEDBACK, question.general_feedback),
        definition=apply_texts(question.type, question.definition, texts),
        language=language,
    )


def accepted_definition(question, translation) -> dict | None:
    """A short-text question's definition with its translated answers, when
    the translation holds any: its answers are accepted too."""
    if question.type != QuestionType.SHORT_TEXT or translation is None:
        return None
    texts = translation.current(question_sources(question))
    if not any(name.startswith("answers.") for name in texts):
        return None
    return apply_texts(question.type, question.definition, texts)


@dataclass
class LocalisedText:
    text: str
    fallback: bool = False


def localise_quiz(quiz, translation, language: str) -> dict[str, LocalisedText]:
    """The quiz's title and introduction in `language`, each falling back
    to the source text on its own."""
    sources = quiz_sources(quiz)
    translate = language != source_language()
    texts = translation.current(sources) if translate and translation else {}
    return {
        name: LocalisedText(
            text=texts.get(name, sources.get(name, "")),
            fallback=translate and name in sources and name not in texts,
        )
        for name in QUIZ_FIELDS
    }
