"""Course packages: import, export, round trip, refusal, stable keys."""

from pathlib import Path

import polib
import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Revision

from content.models import Provision
from courses.models import CoursePage, LessonPage, LessonProgress, ModulePage
from courses.packages.export import course_export, package_zip
from courses.packages.imports import packages_import
from courses.packages.parse import PackageError
from fellowship.assessments.models import Question, Quiz

pytestmark = pytest.mark.django_db

CURRICULUM = Path(__file__).resolve().parents[2] / "curriculum"

COURSE_YAML = """\
format: salw-course-package
version: 1
key: small-course
language: en
title: A small course
summary: For tests.
track: tracing
level: introductory
estimated_hours: 2
requires_sequence: false
objectives:
- Know one thing.
prerequisites: []
provisions:
- SYN-1
mosaic: []
modules:
- key: first-module
  title: First module
  lessons:
  - first-lesson
  - quiz-lesson
banks:
- key: first-module
  title: First module
  module: first-module
  gift: banks/first-module.gift
quizzes:
- key: first-quiz
  title: First quiz
  module: first-module
  pass_mark: 50
  max_attempts: 2
  questions:
  - first-module-q01
  - first-module-q02
"""

REFERENCES_YAML = """\
instruments:
- key: SYN
  title: Synthetic instrument
  kind: legally_binding
provisions:
- key: SYN-1
  instrument: SYN
  reference: para. 1
  title: First
glossary:
- term: synthword
  definition: A word.
  source: SYN-1
"""

LESSON = """\
---
key: first-lesson
title: The first lesson
minutes: 12
sources: [SYN-1]
---

Some **text** with a list:

- one
- two

::: quotation SYN-1
The quoted words.
-- Synthetic instrument, para. 1
:::

::: glossary synthword
:::

::: callout warning Mind this
Take *care*.
:::

::: reflection
What do you think?
:::
"""

QUIZ_LESSON = """\
---
key: quiz-lesson
title: Module assessment
---

::: quiz first-quiz
:::
"""

GIFT = """\
// source: SYN-1
::first-module-q01::Which is right?{
\t=This one#Yes.
\t~That one#No.
\t####Because.
}

::first-module-q02::The sky is blue.{TRUE}
"""

FR_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "small-course/title"
msgid "A small course"
msgstr "Un petit cours"

msgctxt "first-lesson/title"
msgid "The first lesson"
msgstr "La première leçon"

