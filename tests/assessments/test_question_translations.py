"""Questions and quizzes in the fellow's language: texts only, never keys."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from courses.choices import StaffRole
from courses.services import course_staff_add
from fellowship.assessments.choices import QuestionType
from fellowship.assessments.grading import grader_for
from fellowship.assessments.models import (
    AttemptAnswer,
    QuestionTranslation,
    QuizTranslation,
)
from fellowship.assessments.services import (
    attempt_save_responses,
    attempt_start,
    attempt_submit,
    question_translation_set,
    quiz_translation_set,
)
from fellowship.assessments.translation_views import is_rich
from fellowship.assessments.translations import (
    apply_texts,
    question_sources,
    question_texts,
)
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db

NOTICE = "This part is not yet translated; it is shown in English."


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def translate_all(question, language, prefix="[ar] "):
    """A complete translation: every text of the question, marked."""
    texts = {name: prefix + text for name, text in question_sources(question).items()}
    question_translation_set(question=question, language=language, texts=texts)
    return texts


@pytest.fixture
def choice(make_question):
    return make_question(
        QuestionType.SINGLE_CHOICE,
        stem="<p>What is a small arm?</p>",
        general_feedback="<p>See the ITI, para. 4.</p>",
    )


def arabic(question):
    texts = {
        "stem": "<p>ما هو السلاح الصغير؟</p>",
        "general_feedback": "<p>انظر الصك الدولي للتعقب، الفقرة 4.</p>",
        "options.1.text": "للاستخدام الفردي",
        "options.1.feedback": "<p>نعم.</p>",
        "options.2.text": "للاستخدام الجماعي",
        "options.2.feedback": "<p>خفيف.</p>",
        "options.3.text": "للقوات المسلحة فقط",
    }
    question_translation_set(question=question, language="ar", texts=texts)
    return texts


# The texts of each type, and their inverse.


@pytest.mark.parametrize("question_type", list(QuestionType))
def test_question_texts_round_trip_changes_texts_only(make_question, question_type):
    question = make_question(question_type)
    texts = dict(question_texts(question.type, question.definition))
    translated = apply_texts(
        question.type, question.definition, {k: f"T:{v}" for k, v in texts.items()}
    )

    if question.type == QuestionType.MATCHING:
        # An answer is the key a response holds: its translation is a label.
        assert translated["pairs"][0]["answer"] == "Marking and tracing"
        assert translated["choice_labels"] == {
            "Marking and tracing": "T:Marking and tracing",
            "Programme of Action": "T:Programme of Action",
            "Arms Trade Treaty": "T:Arms Trade Treaty",
        }
        assert translated["pairs"][0]["prompt"] == "T:ITI"
    else:
        assert dict(question_texts(question.type, translated)) == {
            k: f"T:{v}" for k, v in texts.items()
        }
    # Grading the source's responses gives the same fractions (a short
    # answer's translated answers are other words: see the attempt test).
    grader = grader_for(question.type)
    if grader.auto_graded and question.type != QuestionType.SHORT_TEXT:
        view = grader.public_view(question.definition, rng=None)
        for response in _responses(question.type, question.definition, view):
            assert (
                grader.grade(translated, response).fraction
                == grader.grade(question.definition, response).fraction
            )
    # The source question is not changed.
    assert question.definition == type(question).objects.get(pk=question.pk).definition


def _responses(question_type, definition, view):
    if question_type == QuestionType.SINGLE_CHOICE:
        return [o["id"] for o in definition["options"]]
    if question_type == QuestionType.MULTIPLE_RESPONSE:
        return [[o["id"]] for o in definition["options"]]
    if question_type == QuestionType.TRUE_FALSE:
        return [True, False]
    if question_type == QuestionType.NUMERIC:
        return ["1899", "1900"]
    if question_type == QuestionType.SHORT_TEXT:
        return ["import", "export"]
    if question_type == QuestionType.MATCHING:
        return [{p["id"]: p["answer"] for p in definition["pairs"]}, {}]
    if question_type == QuestionType.ORDERING:
        return [{i["id"]: n for n, i in enumerate(definition["items"], 1)}, {}]
    return []


def test_question_texts_of_a_choice_name_options_and_feedback(choice):
    assert question_texts(choice.type, choice.definition) == [
        ("options.1.text", "Individual use"),
        ("options.1.feedback", "<p>Yes.</p>"),
        ("options.2.text", "Crew use"),
        ("options.2.feedback", "<p>Light.</p>"),
        ("options.3.text", "Armed forces only"),
    ]


def test_question_translation_refuses_a_key_or_an_unknown_text(choice):
    for texts in ({"options.1.correct": "false"}, {"options.9.text": "x"}):
        with pytest.raises(ValidationError):
            question_translation_set(question=choice, language="fr", texts=texts)
    with pytest.raises(ValidationError):
        question_translation_set(question=choice, language="en", texts={"stem": "x"})
    with pytest.raises(ValidationError):
        question_translation_set(question=choice, language="xx", texts={"stem": "x"})
    assert not QuestionTranslation.objects.exists()


# What fellows see.


def test_arabic_fellow_sees_the_arabic_stem_options_and_title(
    client, enrolled, choice, make_quiz
):
    quiz = make_quiz([choice], title="Small arms")
    quiz_translation_set(quiz=quiz, language="ar", texts={"title": "الأسلحة الصغيرة"})
    texts = arabic(choice)
    client.force_login(enrolled)

    with translation.override("ar"):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    page = client.get(url_in("ar", "assessments:attempt_take", attempt.public_id))

    content = page.content.decode()
    assert page.status_code == 200
    assert texts["stem"] in content
    for name in ("options.1.text", "options.2.text", "options.3.text"):
        assert texts[name] in content
    assert "Individual use" not in content
    assert "الأسلحة الصغيرة" in content
    assert NOTICE not in content
    assert attempt.language == "ar"
    detail = client.get(url_in("ar", "assessments:quiz_detail", quiz.pk))
    assert "الأسلحة الصغيرة" in detail.content.decode()


def test_an_untranslated_question_in_a_french_page_is_english_with_a_notice(
    client, enrolled, choice, make_question, make_quiz
):
    translated = make_question(QuestionType.TRUE_FALSE, stem="<p>Sky is blue.</p>")
    question_translation_set(
        question=translated, language="fr", texts={"stem": "<p>Le ciel est bleu.</p>"}
    )
    # Half a translation is not shown: the question stays whole in English.
    question_translation_set(
        question=choice, language="fr", texts={"stem": "<p>Qu'est-ce ?</p>"}
    )
    quiz = make_quiz([choice, translated])
    client.force_login(enrolled)
    attempt = attempt_start(user=enrolled, quiz=quiz)

    content = client.get(
        url_in("fr", "assessments:attempt_take", attempt.public_id)
    ).content.decode()

    assert "Le ciel est bleu." in content
    assert "What is a small arm?" in content
    assert "Qu'est-ce ?" not in content
    assert content.count('class="untranslated-notice"') == 1
    main = content.split("<main", 1)[1].split("</main>", 1)[0]
    assert main.count('lang="en" dir="ltr"') == 2  # the question and the title
    marker = 'class="quiz-question__body" lang="en" dir="ltr"'
    body = content.split(marker)[1].split("</section>")[0]
    assert "What is a small arm?" in body
    assert "Le ciel est bleu." not in body
    # The quiz title is English too, marked as such.
    assert '<h1 lang="en" dir="ltr">Module quiz</h1>' in content


def test_a_changed_source_text_shows_english_again(client, enrolled, choice, make_quiz):
    arabic(choice)
    choice.stem = "<p>What is a light weapon?</p>"
    choice.save()
    quiz = make_quiz([choice])
    client.force_login(enrolled)
    attempt = attempt_start(user=enrolled, quiz=quiz)

    content = client.get(
        url_in("ar", "assessments:attempt_take", attempt.public_id)
    ).content.decode()

    assert "What is a light weapon?" in content
    assert 'class="untranslated-notice"' in content


def test_a_translation_never_changes_the_key(client, enrolled, choice, make_quiz):
    arabic(choice)
    quiz = make_quiz([choice], max_attempts=0)
    client.force_login(enrolled)
    right, wrong = (o["id"] for o in choice.definition["options"][:2])
    for chosen, expected in ((right, 1), (wrong, 0)):
        with translation.override("ar"):
            attempt = attempt_start(user=enrolled, quiz=quiz)
        answer = attempt.answers.get()
        page = client.get(url_in("ar", "assessments:attempt_take", attempt.public_id))
        # The Arabic text of the right option is the right option's label.
        assert (
            f'value="{right}">\n        <label for="answer-{answer.pk}-{right}">للاستخدام الفردي'
            in (page.content.decode())
        )
        client.post(
            url_in("ar", "assessments:attempt_take", attempt.public_id),
            {f"answer-{answer.pk}": chosen, "action": "save"},
        )
        attempt_submit(attempt=attempt)
        assert AttemptAnswer.objects.get(pk=answer.pk).fraction == expected


def test_the_review_shows_arabic_feedback_and_right_answers(
    client, enrolled, choice, make_quiz
):
    texts = arabic(choice)
    quiz = make_quiz(
        [choice],
        review_marks="after_each_attempt",
        review_right_answers="after_each_attempt",
        review_feedback="after_each_attempt",
    )
    client.force_login(enrolled)
    with translation.override("ar"):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    answer = attempt.answers.get()
    attempt_save_responses(
        attempt=attempt, responses={answer.pk: choice.definition["options"][0]["id"]}
    )
    attempt_submit(attempt=attempt)

    content = client.get(
        url_in("ar", "assessments:attempt_result", attempt.public_id)
    ).content.decode()

    assert texts["options.1.feedback"] in content
    assert texts["general_feedback"] in content
    assert texts["options.1.text"] in content
    assert "<p>Yes.</p>" not in content


def test_a_short_answer_is_accepted_in_the_translation_language(
    enrolled, make_question, make_quiz
):
    question = make_question(QuestionType.SHORT_TEXT)
    question_translation_set(
        question=question,
        language="ar",
        texts={"answers.1.text": "استيراد", "answers.2.text": "الاستيراد"},
    )
    quiz = make_quiz([question], max_attempts=0)
    results = {}
    for language, typed in (("ar", "استيراد"), ("ar", "import"), ("fr", "استيراد")):
        with translation.override(language):
            attempt = attempt_start(user=enrolled, quiz=quiz)
        answer = attempt.answers.get()
        attempt_save_responses(attempt=attempt, responses={answer.pk: typed})
        attempt_submit(attempt=attempt)
        results[(language, typed)] = AttemptAnswer.objects.get(pk=answer.pk).fraction

    assert results == {("ar", "استيراد"): 1, ("ar", "import"): 1, ("fr", "استيراد"): 0}


def test_matching_shows_translated_answers_and_grades_the_source(
    client, enrolled, make_question, make_quiz
):
    question = make_question(QuestionType.MATCHING)
    translate_all(question, "fr", prefix="FR ")
    quiz = make_quiz([question])
    client.force_login(enrolled)
    with translation.override("fr"):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    answer = attempt.answers.get()
    content = client.get(
        url_in("fr", "assessments:attempt_take", attempt.public_id)
    ).content.decode()

    assert '<option value="Marking and tracing">FR Marking and tracing</option>' in (
        content
    )
    assert "FR ITI" in content
    pairs = question.definition["pairs"]
    client.post(
        url_in("fr", "assessments:attempt_take", attempt.public_id),
        {
            **{f"answer-{answer.pk}-{p['id']}": p["answer"] for p in pairs},
            "action": "save",
        },
    )
    attempt_submit(attempt=attempt)
    assert AttemptAnswer.objects.get(pk=answer.pk).fraction == 1


def test_attempt_page_queries_do_not_grow_with_translated_questions(
    client, enrolled, make_question, make_quiz
):
    types = [t for t in QuestionType]

    def page_queries(size, language, title):
        questions = [make_question(types[i % len(types)]) for i in range(size)]
        for question in questions:
            translate_all(question, "fr", prefix="FR ")
        quiz = make_quiz(questions, title=title, max_attempts=0)
        attempt = attempt_start(user=enrolled, quiz=quiz)
        url = url_in(language, "assessments:attempt_take", attempt.public_id)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        assert "untranslated-notice" not in response.content.decode()
        return len(context.captured_queries)

    client.force_login(enrolled)
    english = page_queries(10, "en", "English")
    small = page_queries(3, "fr", "Small")
    large = page_queries(10, "fr", "Large")

    assert small == large
    # The questions' translations and the quiz title's: one query each.
    assert large <= english + 2


# The admin's Translations page.

EMPTY_RICH_TEXT = json.dumps({"blocks": [], "entityMap": {}})


def rich_text(text):
    block = {
        "key": "a1b2c",
        "type": "unstyled",
        "text": text,
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block], "entityMap": {}})


@pytest.fixture
def staff(tree):
    person = user_with_role("Instructor")
    course_staff_add(course=tree.course, user=person, role=StaffRole.INSTRUCTOR)
    activate_totp(person)
    return person


def test_instructors_translate_a_question_without_json(client, staff, choice):
    client.force_login(staff)
    url = reverse("assessments_admin:question_translations", args=[choice.pk, "fr"])

    page = client.get(url)

    assert page.status_code == 200
    content = page.content.decode()
    assert "Individual use" in content
    names = page.context["form"].names
    # Rich texts come from the rich text editor (its content state).
    data = {
        f"text-{i}": EMPTY_RICH_TEXT if is_rich(name) else ""
        for i, name in enumerate(names)
    }
    data[f"text-{names.index('options.1.text')}"] = "Usage individuel"
    data[f"text-{names.index('stem')}"] = rich_text("Qu'est-ce qu'une arme ?")
    response = client.post(url, data)

    assert response.status_code == 302
    stored = QuestionTranslation.objects.get(question=choice, language="fr")
    assert stored.texts["options.1.text"] == "Usage individuel"
    assert stored.sources["options.1.text"] == "Individual use"
    assert "Qu'est-ce qu'une arme ?</p>" in stored.texts["stem"]
    assert set(stored.texts) == {"stem", "options.1.text"}
    # Keys stay the source's.
    choice.refresh_from_db()
    assert choice.definition["options"][0]["correct"] is True


def test_the_translations_page_is_refused_to_fellows_and_other_instructors(
    client, enrolled, choice, tree
):
    url = reverse("assessments_admin:question_translations", args=[choice.pk])
    client.force_login(enrolled)
    assert client.get(url).status_code in (302, 403)
    assert client.post(url, {"text-0": "x"}).status_code in (302, 403)

    from courses.models import CoursePage

    other_course = CoursePage(title="Tracing", slug="tracing", summary="Tracing.")
    tree.catalog.add_child(instance=other_course)
    other = user_with_role("Instructor")
    course_staff_add(course=other_course, user=other, role=StaffRole.INSTRUCTOR)
    activate_totp(other)
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.post(url, {"text-0": "x"}).status_code == 404
    assert not QuestionTranslation.objects.exists()


def test_the_translations_page_refuses_an_unknown_language(client, staff, choice):
    client.force_login(staff)
    url = reverse("assessments_admin:question_translations", args=[choice.pk, "en"])
    assert client.get(url).status_code == 404


def test_the_preview_shows_a_chosen_language(client, staff, choice):
    arabic(choice)
    client.force_login(staff)
    url = reverse("assessments_admin:question_preview", args=[choice.pk])

    content = client.get(url + "?language=ar").content.decode()

    assert "للاستخدام الفردي" in content
    french = client.get(url + "?language=fr").content.decode()
    assert "Individual use" in french
    assert 'class="untranslated-notice"' in french


def test_instructors_translate_a_quiz_title(client, staff, make_quiz):
    quiz = make_quiz([], title="Module quiz")
    client.force_login(staff)
    url = reverse("assessments_admin:quiz_translations", args=[quiz.pk, "es"])

    assert "Module quiz" in client.get(url).content.decode()
    response = client.post(url, {"text-0": "Cuestionario del módulo"})

    assert response.status_code == 302
    assert QuizTranslation.objects.get(quiz=quiz, language="es").texts == {
        "title": "Cuestionario del módulo"
    }


def test_the_quiz_translations_page_is_refused_to_other_instructors(
    client, make_quiz, tree
):
    from courses.models import CoursePage

    quiz = make_quiz([], title="Module quiz")
    other_course = CoursePage(title="Tracing", slug="tracing", summary="Tracing.")
    tree.catalog.add_child(instance=other_course)
    other = user_with_role("Instructor")
    course_staff_add(course=other_course, user=other, role=StaffRole.INSTRUCTOR)
    activate_totp(other)
    client.force_login(other)
    url = reverse("assessments_admin:quiz_translations", args=[quiz.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, {"text-0": "x"}).status_code == 404
    assert not QuizTranslation.objects.exists()


def test_an_attempt_started_before_languages_gets_one_when_resumed(
    enrolled, choice, make_quiz
):
    quiz = make_quiz([choice])
    attempt = attempt_start(user=enrolled, quiz=quiz)
    type(attempt).objects.filter(pk=attempt.pk).update(language="")

    with translation.override("fr"):
        resumed = attempt_start(user=enrolled, quiz=quiz)

    assert resumed.pk == attempt.pk
    assert type(attempt).objects.get(pk=attempt.pk).language == "fr"
    with translation.override("ar"):
        attempt_start(user=enrolled, quiz=quiz)
    # Recorded once: resuming in another language does not change it.
    assert type(attempt).objects.get(pk=attempt.pk).language == "fr"


@pytest.mark.parametrize("translated", [True, False])
def test_every_type_reviews_in_french_or_in_english_with_notices(
    client, enrolled, make_question, make_quiz, translated
):
    questions = [make_question(t) for t in QuestionType]
    if translated:
        for question in questions:
            translate_all(question, "fr", prefix="FR ")
    quiz = make_quiz(
        questions,
        review_marks="after_each_attempt",
        review_right_answers="after_each_attempt",
        review_feedback="after_each_attempt",
    )
    client.force_login(enrolled)
    with translation.override("fr"):
        attempt = attempt_start(user=enrolled, quiz=quiz)
    take = client.get(url_in("fr", "assessments:attempt_take", attempt.public_id))
    attempt_submit(attempt=attempt)

    result = client.get(url_in("fr", "assessments:attempt_result", attempt.public_id))

    assert take.status_code == result.status_code == 200
    notices = 0 if translated else len(questions)
    for page in (take, result):
        content = page.content.decode()
        assert content.count('class="untranslated-notice"') == notices
        assert ("FR Crew use" in content) is translated
        assert ("FR Marking and tracing" in content) is translated
