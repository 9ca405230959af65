"""Fixtures for assessments: a small course tree, banks, quizzes, fellows."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission

from fellowship.assessments.choices import QuestionType
from fellowship.assessments.models import QuestionBank, Quiz, QuizSlot
from fellowship.assessments.services import question_create

DEFINITIONS = {
    QuestionType.SINGLE_CHOICE: {
        "options": [
            {"text": "Individual use", "correct": True, "feedback": "<p>Yes.</p>"},
            {"text": "Crew use", "correct": False, "feedback": "<p>Light.</p>"},
            {"text": "Armed forces only", "correct": False},
        ]
    },
    QuestionType.MULTIPLE_RESPONSE: {
        "scoring": "partial",
        "options": [
            {"text": "Mortars", "correct": True},
            {"text": "Heavy machine guns", "correct": True},
            {"text": "Revolvers", "correct": False},
        ],
    },
    QuestionType.TRUE_FALSE: {"answer": False},
    QuestionType.NUMERIC: {"answer": 1899, "tolerance": 0},
    QuestionType.SHORT_TEXT: {"accepted": ["import", "importation"]},
    QuestionType.MATCHING: {
        "pairs": [
            {"prompt": "ITI", "answer": "Marking and tracing"},
            {"prompt": "PoA", "answer": "Programme of Action"},
        ],
        "distractors": ["Arms Trade Treaty"],
    },
    QuestionType.ORDERING: {"items": ["Mark", "Record", "Trace"]},
    QuestionType.ESSAY: {
        "rubric": [
            {"criterion": "Accuracy", "points": 2},
            {"criterion": "Clarity", "points": 1},
        ]
    },
    QuestionType.CLOZE: {
        "text": "The {1:SHORTANSWER:=International Tracing Instrument#Yes} was "
        "adopted in {2:MULTICHOICE:=2005#Right~2001#That is the PoA} and "
        "covers {1:NUMERICAL:=3:0} kinds of weapons records."
    },
}


def grant(user, *codenames: str) -> None:
    """Give a person assessment permissions (the roles will hold them)."""
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="assessments", codename=codename
            )
        )
    # Permissions are cached on the instance.
    for attribute in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(attribute, None)


@pytest.fixture
def home(db):
    """A home page as the default site's root, without the demo references."""
    from wagtail.models import Locale, Page, Site

    from content.models import HomePage

    # After a transactional test the flush leaves no root page nor locale.
    locale, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage(title="Home", slug="assessments-home")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def tree(home):
    from courses.models import CatalogPage, CoursePage, ModulePage

    catalog = CatalogPage(title="Courses", slug="courses")
    home.add_child(instance=catalog)
    course = CoursePage(title="Marking", slug="marking", summary="Marking weapons.")
    catalog.add_child(instance=course)
    module = ModulePage(title="Foundations", slug="foundations")
    course.add_child(instance=module)
    return SimpleNamespace(catalog=catalog, course=course, module=module)


@pytest.fixture
def bank(tree):
    return QuestionBank.objects.create(
        title="Marking bank", course=tree.course, module=tree.module
    )


@pytest.fixture
def make_question(bank):
    counter = {"n": 0}

    def make(question_type=QuestionType.SINGLE_CHOICE, *, definition=None, **fields):
        counter["n"] += 1
        return question_create(
            bank=fields.pop("bank", bank),
            type=question_type,
            title=fields.pop("title", f"Question {counter['n']}"),
            stem=fields.pop("stem", f"<p>Stem {counter['n']}</p>"),
            definition=definition or DEFINITIONS[question_type],
            **fields,
        )

    return make


@pytest.fixture
def make_quiz(tree):
    def make(questions=(), **rules):
        rules.setdefault("shuffle_questions", False)
        rules.setdefault("shuffle_options", False)
        quiz = Quiz.objects.create(
            title=rules.pop("title", "Module quiz"),
            course=rules.pop("course", tree.course),
            **rules,
        )
        for order, question in enumerate(questions):
            QuizSlot.objects.create(quiz=quiz, question=question, sort_order=order)
        return quiz

    return make


@pytest.fixture
def make_lesson(tree):
    from courses.models import LessonPage

    def make(quiz, *, required=True, slug="assessment", module=None):
        lesson = LessonPage(
            title="Module assessment",
            slug=slug,
            body=[("quiz", {"quiz": quiz, "required": required})],
        )
        (module or tree.module).add_child(instance=lesson)
        return lesson

    return make


@pytest.fixture
def enrol(tree):
    from courses.services import enrolment_create

    def do(user, course=None):
        return enrolment_create(user=user, course=course or tree.course)

    return do


@pytest.fixture
def enrolled(fellow, enrol):
    enrol(fellow)
    return fellow
