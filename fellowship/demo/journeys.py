"""The demo fellow's record, and what waits for the demo instructor.

Runs last in `seed_demo`, once every app has seeded its own data, and
writes only through the services, as a fellow, the H5P player and an
instructor would: lessons finished one by one, quizzes answered and
submitted, an essay graded against its rubric, an H5P score sent as an
xAPI statement, and the course certificate issued because the course is
complete (PDF, signed credential and verification code included).

Idempotent: each step first looks for what it would make.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model

DEMO_FELLOW = "fellow@example.org"
DEMO_INSTRUCTOR = "instructor@example.org"
# A cohort fellow whose written assignment waits in the grading queue.
WAITING_FELLOW = "demo.adaeze.okafor@example.org"
COMPLETED_COURSE = "gender-mainstreaming"
RUNNING_COHORT = "demo-cohort-a"
# Cohort fellows who have done at least this share of each course keep pace.
ON_PACE_SHARE = 0.7
H5P_LESSON = "marking-what-is-salw"
# Fixed statement ids: a second run sends the same statement, which the
# xAPI service recognises and does not store again.
STATEMENT_NAMESPACE = uuid.UUID("6f1d2b8e-6c1a-4d55-9b7e-3f0c2a9d4e11")

FELLOW_ESSAY = (
    "Our commission will publish, each year, the number of firearm licences "
    "and seizures broken down by sex, as S/RES/2220 (2015) asks. The records "
    "unit collects the data from the national registry from January; the "
    "annual report to the PoA shows it from next year. We will know it works "
    "when the report carries the figures and the national action plan sets a "
    "target for women's participation in marking teams (A/RES/76/232, para. 12)."
)
FELLOW_SCORES = {"action": 3, "commitment": 3, "evidence": 2}
FELLOW_FEEDBACK = (
    "A concrete action, well tied to resolution 2220. Say who in the registry "
    "owns the indicator and how often it is reviewed, and the plan is ready."
)
WAITING_ESSAY = (
    "We will add the sex of the owner to every licence record, so that the "
    "registry can report disaggregated data, and train the clerks to enter it."
)


def seed(*, log, credentials):
    from courses.models import CoursePage

    users = get_user_model().objects
    fellow = users.filter(email=DEMO_FELLOW).first()
    instructor = users.filter(email=DEMO_INSTRUCTOR).first()
    course = (
        CoursePage.objects.live()
        .filter(
            slug=COMPLETED_COURSE,
            alias_of__isnull=True,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .first()
    )
    if fellow is None or instructor is None or course is None:
        log("The demo fellow's record was skipped: run the other seeds first.")
        return
    h5p_score_seed(user=fellow, log=log)
    course_complete_seed(user=fellow, course=course, grader=instructor, log=log)
    certificate_seed(user=fellow, course=course, log=log)
    cohort_pace_seed(log=log)
    waiting = users.filter(email=WAITING_FELLOW).first()
    if waiting is not None:
        essay_waiting_seed(user=waiting, course=course, log=log)


def h5p_score_seed(*, user, log) -> None:
    """The practice activity's score, sent as the H5P player sends it."""
    from courses.models import LessonPage
    from courses.selectors import course_of_lesson
    from courses.services import enrolment_create
    from courses.xapi.activities import activity_iri
    from courses.xapi.services import statements_record

    lesson = LessonPage.objects.filter(
        slug=H5P_LESSON, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    block = next(
        (b for b in (lesson.body if lesson else []) if b.block_type == "h5p"), None
    )
    if block is None:
        return
    enrolment_create(user=user, course=course_of_lesson(lesson=lesson))
    iri = activity_iri(lesson_id=lesson.pk, block_id=block.id)
    statement_id = uuid.uuid5(STATEMENT_NAMESPACE, f"{user.pk}:{iri}")
    statements_record(
        user=user,
        statements=[
            {
                "id": str(statement_id),
                "actor": {"account": {"name": "demo", "homePage": "http://demo"}},
                "verb": {
                    "id": "http://adlnet.gov/expapi/verbs/answered",
                    "display": {"en-US": "answered"},
                },
                "object": {
                    "id": iri,
                    "objectType": "Activity",
                    "definition": {"name": {"en-US": lesson.title}},
                },
                "result": {
                    "score": {"min": 0, "max": 1, "raw": 1, "scaled": 1},
                    "success": True,
                    "completion": True,
                    "duration": "PT24S",
                    "response": "false",
                },
                "context": {
                    "contextActivities": {
                        "category": [
                            {
                                "id": "http://h5p.org/libraries/H5P.TrueFalse-1.6",
                                "objectType": "Activity",
                            }
                        ]
                    }
                },
            }
        ],
    )


def _quizzes(lesson) -> list:
    return [
        block.value["quiz"]
        for block in lesson.body
        if block.block_type == "quiz" and block.value.get("quiz") is not None
    ]


def course_complete_seed(*, user, course, grader, log) -> None:
    """Every lesson finished: read, quizzes passed, the essay graded."""
    from courses.services import enrolment_create

    enrolment_create(user=user, course=course)
    lessons_done(user=user, course=course, share=1.0, grader=grader)
    log(f"The demo fellow has completed {course.title}.")


def lessons_done(*, user, course, share: float, grader=None) -> None:
    """The first `share` of a course's lessons finished, in order, as the
    fellow would: reading lessons marked complete, quizzes passed with the
    right answers, essays graded by `grader` (without one, the fellow stops
    at the essay). Stops where the course is locked for the fellow."""
    from courses.selectors import course_lessons
    from courses.services import LessonLocked, lesson_mark_complete
    from fellowship.assessments.choices import QuestionType
    from fellowship.assessments.models import QuizResult

    passed = set(
        QuizResult.objects.filter(user=user, passed=True).values_list(
            "quiz_id", flat=True
        )
    )
    lessons = list(course_lessons(course=course).specific())
    for lesson in lessons[: round(len(lessons) * share)]:
        quizzes = _quizzes(lesson)
        try:
            if not quizzes:
                lesson_mark_complete(user=user, lesson=lesson)
            for quiz in quizzes:
                if quiz.pk in passed:
                    continue
                types = set(quiz.slots.values_list("question__type", flat=True))
                if QuestionType.ESSAY not in types:
                    _quiz_passed(user=user, quiz=quiz, lesson=lesson)
                elif grader is not None:
                    _essay_graded(user=user, quiz=quiz, lesson=lesson, grader=grader)
                else:
                    return
        except LessonLocked:
            return


def cohort_pace_seed(*, log) -> None:
    """The running cohort's fellows who are on pace pass their quizzes too,
    so the managers' dashboard shows fellows who are not at risk beside
    those who are (reading alone stops at each module's quiz)."""
    from fellowship.cohorts.demo import FELLOWS, person_email
    from fellowship.cohorts.models import CohortCourse

    required = [
        cohort_course.course
        for cohort_course in CohortCourse.objects.filter(
            cohort__slug=RUNNING_COHORT, kind="required"
        )
        .select_related("course")
        .order_by("sort_order")
    ]
    users = get_user_model().objects
    for name, *_profile, share in FELLOWS:
        if share is None or share < ON_PACE_SHARE:
            continue
        user = users.filter(email=person_email(name)).first()
        if user is None:
            continue
        for course in required:
            lessons_done(user=user, course=course.specific, share=share)


def right_response(question):
    """The response that scores full marks, in the form the grader cleans."""
    definition, kind = question.definition, question.type
    if kind == "single_choice":
        return next(o["id"] for o in definition["options"] if o["correct"])
    if kind == "multiple_response":
        return [o["id"] for o in definition["options"] if o["fraction"] > 0]
    if kind == "true_false":
        return definition["answer"]
    if kind == "numeric":
        return str(definition["answer"])
    if kind == "short_text":
        return definition["accepted"][0]
    if kind == "matching":
        return {pair["id"]: pair["answer"] for pair in definition["pairs"]}
    if kind == "ordering":
        return {item["id"]: n for n, item in enumerate(definition["items"], start=1)}
    return ""


def _quiz_passed(*, user, quiz, lesson) -> None:
    from fellowship.assessments.services import (
        attempt_save_responses,
        attempt_start,
        attempt_submit,
    )

    attempt = attempt_start(user=user, quiz=quiz, lesson=lesson)
    answers = attempt.answers.select_related("question")
    attempt_save_responses(
        attempt=attempt,
        responses={answer.pk: right_response(answer.question) for answer in answers},
    )
    attempt_submit(attempt=attempt)


def _essay_submitted(*, user, quiz, lesson, text):
    from fellowship.assessments.models import Attempt
    from fellowship.assessments.services import (
        attempt_save_responses,
        attempt_start,
        attempt_submit,
    )

    attempt = Attempt.objects.filter(user=user, quiz=quiz).first()
    if attempt is None or attempt.state == "in_progress":
        attempt = attempt_start(user=user, quiz=quiz, lesson=lesson)
        attempt_save_responses(
            attempt=attempt,
            responses={answer.pk: text for answer in attempt.answers.all()},
        )
        attempt = attempt_submit(attempt=attempt)
    return attempt


def _essay_graded(*, user, quiz, lesson, grader) -> None:
    from fellowship.assessments.services import answer_grade

    attempt = _essay_submitted(user=user, quiz=quiz, lesson=lesson, text=FELLOW_ESSAY)
    for answer in attempt.answers.filter(state="awaiting_grading"):
        answer_grade(
            answer=answer, grader=grader, scores=FELLOW_SCORES, feedback=FELLOW_FEEDBACK
        )


def _assignment(course):
    from fellowship.assessments.models import Quiz

    return (
        Quiz.objects.filter(course=course, slots__question__type="essay")
        .distinct()
        .first()
    )


def essay_waiting_seed(*, user, course, log) -> None:
    """A cohort fellow's written assignment, submitted and not graded yet."""
    from courses.models import LessonPage
    from courses.services import enrolment_create

    quiz = _assignment(course)
    if quiz is None:
        return
    lesson = next(
        (
            page
            for page in LessonPage.objects.live().descendant_of(course).specific()
            if quiz in _quizzes(page)
        ),
        None,
    )
    enrolment_create(user=user, course=course)
    _essay_submitted(user=user, quiz=quiz, lesson=lesson, text=WAITING_ESSAY)


def certificate_seed(*, user, course, log) -> None:
    """The course certificate, issued because the course is complete."""
    from fellowship.certificates.services import (
        certificate_issue_for_course,
        certificate_pdf_ensure,
    )

    certificate = certificate_issue_for_course(holder=user, course=course)
    if certificate is None:
        log(f"No certificate: {course.title} is not complete for the demo fellow.")
        return
    certificate_pdf_ensure(certificate=certificate)
