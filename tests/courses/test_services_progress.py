import datetime

import pytest

from courses import events, services
from courses.choices import EnrolmentStatus, LessonStatus
from courses.models import CourseProgress, Enrolment, LessonProgress
from courses.selectors import LockReason
from tests.factories_courses import LessonPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db


def test_enrolment_create_is_idempotent_and_updates_due_date(fellow, course):
    first = services.enrolment_create(user=fellow, course=course)
    again = services.enrolment_create(
        user=fellow, course=course, source="cohort", due_date=datetime.date(2030, 1, 31)
    )
    assert first.pk == again.pk
    assert Enrolment.objects.count() == 1
    again.refresh_from_db()
    assert again.due_date == datetime.date(2030, 1, 31)
    assert again.source == "self"
    progress = CourseProgress.objects.get(enrolment=again)
    assert progress.lessons_total == 4
    assert progress.percent == 0


def test_enrolment_withdraw_then_create_reactivates(fellow, course):
    enrolment = services.enrolment_create(user=fellow, course=course)
    withdrawn = services.enrolment_withdraw(enrolment=enrolment)
    assert withdrawn.status == EnrolmentStatus.WITHDRAWN
    again = services.enrolment_create(user=fellow, course=course)
    assert again.status == EnrolmentStatus.ACTIVE


def test_lesson_open_requires_enrolment(fellow, lessons):
    with pytest.raises(services.LessonLocked) as error:
        services.lesson_open(user=fellow, lesson=lessons[0])
    assert error.value.reason == LockReason.NOT_ENROLLED
    assert not LessonProgress.objects.exists()


