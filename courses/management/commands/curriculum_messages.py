"""Rewrite the translation catalogues of course packages from their files:
``curriculum_messages PATH [-l LANG ...]``.

PATH is a package folder, or a curriculum folder of packages (and then also
the reference library beside them). No database is read.
"""

from django.core.management.base import BaseCommand, CommandError

from courses.packages.messages import PackageMessagesError, curriculum_messages


class Command(BaseCommand):
    help = (
        "Rewrite each package's locale/course.pot and merge its locale/LANG.po "
        "files (new texts untranslated, changed ones fuzzy, gone ones dropped)."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "-l",
            "--locale",
            action="append",
            default=[],
            dest="languages",
            help="also make LANG.po for this language when it has none (repeatable)",
        )

    def handle(self, *args, path, languages, **options):
        try:
            reports = curriculum_messages(path, languages=languages)
        except PackageMessagesError as error:
            raise CommandError(
                "\n".join(["Nothing was written:"] + [str(p) for p in error.problems])
            ) from None
        for report in reports:
            if report.path.suffix == ".pot":
                self.stdout.write(f"{report.path}: {report.entries} entries")
            else:
                made = " (new)" if report.created else ""
                self.stdout.write(
                    f"{report.path}{made}: {report.entries} entries, "
                    f"{report.untranslated} untranslated, {report.fuzzy} fuzzy"
                )
