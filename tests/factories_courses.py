"""Factories for the curriculum: pages (wagtail-factories) and references."""

import factory
import wagtail_factories

from content.models import GlossaryTerm, Instrument, MosaicModule, Provision
from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage


class InstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Instrument
        django_get_or_create = ["key"]

    key = factory.Sequence(lambda n: f"INS{n}")
    title = factory.Sequence(lambda n: f"Synthetic instrument {n}")
    short_title = factory.LazyAttribute(lambda o: o.title)
    abbreviation = factory.LazyAttribute(lambda o: o.key)
    kind = "political"


class ProvisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Provision

    instrument = factory.SubFactory(InstrumentFactory)
    reference = factory.Sequence(lambda n: f"para. {n}")
    key = factory.LazyAttributeSequence(lambda o, n: f"{o.instrument.key}-{n}")
    title = factory.Sequence(lambda n: f"Synthetic provision {n}")


class MosaicModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MosaicModule

    number = factory.Sequence(lambda n: f"90.{n:02d}")
    title = factory.Sequence(lambda n: f"Synthetic module {n}")


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"Term {n}")
    definition = "A synthetic definition."


class CatalogPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CatalogPage

    title = "Catalogue"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A synthetic course."
    track = "marking_record_keeping"
    level = "introductory"


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    estimated_minutes = 10
    body = factory.LazyFunction(
        lambda: [{"type": "rich_text", "value": "<p>Synthetic lesson text.</p>"}]
    )


def course_with_lessons(
    *, catalog, modules: int = 1, lessons: int = 2, **fields
) -> tuple[CoursePage, list[LessonPage]]:
    """A live course with `modules` modules of `lessons` lessons each."""
    course = CoursePageFactory(parent=catalog, **fields)
    created = []
    for _module_number in range(modules):
        module = ModulePageFactory(parent=course)
        for _lesson_number in range(lessons):
            created.append(LessonPageFactory(parent=module))
    return course, created
