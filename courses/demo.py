"""The demo curriculum: the four tracks are course packages kept in
curriculum/ (one folder per track, and the reference library beside them),
imported through the same service as any package; then the review workflow,
the demo instructor and the H5P practice activity. Idempotent: a second run
changes nothing.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from content.h5p.demo import demo_package

from .models import CatalogPage, CoursePage, LessonPage
from .packages.imports import curriculum_import

CURRICULUM = Path(settings.BASE_DIR) / "curriculum"
WORKFLOW_NAME = "Curriculum review"
TASK_NAME = "Programme manager approval"
MANAGER_GROUP = "Programme manager"


def seed(*, log, credentials):
    """The four tracks from the course packages in curriculum/, through the
    same import as any package."""
    curriculum_import(CURRICULUM, log=log)
    review_workflow_seed(log=log)
    course_staff_seed(email=DEMO_INSTRUCTOR, log=log)
    practice_activity_seed(lesson_slug=PRACTICE_LESSON, package=demo_package(), log=log)


# The demo instructor authors and grades every demo course.
DEMO_INSTRUCTOR = "instructor@example.org"


def course_staff_seed(*, email: str, log=lambda *_: None) -> None:
    """Make the person instructor of every source-language course (through
    the service, so the course staff groups follow); idempotent."""
    from django.contrib.auth import get_user_model

    from .choices import StaffRole
    from .models import CourseStaff
    from .selectors import source_language_code
    from .services import course_staff_add

    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        return
    courses = CoursePage.objects.filter(locale__language_code=source_language_code())
    for course in courses.exclude(
        pk__in=CourseStaff.objects.filter(user=user, role=StaffRole.INSTRUCTOR).values(
            "course_id"
        )
    ):
        course_staff_add(course=course, user=user, role=StaffRole.INSTRUCTOR)
        log(f"Made {email} instructor of {course.title}.")


# The lesson that teaches the ITI's scope gets the H5P practice activity.
PRACTICE_LESSON = "marking-what-is-salw"


def practice_activity_seed(*, lesson_slug: str, package, log) -> None:
    """Add an ungraded H5P practice activity at the end of a lesson, once."""
    lesson = LessonPage.objects.filter(
        slug=lesson_slug, locale=Locale.get_default()
    ).first()
    if lesson is None or any(block.block_type == "h5p" for block in lesson.body):
        return
    lesson.body.append(
        ("h5p", {"package": package, "grading_policy": "best", "required": False})
    )
    lesson.save_revision().publish()
    log(f"Added the practice activity to “{lesson.title}”.")


def review_workflow_seed(*, log=lambda *_: None) -> Workflow:
    """Instructors submit; a programme manager approves. On every catalogue."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    group, _created = Group.objects.get_or_create(name=MANAGER_GROUP)
    task.groups.set([group])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for catalog in CatalogPage.objects.all():
        WorkflowPage.objects.update_or_create(
            page=catalog, defaults={"workflow": workflow}
        )
    if created:
        log("Created the curriculum review workflow.")
    return workflow
