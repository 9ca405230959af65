"""The quality rules of the curriculum's content, read from its files (no
database): lesson length, scenario questions, case studies and exercises,
no unverified claims, numbers kept by translations, complete catalogues.

Each rule is a function returning its problems; the unit tests show each
can fail and pass on small folders. The tests marked `curriculum` run them
over the real `curriculum/` (`pytest -m curriculum`); they fail while the
content is being written and stay in the suite.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

import polib
import pytest
import yaml

CURRICULUM = Path(__file__).resolve().parents[2] / "curriculum"
LANGUAGES = ("ar", "es", "fr", "ru", "zh")
# Chinese is the content language zh-hans; a package may name its file either way.
FILE_NAMES = {"zh": ("zh.po", "zh-hans.po", "zh_Hans.po")}
WORDS_PER_MINUTE = 150
REFLECTION_MINUTES = 3
TEXT_SUFFIXES = (".md", ".yaml", ".yml", ".gift", ".po", ".pot", ".xml", ".txt")
FORBIDDEN = (
    re.compile(r"not confirmed", re.IGNORECASE),
    re.compile(r"UNVERIFIED"),
)


def packages(root: Path = CURRICULUM) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "course.yaml").exists())


def lessons(root: Path = CURRICULUM) -> list[Path]:
    return sorted(root.glob("*/lessons/*.md"))


# (a) Lesson length.


def _split_front_matter(text: str) -> tuple[dict, list[str]]:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, lines
    end = next(
        (at for at in range(1, len(lines)) if lines[at].strip() == "---"), len(lines)
    )
    meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    return (meta if isinstance(meta, dict) else {}), lines[end + 1 :]


def _is_structure(line: str) -> bool:
    """Block fences, the model answer mark and an exercise's minutes line."""
    text = line.strip()
    return (
        text.startswith(":::")
        or text.lower() == "--- model answer"
        or text.startswith("minutes:")
    )


def reading_words(body: list[str]) -> int:
    """Words a fellow reads: tokens with a letter or digit, outside the
    structure lines (model answers included)."""
    return sum(
        len([t for t in line.split() if re.search(r"\w", t)])
        for line in body
        if not _is_structure(line)
    )


def lesson_expected_minutes(text: str) -> tuple[int | None, int]:
    """(announced minutes, computed minutes); announced is None for a lesson
    whose body is only a quiz."""
    meta, body = _split_front_matter(text)
    content = [line.strip() for line in body if line.strip()]
    if content and all(
        line == ":::" or line.startswith("::: quiz") for line in content
    ):
        return None, 0
    exercise_minutes = 0
    in_exercise = False
    for line in body:
        text_line = line.strip()
        if text_line.startswith("::: exercise"):
            in_exercise = True
        elif in_exercise and text_line.startswith("minutes:"):
            value = text_line.removeprefix("minutes:").strip()
            exercise_minutes += int(value) if value.isdigit() else 0
            in_exercise = False
        elif text_line == ":::":
            in_exercise = False
    reflections = sum(1 for line in body if line.strip().startswith("::: reflection"))
    computed = (
        math.ceil(reading_words(body) / WORDS_PER_MINUTE)
        + exercise_minutes
        + REFLECTION_MINUTES * reflections
    )
    announced = meta.get("minutes", 15)
    return announced, computed


def lesson_length_problems(path: Path) -> list[str]:
    announced, computed = lesson_expected_minutes(path.read_text("utf-8"))
    if announced is None:
        return []
    if not isinstance(announced, int) or abs(announced - computed) > max(
        2, 0.2 * computed
    ):
        return [f"{path.name}: announces {announced} minutes, computed {computed}"]
    return []


# (b) Scenario questions.


def question_tags(package: Path) -> dict[str, set[str]]:
    """Each question's tags, from the GIFT comments and the YAML banks."""
    tags: dict[str, set[str]] = {}
    for gift in sorted(package.glob("banks/*.gift")):
        pending: set[str] = set()
        for line in gift.read_text("utf-8").splitlines():
            comment = re.match(r"^\s*//\s*tags:\s*(.*)$", line)
            if comment:
                pending |= {t.strip() for t in comment[1].split(",") if t.strip()}
                continue
            title = re.match(r"^\s*::(.+?)::", line)
            if title:
                tags[title[1].strip()] = pending
                pending = set()
    for bank in sorted(package.glob("banks/*.yaml")):
        data = yaml.safe_load(bank.read_text("utf-8")) or {}
        for question in data.get("questions") or []:
            if isinstance(question, dict) and question.get("key"):
                tags[question["key"]] = set(question.get("tags") or [])
    return tags