def test_lesson_open_records_start_and_last_lesson(fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    progress = services.lesson_open(user=fellow, lesson=lessons[1])
    assert progress.status == LessonStatus.STARTED
    assert progress.started_at is not None
    course_progress = CourseProgress.objects.get(user=fellow, course=course)
    assert course_progress.last_lesson_id == lessons[1].pk
    assert course_progress.last_activity_at is not None
    assert course_progress.lessons_completed == 0


def test_lesson_mark_complete_updates_the_persistent_course_progress(
    fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    services.lesson_mark_complete(user=fellow, lesson=lessons[0])
    services.lesson_mark_complete(user=fellow, lesson=lessons[0])  # twice: once
    progress = CourseProgress.objects.get(user=fellow, course=course)
    assert (progress.lessons_completed, progress.lessons_total) == (1, 4)
    assert progress.percent == 25
    assert progress.completed_at is None


def test_completing_every_lesson_completes_the_course_once(
    fellow, course, lessons, monkeypatch
):
    announced = []
    monkeypatch.setattr(events, "_course_completed_handlers", [])
    events.register_course_completed(
        lambda *, user, course: announced.append((user.pk, course.pk))
    )
    services.enrolment_create(user=fellow, course=course)
    for lesson in lessons:
        services.lesson_mark_complete(user=fellow, lesson=lesson)
    services.lesson_mark_complete(user=fellow, lesson=lessons[-1])
    progress = CourseProgress.objects.get(user=fellow, course=course)
    assert progress.percent == 100
    assert progress.completed_at is not None
    assert Enrolment.objects.get().status == EnrolmentStatus.COMPLETED
    assert announced == [(fellow.pk, course.pk)]


def test_new_lesson_counts_at_the_next_progress_write(fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    LessonPageFactory(parent=lessons[0].get_parent())
    services.lesson_mark_complete(user=fellow, lesson=lessons[0])
    progress = CourseProgress.objects.get(user=fellow, course=course)
    assert (progress.lessons_completed, progress.lessons_total) == (1, 5)


def test_prerequisites_lock_a_course_until_complete(fellow, catalog):
    basics, basic_lessons = course_with_lessons(catalog=catalog, lessons=1)
    advanced, advanced_lessons = course_with_lessons(catalog=catalog, lessons=1)
    advanced.prerequisites.set([basics])
    advanced.save()
    services.enrolment_create(user=fellow, course=advanced)
    services.enrolment_create(user=fellow, course=basics)

    with pytest.raises(services.LessonLocked) as error:
        services.lesson_open(user=fellow, lesson=advanced_lessons[0])
    assert error.value.reason == LockReason.PREREQUISITES

    services.lesson_mark_complete(user=fellow, lesson=basic_lessons[0])
    assert services.lesson_open(user=fellow, lesson=advanced_lessons[0])


def test_sequence_locks_a_lesson_until_the_previous_is_complete(fellow, catalog):
    course, lessons = course_with_lessons(
        catalog=catalog, modules=2, lessons=1, requires_sequence=True
    )
    services.enrolment_create(user=fellow, course=course)
    services.lesson_open(user=fellow, lesson=lessons[0])
    with pytest.raises(services.LessonLocked) as error:
        services.lesson_mark_complete(user=fellow, lesson=lessons[1])
    assert error.value.reason == LockReason.SEQUENCE
    services.lesson_mark_complete(user=fellow, lesson=lessons[0])
    assert services.lesson_mark_complete(user=fellow, lesson=lessons[1]).is_completed


def test_without_sequence_lessons_open_in_any_order(fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    assert services.lesson_mark_complete(user=fellow, lesson=lessons[-1]).is_completed


def _graded_lesson(module):
    return LessonPageFactory(
        parent=module,
        body=[
            {"type": "rich_text", "value": "<p>Read, then pass.</p>"},
            {"type": "reflection", "value": {"prompt": "Think."}},
        ],
    )


def test_graded_lesson_completes_only_when_every_checker_passes(
    fellow, course, lessons, checker_registry
):
    passed = {"value": False}
    seen = []

    def fake_checker(*, user, lesson, block):
        seen.append((user.pk, lesson.pk, block.block_type))
        return passed["value"]

    # Any block type can be graded: the registry decides, not courses.
    checker_registry("reflection", fake_checker)
    lesson = _graded_lesson(lessons[0].get_parent())
    services.enrolment_create(user=fellow, course=course)

    with pytest.raises(services.LessonNotCompletable):
        services.lesson_mark_complete(user=fellow, lesson=lesson)
    progress = services.lesson_requirements_changed(user=fellow, lesson=lesson)
    assert progress.status == LessonStatus.STARTED

    passed["value"] = True
    progress = services.lesson_requirements_changed(user=fellow, lesson=lesson)
    assert progress.status == LessonStatus.COMPLETED
    assert seen[-1] == (fellow.pk, lesson.pk, "reflection")
    assert CourseProgress.objects.get(user=fellow).lessons_completed == 1


def test_completed_graded_lesson_stays_complete_when_a_result_drops(
    fellow, course, lessons, checker_registry
):
    outcome = {"value": True}
    checker_registry("reflection", lambda **_: outcome["value"])
    lesson = _graded_lesson(lessons[0].get_parent())
    services.enrolment_create(user=fellow, course=course)
    services.lesson_requirements_changed(user=fellow, lesson=lesson)
    outcome["value"] = False
    progress = services.lesson_requirements_changed(user=fellow, lesson=lesson)
    assert progress.status == LessonStatus.COMPLETED


def test_lesson_without_graded_blocks_ignores_requirement_changes(
    fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    progress = services.lesson_requirements_changed(user=fellow, lesson=lessons[0])
    assert progress.status == LessonStatus.STARTED


def test_lesson_record_activity_adds_capped_time_and_position(fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    services.lesson_open(user=fellow, lesson=lessons[0])
    services.lesson_record_activity(
        user=fellow, lesson=lessons[0], seconds=90, position="block-1"
    )
    progress = services.lesson_record_activity(
        user=fellow, lesson=lessons[0], seconds=10**6
    )
    assert progress.time_spent_seconds == 90 + services.MAX_ACTIVITY_SECONDS
    assert progress.last_position == "block-1"


def test_lesson_record_activity_ignores_unopened_lessons(fellow, lessons):
    assert (
        services.lesson_record_activity(user=fellow, lesson=lessons[0], seconds=5)
        is None
    )
    assert not LessonProgress.objects.exists()


def test_module_lesson_append_is_idempotent_and_reaches_synced_trees(lessons, french):
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    from courses.models import LessonPage

    module = lessons[0].get_parent().specific
    LocaleSynchronization.objects.create(locale=french, sync_from=Locale.get_default())
    body = [("rich_text", "<p>Appended.</p>")]
    first = services.module_lesson_append(
        module=module, slug="appended", title="Appended", body=body
    )
    again = services.module_lesson_append(
        module=module, slug="appended", title="Appended", body=body
    )
    assert first.pk == again.pk and first.live
    assert list(module.get_children().live())[-1].pk == first.pk
    assert "Appended." in str(first.body[0].value)
    placeholder = LessonPage.objects.get(locale=french, slug="appended")
    assert placeholder.alias_of_id == first.pk