msgctxt "first-lesson/block-5"
msgid "::: reflection\\nWhat do you think?\\n:::"
msgstr "::: reflection\\nQu'en pensez-vous ?\\n:::"
"""


def small_package(**changes) -> dict[str, str]:
    files = {
        "course.yaml": COURSE_YAML,
        "references.yaml": REFERENCES_YAML,
        "lessons/first-lesson.md": LESSON,
        "lessons/quiz-lesson.md": QUIZ_LESSON,
        "banks/first-module.gift": GIFT,
        "locale/fr.po": FR_PO,
    }
    files.update(changes)
    return files


def folder_files(path: Path) -> dict[str, str]:
    return {
        p.relative_to(path).as_posix(): p.read_text("utf-8")
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def test_a_package_becomes_pages_banks_and_translations(site):
    [course] = packages_import([("small", small_package())])

    assert course.title == "A small course"
    assert [p.key for p in course.provisions.all()] == ["SYN-1"]
    lesson = LessonPage.objects.get(slug="first-lesson", locale=course.locale)
    body = [(b.block_type, b.value) for b in lesson.body]
    assert [t for t, _v in body] == [
        "rich_text",
        "quotation",
        "glossary_term",
        "callout",
        "reflection",
    ]
    assert body[0][1].source == (
        "<p>Some <strong>text</strong> with a list:</p><ul><li>one</li><li>two</li></ul>"
    )
    assert body[1][1]["citation"] == "Synthetic instrument, para. 1"
    assert body[3][1]["kind"] == "warning"
    quiz = Quiz.objects.get(course=course, title="First quiz")
    assert quiz.max_attempts == 2
    quiz_lesson = LessonPage.objects.get(slug="quiz-lesson", locale=course.locale)
    assert quiz_lesson.body[0].value["quiz"] == quiz
    question = Question.objects.get(title="first-module-q01")
    assert question.provision.key == "SYN-1"
    assert question.general_feedback == "<p>Because.</p>"
    assert [o["feedback"] for o in question.definition["options"]] == [
        "<p>Yes.</p>",
        "<p>No.</p>",
    ]
    french = lesson.get_translation(Locale.objects.get(language_code="fr"))
    assert french.alias_of_id is None
    assert french.title == "La première leçon"
    assert french.specific.body[4].value["prompt"] == "Qu'en pensez-vous ?"
    # Untranslated blocks keep the source text.
    assert french.specific.body[1].value["text"] == "The quoted words."
    # A page with no translated entry stays an alias of the source page.
    module = ModulePage.objects.get(slug="first-module", locale=course.locale)
    assert module.get_translation(Locale.objects.get(language_code="fr")).alias_of_id


def test_the_same_package_twice_changes_nothing(site):
    packages_import([("small", small_package())])
    revisions = Revision.objects.count()
    questions = list(Question.objects.values_list("pk", "definition"))

    packages_import([("small", small_package())])

    assert Revision.objects.count() == revisions
    assert list(Question.objects.values_list("pk", "definition")) == questions


def test_a_reordered_package_reorders_the_lessons_and_exports_that_order(site):
    packages_import([("small", small_package())])
    module = ModulePage.objects.get(slug="first-module", locale=Locale.get_default())
    reordered = COURSE_YAML.replace(
        "  - first-lesson\n  - quiz-lesson\n", "  - quiz-lesson\n  - first-lesson\n"
    )

    [course] = packages_import([("small", small_package(**{"course.yaml": reordered}))])

    slugs = list(module.get_children().order_by("path").values_list("slug", flat=True))
    assert slugs == ["quiz-lesson", "first-lesson"]
    files, _notes = course_export(course)
    assert "  - quiz-lesson\n  - first-lesson\n" in files["course.yaml"]


def test_a_changed_package_updates_in_place_and_keeps_progress(site, fellow):
    packages_import([("small", small_package())])
    lesson = LessonPage.objects.get(slug="first-lesson", locale=Locale.get_default())
    course = CoursePage.objects.get(slug="small-course", locale=lesson.locale)
    LessonProgress.objects.create(
        user=fellow,
        lesson=lesson,
        course=course,
        status="completed",
        started_at=timezone.now(),
        completed_at=timezone.now(),
    )
    question = Question.objects.get(title="first-module-q01")

    packages_import(
        [
            (
                "small",
                small_package(
                    **{
                        "lessons/first-lesson.md": LESSON.replace(
                            "Some **text**", "Changed **text**"
                        ).replace("The first lesson", "The first lesson, revised"),
                        "banks/first-module.gift": GIFT.replace(
                            "Which is right?", "Which one is right?"
                        ),
                    }
                ),
            )
        ]
    )

    lesson.refresh_from_db()
    assert lesson.title == "The first lesson, revised"
    assert "Changed" in lesson.body[0].value.source
    assert LessonProgress.objects.filter(user=fellow, lesson=lesson).exists()
    question.refresh_from_db()
    assert question.stem == "<p>Which one is right?</p>"
    assert Question.objects.filter(title="first-module-q01").count() == 1


def test_a_malformed_package_lists_every_problem_and_writes_nothing(site):
    broken = small_package(
        **{
            "lessons/first-lesson.md": LESSON.replace(
                "::: glossary synthword", "::: glossary no-such-term"
            ).replace("::: reflection\nWhat do you think?\n:::", "::: reflection\n"),
            "banks/first-module.gift": GIFT.replace("{TRUE}", "{TRUE"),
            "course.yaml": COURSE_YAML.replace("level: introductory", "level: expert"),
            "references.yaml": REFERENCES_YAML.replace(
                "kind: legally_binding", "kind: binding-ish"
            ),
        }
    )

    with pytest.raises(PackageError) as refused:
        packages_import([("small", broken)])

    messages = [str(p) for p in refused.value.problems]
    assert any(
        m.startswith("references.yaml:")
        and "unknown instrument kind 'binding-ish'" in m
        for m in messages
    )
    assert "course.yaml:1: unknown level 'expert'" in messages
    assert (
        "lessons/first-lesson.md:18: unknown glossary term 'no-such-term'" in messages
    )
    assert any(
        m.startswith("lessons/first-lesson.md:") and "reflection has no prompt" in m
        for m in messages
    )
    assert any(m.startswith("banks/first-module.gift:") for m in messages)
    # Nothing was written, not even the package's references.
    assert not Provision.objects.filter(key="SYN-1").exists()
    assert not CoursePage.objects.exists()
    assert not Question.objects.exists()


def test_package_problems_pass_through_gettext(monkeypatch):
    from django.utils import translation

    from courses.packages import markdown

    with translation.override("en"):
        _lesson, problems = markdown.lesson_parse("lessons/x.md", "No front matter.\n")
    assert [str(p) for p in problems] == [
        "lessons/x.md:1: the lesson starts with no --- front matter"
    ]
    # The message is looked up in the catalogue of the interface language.
    monkeypatch.setattr(markdown, "_", lambda message: f"[fr] {message}")
    _lesson, problems = markdown.lesson_parse("lessons/x.md", "No front matter.\n")
    assert problems[0].message == "[fr] the lesson starts with no --- front matter"


def test_a_package_of_another_version_is_refused(site):
    files = small_package(
        **{"course.yaml": COURSE_YAML.replace("version: 1", "version: 9")}
    )

    with pytest.raises(PackageError) as refused:
        packages_import([("small", files)])

    assert "version 9 is not one this site reads" in str(refused.value)


def test_the_demo_track_round_trips(site):
    """Import a repository package into an empty site, export it: the same
    package comes back, file by file (pages, banks, translations)."""
    source = folder_files(CURRICULUM / "marking-and-record-keeping")
    [course] = packages_import([("marking", source)])

    files, _notes = course_export(course)

    assert sorted(files) == sorted(source)
    for name in source:
        assert files[name] == source[name], name
    assert Question.objects.filter(bank__course=course).count() == 32
    french = course.get_translation(Locale.objects.get(language_code="fr"))
    assert french.title == "Marquage et tenue de registres"


def _catalogue_as_in(source: str, exported: str) -> str:
    """The exported catalogue without its question and quiz entries when the
    repository's catalogue has none yet (the curriculum_messages command
    adds them to the repository's catalogues)."""
    if "question/" in source or 'msgctxt "question/' not in exported:
        return exported
    po = polib.pofile(exported, wrapwidth=0)
    for entry in [
        e for e in po if (e.msgctxt or "").startswith(("question/", "quiz/"))
    ]:
        po.remove(entry)
    return str(po)