def scenario_problems(package: Path) -> list[str]:
    course = yaml.safe_load((package / "course.yaml").read_text("utf-8")) or {}
    tags = question_tags(package)
    problems = []
    for quiz in course.get("quizzes") or []:
        keys = quiz.get("questions") or []
        scenario = [k for k in keys if "scenario" in tags.get(k, set())]
        if not keys or 3 * len(scenario) < len(keys):
            problems.append(
                f"{package.name}: quiz {quiz.get('key')}: {len(scenario)} of "
                f"{len(keys)} questions tagged scenario (at least a third)"
            )
    return problems


# (c) Case studies and exercises.


def practice_problems(package: Path) -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(package.glob("lessons/*.md"))]
    problems = []
    if not any(re.search(r"^::: callout case\b", t, re.M) for t in texts):
        problems.append(f"{package.name}: no ::: callout case")
    if not any(re.search(r"^::: exercise\b", t, re.M) for t in texts):
        problems.append(f"{package.name}: no ::: exercise")
    return problems


# (d) No unverified claims.


def forbidden_text_problems(root: Path) -> list[str]:
    problems = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            for pattern in FORBIDDEN:
                if pattern.search(line):
                    name = path.relative_to(root)
                    problems.append(f"{name}:{number}: {pattern.pattern}")
    return problems


# (e) Numbers kept by translations.


# The key on a block's opening line (`::: quotation RES76232-4`) names a
# reference; it is not a number the reader sees.
FENCE_KEY = re.compile(r"^(:::\s*(?:quotation|glossary|h5p|quiz))\s+\S.*$", re.M)


def numbers(text: str) -> Counter:
    """The digit runs of a text as the reader sees it (entities decoded,
    block keys left out), every script's digits read as ASCII."""
    text = FENCE_KEY.sub(r"\1", html.unescape(text))
    ascii_text = "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text
    )
    return Counter(re.findall(r"[0-9]+", ascii_text))


def number_problems(po_path: Path) -> list[str]:
    problems = []
    for entry in polib.pofile(str(po_path)):
        if not entry.msgstr or "fuzzy" in entry.flags or entry.obsolete:
            continue
        # Every number of the source is in the translation; a translation
        # may write more digits (a month, in languages that write it so).
        missing = sorted((numbers(entry.msgid) - numbers(entry.msgstr)).elements())
        if missing:
            problems.append(
                f"{po_path.name}:{entry.linenum}: {entry.msgctxt}: missing {missing}"
            )
    return problems


def catalogues(root: Path = CURRICULUM) -> list[Path]:
    return sorted(root.glob("*/locale/*.po")) + sorted(root.glob("locale/*.po"))


# (f) Complete catalogues.


def _catalogue_file(locale_dir: Path, language: str) -> Path | None:
    for name in FILE_NAMES.get(language, (f"{language}.po",)):
        if (locale_dir / name).exists():
            return locale_dir / name
    return None


def catalogue_problems(locale_dir: Path, template: str) -> list[str]:
    """Every language has a PO with the template's entries, all translated."""
    where = f"{locale_dir.parent.name}/{locale_dir.name}"
    if not (locale_dir / template).exists():
        return [f"{where}: no {template}"]
    expected = {(e.msgctxt, e.msgid) for e in polib.pofile(str(locale_dir / template))}
    problems = []
    for language in LANGUAGES:
        path = _catalogue_file(locale_dir, language)
        if path is None:
            problems.append(f"{where}: no {language}.po")
            continue
        po = polib.pofile(str(path))
        found = {(e.msgctxt, e.msgid) for e in po if not e.obsolete}
        if found != expected:
            problems.append(
                f"{where}/{path.name}: {len(expected - found)} entries missing, "
                f"{len(found - expected)} not in {template}"
            )
        untranslated = len(po.untranslated_entries())
        fuzzy = len(po.fuzzy_entries())
        if untranslated or fuzzy:
            problems.append(
                f"{where}/{path.name}: {untranslated} untranslated, {fuzzy} fuzzy"
            )
    return problems


# The checks, on small folders.

GOOD_LESSON = """\
---
key: short
title: Short
minutes: {minutes}
---

{words}

::: exercise Try it
minutes: 10
Do the task.
--- model answer
The answer.
:::

::: reflection
Why?
:::
"""


def _lesson(tmp_path, minutes, words=300) -> Path:
    path = tmp_path / "short.md"
    path.write_text(
        GOOD_LESSON.format(minutes=minutes, words=" ".join(["word"] * words)),
        encoding="utf-8",
    )
    return path


