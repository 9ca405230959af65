"""manage.py import_h5p PATH [--title TITLE] [--user EMAIL]

Prints the package id and exits 0 on success; prints a one-line reason on
stderr and exits 1 when the package is refused. Run without --user it acts as
the operator, who may install libraries; with --user it acts as that person.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from content.h5p.services import package_import
from content.h5p.validation import PackageRefused


class Command(BaseCommand):
    help = "Import an .h5p package (validated like an upload in the admin)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the .h5p file")
        parser.add_argument(
            "--title", default="", help="instead of the package's title"
        )
        parser.add_argument(
            "--user",
            default="",
            help="import as this person (their e-mail); their permissions apply",
        )

    def handle(self, *args, path, title, user, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"No such file: {path}")
        uploaded_by = None
        if user:
            uploaded_by = get_user_model().objects.filter(email__iexact=user).first()
            if uploaded_by is None:
                raise CommandError(f"No such user: {user}")
        try:
            with source.open("rb") as stream:
                result = package_import(
                    file=stream,
                    filename=source.name,
                    title=title,
                    uploaded_by=uploaded_by,
                )
        except PackageRefused as refused:
            raise CommandError(refused.message.replace("\n", " ")) from refused
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning.message}")
        if result.awaiting_approval:
            self.stderr.write("The package waits for approval of its libraries.")
        self.stdout.write(str(result.package.pk))