def test_the_commands_export_a_zip_that_imports(site, tmp_path):
    packages_import([("small", small_package())])
    target = tmp_path / "small.zip"
    call_command("curriculum_export", "small-course", str(target))
    files = folder_files_from_zip(target)
    assert "lessons/first-lesson.md" in files

    call_command("curriculum_import", str(target))  # the same package: no change
    assert (
        CoursePage.objects.filter(
            slug="small-course", locale=Locale.get_default()
        ).count()
        == 1
    )


def test_the_import_command_refuses_a_malformed_package(site, tmp_path):
    (tmp_path / "course.yaml").write_text("format: [unclosed\n")

    with pytest.raises(CommandError) as refused:
        call_command("curriculum_import", str(tmp_path))

    assert "nothing was written" in str(refused.value)
    assert "course.yaml:" in str(refused.value)
    assert not CoursePage.objects.exists()


def folder_files_from_zip(path: Path) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode() for n in archive.namelist()}


def test_a_zip_with_a_path_outside_is_refused(site):
    from courses.packages.parse import package_files

    data = package_zip({"../evil.yaml": "x: 1"})
    with pytest.raises(PackageError) as refused:
        package_files(data)
    assert "outside the package" in str(refused.value)


def _curriculum_text(*suffixes) -> str:
    return "\n".join(
        p.read_text("utf-8")
        for p in sorted(CURRICULUM.rglob("*"))
        if p.suffix in suffixes and p.name != "course.pot"
    )


def test_the_curriculum_never_calls_the_poa_or_iti_politically_binding():
    text = _curriculum_text(".md", ".gift", ".yaml")
    assert "politically binding" not in text
    assert "politically, not legally" not in text


def test_the_iatg_are_voluntary_technical_guidelines_not_a_political_instrument():
    import yaml

    for path in CURRICULUM.rglob("references.yaml"):
        for instrument in (
            yaml.safe_load(path.read_text("utf-8")).get("instruments") or []
        ):
            if instrument["key"] == "IATG":
                assert instrument["kind"] == "technical_guidelines", path


def test_the_separate_ammunition_process_is_cited_to_the_working_group_report():
    text = _curriculum_text(".md", ".gift", ".yaml")
    assert "separate UN process (ITI, nature and scope)" not in text
    assert "(A/60/88, para. 27)" in text


def test_iti_para_12_record_keeping_periods():
    gift = (
        CURRICULUM / "marking-and-record-keeping/banks/marking-records.gift"
    ).read_text("utf-8")
    assert (
        "Manufacturing records are kept for at least 30 years (ITI, para. 12)." in gift
    )
    assert "for at least 20 years (ITI, para. 12)." in gift
    # The distractor's feedback no longer says that the ITI sets only a minimum.
    assert "The ITI sets a minimum period." not in gift


