"""What a fellow may take offline, and what a module's download holds."""

import functools
import gzip
import hashlib
import json
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language
from wagtail.images import get_image_model

from content.h5p.models import H5PPackage
from content.h5p.selectors import player_origin
from content.h5p.weight import wire_bytes, with_css_linked
from courses.choices import EnrolmentStatus
from courses.models import CoursePage, Enrolment, LessonPage, ModulePage

# What the download costs, as sent with gzip (the way the benchmark and a
# fellow's bill count it): the lesson page's own weight (template, header,
# outline, sources) beside its body, compressed.
PAGE_BYTES = 4 * 1024
# The H5P player's own files (h5p-standalone), fetched once per module.
PLAYER_FILES = (
    "h5p-standalone/main.bundle.js",
    "h5p-standalone/frame.bundle.js",
    "h5p-standalone/styles/h5p.css",
    "css/h5p-frame.css",
    "js/h5p-frame.js",
)
# Images are shown at most at this size on a lesson (blocks/image.html).
IMAGE_BOX = (960, 720)


@dataclass
class OfflineModule:
    module: ModulePage
    course: CoursePage
    lessons: list[LessonPage] = field(default_factory=list)


def _by_key(pages) -> dict[str, CoursePage]:
    return {str(page.translation_key): page for page in pages}


def offline_modules(*, user, language: str | None = None) -> list[OfflineModule]:
    """The modules of the courses a fellow is or was enrolled in (not
    withdrawn), in their language
    (a module not yet translated comes in the source language), in a fixed
    number of queries."""
    language = language or get_language()
    # A completed course stays available for review; a withdrawn one does not.
    enrolled = Enrolment.objects.filter(user=user).exclude(
        status=EnrolmentStatus.WITHDRAWN
    )
    source_courses = list(
        CoursePage.objects.live()
        .filter(pk__in=enrolled.values("course_id"))
        .order_by("path")
    )
    if not source_courses:
        return []
    keys = [course.translation_key for course in source_courses]
    translated = _by_key(
        CoursePage.objects.live().filter(
            translation_key__in=keys, locale__language_code=language
        )
    )
    courses = [translated.get(str(c.translation_key), c) for c in source_courses]
    inside = Q()
    for course in courses:
        inside |= Q(path__startswith=course.path, depth=course.depth + 1)
    modules = list(
        ModulePage.objects.live()
        .filter(inside)
        .select_related("locale")
        .order_by("path")
    )
    lessons = list(
        LessonPage.objects.live()
        .filter(
            Q(
                *[
                    Q(path__startswith=module.path, depth=module.depth + 1)
                    for module in modules
                ],
                _connector=Q.OR,
            )
        )
        .order_by("path")
        if modules
        else []
    )
    result = []
    for module in modules:
        course = next(c for c in courses if module.path.startswith(c.path))
        result.append(
            OfflineModule(
                module=module,
                course=course,
                lessons=[
                    lesson
                    for lesson in lessons
                    if lesson.path.startswith(module.path)
                    and lesson.depth == module.depth + 1
                ],
            )
        )
    return result


def offline_module_for(*, user, module_id: int) -> OfflineModule | None:
    """The module if the fellow may take it offline (enrolled in its course)."""
    module = (
        ModulePage.objects.live().filter(pk=module_id).select_related("locale").first()
    )
    if module is None:
        return None
    language = module.locale.language_code
    for item in offline_modules(user=user, language=language):
        if item.module.pk == module.pk:
            return item
    return None


def open_lessons(*, user, item: OfflineModule) -> list[LessonPage]:
    """The module's lessons the fellow may open now (the same rules as the
    lesson page: enrolment, prerequisites, order, gates)."""
    from courses.selectors import (
        course_lesson_keys,
        course_state,
        lesson_lock_reason,
        page_source,
    )

    course = page_source(page=item.course)
    state = course_state(user=user, course=course)
    keys = course_lesson_keys(course=course)
    return [
        lesson
        for lesson in item.lessons
        if lesson_lock_reason(state=state, lesson=lesson, ordered_keys=keys) is None
    ]


