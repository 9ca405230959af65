"""Import a course package, or a folder of them: ``curriculum_import PATH``.

All or nothing: a malformed package is refused with every problem listed
(file and line) and nothing is written.
"""

from django.core.management.base import BaseCommand, CommandError

from courses.packages.imports import curriculum_import
from courses.packages.parse import PackageError


class Command(BaseCommand):
    help = "Create or update courses from course packages (folder or zip)."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        try:
            courses = curriculum_import(path, log=self.stdout.write)
        except PackageError as error:
            raise CommandError(
                "The package was refused; nothing was written.\n"
                + "\n".join(str(p) for p in error.problems)
            ) from None
        for course in courses:
            self.stdout.write(f"Imported {course.title}.")
