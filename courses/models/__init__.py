"""Curriculum pages and a learner's journey through them."""

from .calendar import CalendarFeed
from .pages import CatalogPage, CoursePage, LessonPage, ModulePage
from .progress import CourseProgress, Enrolment, LessonProgress, Reflection

__all__ = [
    "CalendarFeed",
    "CatalogPage",
    "CourseProgress",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "Reflection",
]