def test_tracing_questions_cite_the_iti_only_for_the_iti():
    process = (
        CURRICULUM / "tracing-illicit-salw/banks/tracing-process.gift"
    ).read_text("utf-8")
    cooperation = (
        CURRICULUM / "tracing-illicit-salw/banks/tracing-cooperation.gift"
    ).read_text("utf-8")
    # INTERPOL's tools are not ITI provisions: no question on them cites the
    # ITI's cooperation section.
    for question in (process + cooperation).split("\n\n"):
        if "INTERPOL" in question or "iARMS" in question:
            assert "// source: ITI-COOP" not in question, question
    # The five "illicit" criteria are the ITI's own definition; its paragraph
    # number is not verified, so the question cites the definition, not "para. 6".
    assert "// source: ITI-6" in process
    assert "(ITI, para. 6)" not in process
    assert "(Firearms Protocol, art. 13(2))" in cooperation


def test_french_teaches_the_alpc_pair_with_its_caveat():
    po = (CURRICULUM / "marking-and-record-keeping/locale/fr.po").read_text("utf-8")
    assert (
        "armes de petit calibre (small arms) et des armes légères (light weapons)" in po
    )
    assert "armes légères (small arms)" not in po
    assert "« armes légères et de petit calibre » (ALPC)" in po
    assert "politiquement" not in po
    assert (
        "Programme d'action en vue de prévenir, combattre et éliminer le commerce "
        "illicite des armes légères sous tous ses aspects"
    ) in po


def test_the_poa_ii_18_ordering_keeps_the_paragraphs_order():
    bank = (CURRICULUM / "stockpile-management/banks/stockpile-surplus.yaml").read_text(
        "utf-8"
    )
    order = [
        bank.index("Review stocks regularly"),
        bank.index("Clearly identify the surplus"),
        bank.index("Dispose of the surplus, preferably by destruction"),
    ]
    assert order == sorted(order)
    assert "text: Keep the surplus safe and secure" not in bank


def _signed_in(client, user):
    from tests.factories import activate_totp

    if not user.authenticator_set.exists():
        activate_totp(user)
    client.force_login(user)
    return client


def test_managers_import_a_package_in_the_admin(client, site, manager):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    _signed_in(client, manager)
    url = reverse("courses_packages")
    upload = SimpleUploadedFile("small.zip", package_zip(small_package()))

    response = client.post(url, {"package": upload})

    assert response.status_code == 302
    assert CoursePage.objects.filter(slug="small-course").exists()
    page = client.get(url)
    assert page.status_code == 200
    assert "small-course.zip" in page.content.decode()


def test_the_admin_lists_every_problem_and_writes_nothing(client, site, manager):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    _signed_in(client, manager)
    broken = small_package(
        **{
            "lessons/first-lesson.md": LESSON.replace(
                "::: glossary synthword", "::: glossary no-such-term"
            ),
            "course.yaml": COURSE_YAML.replace("level: introductory", "level: expert"),
        }
    )
    upload = SimpleUploadedFile("small.zip", package_zip(broken))

    response = client.post(reverse("courses_packages"), {"package": upload})

    assert response.status_code == 400
    text = response.content.decode()
    assert "2 problems; nothing was written" in text
    assert "course.yaml:1: unknown level" in text
    assert "lessons/first-lesson.md:18: unknown glossary term" in text
    assert not CoursePage.objects.exists()
    assert not Provision.objects.exists()

    not_zip = SimpleUploadedFile("notes.txt", b"hello")
    response = client.post(reverse("courses_packages"), {"package": not_zip})
    assert response.status_code == 400
    assert "Upload the package as a zip file." in response.content.decode()


def test_managers_download_a_course_as_a_package(client, site, manager):
    import io
    import zipfile

    from django.urls import reverse

    [course] = packages_import([("small", small_package())])
    _signed_in(client, manager)

    response = client.get(reverse("courses_package_export", args=[course.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.read("lessons/first-lesson.md").decode() == LESSON.replace(
        "sources: [SYN-1]", "sources:\n- SYN-1"
    )


def test_instructors_may_not_import_or_export_packages(client, site, instructor):
    """Wagtail's refusal: back to the admin home with a message; nothing done."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    [course] = packages_import([("small", small_package())])
    _signed_in(client, instructor)
    changed = small_package(
        **{"course.yaml": COURSE_YAML.replace("A small course", "Taken over")}
    )
    upload = SimpleUploadedFile("small.zip", package_zip(changed))

    for response in (
        client.get(reverse("courses_packages")),
        client.post(reverse("courses_packages"), {"package": upload}),
        client.get(reverse("courses_package_export", args=[course.pk])),
    ):
        assert response.status_code == 302
        assert response.url == "/admin/"
    course.refresh_from_db()
    assert course.title == "A small course"
