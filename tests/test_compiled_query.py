"""The course state read through a query compiled once: each person gets
their own row, exactly as the ORM would read it, whoever asked first."""

import pytest

from courses import selectors, services
from courses.models import Enrolment, LessonProgress
from fellowship.compiled_query import CompiledQuery
from tests.factories import user_with_role
from tests.factories_courses import CatalogPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_lessons(site):
    catalog = CatalogPageFactory(parent=site.root_page.specific)
    return course_with_lessons(catalog=catalog, modules=1, lessons=3)


def _orm_state(user, course):
    """What the ORM reads for the same person and course."""
    enrolment = Enrolment.objects.select_related("progress").get(
        user=user, course=course
    )
    statuses = {
        str(key): status
        for key, status in LessonProgress.objects.filter(
            user=user, course=course
        ).values_list("lesson__translation_key", "status")
    }
    return enrolment, statuses


def test_each_fellow_reads_their_own_state_from_the_compiled_query(
    course_and_lessons,
):
    course, lessons = course_and_lessons
    first, second, stranger = (user_with_role("Fellow") for _ in range(3))
    for fellow in (first, second):
        services.enrolment_create(user=fellow, course=course)
    services.lesson_mark_complete(user=first, lesson=lessons[0])
    services.lesson_open(
        user=first,
        lesson=lessons[1],
        course=course,
        state=selectors.course_state(user=first, course=course),
        ordered_keys=[],
    )
    # The second fellow asks first: the query is compiled for either.
    for prerequisites in (None, False):
        states = {
            fellow: selectors.course_state(
                user=fellow, course=course, has_prerequisites=prerequisites
            )
            for fellow in (second, first, stranger)
        }
        for fellow in (first, second):
            enrolment, statuses = _orm_state(fellow, course)
            state = states[fellow]
            assert state.enrolment == enrolment
            assert state.enrolment.status == enrolment.status
            assert state.enrolment.created_at == enrolment.created_at
            assert state.lesson_status == statuses
            progress = getattr(enrolment, "progress", None)
            assert state.progress == progress
            if progress is not None:
                assert state.progress.lessons_completed == progress.lessons_completed
                assert state.progress.last_activity_at == progress.last_activity_at
        assert states[first].lesson_status == {
            str(lessons[0].translation_key): "completed",
            str(lessons[1].translation_key): "started",
        }
        assert states[first].last_lesson_key == str(lessons[1].translation_key)
        assert states[second].lesson_status == {}
        assert states[stranger].enrolment is None
        assert not states[stranger].is_enrolled


def test_a_name_that_is_not_a_parameter_is_refused():
    compiled = CompiledQuery(
        lambda user, course: Enrolment.objects.filter(user=user)[:1], "user", "course"
    )
    with pytest.raises(ValueError, match="course"):
        compiled.first(user=1, course=2)


def test_a_uuid_parameter_takes_each_value_in_either_form():
    import uuid

    from courses.offline.models import WriteReceipt

    fellow, other = user_with_role("Fellow"), user_with_role("Fellow")
    ids = [uuid.uuid4() for _ in range(3)]
    for person in (fellow, other):
        for write_id in ids:
            WriteReceipt.objects.create(
                user=person,
                write_id=write_id,
                path=f"/{person.pk}/{write_id}",
                status=200,
            )
    compiled = CompiledQuery(
        lambda user, write: WriteReceipt.objects.filter(
            user=user, write_id=write
        ).values_list("path"),
        "user",
        uuids=("write",),
    )
    for person in (other, fellow):
        for write_id in ids:
            expected = [(f"/{person.pk}/{write_id}",)]
            # A UUID, or its text as a URL or a form gives it.
            assert compiled.rows(user=person.pk, write=write_id) == expected
            assert compiled.rows(user=person.pk, write=str(write_id)) == expected
    assert compiled.rows(user=fellow.pk, write=uuid.uuid4()) == []
