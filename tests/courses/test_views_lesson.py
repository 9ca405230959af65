import pytest
from django.urls import reverse

from courses import services
from courses.models import LessonProgress, Reflection
from tests.factories import user_with_role
from tests.factories_courses import LessonPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db

REFLECTION_ID = "6b0c1b9e-3f57-4c1e-9a4e-2f7f9d7a0c11"


def test_anonymous_visitor_is_sent_to_log_in(client, lessons):
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" + lessons[0].url in response["Location"]


def test_fellow_not_enrolled_is_sent_to_the_course_overview(client, fellow, lessons):
    client.force_login(fellow)
    response = client.get(lessons[0].url)
    assert response.status_code == 302
    assert response["Location"] == lessons[0].get_parent().get_parent().url
    overview = client.get(response["Location"])
    assert "Enrol in this course" in overview.content.decode()
    assert "Synthetic lesson text" not in overview.content.decode()


def test_enrol_then_read_a_lesson(client, fellow, course, lessons):
    client.force_login(fellow)
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Synthetic lesson text" in html
    assert "Mark this lesson complete" in html
    assert LessonProgress.objects.filter(user=fellow, lesson=lessons[0]).exists()


def test_enrol_refuses_get(client, fellow, course):
    client.force_login(fellow)
    assert client.get(course.url + "enrol/").status_code == 405


