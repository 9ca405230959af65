"""The demo seeder, on a synthetic curriculum in the demo data's schema."""

import pytest

from fellowship.assessments.choices import QuestionType, ReviewTiming
from fellowship.assessments.demo import LESSON_TITLE, assessments_seed
from fellowship.assessments.models import Question, QuestionBank, Quiz

pytestmark = pytest.mark.django_db

TRACKS = [
    {
        "slug": "marking",
        "modules": [
            {
                "slug": "foundations",
                "title": "Foundations",
                "quiz": {
                    "title": "Module 1 assessment",
                    "pass_mark": 70,
                    "questions": [
                        {
                            "type": "single_choice",
                            "stem": "Small arms are designed for:",
                            "options": [
                                {
                                    "text": "Individual use",
                                    "correct": True,
                                    "feedback": "Yes.",
                                },
                                {
                                    "text": "Crew use",
                                    "correct": False,
                                    "feedback": "No.",
                                },
                            ],
                            "explanation": "ITI, para. 4(a).",
                            "source": "ITI-4a",
                        },
                        {
                            "type": "multiple_response",
                            "stem": "Light weapons?",
                            "options": [
                                {"text": "Mortars", "correct": True},
                                {"text": "Revolvers", "correct": False},
                            ],
                        },
                        {"type": "true_false", "stem": "Ammunition?", "answer": False},
                        {
                            "type": "short_text",
                            "stem": "Country of...",
                            "accepted": ["import"],
                        },
                        {
                            "type": "numeric",
                            "stem": "Year?",
                            "answer": 1899,
                            "tolerance": 0,
                        },
                        {
                            "type": "matching",
                            "stem": "Match.",
                            "pairs": [
                                {"prompt": "ITI", "answer": "Tracing"},
                                ["PoA", "Programme"],
                            ],
                        },
                        {
                            "type": "ordering",
                            "stem": "Order.",
                            "items": ["A", "B", "C"],
                        },
                    ],
                },
                "lessons": [],
            },
            {
                "slug": "missing-module",
                "title": "Nowhere",
                "quiz": {"title": "X", "questions": []},
            },
        ],
    }
]


def lesson_append(*, module, slug, title, body):
    """Stands in for courses.services.module_lesson_append (see the report)."""
    from courses.models import LessonPage

    existing = LessonPage.objects.child_of(module).filter(slug=slug).first()
    if existing is not None:
        return existing
    lesson = LessonPage(title=title, slug=slug, body=body)
    module.add_child(instance=lesson)
    return lesson


def test_seed_creates_banks_quizzes_and_lessons_once(tree, monkeypatch):
    from courses import services
    from courses.models import LessonPage

    monkeypatch.setattr(services, "module_lesson_append", lesson_append, raising=False)
    messages = []
    assessments_seed(tracks=TRACKS, log=messages.append)
    assessments_seed(tracks=TRACKS, log=messages.append)
    bank = QuestionBank.objects.get()
    assert bank.module_id == tree.module.pk
    assert Question.objects.count() == 7
    assert set(Question.objects.values_list("type", flat=True)) == set(QuestionType) - {
        QuestionType.ESSAY
    }
    quiz = Quiz.objects.get()
    assert quiz.pass_mark == 70
    # The key only once no attempt is left or the quiz has closed.
    assert quiz.max_attempts == 3
    assert quiz.review_marks == ReviewTiming.AFTER_EACH_ATTEMPT
    assert quiz.review_right_answers == ReviewTiming.AFTER_LAST_ATTEMPT
    assert quiz.review_feedback == ReviewTiming.AFTER_LAST_ATTEMPT
    assert quiz.slots.count() == 7
    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert lesson.get_parent().pk == tree.module.pk
    block = lesson.body[0]
    assert block.block_type == "quiz" and block.value["quiz"].pk == quiz.pk
    assert any("missing-module" in message for message in messages)


def test_seed_without_the_courses_service_still_creates_quizzes(tree, monkeypatch):
    from courses import services

    monkeypatch.delattr(services, "module_lesson_append", raising=False)
    messages = []
    assessments_seed(tracks=TRACKS, log=messages.append)
    assert Quiz.objects.count() == 1
    assert any("module_lesson_append is missing" in m for m in messages)


