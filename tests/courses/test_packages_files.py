"""Course packages carrying files: H5P activities (h5p/KEY.h5p)."""

import io
import zipfile

import pytest
from wagtail.images import get_image_model
from wagtail.models import Locale, Revision

from content.h5p.models import H5PLibrary, H5PPackage
from content.h5p.selectors import package_content_for_player
from courses import services
from courses.models import CoursePage, LessonPage
from courses.packages.export import course_export, package_write, package_zip
from courses.packages.imports import curriculum_import, packages_import
from courses.packages.parse import PackageError
from fellowship.assessments.models import Question, QuestionBank, Quiz
from tests.courses.test_packages import small_package
from tests.h5p import archives

pytestmark = pytest.mark.django_db

H5P_LESSON = """\
---
key: practice-lesson
title: Practice
---

Try this.

::: h5p true-false
:::
"""


def h5p_package(data=None, **changes):
    files = small_package(
        **{
            "course.yaml": small_package()["course.yaml"].replace(
                "  - quiz-lesson\n", "  - quiz-lesson\n  - practice-lesson\n"
            ),
            "lessons/practice-lesson.md": H5P_LESSON,
            "h5p/true-false.h5p": archives.true_false_bytes() if data is None else data,
        }
    )
    files.update(changes)
    return files


def test_an_h5p_file_becomes_the_lessons_activity(site, client, fellow):
    [course] = packages_import([("small", h5p_package())])

    lesson = LessonPage.objects.get(slug="practice-lesson", locale=course.locale)
    [package] = H5PPackage.objects.all()
    assert [b.block_type for b in lesson.body] == ["rich_text", "h5p"]
    assert lesson.body[1].value["package"] == package
    assert lesson.body[1].value["required"] is True
    assert package.main_library.startswith("H5P.TrueFalse")
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-h5p-activity" in html
    assert "Start activity" in html


def test_a_translated_lesson_keeps_its_h5p_activity(site):
    po = small_package()["locale/fr.po"] + (
        '\nmsgctxt "practice-lesson/block-1"\nmsgid "Try this."\nmsgstr "Essayez."\n'
    )
    [course] = packages_import([("small", h5p_package(**{"locale/fr.po": po}))])

    lesson = LessonPage.objects.get(slug="practice-lesson", locale=course.locale)
    french = lesson.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.alias_of_id is None
    assert [b.block_type for b in french.body] == ["rich_text", "h5p"]
    assert french.body[0].value.source == "<p>Essayez.</p>"
    assert french.body[1].value["package"] == H5PPackage.objects.get()


def test_the_same_package_twice_changes_nothing(site):
    packages_import([("small", h5p_package())])
    packages = list(H5PPackage.objects.values_list("pk", "content_hash"))
    revisions = Revision.objects.count()

    packages_import([("small", h5p_package())])

    assert list(H5PPackage.objects.values_list("pk", "content_hash")) == packages
    assert Revision.objects.count() == revisions


def test_an_admin_import_by_someone_who_may_not_install_libraries_waits(site, fellow):
    """Library code runs in fellows' browsers: a person without the
    install permission brings it only for approval, as with an upload."""
    [course] = packages_import([("small", h5p_package())], uploaded_by=fellow)

    package = H5PPackage.objects.get()
    assert package.status == "pending_approval"
    assert package.uploaded_by == fellow
    assert not H5PLibrary.objects.exists()
    lesson = LessonPage.objects.get(slug="practice-lesson", locale=course.locale)
    assert lesson.body[1].value["package"] == package


