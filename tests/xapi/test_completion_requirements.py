"""The H5P checker registered with the courses completion registry."""

import pytest

from courses import completion
from courses.choices import LessonStatus
from courses.models import LessonProgress
from courses.services import enrolment_create
from courses.xapi.activities import activity_iri
from courses.xapi.services import statements_record
from tests.xapi.conftest import make_statement
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db


def setup_lesson(site, package, fellow, **options):
    built = h5p_lesson(site=site, package=package, **options)
    enrolment_create(user=fellow, course=built.course)
    iri = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_id)
    return built, iri


def lesson_status(fellow, lesson):
    progress = LessonProgress.objects.filter(user=fellow, lesson=lesson).first()
    return progress.status if progress else None


def test_checker_is_registered_for_h5p_blocks():
    assert "h5p" in completion.registered_block_types()


def test_practice_scores_complete_the_lesson_on_completion(site, true_false, fellow):
    built, iri = setup_lesson(site, true_false, fellow)
    assert not completion.requirements_met(user=fellow, lesson=built.lesson)
    # A wrong answer still completes the activity: the score is practice.
    statements_record(user=fellow, statements=make_statement(iri, raw=0, success=False))
    assert completion.requirements_met(user=fellow, lesson=built.lesson)
    assert lesson_status(fellow, built.lesson) == LessonStatus.COMPLETED


def test_counted_scores_need_a_pass(site, true_false, fellow):
    built, iri = setup_lesson(site, true_false, fellow, counts_browser_scores=True)
    statements_record(user=fellow, statements=make_statement(iri, raw=0, success=False))
    assert not completion.requirements_met(user=fellow, lesson=built.lesson)
    assert lesson_status(fellow, built.lesson) == LessonStatus.STARTED
    statements_record(user=fellow, statements=make_statement(iri, raw=1, success=True))
    assert completion.requirements_met(user=fellow, lesson=built.lesson)
    assert lesson_status(fellow, built.lesson) == LessonStatus.COMPLETED


def test_block_that_is_not_required_does_not_hold_the_lesson(site, true_false, fellow):
    built, _iri = setup_lesson(site, true_false, fellow, required=False)
    assert completion.requirements_met(user=fellow, lesson=built.lesson)


def test_every_required_block_counts(site, true_false, fellow):
    built, _iri = setup_lesson(site, true_false, fellow, blocks=2)
    first = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_ids[0])
    statements_record(user=fellow, statements=make_statement(first))
    assert not completion.requirements_met(user=fellow, lesson=built.lesson)
    second = activity_iri(lesson_id=built.lesson.pk, block_id=built.block_ids[1])
    statements_record(user=fellow, statements=make_statement(second))
    assert completion.requirements_met(user=fellow, lesson=built.lesson)


@pytest.mark.parametrize("counts", [False, True])
def test_results_say_whether_they_count_toward_certification(
    site, true_false, fellow, counts
):
    from courses.xapi.selectors import activity_results_for_course

    built, iri = setup_lesson(site, true_false, fellow, counts_browser_scores=counts)
    statements_record(user=fellow, statements=make_statement(iri))
    (item,) = activity_results_for_course(user=fellow, course=built.course)
    assert item.result.lesson_id == built.lesson.pk
    assert item.counts_toward_certification is counts
