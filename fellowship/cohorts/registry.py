"""Extension points for apps above or beside cohorts (certificates, assessments).

Cohorts may not import those apps, so they register here at `ready()`. Each
source runs a fixed number of queries whatever the number of ids.

- Certification source, filled by `fellowship.certificates`
  (`CertificatesConfig.ready` registers `selectors.certified_pairs`):
  `fn(*, cohort_ids: list[int]) -> set[tuple[int, int]]`, the (cohort id,
  user id) pairs holding a valid programme certificate. Without one, reports
  show "certified" as 0 and say the source is missing.
- Score source, filled by `fellowship.assessments`
  (`AssessmentsConfig.ready` registers `cohort_records.course_quiz_scores`,
  the mean of the fellow's kept quiz results in the course):
  `fn(*, user_ids: list[int], course_ids: list[int])
  -> dict[tuple[int, int], float]`, a score (0-100) by (user id, course id)
  for the dashboard matrix. Without one, the score column is empty.
- Record sources, by section, for the managers' fellow page (see below):
  "attempts" filled by `fellowship.assessments` (`cohort_records.attempt_lines`),
  "certificates" by `fellowship.certificates` (`cohort_records.certificate_lines`).

Read by `fellowship.cohorts.selectors` (dashboard, report, fellow record) only.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

CertificationSource = Callable[..., set[tuple[int, int]]]
ScoreSource = Callable[..., dict[tuple[int, int], float]]

_certification_sources: list[CertificationSource] = []
_score_sources: list[ScoreSource] = []


def register_certification_source(source: CertificationSource) -> None:
    if source not in _certification_sources:
        _certification_sources.append(source)


def register_score_source(source: ScoreSource) -> None:
    if source not in _score_sources:
        _score_sources.append(source)


def certification_available() -> bool:
    return bool(_certification_sources)


def certified_pairs(*, cohort_ids: list[int]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for source in _certification_sources:
        found |= set(source(cohort_ids=cohort_ids))
    return found


def scores(
    *, user_ids: list[int], course_ids: list[int]
) -> dict[tuple[int, int], float]:
    found: dict[tuple[int, int], float] = {}
    for source in _score_sources:
        found.update(source(user_ids=user_ids, course_ids=course_ids))
    return found


# Lines of a fellow's record on the managers' fellow page, by section
# ("attempts" from assessments, "certificates" from certificates, each
# registered at its app's ready()): `fn(*, user_id: int, course_ids: list[int],
# cohort_id: int) -> list[RecordLine]`, a fixed number of queries each.
@dataclass(frozen=True)
class RecordLine:
    title: str
    detail: str = ""
    when: datetime | None = None
    course_id: int | None = None


RecordSource = Callable[..., list[RecordLine]]
_record_sources: dict[str, list[RecordSource]] = {}


def register_record_source(section: str, source: RecordSource) -> None:
    sources = _record_sources.setdefault(section, [])
    if source not in sources:
        sources.append(source)


def record_sections() -> list[str]:
    return list(_record_sources)


def record_lines(
    *, section: str, user_id: int, course_ids: list[int], cohort_id: int
) -> list[RecordLine]:
    found: list[RecordLine] = []
    for source in _record_sources.get(section, []):
        found.extend(
            source(user_id=user_id, course_ids=course_ids, cohort_id=cohort_id)
        )
    return found
