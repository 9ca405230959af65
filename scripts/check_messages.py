"""Fail when the code has interface strings that the catalogues do not hold.

Runs makemessages for one language into the real catalogue, compares the
message ids with those it had, then puts the catalogue back as it was.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGUAGE = "fr"
DOMAINS = ("django", "djangojs")
IGNORE = ["--ignore=.venv", "--ignore=node_modules", "--ignore=var", "--ignore=bench"]


def msgids(path: Path) -> set[str]:
    return {entry.msgid for entry in polib.pofile(str(path)) if not entry.obsolete}


def main() -> int:
    missing: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as backup:
        for domain in DOMAINS:
            catalogue = ROOT / "locale" / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
            saved = Path(backup) / catalogue.name
            shutil.copy2(catalogue, saved)
            try:
                subprocess.run(  # noqa: S603 - fixed command
                    [
                        sys.executable,
                        "manage.py",
                        "makemessages",
                        "-d",
                        domain,
                        "-l",
                        LANGUAGE,
                        *IGNORE,
                    ],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
                missing[domain] = msgids(catalogue) - msgids(saved)
            finally:
                shutil.copy2(saved, catalogue)
    problems = {domain: ids for domain, ids in missing.items() if ids}
    for domain, ids in problems.items():
        print(f"{domain}: {len(ids)} strings are not in the catalogues yet:")
        for msgid in sorted(ids):
            print(f"  {msgid!r}")
    if problems:
        print("Run 'make makemessages' and translate them in all five catalogues.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
