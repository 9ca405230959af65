"""The curriculum seeder, fed a small synthetic curriculum."""

import pytest
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Revision,
    WorkflowPage,
)

from content.demo import references_seed
from content.models import GlossaryTerm, MosaicModule, Provision
from courses import demo
from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db

REFERENCES = {
    "instruments": [
        {
            "key": "SYN",
            "title": "Synthetic instrument",
            "short_title": "Synthetic",
            "abbreviation": "SYN",
            "kind": "political",
            "adopted": "2001-01-02",
            "symbol": "X/1",
            "summary": "For tests.",
        }
    ],
    "provisions": [
        {
            "key": "SYN-1",
            "instrument": "SYN",
            "reference": "para. 1",
            "title": "First",
            "summary": "",
        },
        {
            "key": "SYN-2",
            "instrument": "SYN",
            "reference": "para. 2",
            "title": "Second",
            "summary": "",
        },
    ],
    "mosaic_modules": [
        {"number": "99.01", "title": "Synthetic module", "version": "", "date": ""}
    ],
    "glossary": [
        {"term": "Synthword", "definition": "A word.", "source": "SYN-1"},
        {"term": "Otherword", "definition": "Another.", "source": "MOSAIC:99.01"},
    ],
}


def _lesson(slug, **extra):
    return {
        "slug": slug,
        "title": f"Lesson {slug}",
        "estimated_minutes": 12,
        "sources": ["SYN-1", "MOSAIC:99.01", "UNKNOWN-KEY"],
        "body": [
            ("rich_text", "<p>Body text.</p>"),
            ("callout", {"kind": "warning", "title": "Mind", "body": "<p>Care.</p>"}),
            ("quotation", {"provision": "SYN-2", "text": "Quoted.", "citation": "c"}),
            ("glossary_term", {"term": "Synthword"}),
            ("reflection", {"prompt": "Think about it."}),
        ],
        **extra,
    }


TRACKS = [
    {
        "slug": "first-track",
        "title": "First track",
        "track": "tracing",
        "level": "introductory",
        "estimated_hours": 2.5,
        "summary": "The first.",
        "objectives": ["Know one thing.", "Know another."],
        "mosaic": ["99.01"],
        "provisions": ["SYN-1"],
        "prerequisites": [],
        "requires_sequence": False,
        "modules": [
            {
                "slug": "first-module",
                "title": "First module",
                "summary": "M.",
                "lessons": [_lesson("one"), _lesson("two")],
                "quiz": {"title": "Ignored by the curriculum seeder"},
            }
        ],
    },
    {
        "slug": "second-track",
        "title": "Second track",
        "track": "gender_mainstreaming",
        "level": "advanced",
        "estimated_hours": 3,
        "summary": "The second.",
        "objectives": [],
        "mosaic": [],
        "provisions": ["SYN-2"],
        "prerequisites": ["first-track"],
        "requires_sequence": True,
        "modules": [
            {
                "slug": "second-module",
                "title": "Second module",
                "summary": "",
                "lessons": [_lesson("three")],
            }
        ],
    },
]

TRANSLATIONS = {
    "fr": {
        "first-track": {
            "title": "Premier parcours",
            "summary": "Le premier.",
            "objectives": ["Savoir une chose."],
            "modules": {
                "first-module": {
                    "title": "Premier module",
                    "summary": "M.",
                    "lessons": {
                        "one": {
                            "title": "Leçon un",
                            "body": [("rich_text", "<p>Texte.</p>")],
                        }
                    },
                }
            },
        }
    },
    "ar": {"second-track": {"title": "المسار الثاني", "summary": "الثاني."}},
}


@pytest.fixture
def seeded(site):
    references_seed(**REFERENCES)
    return demo.curriculum_seed(tracks=TRACKS, translations=TRANSLATIONS)


def _snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Provision.objects.count(),
        GlossaryTerm.objects.count(),
        WorkflowPage.objects.count(),
    )


def test_references_seed_is_idempotent(site):
    first = references_seed(**REFERENCES)
    again = references_seed(**REFERENCES)
    assert first["provisions"] == 2 and first["glossary"] == 2
    assert not any(again.values())
    term = GlossaryTerm.objects.get(term="Otherword")
    assert term.source_mosaic_module.number == "99.01"
    assert GlossaryTerm.objects.get(term="Synthword").source_provision.key == "SYN-1"
    assert MosaicModule.objects.get(number="99.01").published_on is None
    assert Provision.objects.get(key="SYN-1").citation == "SYN, para. 1"


