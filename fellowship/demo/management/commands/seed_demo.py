from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each step is a function `seed(*, log) -> None` in an app's demo module; each
# is idempotent, and they run in dependency order.
STEPS = [
    "fellowship.accounts.demo.seed",
    "content.demo.seed",
    "content.h5p.demo.seed",
    "courses.demo.seed",
    "fellowship.cohorts.demo.seed",
    "fellowship.certificates.demo.seed",
    "fellowship.demo.journeys.seed",
]


class Command(BaseCommand):
    help = "Create or update the demo site, users and content (idempotent)."

    def handle(self, *args, **options):
        credentials: list[tuple[str, str, str]] = []
        for dotted_path in STEPS:
            seed = import_string(dotted_path)
            with transaction.atomic():
                seed(log=self.stdout.write, credentials=credentials)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        if credentials:
            self.stdout.write("\nDemo sign-ins (demo only, never in production):")
            for role, email, password in credentials:
                self.stdout.write(f"  {role:<22} {email:<34} {password}")
