"""One fellow of a cohort in one place, for the managers' fellow page.

`fellow_record` runs a fixed number of queries whatever the number of
courses, sessions, messages, attempts or certificates: cohort courses,
prerequisites, progress rows, sessions, attendance, messages, and one per
registered record source (attempts, certificates).
"""

from dataclasses import dataclass, field

from django.utils import timezone

from .. import registry
from ..models import Attendance, FellowMessage, Membership, Session
from ..progress import course_prerequisites, progress_rows
from .dashboard import Cell, _cell, _expected_percent, _locked, cohort_courses


@dataclass
class SessionLine:
    session: Session
    status: str = ""
    status_label: str = ""


@dataclass
class FellowRecord:
    membership: Membership
    cells: list[Cell]
    sessions: list[SessionLine]
    messages: list[FellowMessage]
    sections: dict[str, list[registry.RecordLine]] = field(default_factory=dict)

    @property
    def attempts(self) -> list[registry.RecordLine]:
        return self.sections.get("attempts", [])

    @property
    def certificates(self) -> list[registry.RecordLine]:
        return self.sections.get("certificates", [])


def fellow_record(*, membership: Membership, today=None) -> FellowRecord:
    today = today or timezone.localdate()
    cohort = membership.cohort
    courses = cohort_courses(cohort=cohort)
    course_ids = [cc.course_id for cc in courses]
    prerequisites = course_prerequisites(course_ids=course_ids)
    progress = progress_rows(
        user_ids=[membership.user_id],
        course_ids={*course_ids, *(p for ids in prerequisites.values() for p in ids)},
    )
    cells = [
        _cell(
            cohort_course=cohort_course,
            progress=progress.get((membership.user_id, cohort_course.course_id)),
            overdue=cohort_course.due_date < today,
            expected=_expected_percent(
                starts_on=cohort.online_starts_on,
                due_date=cohort_course.due_date,
                today=today,
            ),
            locked=_locked(
                progress,
                membership.user_id,
                prerequisites.get(cohort_course.course_id, ()),
            ),
        )
        for cohort_course in courses
    ]
    statuses = {
        row.session_id: row
        for row in Attendance.objects.filter(
            session__cohort=cohort, user_id=membership.user_id
        )
    }
    sessions = []
    for session in Session.objects.filter(cohort=cohort).order_by("starts_at", "pk"):
        row = statuses.get(session.pk)
        sessions.append(
            SessionLine(
                session=session,
                status=row.status if row else "",
                status_label=row.get_status_display() if row else "",
            )
        )
    messages = list(
        FellowMessage.objects.filter(recipient_id=membership.user_id, cohort=cohort)
        .select_related("sender")
        .order_by("-created_at", "-pk")
    )
    sections = {
        name: registry.record_lines(
            section=name,
            user_id=membership.user_id,
            course_ids=course_ids,
            cohort_id=cohort.pk,
        )
        for name in registry.record_sections()
    }
    return FellowRecord(
        membership=membership,
        cells=cells,
        sessions=sessions,
        messages=messages,
        sections=sections,
    )