def _raw_blocks(lesson: LessonPage):
    return list(lesson.body.raw_data)


def _image_bytes(image) -> int:
    """The size of the rendition a lesson shows, estimated from the original."""
    width, height = image.width or 1, image.height or 1
    scale = min(1.0, IMAGE_BOX[0] / width, IMAGE_BOX[1] / height)
    original = image.file_size or 0
    return int(original * scale * scale)


@functools.cache
def player_files_bytes() -> int:
    """The player's own files as sent, with the fonts its style sheets use
    (one format of each): read once per process."""
    from django.contrib.staticfiles import finders

    def read(name: str) -> bytes | None:
        path = finders.find(name)
        if not path:
            return None
        with open(path, "rb") as handle:
            return handle.read()

    return sum(
        wire_bytes(name, payload)
        for name in with_css_linked(PLAYER_FILES, read)
        if (payload := read(name.split("?", 1)[0])) is not None
    )


def _body_bytes(blocks) -> int:
    """The lesson body as sent: its text compressed like the page."""
    return len(gzip.compress(json.dumps(blocks).encode(), compresslevel=6))


def module_manifests(*, items: list[OfflineModule], request) -> list[dict]:
    """For each module: the lessons to fetch, what they are estimated to weigh,
    and a version that changes when any of them is published again. Three
    queries whatever the number of modules and lessons."""
    image_ids, package_ids = set(), set()
    per_lesson = {}
    for item in items:
        for lesson in item.lessons:
            images, packages = [], []
            blocks = _raw_blocks(lesson)
            for block in blocks:
                value = block.get("value") or {}
                if block.get("type") == "image" and value.get("image"):
                    images.append(value["image"])
                elif block.get("type") == "h5p" and value.get("package"):
                    packages.append(value["package"])
            image_ids.update(images)
            package_ids.update(packages)
            per_lesson[lesson.pk] = (images, packages, _body_bytes(blocks))
    image_sizes = {
        image.pk: _image_bytes(image)
        for image in get_image_model()
        .objects.filter(pk__in=image_ids)
        .only("id", "width", "height", "file_size")
    }
    package_sizes = {
        pk: total if player is None else player
        for pk, player, total in H5PPackage.objects.filter(
            pk__in=package_ids
        ).values_list("pk", "player_bytes", "total_bytes")
    }
    if not player_origin():
        # A player the site frames itself has an opaque origin, which no
        # worker can answer: its activities need a connection, and the
        # download leaves them out (docs/decisions/0039).
        package_sizes = {}
        per_lesson = {
            pk: (images, [], body)
            for pk, (images, _packages, body) in per_lesson.items()
        }
    return [
        _manifest(item, per_lesson, image_sizes, package_sizes, request)
        for item in items
    ]


def _manifest(item, per_lesson, image_sizes, package_sizes, request) -> dict:
    lessons = []
    version = hashlib.sha256()
    player_counted = False
    for lesson in item.lessons:
        images, packages, body_bytes = per_lesson[lesson.pk]
        player = 0
        if packages and not player_counted:
            player, player_counted = player_files_bytes(), True
        lessons.append(
            {
                "id": lesson.pk,
                "title": lesson.title,
                "url": lesson.get_url(request),
                "bytes": PAGE_BYTES
                + body_bytes
                + player
                + sum(image_sizes.get(pk, 0) for pk in images)
                + sum(package_sizes.get(pk, 0) for pk in packages),
            }
        )
        published = lesson.last_published_at
        version.update(f"{lesson.pk}:{published and published.isoformat()};".encode())
    return {
        "module": item.module.pk,
        "title": item.module.title,
        "course": item.course.title,
        "language": item.module.locale.language_code,
        "version": version.hexdigest()[:16],
        "bytes": sum(entry["bytes"] for entry in lessons),
        "lessons": lessons,
    }