def test_lesson_length_counts_reading_exercises_and_reflections(tmp_path):
    # 300 + 10 words of text ("Do the task. The answer. Why?" and the title
    # line is a fence): ceil(307 / 150) = 3, + 10 + 3 = 16.
    assert lesson_expected_minutes(_lesson(tmp_path, 16).read_text())[1] == 16
    assert lesson_length_problems(_lesson(tmp_path, 16)) == []
    assert lesson_length_problems(_lesson(tmp_path, 19)) == []  # 20 %: 3.2
    assert lesson_length_problems(_lesson(tmp_path, 20)) == [
        "short.md: announces 20 minutes, computed 16"
    ]
    assert lesson_length_problems(_lesson(tmp_path, 12))


def test_lesson_length_allows_two_minutes_on_short_lessons(tmp_path):
    path = tmp_path / "tiny.md"
    path.write_text("---\nkey: t\ntitle: T\nminutes: 3\n---\n\nA few words.\n")
    assert lesson_length_problems(path) == []  # computed 1, off by 2
    path.write_text("---\nkey: t\ntitle: T\nminutes: 4\n---\n\nA few words.\n")
    assert lesson_length_problems(path)


def test_lesson_length_skips_a_quiz_only_lesson(tmp_path):
    path = tmp_path / "quiz.md"
    path.write_text("---\nkey: q\ntitle: Q\nminutes: 30\n---\n\n::: quiz q1\n:::\n")
    assert lesson_length_problems(path) == []


def _package(tmp_path, gift: str, questions: list[str], lessons=()) -> Path:
    package = tmp_path / "track"
    (package / "banks").mkdir(parents=True)
    (package / "lessons").mkdir()
    (package / "course.yaml").write_text(
        yaml.safe_dump({"quizzes": [{"key": "quiz-1", "questions": questions}]})
    )
    (package / "banks" / "module.gift").write_text(gift)
    (package / "banks" / "module.yaml").write_text(
        yaml.safe_dump(
            {"questions": [{"key": "y1", "tags": ["scenario"], "type": "essay"}]}
        )
    )
    for number, text in enumerate(lessons):
        (package / "lessons" / f"l{number}.md").write_text(text)
    return package


GIFT = """\
// tags: scenario, tracing-requests
::q1::A situation: what do you do?{=This#Because.~That}

// tags: tracing
::q2::What is?{TRUE}

::q3::What else?{FALSE}
"""


def test_scenario_share_counts_gift_and_yaml_tags(tmp_path):
    assert question_tags(_package(tmp_path / "a", GIFT, []))["q1"] == {
        "scenario",
        "tracing-requests",
    }
    assert scenario_problems(_package(tmp_path / "b", GIFT, ["q1", "q2", "q3"])) == []
    assert scenario_problems(_package(tmp_path / "c", GIFT, ["q1", "y1", "q2"])) == []
    assert scenario_problems(_package(tmp_path / "d", GIFT, ["q1", "q2", "q3", "q2"]))
    assert scenario_problems(_package(tmp_path / "e", GIFT, ["q2", "q3"]))


def test_practice_needs_a_case_and_an_exercise(tmp_path):
    case = "::: callout case A depot\nText (source).\n:::\n"
    exercise = "::: exercise Do\nminutes: 5\nTask.\n--- model answer\nA.\n:::\n"
    assert practice_problems(_package(tmp_path / "a", "", [], [case, exercise])) == []
    assert practice_problems(_package(tmp_path / "b", "", [], [case])) == [
        "track: no ::: exercise"
    ]
    assert practice_problems(
        _package(tmp_path / "c", "", [], ["::: callout key_point Not a case\nx\n:::\n"])
    ) == ["track: no ::: callout case", "track: no ::: exercise"]


def test_forbidden_text_is_found_in_any_text_file(tmp_path):
    (tmp_path / "a.md").write_text("All confirmed.\n")
    (tmp_path / "b.yaml").write_text("title: ok\n")
    assert forbidden_text_problems(tmp_path) == []
    (tmp_path / "locale").mkdir()
    (tmp_path / "locale" / "fr.po").write_text('msgid "x"\nmsgstr "UNVERIFIED"\n')
    (tmp_path / "c.gift").write_text("\n// date Not Confirmed\n")
    assert forbidden_text_problems(tmp_path) == [
        "c.gift:2: not confirmed",
        "locale/fr.po:2: UNVERIFIED",
    ]