def test_enrol_sends_anonymous_visitors_to_log_in(client, course):
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_mark_complete_by_post(client, fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    assert client.get(lessons[0].url + "complete/").status_code == 405
    response = client.post(lessons[0].url + "complete/", follow=True)
    assert "You have completed this lesson." in response.content.decode()
    assert LessonProgress.objects.get(user=fellow, lesson=lessons[0]).is_completed


def test_lesson_shows_outline_and_previous_next(client, fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(lessons[1].url).content.decode()
    assert f"Previous: {lessons[0].title}" in html
    assert f"Next: {lessons[2].title}" in html
    assert 'aria-current="page"' in html
    for lesson in lessons:
        assert lesson.title in html


def test_sequence_locked_lesson_hides_its_body(client, fellow, catalog):
    course, lessons = course_with_lessons(
        catalog=catalog, lessons=2, requires_sequence=True
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    response = client.get(lessons[1].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "opens once you have completed the previous one" in html
    assert "Synthetic lesson text" not in html
    assert client.post(lessons[1].url + "complete/").status_code == 302
    assert not LessonProgress.objects.filter(lesson=lessons[1]).exists()


def test_prerequisite_locks_the_course(client, fellow, catalog):
    basics, _basic_lessons = course_with_lessons(catalog=catalog, lessons=1)
    advanced, advanced_lessons = course_with_lessons(catalog=catalog, lessons=1)
    advanced.prerequisites.set([basics])
    advanced.save()
    services.enrolment_create(user=fellow, course=advanced)
    client.force_login(fellow)
    response = client.get(advanced_lessons[0].url)
    assert response.status_code == 403
    assert basics.title in response.content.decode()
    overview = client.get(advanced.url).content.decode()
    assert f'Complete <a href="{basics.url}">{basics.title}</a> first.' in overview


def test_graded_lesson_offers_no_mark_complete_button(
    client, fellow, course, lessons, checker_registry
):
    checker_registry("reflection", lambda **_: False)
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[{"type": "reflection", "value": {"prompt": "Think."}}],
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(lesson.url).content.decode()
    assert "Mark this lesson complete" not in html
    response = client.post(lesson.url + "complete/", follow=True)
    assert "Complete the graded activities" in response.content.decode()
    assert not LessonProgress.objects.get(lesson=lesson).is_completed


def test_draft_lesson_is_not_served(client, fellow, course, lessons):
    draft = LessonPageFactory(parent=lessons[0].get_parent(), live=False)
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    response = client.get(lessons[0].url.replace(lessons[0].slug, draft.slug))
    assert response.status_code == 404
    assert draft.title not in client.get(course.url).content.decode()


def test_unpublished_changes_stay_hidden(client, fellow, course, lessons):
    lesson = lessons[0]
    lesson.save_revision().publish()
    lesson.body = [{"type": "rich_text", "value": "<p>Draft wording.</p>"}]
    lesson.save_revision()
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(lesson.url).content.decode()
    assert "Synthetic lesson text" in html
    assert "Draft wording" not in html


def test_lite_version_puts_text_first_and_media_behind_links(
    client, fellow, course, lessons
):
    from wagtail_factories import ImageFactory

    image = ImageFactory()
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[
            {"type": "rich_text", "value": "<p>Words first.</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "A stamped frame"},
            },
        ],
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    full = client.get(lesson.url).content.decode()
    assert "<img" in full
    lite = client.get(lesson.url + "lite/").content.decode()
    assert "Words first." in lite
    assert "<img" not in lite
    assert "Show media" in lite
    assert "Image: A stamped frame" in lite


def _reflective_lesson(module):
    return LessonPageFactory(
        parent=module,
        body=[
            {
                "type": "reflection",
                "id": REFLECTION_ID,
                "value": {"prompt": "What do you record?"},
            }
        ],
    )


def test_reflection_is_kept_for_its_author_only(client, fellow, course, lessons):
    lesson = _reflective_lesson(lessons[0].get_parent())
    other = user_with_role("Fellow")
    for person in (fellow, other):
        services.enrolment_create(user=person, course=course)
    client.force_login(fellow)
    url = f"{lesson.url}reflections/{REFLECTION_ID}/"
    response = client.post(url, {"text": "My private answer."})
    assert response.status_code == 302
    assert "My private answer." in client.get(lesson.url).content.decode()

    client.force_login(other)
    assert "My private answer." not in client.get(lesson.url).content.decode()
    client.post(url, {"text": "Theirs."})
    assert Reflection.objects.get(user=fellow).text == "My private answer."
    assert Reflection.objects.get(user=other).text == "Theirs."


def test_reflection_refuses_unknown_prompt_and_outsiders(
    client, fellow, course, lessons
):
    lesson = _reflective_lesson(lessons[0].get_parent())
    client.force_login(fellow)
    url = f"{lesson.url}reflections/{REFLECTION_ID}/"
    client.post(url, {"text": "Not enrolled."})
    assert not Reflection.objects.exists()

    services.enrolment_create(user=fellow, course=course)
    wrong = f"{lesson.url}reflections/00000000-0000-0000-0000-000000000000/"
    assert client.post(wrong, {"text": "Nowhere."}).status_code == 400
    assert client.post(url, {"text": "x" * 10_001}).status_code == 302
    assert not Reflection.objects.exists()


def test_activity_beacon_records_time(client, fellow, course, lessons):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    client.get(lessons[0].url)
    url = lessons[0].url + "activity/"
    assert client.post(url, {"seconds": "42", "position": "block-x"}).status_code == 204
    assert client.post(url, {"seconds": "-3"}).status_code == 400
    progress = LessonProgress.objects.get(user=fellow, lesson=lessons[0])
    assert (progress.time_spent_seconds, progress.last_position) == (42, "block-x")


def test_fellow_cannot_see_another_fellows_progress(client, fellow, course, lessons):
    other = user_with_role("Fellow")
    services.enrolment_create(user=other, course=course)
    for lesson in lessons:
        services.lesson_mark_complete(user=other, lesson=lesson)
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    html = client.get(course.url).content.decode()
    assert "0% complete" in html
    assert "100% complete" not in html
    learning = client.get(reverse("my_learning")).content.decode()
    assert "0% complete" in learning
    assert "100% complete" not in learning


def test_module_page_redirects_to_its_place_in_the_course(client, course, lessons):
    module = lessons[0].get_parent()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response["Location"] == f"{course.url}#module-{module.slug}"


def test_editor_previews_a_draft_lesson_without_enrolling(rf, instructor, lessons):
    lesson = lessons[0]
    lesson.body = [
        {"type": "rich_text", "value": "<p>Draft wording.</p>"},
        {"type": "reflection", "value": {"prompt": "Preview prompt?"}},
    ]
    request = rf.get("/")
    request.user = instructor
    response = lesson.make_preview_request(original_request=request)
    html = response.render().content.decode()
    assert response.status_code == 200
    assert "Draft wording." in html and "Preview prompt?" in html
    assert "Mark this lesson complete" not in html
    assert not LessonProgress.objects.exists()


def test_editor_previews_a_new_lesson_and_course(rf, instructor, catalog, lessons):
    from courses.models import CoursePage, LessonPage

    request = rf.get("/")
    request.user = instructor
    module = lessons[0].get_parent()
    lesson = LessonPage(
        title="Unsaved lesson",
        slug="unsaved",
        body=[{"type": "rich_text", "value": "<p>Not yet saved.</p>"}],
        depth=module.depth + 1,
        path=module.get_last_child()._inc_path(),
    )
    lesson.set_url_path(module)
    html = lesson.make_preview_request(original_request=request).render()
    assert "Not yet saved." in html.content.decode()

    course = CoursePage(
        title="Unsaved course",
        slug="unsaved-course",
        summary="Soon.",
        depth=catalog.depth + 1,
        path=catalog.get_last_child()._inc_path(),
    )
    course.set_url_path(catalog)
    html = course.make_preview_request(original_request=request).render()
    assert "Unsaved course" in html.content.decode()


def test_lite_version_keeps_the_quiz_usable_without_javascript(
    client, fellow, course, lessons
):
    from fellowship.assessments.models import Quiz

    quiz = Quiz.objects.create(title="Check your marking", course=course)
    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[
            {"type": "rich_text", "value": "<p>Words only.</p>"},
            {"type": "quiz", "value": {"quiz": quiz.pk, "required": True}},
        ],
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    lite = client.get(lesson.url + "lite/").content.decode()
    assert "Check your marking" in lite
    assert reverse("assessments:quiz_start", args=[quiz.pk]) in lite
    assert "Open this activity in the full version" not in lite


def test_lite_version_promises_only_the_media_the_lesson_has(
    client, fellow, course, lessons
):
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    text_only = client.get(lessons[0].url + "lite/").content.decode()
    assert "images" not in text_only and "video" not in text_only.lower().replace(
        "video.css", ""
    )
    assert "Full version" in text_only


def test_lite_version_of_a_lesson_with_an_image_promises_images_only(
    client, fellow, course, lessons
):
    from wagtail_factories import ImageFactory

    lesson = LessonPageFactory(
        parent=lessons[0].get_parent(),
        body=[
            {"type": "image", "value": {"image": ImageFactory().pk, "alt_text": "A"}},
        ],
    )
    services.enrolment_create(user=fellow, course=course)
    client.force_login(fellow)
    lite = client.get(lesson.url + "lite/").content.decode()
    assert "Full version with images<" in lite
    assert "and video" not in lite
