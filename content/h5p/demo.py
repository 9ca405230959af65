"""Demo data: one true/false activity (H5P.TrueFalse 1.6 and its libraries).

`seed` is meant to run in `seed_demo` after `content.demo.seed` and before
`courses.demo.seed`, which can place `demo_package()` in a lesson.
"""

from pathlib import Path

from .models import H5PPackage
from .services import package_import

DEMO_PACKAGE = Path(__file__).resolve().parent / "demo_data" / "true-false.h5p"
DEMO_TITLE = "Practice: true or false?"


def demo_package() -> H5PPackage:
    """The demo package, imported on first use (the same content is found again)."""
    return package_import(
        file=DEMO_PACKAGE.read_bytes(), filename=DEMO_PACKAGE.name, title=DEMO_TITLE
    ).package


def seed(*, log, credentials):
    result = package_import(
        file=DEMO_PACKAGE.read_bytes(), filename=DEMO_PACKAGE.name, title=DEMO_TITLE
    )
    if result.created:
        log(f"Imported the H5P package “{result.package.title}”.")
