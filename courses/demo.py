"""The demo curriculum: catalogue, four tracks, their French and Arabic
translations, language trees for the other languages, and the review
workflow. Idempotent: a second run changes nothing that is already right.

The seeding functions take their data as arguments so that tests can feed a
small synthetic curriculum.
"""

from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from content.demo import references_seed
from content.h5p.demo import demo_package
from content.selectors import (
    glossary_terms_by_term,
    mosaic_modules_by_number,
    provisions_by_key,
    split_source_keys,
)

from .models import CatalogPage, CoursePage, LessonPage, ModulePage

CATALOG = {
    "slug": "courses",
    "title": "Course catalogue",
    "introduction": (
        "Courses of the fellowship training programme on small arms and light "
        "weapons, by thematic area."
    ),
}
WORKFLOW_NAME = "Curriculum review"
TASK_NAME = "Programme manager approval"
MANAGER_GROUP = "Programme manager"


def seed(*, log, credentials):
    from . import demo_data
    from .demo_data.translations import TRANSLATIONS

    references_seed(
        instruments=[],
        provisions=demo_data.EXTRA_PROVISIONS,
        mosaic_modules=demo_data.EXTRA_MOSAIC,
        glossary=demo_data.EXTRA_GLOSSARY,
        log=log,
    )
    curriculum_seed(tracks=demo_data.TRACKS, translations=TRANSLATIONS, log=log)
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


def curriculum_seed(*, tracks, translations, log=lambda *_: None) -> CatalogPage:
    """Build the catalogue and its courses, translate them and sync the trees."""
    references = _References()
    catalog = _catalog(log=log)
    courses = {}
    for track in tracks:
        courses[track["slug"]] = _course(catalog, track, references, log=log)
    for track in tracks:
        _set_prerequisites(courses[track["slug"]], track, courses)
    language_trees_sync()
    for language_code, by_course in translations.items():
        for slug, translation in by_course.items():
            if slug in courses:
                _translate_course(courses[slug], language_code, translation, references)
    review_workflow_seed(log=log)
    return catalog


class _References:
    """The reference library, loaded once, to resolve the keys used in data."""

    def __init__(self):
        self.provisions = provisions_by_key()
        self.mosaic = mosaic_modules_by_number()
        self.glossary = glossary_terms_by_term()

    def sources(self, keys):
        provision_keys, numbers = split_source_keys(keys)
        return (
            [self.provisions[key] for key in provision_keys if key in self.provisions],
            [self.mosaic[number] for number in numbers if number in self.mosaic],
        )

    def body(self, blocks) -> list[dict]:
        """Lesson body as the StreamField's stored form, from the data's tuples."""
        body = []
        for block_type, value in blocks:
            if block_type == "quotation":
                provision = self.provisions.get(value.get("provision", ""))
                if provision is None:
                    continue
                value = {**value, "provision": provision.pk}
            elif block_type == "glossary_term":
                term = self.glossary.get(value.get("term", ""))
                if term is None:
                    continue
                value = {"term": term.pk}
            body.append({"type": block_type, "value": value})
        return body


def _home() -> Page:
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def _catalog(*, log) -> CatalogPage:
    home = _home()
    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = CatalogPage(
            live=False,
            title=CATALOG["title"],
            slug=CATALOG["slug"],
            introduction=CATALOG["introduction"],
            locale=home.locale,
        )
        home.add_child(instance=catalog)
        catalog.save_revision().publish()
        log("Created the course catalogue.")
    return catalog


def _update(page: Page, fields: dict, *, m2m: dict | None = None) -> bool:
    """Set fields that differ and publish a revision only when something changed."""
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if name in ("body", "objectives"):
            stored = current.get_prep_value()
            current = [
                {"type": child["type"], "value": child["value"]} for child in stored
            ]
            if name == "body":
                # H5P activities are placed after the text (practice_activity_seed
                # or an editor); keep them, with their block ids, which
                # fellows' results refer to.
                kept = [child for child in stored if child["type"] == "h5p"]
                if kept:
                    compared = value + [
                        {"type": child["type"], "value": child["value"]}
                        for child in kept
                    ]
                    if current == compared:
                        continue
                    value = value + kept
        if current != value:
            setattr(page, name, value)
            changed = True
    for name, objects in (m2m or {}).items():
        wanted = {obj.pk for obj in objects}
        if {obj.pk for obj in getattr(page, name).all()} != wanted:
            getattr(page, name).set(objects)
            changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return changed