def test_numbers_are_kept_in_any_script(tmp_path):
    assert numbers("para. 34, 2001 and 76/232") == Counter(
        {"34": 1, "2001": 1, "76": 1, "232": 1}
    )
    assert numbers("الفقرة ٣٤ (٢٠٠١)") == numbers("para. 34 (2001)")
    po = tmp_path / "ar.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "a/title"\nmsgid "Paragraph 34 of 76/232"\nmsgstr "الفقرة ٣٤ من 76/232"\n\n'
        'msgctxt "a/block-1"\nmsgid "See [ITI](https://example.org/iti-2005)."\n'
        'msgstr "Voir [ITI](https://example.org/iti)."\n\n'
        '#, fuzzy\nmsgctxt "a/block-2"\nmsgid "In 2001."\nmsgstr "En 2002."\n\n'
        'msgctxt "a/block-3"\nmsgid "In 2001."\nmsgstr ""\n'
    )
    problems = number_problems(po)
    assert len(problems) == 1
    assert "a/block-1: missing ['2005']" in problems[0]


def test_numbers_are_read_as_the_reader_sees_them():
    # An entity is not a number; a quotation's key is a reference.
    assert numbers("the State&#x27;s records") == Counter()
    assert numbers("::: quotation RES76232-4\nThe words.\n:::") == Counter()
    assert numbers("::: callout key_point Note\nPara. 4\n:::") == Counter({"4": 1})


def test_a_translation_may_write_a_month_but_keeps_every_number(tmp_path):
    po = tmp_path / "zh-hans.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "a/block-1"\nmsgid "On 21 July 2001."\nmsgstr "2001年7月21日。"\n\n'
        'msgctxt "a/block-2"\nmsgid "On 21 July 2001."\nmsgstr "2001年7月。"\n'
    )
    problems = number_problems(po)
    assert len(problems) == 1
    assert "a/block-2: missing ['21']" in problems[0]


def _catalogue(folder: Path, name: str, entries: dict[str, str], fuzzy=()):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for context, msgstr in entries.items():
        entry = polib.POEntry(msgctxt=context, msgid=f"source {context}", msgstr=msgstr)
        if context in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    po.save(str(folder / name))


def test_catalogues_are_complete_in_every_language(tmp_path):
    locale = tmp_path / "track" / "locale"
    locale.mkdir(parents=True)
    _catalogue(locale, "course.pot", {"a/title": "", "a/summary": ""})
    for language in ("ar", "es", "fr", "ru", "zh-hans"):
        _catalogue(locale, f"{language}.po", {"a/title": "T", "a/summary": "S"})
    assert catalogue_problems(locale, "course.pot") == []

    _catalogue(locale, "ru.po", {"a/title": "T"})
    _catalogue(locale, "fr.po", {"a/title": "T", "a/summary": ""})
    _catalogue(locale, "es.po", {"a/title": "T", "a/summary": "S"}, fuzzy={"a/title"})
    (locale / "ar.po").unlink()
    assert catalogue_problems(locale, "course.pot") == [
        "track/locale: no ar.po",
        "track/locale/es.po: 0 untranslated, 1 fuzzy",
        "track/locale/fr.po: 1 untranslated, 0 fuzzy",
        "track/locale/ru.po: 1 entries missing, 0 not in course.pot",
    ]


# The real curriculum.


@pytest.mark.curriculum
@pytest.mark.parametrize("path", lessons(), ids=lambda p: p.stem)
def test_curriculum_lesson_length(path):
    assert lesson_length_problems(path) == []


@pytest.mark.curriculum
@pytest.mark.parametrize("package", packages(), ids=lambda p: p.name)
def test_curriculum_quizzes_are_a_third_scenarios(package):
    assert scenario_problems(package) == []


@pytest.mark.curriculum
@pytest.mark.parametrize("package", packages(), ids=lambda p: p.name)
def test_curriculum_track_has_a_case_and_an_exercise(package):
    assert practice_problems(package) == []


@pytest.mark.curriculum
def test_curriculum_has_no_unverified_claims():
    assert forbidden_text_problems(CURRICULUM) == []


@pytest.mark.curriculum
def test_curriculum_translations_keep_the_numbers():
    problems = [p for path in catalogues() for p in number_problems(path)]
    assert problems == []


@pytest.mark.curriculum
@pytest.mark.parametrize(
    ("locale_dir", "template"),
    [(p / "locale", "course.pot") for p in packages()]
    + [(CURRICULUM / "locale", "references.pot")],
    ids=lambda value: value.parent.name if isinstance(value, Path) else value,
)
def test_curriculum_catalogues_are_complete(locale_dir, template):
    assert catalogue_problems(locale_dir, template) == []
