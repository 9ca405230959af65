"""No message puts a number before a plural noun without a plural form.

"1 fellows", "1 questions imported": a message with a number next to a plural
English noun must be a plural message ({% blocktranslate count %}, ngettext),
so that every language chooses its own form (Arabic has six, Russian four).
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A placeholder: {{ n }}, %(n)s, %(n)d or {n}; then an optional word; then a
# word ending in "s" that is not a plural noun.
PLACEHOLDER = r"(?:\{\{\s*\w+\s*\}\}|%\(\w+\)[sd]|\{\w+\})"
NUMBER_BEFORE_NOUN = re.compile(
    PLACEHOLDER
    + r"\s+(?:(?:more|new|other|required|open|selected|\w+ed)\s+)?([a-z]+s)\b"
)
NOT_NOUNS = {
    "is", "has", "was", "as", "its", "this", "us", "yes", "always", "does",
    "perhaps", "whereas", "across",
}  # fmt: skip
# Messages whose word after the number is not a counted noun.
ALLOWED = {
    (
        "content/h5p/validation.py",
        "%(folder)s lists",
    ): "a verb: the folder lists a file",
}

BLOCK = re.compile(
    r"\{%\s*blocktrans(?:late)?\b([^%]*)%\}(.*?)\{%\s*endblocktrans(?:late)?\s*%\}",
    re.S,
)
SINGULAR_CALL = re.compile(
    r"(?<![\w.])(?:_|gettext|gettext_lazy|pgettext|pgettext_lazy|gettext_noop)\(\s*"
    r"((?:\"[^\"]*\"\s*|'[^']*'\s*)+)"
)
STRING = re.compile(r"\"([^\"]*)\"|'([^']*)'")


def _hits(text: str):
    for match in NUMBER_BEFORE_NOUN.finditer(text):
        word = match.group(1)
        if word in NOT_NOUNS or word.endswith(("ss", "us", "is")):
            continue
        yield match.group(0)


def _offenders() -> list[str]:
    found = []
    for path in (ROOT / "templates").rglob("*"):
        if path.suffix not in {".html", ".txt"}:
            continue
        for block in BLOCK.finditer(path.read_text()):
            if re.search(r"\bcount\b", block.group(1)):
                continue
            for hit in _hits(block.group(2)):
                found.append((str(path.relative_to(ROOT)), hit))
    for folder in ("fellowship", "courses", "content"):
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for call in SINGULAR_CALL.finditer(path.read_text()):
                literal = "".join(a or b for a, b in STRING.findall(call.group(1)))
                for hit in _hits(literal):
                    found.append((str(path.relative_to(ROOT)), hit))
    return [f"{path}: {hit}" for path, hit in found if (path, hit) not in ALLOWED]


def test_no_message_counts_without_a_plural_form():
    assert _offenders() == []


def test_plural_scan_catches_a_count_without_plural(tmp_path):
    text = "{% blocktranslate with n=x %}{{ n }} fellows{% endblocktranslate %}"
    block = BLOCK.search(text)
    assert list(_hits(block.group(2))) == ["{{ n }} fellows"]
    assert list(_hits("%(count)d questions imported")) == ["%(count)d questions"]
    assert list(_hits("%(label)s is empty")) == []


def test_plural_messages_choose_the_form_by_number():
    from django.utils import translation
    from django.utils.translation import ngettext

    with translation.override("en"):
        one = ngettext(
            "%(count)d question imported into %(bank)s.",
            "%(count)d questions imported into %(bank)s.",
            1,
        ) % {"count": 1, "bank": "B"}
    assert one == "1 question imported into B."