def _child(parent: Page, model, slug: str, fields: dict, *, m2m: dict | None = None):
    """The child page with this slug, created or brought up to date."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    created = page is None
    if created:
        page = model(slug=slug, locale_id=parent.locale_id, live=False, **fields)
        parent.add_child(instance=page)
    _update(page, fields, m2m=m2m)
    return page, created


def _course(catalog, track, references, *, log) -> CoursePage:
    provisions, mosaic = references.sources(
        track.get("provisions", []) + [f"MOSAIC:{n}" for n in track.get("mosaic", [])]
    )
    course, created = _child(
        catalog,
        CoursePage,
        track["slug"],
        {
            "title": track["title"],
            "summary": track["summary"],
            "objectives": [
                {"type": "objective", "value": text}
                for text in track.get("objectives", [])
            ],
            "track": track["track"],
            "level": track["level"],
            "estimated_hours": Decimal(str(track["estimated_hours"])),
            "requires_sequence": track.get("requires_sequence", False),
        },
        m2m={"provisions": provisions, "mosaic_modules": mosaic},
    )
    if created:
        log(f"Created the course {track['title']}.")
    for module_data in track["modules"]:
        module, _created = _child(
            course,
            ModulePage,
            module_data["slug"],
            {"title": module_data["title"], "summary": module_data.get("summary", "")},
        )
        for lesson_data in module_data["lessons"]:
            provisions, mosaic = references.sources(lesson_data.get("sources", []))
            _child(
                module,
                LessonPage,
                lesson_data["slug"],
                {
                    "title": lesson_data["title"],
                    "estimated_minutes": lesson_data.get("estimated_minutes", 15),
                    "body": references.body(lesson_data.get("body", [])),
                },
                m2m={"provisions": provisions, "mosaic_modules": mosaic},
            )
    return course


def _set_prerequisites(course, track, courses) -> None:
    wanted = [
        courses[slug] for slug in track.get("prerequisites", []) if slug in courses
    ]
    _update(course, {}, m2m={"prerequisites": wanted})


def language_trees_sync() -> None:
    """Give every content language a tree: untranslated pages appear there as
    aliases of the source page (wagtail-localize keeps them in step), so a
    fellow reads each course in their language when it is translated and in
    the source language, with a notice, until then."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == source.language_code:
            continue
        locale, _created = Locale.objects.get_or_create(language_code=code)
        # Saving a new synchronisation synchronises the tree at once.
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
        if not created:
            synchronize_tree(source, locale)


def _translation_of(page: Page, locale: Locale) -> Page:
    """The page's translation in `locale`, made a real page if it was an alias."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    elif translation.alias_of_id is not None:
        ConvertAliasPageAction(translation.specific).execute(
            skip_permission_checks=True
        )
        translation = Page.objects.get(pk=translation.pk)
    return translation.specific


def _translate_course(course, language_code, data, references) -> None:
    locale = Locale.objects.get(language_code=language_code)
    translated = _translation_of(course, locale)
    _update(
        translated,
        {
            "title": data.get("title", course.title),
            "summary": data.get("summary", course.summary),
            "objectives": [
                {"type": "objective", "value": text}
                for text in data.get("objectives", [])
            ]
            or [
                {"type": c["type"], "value": c["value"]}
                for c in course.objectives.get_prep_value()
            ],
        },
    )
    modules = {m.slug: m for m in ModulePage.objects.child_of(course)}
    for module_slug, module_data in data.get("modules", {}).items():
        module = modules.get(module_slug)
        if module is None:
            continue
        translated_module = _translation_of(module, locale)
        _update(
            translated_module,
            {
                "title": module_data.get("title", module.title),
                "summary": module_data.get("summary", module.summary),
            },
        )
        lessons = {
            lesson.slug: lesson for lesson in LessonPage.objects.child_of(module)
        }
        for lesson_slug, lesson_data in module_data.get("lessons", {}).items():
            lesson = lessons.get(lesson_slug)
            if lesson is None:
                continue
            translated_lesson = _translation_of(lesson, locale)
            fields = {"title": lesson_data.get("title", lesson.title)}
            if "body" in lesson_data:
                fields["body"] = references.body(lesson_data["body"])
            _update(translated_lesson, fields)


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
