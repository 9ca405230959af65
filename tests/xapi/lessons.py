"""A course with a lesson that plays H5P activities, set up as authors do."""

from dataclasses import dataclass

from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage


@dataclass
class H5PLesson:
    course: CoursePage
    module: ModulePage
    lesson: LessonPage

    @property
    def block_ids(self) -> list[str]:
        return [
            str(block.id) for block in self.lesson.body if block.block_type == "h5p"
        ]

    @property
    def block_id(self) -> str:
        return self.block_ids[0]


def h5p_lesson(
    *,
    site,
    package,
    grading_policy: str = "best",
    required: bool = True,
    counts_browser_scores: bool = False,
    blocks: int = 1,
    slug: str = "salw-marking",
) -> H5PLesson:
    home = site.root_page
    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = CatalogPage(title="Courses", slug="courses")
        home.add_child(instance=catalog)
    course = CoursePage(
        title=f"Course {slug}",
        slug=slug,
        summary="Marking and record-keeping of small arms.",
        counts_browser_scores=counts_browser_scores,
    )
    catalog.add_child(instance=course)
    module = ModulePage(title="Module 1", slug="module-1")
    course.add_child(instance=module)
    body = [
        (
            "h5p",
            {
                "package": package,
                "grading_policy": grading_policy,
                "required": required,
            },
        )
        for _index in range(blocks)
    ]
    lesson = LessonPage(title="Marking in practice", slug="marking", body=body)
    module.add_child(instance=lesson)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    return H5PLesson(course=course, module=module, lesson=lesson)