def test_export_writes_the_archive_that_imports_into_an_empty_site(
    site, settings, tmp_path
):
    [course] = packages_import([("small", h5p_package())])
    original = H5PPackage.objects.get()
    original_content = package_content_for_player(package=original)
    files, _notes = course_export(course)

    assert "::: h5p " in files["lessons/practice-lesson.md"]
    [name] = [n for n in files if n.startswith("h5p/")]
    key = name.removeprefix("h5p/").removesuffix(".h5p")
    assert f"::: h5p {key}\n" in files["lessons/practice-lesson.md"]
    # The archive carries its libraries, so a site without them can take it.
    package_write(files, tmp_path / "package")
    with zipfile.ZipFile(tmp_path / "package" / name) as archive:
        assert any(n.startswith("H5P.TrueFalse-1.") for n in archive.namelist())

    # An empty site: no pages, no H5P packages or libraries, no stored files.
    Quiz.objects.all().delete()
    QuestionBank.objects.all().delete()
    for page in CoursePage.objects.order_by("-depth", "-pk"):
        page.delete()
    H5PPackage.objects.all().delete()
    H5PLibrary.objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "empty-media"
    [again] = curriculum_import(tmp_path / "package")

    lesson = LessonPage.objects.get(slug="practice-lesson", locale=again.locale)
    package = lesson.body[1].value["package"]
    assert package.main_library == original.main_library
    assert package.title == original.title
    assert package.metadata == original.metadata
    assert package_content_for_player(package=package) == original_content


def test_a_broken_h5p_file_is_refused_by_name_and_nothing_written(site):
    with pytest.raises(PackageError) as refused:
        packages_import([("small", h5p_package(b"not a zip archive"))])

    assert "h5p/true-false.h5p" in str(refused.value)
    assert not CoursePage.objects.exists()
    assert not H5PPackage.objects.exists()


def test_an_h5p_slot_without_its_file_is_refused(site):
    files = h5p_package()
    del files["h5p/true-false.h5p"]

    with pytest.raises(PackageError) as refused:
        packages_import([("small", files)])

    assert "lessons/practice-lesson.md:8" in str(refused.value)
    assert "unknown h5p 'true-false'" in str(refused.value)
    assert not CoursePage.objects.exists()


MOODLE_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="truefalse">
  <name><text>second-module-q01</text></name>
  <questiontext format="html"><text><![CDATA[<p>Marking is required.</p>]]></text>
  </questiontext>
  <generalfeedback format="html"><text><![CDATA[<p>It is.</p>]]></text>
  </generalfeedback>
  <defaultgrade>2</defaultgrade>
  <answer fraction="100" format="moodle_auto_format"><text>true</text>
    <feedback format="html"><text>Right.</text></feedback></answer>
  <answer fraction="0" format="moodle_auto_format"><text>false</text>
    <feedback format="html"><text>No.</text></feedback></answer>
  <tags><tag><text>source:SYN-1</text></tag><tag><text>marking</text></tag></tags>
</question>
</quiz>
"""

XML_BANK = """\
- key: second-bank
  title: Second bank
  module: first-module
  moodle_xml: banks/second-bank.xml
"""


def xml_package(xml=MOODLE_XML):
    course_yaml = (
        small_package()["course.yaml"]
        .replace("quizzes:\n", XML_BANK + "quizzes:\n")
        .replace(
            "  - first-module-q02\n", "  - first-module-q02\n  - second-module-q01\n"
        )
    )
    return small_package(**{"course.yaml": course_yaml, "banks/second-bank.xml": xml})


def test_a_moodle_xml_bank_is_read_into_the_course(site):
    [course] = packages_import([("small", xml_package())])

    question = Question.objects.get(title="second-module-q01")
    assert question.bank.course == course
    assert question.type == "true_false"
    assert question.stem == "<p>Marking is required.</p>"
    assert question.points == 2
    assert question.provision.key == "SYN-1"
    assert [t.name for t in question.tags.all()] == ["marking"]
    quiz = Quiz.objects.get(course=course, title="First quiz")
    assert [s.question.title for s in quiz.slots.order_by("sort_order")] == [
        "first-module-q01",
        "first-module-q02",
        "second-module-q01",
    ]
    questions = list(Question.objects.values_list("pk", "stem", "points"))

    packages_import([("small", xml_package())])

    assert list(Question.objects.values_list("pk", "stem", "points")) == questions


def test_a_malformed_moodle_xml_bank_is_refused_by_name(site):
    with pytest.raises(PackageError) as refused:
        packages_import([("small", xml_package("<quiz><question>"))])

    assert "banks/second-bank.xml" in str(refused.value)
    assert not CoursePage.objects.exists()
    assert not Question.objects.exists()


IMAGE_LESSON = """\
---
key: image-lesson
title: A marking
---

Look at the frame.

![A serial number stamped on a pistol frame](media/marking.png "The frame")

