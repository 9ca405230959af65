"""Demo data: a question bank and an end-of-module quiz for every module of
the demo curriculum (courses.demo_data.TRACKS), and a final "Module
assessment" lesson holding the quiz. Idempotent.

The lesson is appended through `courses.services.module_lesson_append`; while
courses does not expose it, banks and quizzes are still created and the log
says that the lessons were left out.
"""

from __future__ import annotations

import html

from django.conf import settings
from django.db import transaction

from .choices import MultipleResponseScoring, QuestionType, ReviewTiming
from .models import Question, QuestionBank, Quiz, QuizSlot
from .services import question_create

LESSON_TITLE = "Module assessment"
ASSIGNMENT_LESSON_TITLE = "Written assignment"


def seed(*, log, credentials):
    try:
        from courses.demo_data import TRACKS
    except ImportError:
        log("No demo curriculum yet: no quizzes seeded.")
        return
    assessments_seed(tracks=TRACKS, log=log)


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text.strip())}</p>" if text and text.strip() else ""


def _definition(data: dict) -> dict:
    kind = data["type"]
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        options = [
            {
                "text": option["text"],
                "correct": bool(option.get("correct")),
                "feedback": _paragraph(option.get("feedback", "")),
            }
            for option in data["options"]
        ]
        if kind == QuestionType.MULTIPLE_RESPONSE:
            return {
                "scoring": MultipleResponseScoring.ALL_OR_NOTHING,
                "options": options,
            }
        return {"options": options}
    if kind == QuestionType.TRUE_FALSE:
        return {"answer": bool(data["answer"])}
    if kind == QuestionType.NUMERIC:
        return {"answer": data["answer"], "tolerance": data.get("tolerance", 0)}
    if kind == QuestionType.SHORT_TEXT:
        return {"accepted": list(data["accepted"])}
    if kind == QuestionType.MATCHING:
        pairs = [
            pair if isinstance(pair, dict) else {"prompt": pair[0], "answer": pair[1]}
            for pair in data["pairs"]
        ]
        return {
            "pairs": [{"prompt": p["prompt"], "answer": p["answer"]} for p in pairs],
            "distractors": list(data.get("distractors", [])),
        }
    if kind == QuestionType.ORDERING:
        return {"items": list(data["items"])}
    raise ValueError(f"Unknown question type in demo data: {kind!r}")


class _Sources:
    """Provisions and MOSAIC modules by the keys the demo data uses."""

    def __init__(self):
        from content.selectors import mosaic_modules_by_number, provisions_by_key

        self.provisions = provisions_by_key()
        self.mosaic = mosaic_modules_by_number()

    def fields(self, key: str) -> dict:
        from content.selectors import split_source_keys

        if not key:
            return {}
        provision_keys, mosaic_numbers = split_source_keys([key])
        if provision_keys and provision_keys[0] in self.provisions:
            return {"provision": self.provisions[provision_keys[0]]}
        if mosaic_numbers and mosaic_numbers[0] in self.mosaic:
            return {"mosaic_module": self.mosaic[mosaic_numbers[0]]}
        return {}


def _module_and_course(slug: str):
    from courses.models import CoursePage, ModulePage

    module = ModulePage.objects.filter(
        slug=slug, locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    ).first()
    if module is None:
        return None, None
    return module, CoursePage.objects.ancestor_of(module).first()


@transaction.atomic
def assessments_seed(*, tracks, log=lambda *_: None) -> list[Quiz]:
    sources = _Sources()
    quizzes = []
    for track in tracks:
        for module_data in track.get("modules", []):
            quiz_data = module_data.get("quiz")
            assignment = module_data.get("assignment")
            if not quiz_data and not assignment:
                continue
            module, course = _module_and_course(module_data["slug"])
            if module is None or course is None:
                log(f"No module {module_data['slug']}: its quiz was not seeded.")
                continue
            if quiz_data:
                quiz = _module_quiz(module, course, quiz_data, sources, log=log)
                _append_assessment_lesson(module, quiz, log=log)
                quizzes.append(quiz)
            if assignment:
                quiz = _assignment_quiz(module, course, assignment, log=log)
                _append_assessment_lesson(
                    module,
                    quiz,
                    log=log,
                    slug=f"{module.slug}-assignment",
                    title=ASSIGNMENT_LESSON_TITLE,
                )
                quizzes.append(quiz)
    return quizzes


