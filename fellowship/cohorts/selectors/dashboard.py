"""The managers' cohort dashboard: one read of persistent rows, then Python.

`cohort_dashboard` runs a fixed number of queries (cohort courses,
memberships, prerequisites, progress rows, sessions, attendance, plus whatever the
registered score and certification sources run) whatever the cohort's size.
The funnel and the breakdowns count every fellow, so every fellow is read; they
are read as plain values (no model instances), and the other queries select
the cohort's fellows by a subquery rather than by a list of thousands of ids.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import NamedTuple

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import Country

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


@dataclass(slots=True)
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


class Person(NamedTuple):
    full_name: str
    email: str


GENDERS = dict(Gender.choices)
AGENCY_TYPES = dict(AgencyType.choices)
REGIONAL_GROUPS = dict(RegionalGroup.choices)
STATUSES = dict(MembershipStatus.choices)


class FellowMembership:
    """What the dashboard shows of a membership, read as values.

    The attributes the dashboard's templates and exports use of a
    `Membership` (and of its user: `user.full_name`, `user.email`), without
    building a model instance for each of thousands of fellows.
    """

    __slots__ = (
        "pk",
        "user_id",
        "status",
        "country_code",
        "regional_group",
        "gender",
        "agency_type",
        "joined_before_cutoff",
        "user",
    )

    FIELDS = (
        "pk",
        "user_id",
        "status",
        "country",
        "regional_group",
        "gender",
        "agency_type",
        "joined_before_cutoff",
        "user__full_name",
        "user__email",
    )

    def __init__(self, pk, user_id, status, country, regional_group, gender,
                 agency_type, joined_before_cutoff, full_name, email):  # fmt: skip
        self.pk = pk
        self.user_id = user_id
        self.status = status
        self.country_code = country or ""
        self.regional_group = regional_group or ""
        self.gender = gender or ""
        self.agency_type = agency_type or ""
        # Joined before the day's inactivity cutoff (`inactive_before`),
        # worked out by the database.
        self.joined_before_cutoff = joined_before_cutoff
        self.user = Person(full_name, email)

    @property
    def country(self) -> Country:
        return Country(code=self.country_code)

    def get_status_display(self) -> str:
        return str(STATUSES.get(self.status, self.status))

    def get_gender_display(self) -> str:
        return str(GENDERS.get(self.gender, self.gender))

    def get_agency_type_display(self) -> str:
        return str(AGENCY_TYPES.get(self.agency_type, self.agency_type))

    def get_regional_group_display(self) -> str:
        return str(REGIONAL_GROUPS.get(self.regional_group, ""))


@dataclass
class FellowRow:
    """A fellow's line; what it derives from its cells is worked out once.

    `inactive` is the fellow's inactivity as read; a fellow who completed
    every required course is never counted inactive.
    """

    membership: FellowMembership
    cells: list[Cell]
    last_activity_at: datetime | None
    inactive: bool
    sessions_attended: int = 0
    sessions_counted: int = 0
    certified: bool = False
    # Derived from the cells in __post_init__.
    required: list[Cell] = field(init=False)
    behind: bool = field(init=False)
    at_risk: bool = field(init=False)
    started: bool = field(init=False)
    required_percent: int = field(init=False)
    completed_required: bool = field(init=False)
    overdue_count: int = field(init=False)

    def __post_init__(self):
        required = [cell for cell in self.cells if cell.required]
        self.required = required
        # Behind on a required course; an elective never puts a fellow at risk.
        self.behind = any(cell.behind or cell.overdue for cell in required)
        self.started = any(cell.started for cell in self.cells)
        self.required_percent = (
            round(sum(cell.percent for cell in required) / len(required))
            if required
            else 100
        )
        self.completed_required = all(cell.completed for cell in required)
        self.overdue_count = sum(1 for cell in required if cell.overdue)
        if self.completed_required:
            self.inactive = False
        self.at_risk = self.behind or self.inactive

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

    @cached_property
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
    overdue: bool,
    expected: int,
    locked: bool = False,
) -> Cell:
    """One course of one fellow; `overdue` and `expected` (the percent the
    due date implies today) are the same for every fellow."""
    cell = Cell(cohort_course=cohort_course)
    if progress is not None:
        cell.percent = progress.percent
        cell.completed = progress.completed_at is not None
        cell.started = progress.lessons_completed > 0 or bool(progress.last_activity_at)
    if not cell.completed and not cell.started and locked:
        cell.locked = True
        return cell
    if not cell.completed:
        cell.overdue = overdue
        cell.behind = not overdue and cell.percent + BEHIND_MARGIN < expected
    return cell


def _locked(progress: dict, user_id: int, prerequisite_ids) -> bool:
    for prerequisite_id in prerequisite_ids:
        row = progress.get((user_id, prerequisite_id))
        if row is None or row.completed_at is None:
            return True
    return False


def inactive_before(*, cohort: Cohort, today: date) -> datetime | None:
    """The moment before which a fellow's last sign of life makes them inactive.

    A fellow is inactive once `inactivity_days` full days (in the site's time
    zone) have passed since their last activity (or their joining), counting
    from the start of the online phase at the earliest; nobody is inactive
    outside the online phase. None when nobody can be inactive today.
    """
    if today < cohort.online_starts_on or today > cohort.online_ends_on:
        return None
    last_quiet_day = today - timedelta(days=cohort.inactivity_days)
    if cohort.online_starts_on > last_quiet_day:
        return None
    return timezone.make_aware(
        datetime.combine(last_quiet_day + timedelta(days=1), time.min)
    )


def fellow_is_inactive(
    *,
    membership: Membership | FellowMembership,
    last_activity: datetime | None,
    cohort: Cohort,
    today,
) -> bool:
    before = inactive_before(cohort=cohort, today=today)
    return before is not None and (last_activity or membership.created_at) < before


def _memberships(cohort: Cohort, filters: DashboardFilters):
    """The memberships the filters select, as a query (not yet run)."""
    memberships = Membership.objects.filter(cohort=cohort)
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
    return memberships


def _fellows(memberships, *, before: datetime | None) -> list[FellowMembership]:
    cutoff = (
        ExpressionWrapper(Q(created_at__lt=before), output_field=BooleanField())
        if before is not None
        else Value(False)
    )
    return [
        FellowMembership(*values)
        for values in memberships.annotate(joined_before_cutoff=cutoff)
        .order_by("user__full_name", "pk")
        .values_list(*FellowMembership.FIELDS)
    ]


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
    before = inactive_before(cohort=cohort, today=today)
    selected = _memberships(cohort, filters)
    memberships = _fellows(selected, before=before)
    # The same fellows, as a subquery of the next queries.
    user_ids = selected.order_by().values("user_id")
    course_ids = [cc.course_id for cc in courses]
    prerequisites = course_prerequisites(course_ids=course_ids)
    progress = (
        progress_rows(
            user_ids=user_ids,
            course_ids={
                *course_ids,
                *(p for ids in prerequisites.values() for p in ids),
            },
        )
        if memberships
        else {}
    )
    scores = (
        registry.scores(user_ids=user_ids, course_ids=course_ids) if memberships else {}
    )
    certified = (
        registry.certified_pairs(cohort_ids=[cohort.pk])
        if registry.certification_available()
        else set()
    )
    held, attendance = _attendance(cohort, today)

    # What is the same for every fellow, per course.
    columns = [
        (
            cohort_course,
            cohort_course.course_id,
            tuple(prerequisites.get(cohort_course.course_id, ())),
            cohort_course.due_date < today,
            _expected_percent(
                starts_on=cohort.online_starts_on,
                due_date=cohort_course.due_date,
                today=today,
            ),
        )
        for cohort_course in courses
    ]
    no_attendance: Counter = Counter()
    rows = []
    for membership in memberships:
        user_id = membership.user_id
        cells = []
        last_activity = None
        for cohort_course, course_id, prerequisite_ids, overdue, expected in columns:
            row = progress.get((user_id, course_id))
            cell = _cell(
                cohort_course=cohort_course,
                progress=row,
                overdue=overdue,
                expected=expected,
                locked=bool(prerequisite_ids)
                and _locked(progress, user_id, prerequisite_ids),
            )
            cell.score = scores.get((user_id, course_id))
            cells.append(cell)
            if row is not None and row.last_activity_at:
                if last_activity is None or row.last_activity_at > last_activity:
                    last_activity = row.last_activity_at
        counted = attendance.get(user_id, no_attendance)
        rows.append(
            FellowRow(
                membership=membership,
                cells=cells,
                last_activity_at=last_activity,
                inactive=before is not None
                and (
                    last_activity < before
                    if last_activity is not None
                    else membership.joined_before_cutoff
                ),
                sessions_attended=counted[AttendanceStatus.PRESENT],
                sessions_counted=max(held - counted[AttendanceStatus.EXCUSED], 0),
                certified=(cohort.pk, user_id) in certified,
            )
        )
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


def dashboard_release(*, dashboard: CohortDashboard, page: Page) -> None:
    """Let go of every fellow's row once the page is rendered (what a
    rendered page still holds: the cohort, funnel and breakdowns)."""
    dashboard.rows = []
    dashboard.__dict__.pop("at_risk", None)
    page.paginator.object_list = []
    page.object_list = []


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
        ("gender", "gender", _("Gender"), GENDERS),
        ("regional_group", "regional_group", _("UN regional group"), REGIONAL_GROUPS),
        ("agency_type", "agency_type", _("Agency type"), AGENCY_TYPES),
        ("country", "country_code", _("Country"), None),
    ]
    breakdowns = []
    for name, attribute, title, labels in dimensions:
        grouped: dict[str, BreakdownRow] = {}
        for row in rows:
            key = getattr(row.membership, attribute)
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
        breakdowns.append(Breakdown(name=name, title=str(title), rows=ordered))
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
