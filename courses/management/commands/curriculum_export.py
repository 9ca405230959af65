"""Write a course as a course package: ``curriculum_export COURSE PATH``.

COURSE is the course's key (its slug); PATH a folder, or a file ending in
.zip. With --all, PATH is a curriculum folder: every source-language course
in its own package folder, and the reference library beside them with its
catalogue (locale/references.pot and locale/LANG.po).
"""

from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from courses.packages import format as fmt
from courses.packages.export import (
    course_export,
    library_catalogues_export,
    library_export,
    package_write,
)
from courses.selectors import source_language_code


class Command(BaseCommand):
    help = "Write a course (or, with --all, every course) as course packages."

    def add_arguments(self, parser):
        parser.add_argument("course", nargs="?", help="the course key (slug)")
        parser.add_argument("path")
        parser.add_argument("--all", action="store_true")

    def handle(self, *args, course, path, all, **options):
        courses = CoursePage.objects.filter(
            locale__language_code=source_language_code(), alias_of__isnull=True
        )
        path = Path(path)
        if all:
            path.mkdir(parents=True, exist_ok=True)
            (path / fmt.LIBRARY_FILE).write_text(library_export(), encoding="utf-8")
            package_write(library_catalogues_export(), path)
            pages = list(courses.order_by("path"))
            (path / fmt.CURRICULUM_FILE).write_text(
                "# The course packages in the order of the catalogue.\n"
                + yaml.safe_dump({"packages": [p.slug for p in pages]}),
                encoding="utf-8",
            )
            for page in pages:
                self._write(page, path / page.slug)
            return
        page = courses.filter(slug=course).first()
        if page is None:
            raise CommandError(f"No course {course!r}.")
        self._write(page, path)

    def _write(self, course, path):
        files, notes = course_export(course)
        package_write(files, path)
        for note in notes:
            self.stderr.write(note)
        self.stdout.write(f"Wrote {course.title} to {path} ({len(files)} files).")
