"""Demo data: one true/false practice activity (H5P.TrueFalse 1.6 and its libraries).

The activity is the real export kept in demo_data/, with its question replaced
by one on the International Tracing Instrument's scope. `seed` runs in
`seed_demo` after `content.demo.seed` and before `courses.demo.seed`, which
places `demo_package()` in a lesson.
"""

import io
import json
import zipfile
from pathlib import Path

from .models import H5PPackage
from .services import package_import

DEMO_PACKAGE = Path(__file__).resolve().parent / "demo_data" / "true-false.h5p"
DEMO_TITLE = "Practice: does the ITI cover ammunition?"
# The ITI does not apply to ammunition (brief, section 1.1; ITI scope).
DEMO_QUESTION = {
    "question": "<p>The International Tracing Instrument also applies to "
    "ammunition for small arms and light weapons.</p>",
    "correct": "false",
}


def demo_archive() -> bytes:
    """The real export, with the demo question in its content."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(DEMO_PACKAGE) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "content/content.json":
                content = json.loads(data)
                content.update(DEMO_QUESTION)
                data = json.dumps(content, ensure_ascii=False).encode()
            target.writestr(info.filename, data)
    return output.getvalue()


def demo_package() -> H5PPackage:
    """The demo package, imported on first use (the same content is found again)."""
    return _import().package


def seed(*, log, credentials):
    result = _import()
    if result.created:
        log(f"Imported the H5P package “{result.package.title}”.")


def _import():
    return package_import(
        file=demo_archive(), filename=DEMO_PACKAGE.name, title=DEMO_TITLE
    )