def test_curriculum_seed_builds_the_tree(seeded):
    english = Locale.objects.get(language_code="en")
    courses = CoursePage.objects.filter(locale=english).order_by("path")
    assert [c.slug for c in courses] == ["first-track", "second-track"]
    first, second = courses
    assert first.live and first.get_parent().specific == seeded
    assert [o.value for o in first.objectives] == ["Know one thing.", "Know another."]
    assert {p.key for p in first.provisions.all()} == {"SYN-1"}
    assert {m.number for m in first.mosaic_modules.all()} == {"99.01"}
    assert list(second.prerequisites.all()) == [first]
    assert second.requires_sequence
    lesson = LessonPage.objects.get(locale=english, slug="one")
    assert [b.block_type for b in lesson.body] == [
        "rich_text",
        "callout",
        "quotation",
        "glossary_term",
        "reflection",
    ]
    assert lesson.body[2].value["provision"].key == "SYN-2"
    assert lesson.body[3].value["term"].term == "Synthword"
    assert {p.key for p in lesson.provisions.all()} == {"SYN-1"}
    assert lesson.get_latest_revision() is not None


def test_curriculum_seed_translates_and_publishes(seeded):
    french = Locale.objects.get(language_code="fr")
    arabic = Locale.objects.get(language_code="ar")
    course = CoursePage.objects.get(locale=french, slug="first-track")
    assert course.alias_of_id is None and course.live
    assert course.title == "Premier parcours"
    assert [o.value for o in course.objectives] == ["Savoir une chose."]
    module = ModulePage.objects.get(locale=french, slug="first-module")
    assert module.title == "Premier module" and module.alias_of_id is None
    lesson = LessonPage.objects.get(locale=french, slug="one")
    assert lesson.title == "Leçon un"
    assert [b.block_type for b in lesson.body] == ["rich_text"]
    # Not in the data: still an alias of the English lesson.
    assert LessonPage.objects.get(locale=french, slug="two").alias_of_id is not None
    assert CoursePage.objects.get(locale=arabic, slug="second-track").title == (
        "المسار الثاني"
    )
    # Every content language has a tree, with placeholders where untranslated.
    for code in ("zh-hans", "ru", "es"):
        assert CatalogPage.objects.filter(locale__language_code=code).exists()
        assert LessonPage.objects.filter(locale__language_code=code).count() == 3


def test_curriculum_seed_is_idempotent(seeded):
    before = _snapshot()
    demo.curriculum_seed(tracks=TRACKS, translations=TRANSLATIONS)
    assert _snapshot() == before


def test_curriculum_seed_publishes_changed_data(seeded):
    changed = [{**TRACKS[0], "summary": "Rewritten."}, TRACKS[1]]
    demo.curriculum_seed(tracks=changed, translations=TRANSLATIONS)
    course = CoursePage.objects.get(locale__language_code="en", slug="first-track")
    assert course.summary == "Rewritten."
    assert course.live and not course.has_unpublished_changes


def test_review_workflow_is_attached_to_every_catalogue(seeded):
    task = GroupApprovalTask.objects.get(name=demo.TASK_NAME)
    assert [g.name for g in task.groups.all()] == ["Programme manager"]
    for catalog in CatalogPage.objects.all():
        workflow = catalog.get_workflow()
        assert workflow is not None and workflow.name == demo.WORKFLOW_NAME
    lesson = LessonPage.objects.get(locale__language_code="en", slug="one")
    assert lesson.get_workflow().name == demo.WORKFLOW_NAME


def test_seed_merges_the_tracks_extra_references(site, monkeypatch):
    from courses import demo_data
    from courses.demo_data import translations

    references_seed(**REFERENCES)
    extra = {
        "key": "SYN-X",
        "instrument": "SYN",
        "reference": "annex",
        "title": "Extra",
        "summary": "",
    }
    track = {**TRACKS[0], "provisions": ["SYN-X"]}
    monkeypatch.setattr(demo_data, "TRACKS", [track])
    monkeypatch.setattr(demo_data, "EXTRA_PROVISIONS", [extra])
    monkeypatch.setattr(
        demo_data,
        "EXTRA_MOSAIC",
        [{"number": "99.02", "title": "Extra module", "version": "1", "date": ""}],
    )
    monkeypatch.setattr(translations, "TRANSLATIONS", {})
    demo.seed(log=lambda *_: None, credentials=[])
    course = CoursePage.objects.get(locale__language_code="en", slug="first-track")
    assert {p.key for p in course.provisions.all()} == {"SYN-X"}
    assert MosaicModule.objects.filter(number="99.02").exists()


def test_second_seed_keeps_the_practice_activity_and_its_block_id(seeded):
    from content.h5p.services import package_import
    from tests.h5p import archives

    package = package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package
    lesson = LessonPage.objects.filter(locale__language_code="en").first()
    lines = []
    demo.practice_activity_seed(
        lesson_slug=lesson.slug, package=package, log=lines.append
    )
    (block_id,) = [
        b.id for b in LessonPage.objects.get(pk=lesson.pk).body if b.block_type == "h5p"
    ]
    before = _snapshot()

    demo.curriculum_seed(tracks=TRACKS, translations=TRANSLATIONS)
    demo.practice_activity_seed(
        lesson_slug=lesson.slug, package=package, log=lines.append
    )

    # Fellows' H5P results name the block: it stays, with the same id.
    assert [
        b.id for b in LessonPage.objects.get(pk=lesson.pk).body if b.block_type == "h5p"
    ] == [block_id]
    assert _snapshot() == before
    assert len(lines) == 1
