"""The managers' cohort dashboard: one read of persistent rows, then Python.

`cohort_dashboard` runs a fixed number of queries (cohort courses,
memberships, prerequisites, progress rows, sessions, attendance, plus whatever the
registered score and certification sources run) whatever the cohort's size.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.paginator import Page, Paginator
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.regions import RegionalGroup

from .. import registry
from ..choices import AttendanceStatus, CourseKind, MembershipStatus
from ..models import Attendance, Cohort, CohortCourse, Membership, Session
from ..progress import ProgressRow, course_prerequisites, progress_rows

# A fellow this many points behind the pace their due date implies is at risk.
BEHIND_MARGIN = 25


@dataclass
class DashboardFilters:
    status: str = MembershipStatus.ACTIVE
    country: str = ""
    region: str = ""
    gender: str = ""
    agency: str = ""
    at_risk: bool = False


@dataclass
class Cell:
    cohort_course: CohortCourse
    percent: int = 0
    started: bool = False
    completed: bool = False
    overdue: bool = False
    behind: bool = False
    # Closed behind a prerequisite the fellow has not completed: "not started
    # (locked)", never "behind" or "overdue" on its own account.
    locked: bool = False
    score: float | None = None

    @property
    def required(self) -> bool:
        return self.cohort_course.kind == CourseKind.REQUIRED


@dataclass
class FellowRow:
    membership: Membership
    cells: list[Cell]
    last_activity_at: datetime | None
    inactive: bool
    sessions_attended: int = 0
    sessions_counted: int = 0
    certified: bool = False

    @property
    def required(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.required]

    @property
    def behind(self) -> bool:
        """Behind on a required course; an elective never puts a fellow at risk."""
        return any(cell.behind or cell.overdue for cell in self.required)

    @property
    def at_risk(self) -> bool:
        return self.behind or self.inactive

    @property
    def started(self) -> bool:
        return any(cell.started for cell in self.cells)

    @property
    def required_percent(self) -> int:
        required = self.required
        if not required:
            return 100
        return round(sum(cell.percent for cell in required) / len(required))

    @property
    def completed_required(self) -> bool:
        return all(cell.completed for cell in self.required)

    @property
    def overdue_count(self) -> int:
        return sum(1 for cell in self.required if cell.overdue)

    @property
    def attendance_percent(self) -> int | None:
        if not self.sessions_counted:
            return None
        return round(100 * self.sessions_attended / self.sessions_counted)


@dataclass
class BreakdownRow:
    key: str
    label: str
    fellows: int = 0
    completed: int = 0
    at_risk: int = 0

    @property
    def completed_percent(self) -> int:
        return round(100 * self.completed / self.fellows) if self.fellows else 0


@dataclass
class Breakdown:
    name: str
    title: str
    rows: list[BreakdownRow] = field(default_factory=list)

    @property
    def largest(self) -> int:
        return max((row.fellows for row in self.rows), default=0)


@dataclass
class FunnelStage:
    label: str
    count: int
    percent: int


@dataclass
class CohortDashboard:
    cohort: Cohort
    today: date
    courses: list[CohortCourse]
    rows: list[FellowRow]
    funnel: list[FunnelStage]
    breakdowns: list[Breakdown]
    sessions: int
    certification_available: bool

    @property
    def at_risk(self) -> list[FellowRow]:
        return [row for row in self.rows if row.at_risk]


def _expected_percent(*, starts_on: date, due_date: date, today: date) -> int:
    if today <= starts_on:
        return 0
    if today >= due_date:
        return 100
    span = (due_date - starts_on).days or 1
    return round(100 * (today - starts_on).days / span)


def _cell(
    *,
    cohort_course: CohortCourse,
    progress: ProgressRow | None,
    starts_on,
    today,
    locked: bool = False,
) -> Cell:
    cell = Cell(cohort_course=cohort_course)
    if progress is not None:
        cell.percent = progress.percent
        cell.completed = progress.completed_at is not None
        cell.started = progress.lessons_completed > 0 or bool(progress.last_activity_at)
    if not cell.completed and not cell.started and locked:
        cell.locked = True
        return cell
    if not cell.completed:
        cell.overdue = cohort_course.due_date < today
        expected = _expected_percent(
            starts_on=starts_on, due_date=cohort_course.due_date, today=today
        )
        cell.behind = not cell.overdue and cell.percent + BEHIND_MARGIN < expected
    return cell


def _locked(progress: dict, user_id: int, prerequisite_ids) -> bool:
    for prerequisite_id in prerequisite_ids:
        row = progress.get((user_id, prerequisite_id))
        if row is None or row.completed_at is None:
            return True
    return False


def fellow_is_inactive(
    *, membership: Membership, last_activity: datetime | None, cohort: Cohort, today
) -> bool:
    if today < cohort.online_starts_on or today > cohort.online_ends_on:
        return False
    reference = last_activity or membership.created_at
    reference_day = max(timezone.localdate(reference), cohort.online_starts_on)
    return (today - reference_day).days >= cohort.inactivity_days


def _memberships(cohort: Cohort, filters: DashboardFilters):
    memberships = Membership.objects.filter(cohort=cohort).select_related("user")
    if filters.status:
        memberships = memberships.filter(status=filters.status)
    for name, value in (
        ("country", filters.country),
        ("regional_group", filters.region),
        ("gender", filters.gender),
        ("agency_type", filters.agency),
    ):
        if value:
            memberships = memberships.filter(**{name: value})
    return list(memberships.order_by("user__full_name", "pk"))


def cohort_courses(*, cohort: Cohort) -> list[CohortCourse]:
    return list(
        CohortCourse.objects.filter(cohort=cohort)
        .select_related("course")
        .order_by("sort_order", "due_date", "pk")
    )


def _attendance(cohort: Cohort, today: date) -> tuple[int, dict[int, Counter]]:
    held = Session.objects.filter(cohort=cohort, starts_at__date__lte=today).count()
    by_user: dict[int, Counter] = defaultdict(Counter)
    for user_id, status, n in (
        Attendance.objects.filter(
            session__cohort=cohort, session__starts_at__date__lte=today
        )
        .values_list("user_id", "status")
        .annotate(n=Count("pk"))
        .values_list("user_id", "status", "n")
    ):
        by_user[user_id][status] = n
    return held, by_user


def cohort_dashboard(
    *,
    cohort: Cohort,
    filters: DashboardFilters | None = None,
    today: date | None = None,
) -> CohortDashboard:
    filters = filters or DashboardFilters()
    today = today or timezone.localdate()
    courses = cohort_courses(cohort=cohort)
    memberships = _memberships(cohort, filters)
    user_ids = [m.user_id for m in memberships]
    course_ids = [cc.course_id for cc in courses]
    prerequisites = course_prerequisites(course_ids=course_ids)
    progress = progress_rows(
        user_ids=user_ids,
        course_ids={*course_ids, *(p for ids in prerequisites.values() for p in ids)},
    )
    scores = (
        registry.scores(user_ids=user_ids, course_ids=course_ids) if user_ids else {}
    )
    certified = (
        registry.certified_pairs(cohort_ids=[cohort.pk])
        if registry.certification_available()
        else set()
    )
    held, attendance = _attendance(cohort, today)

    rows = []
    for membership in memberships:
        cells = []
        activity = []
        for cohort_course in courses:
            row = progress.get((membership.user_id, cohort_course.course_id))
            cell = _cell(
                cohort_course=cohort_course,
                progress=row,
                starts_on=cohort.online_starts_on,
                today=today,
                locked=_locked(
                    progress,
                    membership.user_id,
                    prerequisites.get(cohort_course.course_id, ()),
                ),
            )
            cell.score = scores.get((membership.user_id, cohort_course.course_id))
            cells.append(cell)
            if row is not None and row.last_activity_at:
                activity.append(row.last_activity_at)
        last_activity = max(activity) if activity else None
        counted = attendance.get(membership.user_id, Counter())
        fellow = FellowRow(
            membership=membership,
            cells=cells,
            last_activity_at=last_activity,
            inactive=fellow_is_inactive(
                membership=membership,
                last_activity=last_activity,
                cohort=cohort,
                today=today,
            ),
            sessions_attended=counted[AttendanceStatus.PRESENT],
            sessions_counted=max(held - counted[AttendanceStatus.EXCUSED], 0),
            certified=(cohort.pk, membership.user_id) in certified,
        )
        if fellow.completed_required:
            fellow.inactive = False
        rows.append(fellow)
    if filters.at_risk:
        rows = [row for row in rows if row.at_risk]
    return CohortDashboard(
        cohort=cohort,
        today=today,
        courses=courses,
        rows=rows,
        funnel=_funnel(rows),
        breakdowns=_breakdowns(rows),
        sessions=held,
        certification_available=registry.certification_available(),
    )


DASHBOARD_PAGE_SIZE = 50


def dashboard_page(*, dashboard: CohortDashboard, number) -> Page:
    """One page of the fellows' rows, those at risk first (then by name).

    The funnel and breakdowns count every row; only the matrix is paged, so
    the page weighs the same for 100 fellows as for 5,000.
    """
    rows = sorted(dashboard.rows, key=lambda row: not row.at_risk)
    return Paginator(rows, DASHBOARD_PAGE_SIZE).get_page(number)


def _funnel(rows: list[FellowRow]) -> list[FunnelStage]:
    total = len(rows)
    stages = [
        (_("Fellows"), total),
        (_("Started"), sum(1 for row in rows if row.started)),
        (_("Halfway"), sum(1 for row in rows if row.required_percent >= 50)),
        (
            _("Completed required courses"),
            sum(1 for row in rows if row.completed_required),
        ),
        (_("Certified"), sum(1 for row in rows if row.certified)),
    ]
    return [
        FunnelStage(str(label), count, round(100 * count / total) if total else 0)
        for label, count in stages
    ]


NOT_STATED = _("Not stated")


def _breakdowns(rows: list[FellowRow]) -> list[Breakdown]:
    dimensions = [
        ("gender", _("Gender"), dict(Gender.choices)),
        ("regional_group", _("UN regional group"), dict(RegionalGroup.choices)),
        ("agency_type", _("Agency type"), dict(AgencyType.choices)),
        ("country", _("Country"), None),
    ]
    breakdowns = []
    for attribute, title, labels in dimensions:
        grouped: dict[str, BreakdownRow] = {}
        for row in rows:
            key = str(getattr(row.membership, attribute) or "")
            if key not in grouped:
                if labels is not None:
                    label = labels.get(key, NOT_STATED)
                else:
                    label = countries.name(key) if key else NOT_STATED
                grouped[key] = BreakdownRow(key=key, label=str(label))
            entry = grouped[key]
            entry.fellows += 1
            entry.completed += row.completed_required
            entry.at_risk += row.at_risk
        ordered = sorted(grouped.values(), key=lambda r: (-r.fellows, r.label))
        breakdowns.append(Breakdown(name=attribute, title=str(title), rows=ordered))
    return breakdowns


def cohort_attendance_met(*, cohort: Cohort, user) -> bool:
    """Whether a fellow attended the share of held sessions the cohort requires.

    Excused absences leave the count of sessions; with no session held (or
    none counted) the rule is met. Two queries.
    """
    today = timezone.localdate()
    held = Session.objects.filter(cohort=cohort, starts_at__date__lte=today).count()
    counted = Counter(
        dict(
            Attendance.objects.filter(
                session__cohort=cohort, session__starts_at__date__lte=today, user=user
            )
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
    )
    sessions = held - counted[AttendanceStatus.EXCUSED]
    if sessions <= 0:
        return True
    return (
        100 * counted[AttendanceStatus.PRESENT]
        >= cohort.attendance_min_percent * sessions
    )
