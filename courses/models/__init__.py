"""Curriculum pages and a learner's journey through them."""

from .calendar import CalendarFeed
from .pages import CatalogPage, CoursePage, LessonPage, ModulePage
from .progress import (
    CourseProgress,
    Enrolment,
    ExerciseAnswer,
    LessonProgress,
    Reflection,
)
from .staff import CourseStaff, CourseStaffGroup

__all__ = [
    "CalendarFeed",
    "CatalogPage",
    "CourseProgress",
    "CoursePage",
    "CourseStaff",
    "CourseStaffGroup",
    "Enrolment",
    "ExerciseAnswer",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Reflection",
]