def _assignment_quiz(module, course, data, *, log) -> Quiz:
    """An essay graded by hand against a rubric, in a quiz of its own with
    one attempt: the fellow writes once, and the marks and the grader's
    feedback open when the grade is saved (after the last allowed attempt)."""
    bank, created = QuestionBank.objects.get_or_create(
        course=course, module=module, defaults={"title": f"{module.title}"}
    )
    if created:
        log(f"Created the question bank {bank.title}.")
    title = data["title"][:80]
    question = Question.objects.filter(bank=bank, title=title).first()
    if question is None:
        rubric = [
            {
                "id": criterion["id"],
                "criterion": criterion["criterion"],
                "description": criterion.get("description", ""),
                "points": criterion["points"],
            }
            for criterion in data["rubric"]
        ]
        question = question_create(
            bank=bank,
            type=QuestionType.ESSAY,
            title=title,
            stem=_paragraph(data["stem"]),
            definition={"rubric": rubric, "guidance": _paragraph(data["guidance"])},
            points=sum(criterion["points"] for criterion in data["rubric"]),
            tags=[module.slug, "assignment"],
        )
    quiz, created = Quiz.objects.get_or_create(
        course=course,
        module=module,
        title=data["title"],
        defaults={
            "pass_mark": data.get("pass_mark", 50),
            "max_attempts": 1,
            **review_settings(data),
        },
    )
    if created:
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=0)
        log(f"Created the written assignment {quiz.title}.")
    return quiz


def _module_quiz(module, course, quiz_data, sources, *, log) -> Quiz:
    bank, created = QuestionBank.objects.get_or_create(
        course=course, module=module, defaults={"title": f"{module.title}"}
    )
    if created:
        log(f"Created the question bank {bank.title}.")
    existing = {q.title: q for q in Question.objects.filter(bank=bank)}
    questions = []
    for number, data in enumerate(quiz_data["questions"], start=1):
        title = f"{number}. {data['stem']}"[:80]
        question = existing.get(title)
        if question is None:
            question = question_create(
                bank=bank,
                type=data["type"],
                title=title,
                stem=_paragraph(data["stem"]),
                definition=_definition(data),
                general_feedback=_paragraph(data.get("explanation", "")),
                tags=[module.slug],
                **sources.fields(data.get("source", "")),
            )
        questions.append(question)
    quiz, created = Quiz.objects.get_or_create(
        course=course,
        module=module,
        title=quiz_data["title"],
        defaults={
            "pass_mark": quiz_data.get("pass_mark", 70),
            "max_attempts": 3,
            "time_limit_minutes": quiz_data.get("time_limit_minutes"),
            **review_settings(quiz_data),
        },
    )
    if created:
        QuizSlot.objects.bulk_create(
            QuizSlot(quiz=quiz, question=question, sort_order=order)
            for order, question in enumerate(questions)
        )
        log(f"Created the quiz {quiz.title}.")
    return quiz


def review_settings(quiz_data: dict) -> dict:
    """Marks after each attempt; the key and feedback only once no attempt is
    left or the quiz has closed, so that a first attempt never serves the
    next. A quiz in the demo data may set its own under "review"."""
    review = quiz_data.get("review", {})
    return {
        "review_marks": review.get("marks", ReviewTiming.AFTER_EACH_ATTEMPT),
        "review_right_answers": review.get(
            "right_answers", ReviewTiming.AFTER_LAST_ATTEMPT
        ),
        "review_feedback": review.get("feedback", ReviewTiming.AFTER_LAST_ATTEMPT),
    }


def _append_assessment_lesson(
    module, quiz: Quiz, *, log, slug: str = "", title: str = LESSON_TITLE
) -> None:
    from courses import services as course_services

    append = getattr(course_services, "module_lesson_append", None)
    if append is None:
        log(
            f"courses.services.module_lesson_append is missing: no assessment "
            f"lesson in {module.title}."
        )
        return
    append(
        module=module,
        slug=slug or f"{module.slug}-assessment",
        title=title,
        body=[("quiz", {"quiz": quiz, "required": True})],
    )