def test_seeded_quiz_shows_the_key_only_when_no_attempt_is_left(
    tree, monkeypatch, enrolled
):
    from courses import services
    from fellowship.assessments.selectors import attempt_review_visibility
    from fellowship.assessments.services import attempt_start, attempt_submit

    monkeypatch.setattr(services, "module_lesson_append", lesson_append, raising=False)
    (quiz,) = assessments_seed(tracks=TRACKS)
    shown = []
    for _ in range(quiz.max_attempts):
        attempt = attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
        visibility = attempt_review_visibility(attempt=attempt)
        assert visibility.marks
        shown.append((visibility.right_answers, visibility.feedback))
    assert shown == [(False, False), (False, False), (True, True)]


def test_seeded_quiz_shows_the_key_once_closed(tree, monkeypatch, enrolled):
    import datetime

    from django.utils import timezone

    from courses import services
    from fellowship.assessments.selectors import attempt_review_visibility
    from fellowship.assessments.services import attempt_start, attempt_submit

    monkeypatch.setattr(services, "module_lesson_append", lesson_append, raising=False)
    (quiz,) = assessments_seed(tracks=TRACKS)
    quiz.closes_at = timezone.now() + datetime.timedelta(days=1)
    quiz.save()
    attempt = attempt_submit(attempt=attempt_start(user=enrolled, quiz=quiz))
    assert not attempt_review_visibility(attempt=attempt).right_answers
    later = quiz.closes_at + datetime.timedelta(minutes=1)
    assert attempt_review_visibility(attempt=attempt, now=later).right_answers


ASSIGNMENT = {
    "title": "Written assignment: an action",
    "pass_mark": 50,
    "stem": "Describe one action.",
    "guidance": "A concrete action, tied to a commitment.",
    "rubric": [
        {"id": "action", "criterion": "A concrete action", "points": 4},
        {"id": "commitment", "criterion": "Tied to a commitment", "points": 2},
    ],
}


def _assignment_tracks():
    return [
        {
            "slug": "marking",
            "modules": [
                {
                    "slug": "foundations",
                    "title": "Foundations",
                    "quiz": TRACKS[0]["modules"][0]["quiz"],
                    "assignment": ASSIGNMENT,
                }
            ],
        }
    ]


def test_seed_adds_a_written_assignment_once(tree, monkeypatch):
    from courses import services
    from courses.models import LessonPage
    from fellowship.assessments.demo import ASSIGNMENT_LESSON_TITLE

    monkeypatch.setattr(services, "module_lesson_append", lesson_append, raising=False)
    assessments_seed(tracks=_assignment_tracks())
    assessments_seed(tracks=_assignment_tracks())
    # The module's one bank holds the essay beside the quiz's questions.
    bank = QuestionBank.objects.get()
    essay = Question.objects.get(bank=bank, type=QuestionType.ESSAY)
    assert essay.points == 6
    assert [c["id"] for c in essay.definition["rubric"]] == ["action", "commitment"]
    quiz = Quiz.objects.get(title=ASSIGNMENT["title"])
    assert [slot.question for slot in quiz.slots.all()] == [essay]
    # One attempt: the feedback opens with the grade (after the last attempt).
    assert (quiz.max_attempts, quiz.pass_mark) == (1, 50)
    assert quiz.review_feedback == ReviewTiming.AFTER_LAST_ATTEMPT
    lesson = LessonPage.objects.get(title=ASSIGNMENT_LESSON_TITLE)
    assert lesson.slug == "foundations-assignment"
    assert lesson.body[0].value["quiz"].pk == quiz.pk
    assert Quiz.objects.count() == 2


def test_seeded_assignment_feedback_opens_once_graded(
    tree, monkeypatch, enrolled, instructor
):
    from courses import services
    from fellowship.assessments.selectors import attempt_review_visibility
    from fellowship.assessments.services import (
        answer_grade,
        attempt_save_responses,
        attempt_start,
        attempt_submit,
    )

    monkeypatch.setattr(services, "module_lesson_append", lesson_append, raising=False)
    _quiz, assignment = assessments_seed(tracks=_assignment_tracks())
    attempt = attempt_start(user=enrolled, quiz=assignment)
    (answer,) = attempt.answers.all()
    attempt_save_responses(attempt=attempt, responses={answer.pk: "Mark at import."})
    attempt = attempt_submit(attempt=attempt)
    assert attempt.state == "awaiting_grading"
    answer_grade(
        answer=answer,
        grader=instructor,
        scores={"action": 3, "commitment": 2},
        feedback="Concrete.",
    )
    attempt.refresh_from_db()
    assert (attempt.state, attempt.passed) == ("graded", True)
    assert attempt_review_visibility(attempt=attempt).feedback
