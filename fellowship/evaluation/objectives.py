"""How a course's learning objectives are identified, and how questions
name the objective they test.

An objective is one `objective` block of `CoursePage.objectives`. Its key is
the first eight hexadecimal characters of the block id: Wagtail keeps a
block's id when its text is edited or the blocks reordered, and
wagtail-localize keeps it in every translation, so the key is the same for
the page in any language. Instructors tag each question of a pre- or
post-test with `objective-<key>`; the admin lists the tag of each objective.
"""

from dataclasses import dataclass

TAG_PREFIX = "objective-"
KEY_LENGTH = 8


@dataclass(frozen=True)
class Objective:
    key: str
    text: str

    @property
    def tag(self) -> str:
        return objective_tag(self.key)


def objective_key(block_id) -> str:
    return str(block_id).replace("-", "")[:KEY_LENGTH].lower()


def objective_tag(key: str) -> str:
    return f"{TAG_PREFIX}{key}"


def key_from_tags(tag_names) -> str | None:
    """The objective key a question's tags name (the first, if several)."""
    for name in sorted(tag_names):
        if name.lower().startswith(TAG_PREFIX):
            return name[len(TAG_PREFIX) :].lower()
    return None


def course_objectives(*, course) -> list[Objective]:
    """The objectives of a course page, in its language, in order."""
    return [
        Objective(key=objective_key(block.id), text=str(block.value))
        for block in course.objectives
        if block.block_type == "objective" and block.id
    ]