What do you see?
"""


def png_bytes(colour="red") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), colour).save(buffer, "PNG")
    return buffer.getvalue()


def image_package(lesson=IMAGE_LESSON, **changes):
    files = small_package(
        **{
            "course.yaml": small_package()["course.yaml"].replace(
                "  - quiz-lesson\n", "  - quiz-lesson\n  - image-lesson\n"
            ),
            "lessons/image-lesson.md": lesson,
            "media/marking.png": png_bytes(),
        }
    )
    files.update(changes)
    return files


def test_an_image_with_its_alt_text_round_trips(site, settings, tmp_path):
    [course] = packages_import([("small", image_package())])

    lesson = LessonPage.objects.get(slug="image-lesson", locale=course.locale)
    assert [b.block_type for b in lesson.body] == ["rich_text", "image", "rich_text"]
    image_block = lesson.body[1].value
    assert image_block["alt_text"] == "A serial number stamped on a pistol frame"
    assert image_block["caption"] == "The frame"
    with image_block["image"].open_file() as handle:
        assert handle.read() == png_bytes()
    revisions = Revision.objects.count()
    packages_import([("small", image_package())])
    assert get_image_model().objects.count() == 1
    assert Revision.objects.count() == revisions

    files, _notes = course_export(course)
    [name] = [n for n in files if n.startswith("media/")]
    assert files[name] == png_bytes()
    assert (
        f'![A serial number stamped on a pistol frame]({name} "The frame")'
        in files["lessons/image-lesson.md"]
    )
    (tmp_path / "package.zip").write_bytes(package_zip(files))

    Quiz.objects.all().delete()
    QuestionBank.objects.all().delete()
    for page in CoursePage.objects.order_by("-depth", "-pk"):
        page.delete()
    get_image_model().objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "empty-media"
    [again] = curriculum_import(tmp_path / "package.zip")

    lesson = LessonPage.objects.get(slug="image-lesson", locale=again.locale)
    image_block = lesson.body[1].value
    assert image_block["alt_text"] == "A serial number stamped on a pistol frame"
    with image_block["image"].open_file() as handle:
        assert handle.read() == png_bytes()


def test_an_image_without_alt_text_is_refused_with_file_and_line(site):
    lesson = IMAGE_LESSON.replace("![A serial number stamped on a pistol frame]", "![]")

    with pytest.raises(PackageError) as refused:
        packages_import([("small", image_package(lesson))])

    assert "lessons/image-lesson.md:8" in str(refused.value)
    assert "has no alt text" in str(refused.value)
    assert not CoursePage.objects.exists()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"media/marking.png": b"not an image"}, "media/marking.png: not an image"),
        ({"media/marking.png": None}, "lessons/image-lesson.md:8: unknown image"),
    ],
)
def test_a_missing_or_broken_image_is_refused(site, changes, message):
    files = image_package(**changes)
    files = {name: data for name, data in files.items() if data is not None}

    with pytest.raises(PackageError) as refused:
        packages_import([("small", files)])

    assert message in str(refused.value)
    assert not get_image_model().objects.exists()


VIDEO_LESSON = """\
---
key: video-lesson
title: Watching a marking
---

Watch the video.

::: video Reading a marking
file: media/reading-a-marking.mp4
captions: media/reading-a-marking.vtt
The narrator reads **each element** of the marking.
:::
"""

VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nThe manufacturer's name.\n"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 32


def video_package(lesson=VIDEO_LESSON, **changes):
    files = small_package(
        **{
            "course.yaml": small_package()["course.yaml"].replace(
                "  - quiz-lesson\n", "  - quiz-lesson\n  - video-lesson\n"
            ),
            "lessons/video-lesson.md": lesson,
            "media/reading-a-marking.mp4": MP4,
            "media/reading-a-marking.vtt": VTT,
        }
    )
    files.update(changes)
    return {name: data for name, data in files.items() if data is not None}


def test_a_video_with_captions_round_trips_through_a_zip(site, settings, tmp_path):
    from wagtail.documents import get_document_model

    [course] = packages_import([("small", video_package())])

    lesson = LessonPage.objects.get(slug="video-lesson", locale=course.locale)
    assert [b.block_type for b in lesson.body] == ["rich_text", "video"]
    video = lesson.body[1].value
    assert video["title"] == "Reading a marking"
    assert video["embed"] is None
    with video["file"].open_file() as handle:
        assert handle.read() == MP4
    with video["captions"].open_file() as handle:
        assert handle.read() == VTT
    transcript = (
        "<p>The narrator reads <strong>each element</strong> of the marking.</p>"
    )
    assert video["transcript"].source == transcript

    # Importing again changes nothing: the same documents, no new revision.
    documents = list(get_document_model().objects.values_list("pk", "file_hash"))
    revisions = Revision.objects.count()
    packages_import([("small", video_package())])
    assert list(get_document_model().objects.values_list("pk", "file_hash")) == (
        documents
    )
    assert len(documents) == 2
    assert Revision.objects.count() == revisions

    files, notes = course_export(course)
    assert not [n for n in notes if "video" in n]
    written = files["lessons/video-lesson.md"]
    [video_name] = [n for n in files if n.endswith(".mp4")]
    [captions_name] = [n for n in files if n.endswith(".vtt")]
    assert files[video_name] == MP4
    assert files[captions_name] == VTT
    assert (
        f"::: video Reading a marking\nfile: {video_name}\n"
        f"captions: {captions_name}\n"
        "The narrator reads **each element** of the marking.\n:::"
    ) in written
    (tmp_path / "package.zip").write_bytes(package_zip(files))

    Quiz.objects.all().delete()
    QuestionBank.objects.all().delete()
    for page in CoursePage.objects.order_by("-depth", "-pk"):
        page.delete()
    get_document_model().objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "empty-media"
    [again] = curriculum_import(tmp_path / "package.zip")

    lesson = LessonPage.objects.get(slug="video-lesson", locale=again.locale)
    video = lesson.body[1].value
    assert video["title"] == "Reading a marking"
    assert video["transcript"].source == transcript
    with video["file"].open_file() as handle:
        assert handle.read() == MP4
    with video["captions"].open_file() as handle:
        assert handle.read() == VTT


def test_an_embedded_video_may_have_no_captions_and_round_trips(site):
    lesson = VIDEO_LESSON.replace(
        "file: media/reading-a-marking.mp4\ncaptions: media/reading-a-marking.vtt\n",
        "embed: https://www.youtube.com/watch?v=abc123\n",
    )
    [course] = packages_import([("small", video_package(lesson))])

    page = LessonPage.objects.get(slug="video-lesson", locale=course.locale)
    video = page.body[1].value
    assert video["embed"].url == "https://www.youtube.com/watch?v=abc123"
    assert video["file"] is None
    assert video["captions"] is None
    files, _notes = course_export(course)
    assert (
        "::: video Reading a marking\nembed: https://www.youtube.com/watch?v=abc123\n"
        in files["lessons/video-lesson.md"]
    )
    assert not [n for n in files if n.startswith("media/")]


def test_the_lesson_page_shows_the_video_with_its_captions_track(site, client, fellow):
    [course] = packages_import([("small", video_package())])
    lesson = LessonPage.objects.get(slug="video-lesson", locale=course.locale)
    video = lesson.body[1].value
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)

    response = client.get(lesson.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<video controls preload="none" src="{video["file"].url}">' in html
    assert f'<track kind="captions" src="{video["captions"].url}"' in html
    assert "each element" in html


@pytest.mark.parametrize(
    "lesson_change, file_changes, message",
    [
        (
            ("file: media/reading-a-marking.mp4\n", ""),
            {},
            "lessons/video-lesson.md:8: a video has either file: media/... or "
            "embed: https://..., exactly one",
        ),
        (
            (
                "file: media/reading-a-marking.mp4\n",
                "file: media/reading-a-marking.mp4\nembed: https://example.org/v\n",
            ),
            {},
            "lessons/video-lesson.md:8: a video has either file",
        ),
        (
            None,
            {"media/reading-a-marking.mp4": None},
            "lessons/video-lesson.md:8: no video file 'media/reading-a-marking.mp4'",
        ),
        (
            None,
            {"media/reading-a-marking.mp4": b"<html>not a video</html>"},
            "lessons/video-lesson.md:8: 'media/reading-a-marking.mp4' is not an "
            "MP4, WebM or Ogg video",
        ),
        (
            None,
            {"media/reading-a-marking.vtt": None},
            "lessons/video-lesson.md:8: no captions file 'media/reading-a-marking.vtt'",
        ),
        (
            None,
            {"media/reading-a-marking.vtt": b"1\n00:00:00,000 --> 00:00:02,000\nHi\n"},
            "lessons/video-lesson.md:8: the captions 'media/reading-a-marking.vtt' "
            "are not WebVTT",
        ),
        (
            ("::: video Reading a marking", "::: video"),
            {},
            "lessons/video-lesson.md:8: a video block names its title",
        ),
    ],
)
def test_a_bad_video_is_refused_with_file_and_line_and_nothing_written(
    site, lesson_change, file_changes, message
):
    from wagtail.documents import get_document_model

    lesson = VIDEO_LESSON.replace(*lesson_change) if lesson_change else VIDEO_LESSON

    with pytest.raises(PackageError) as refused:
        packages_import([("small", video_package(lesson, **file_changes))])

    assert message in str(refused.value)
    assert not CoursePage.objects.exists()
    assert not get_document_model().objects.exists()


def test_a_translation_gives_the_video_its_title_transcript_and_captions(site):
    french_vtt = b"WEBVTT\n\n00:00.000 --> 00:02.000\nLe nom du fabricant.\n"
    po = small_package()["locale/fr.po"] + (
        '\nmsgctxt "video-lesson/block-2"\nmsgid "x"\nmsgstr ""\n'
        '"::: video Lire un marquage\\n"\n'
        '"file: media/reading-a-marking.mp4\\n"\n'
        '"captions: media/reading-a-marking.fr.vtt\\n"\n'
        '"Le narrateur lit chaque élément.\\n"\n'
        '":::"\n'
    )
    files = video_package(
        **{"locale/fr.po": po, "media/reading-a-marking.fr.vtt": french_vtt}
    )
    [course] = packages_import([("small", files)])

    lesson = LessonPage.objects.get(slug="video-lesson", locale=course.locale)
    french = lesson.get_translation(Locale.objects.get(language_code="fr")).specific
    video = french.body[1].value
    assert video["title"] == "Lire un marquage"
    assert video["transcript"].source == "<p>Le narrateur lit chaque élément.</p>"
    assert video["file"] == lesson.body[1].value["file"]
    with video["captions"].open_file() as handle:
        assert handle.read() == french_vtt

    files, _notes = course_export(course)
    assert "Lire un marquage" in files["locale/fr.po"]


def test_a_translation_naming_captions_that_are_not_webvtt_is_refused(site):
    po = small_package()["locale/fr.po"] + (
        '\nmsgctxt "video-lesson/block-2"\nmsgid "x"\nmsgstr ""\n'
        '"::: video Lire un marquage\\n"\n'
        '"file: media/reading-a-marking.mp4\\n"\n'
        '"captions: media/reading-a-marking.fr.vtt\\n"\n'
        '":::"\n'
    )
    files = video_package(
        **{"locale/fr.po": po, "media/reading-a-marking.fr.vtt": b"not captions"}
    )

    with pytest.raises(PackageError) as refused:
        packages_import([("small", files)])

    assert "locale/fr.po:" in str(refused.value)
    assert "are not WebVTT" in str(refused.value)
    assert not CoursePage.objects.exists()


def test_the_lesson_page_reads_videos_in_a_constant_number_of_queries(
    site, client, fellow, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    block = VIDEO_LESSON.split("\n\n", 2)[2]
    counts = []
    for videos in (1, 4):
        lesson_text = VIDEO_LESSON + "\n" + "\n".join([block] * (videos - 1))
        [course] = packages_import([("small", video_package(lesson_text))])
        lesson = LessonPage.objects.get(slug="video-lesson", locale=course.locale)
        assert [b.block_type for b in lesson.body].count("video") == videos
        services.enrolment_create(user=fellow, course=course)
        client.force_login(fellow)
        client.get(lesson.url)  # Caches warmed alike for both counts.
        with CaptureQueriesContext(connection) as queries:
            response = client.get(lesson.url)
        assert response.content.decode().count('<track kind="captions"') == videos
        counts.append(len(queries))
    assert counts[1] == counts[0]
    with django_assert_max_num_queries(counts[0]):
        client.get(lesson.url)
