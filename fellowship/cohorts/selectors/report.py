"""The programme report per cycle, for the Secretariat.

Counts applicants, accepted candidates, fellows who completed every required
course of their cohort, and certified fellows (from the certification source
registered by the certificates app; 0 and flagged while there is none), by
cohort, gender, UN regional group and country. Five queries.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from fellowship.accounts.choices import Gender
from fellowship.accounts.regions import RegionalGroup

from .. import registry
from ..choices import ApplicationStatus, CourseKind, MembershipStatus
from ..models import Application, Cohort, CohortCourse, Cycle, Membership
from ..progress import progress_rows

NOT_STATED = _("Not stated")


@dataclass
class ReportRow:
    key: str
    label: str
    applicants: int = 0
    accepted: int = 0
    completed: int = 0
    certified: int = 0


@dataclass
class ReportSection:
    name: str
    title: str
    rows: list[ReportRow] = field(default_factory=list)


@dataclass
class CycleReport:
    cycle: Cycle
    cohorts: list[Cohort]
    total: ReportRow
    sections: list[ReportSection]
    certification_available: bool

    COLUMNS = (
        _("Applicants"),
        _("Accepted"),
        _("Completed all required courses"),
        _("Certified"),
    )


def _label(dimension: str, key: str) -> str:
    if not key:
        return str(NOT_STATED)
    if dimension == "gender":
        return str(dict(Gender.choices).get(key, key))
    if dimension == "regional_group":
        return str(dict(RegionalGroup.choices).get(key, key))
    return str(countries.name(key))


def cycle_report(*, cycle: Cycle, cohorts: QuerySet[Cohort]) -> CycleReport:
    """The report over `cohorts` (already scoped to the reader) of `cycle`."""
    cohorts = list(cohorts.filter(cycle=cycle).order_by("online_starts_on", "name"))
    cohort_ids = [c.pk for c in cohorts]
    applications = list(
        Application.objects.filter(call__cohort_id__in=cohort_ids)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .values_list("call__cohort_id", "status", "gender", "regional_group", "country")
    )
    memberships = list(
        Membership.objects.filter(cohort_id__in=cohort_ids)
        .exclude(status=MembershipStatus.WITHDRAWN)
        .values_list(
            "cohort_id", "user_id", "status", "gender", "regional_group", "country"
        )
    )
    required: dict[int, set[int]] = defaultdict(set)
    for cohort_id, course_id in CohortCourse.objects.filter(
        cohort_id__in=cohort_ids, kind=CourseKind.REQUIRED
    ).values_list("cohort_id", "course_id"):
        required[cohort_id].add(course_id)
    progress = progress_rows(
        user_ids={m[1] for m in memberships},
        course_ids=set().union(*required.values()) if required else set(),
    )
    certified = registry.certified_pairs(cohort_ids=cohort_ids) if cohort_ids else set()

    names = {"cohort": {c.pk: c.name for c in cohorts}}
    sections = {
        "cohort": _("By cohort"),
        "gender": _("By gender"),
        "regional_group": _("By UN regional group"),
        "country": _("By country"),
    }
    tables: dict[str, dict[str, ReportRow]] = {name: {} for name in sections}
    total = ReportRow(key="total", label=str(_("Total")))
    for cohort in cohorts:
        tables["cohort"][str(cohort.pk)] = ReportRow(
            key=str(cohort.pk), label=cohort.name
        )

    def rows_for(cohort_id, gender, region, country):
        keys = {
            "cohort": str(cohort_id),
            "gender": gender or "",
            "regional_group": region or "",
            "country": str(country or ""),
        }
        for dimension, key in keys.items():
            table = tables[dimension]
            if key not in table:
                label = (
                    names["cohort"][cohort_id]
                    if dimension == "cohort"
                    else _label(dimension, key)
                )
                table[key] = ReportRow(key=key, label=label)
            yield table[key]
        yield total

    for cohort_id, status, gender, region, country in applications:
        for row in rows_for(cohort_id, gender, region, country):
            row.applicants += 1
            row.accepted += status == ApplicationStatus.ACCEPTED
    for cohort_id, user_id, status, gender, region, country in memberships:
        done = status == MembershipStatus.COMPLETED or all(
            (progress.get((user_id, course_id)) or _NONE).completed_at is not None
            for course_id in required[cohort_id]
        )
        for row in rows_for(cohort_id, gender, region, country):
            row.completed += done
            row.certified += (cohort_id, user_id) in certified

    ordered = []
    for name, title in sections.items():
        rows = list(tables[name].values())
        if name == "cohort":
            order = {str(c.pk): i for i, c in enumerate(cohorts)}
            rows.sort(key=lambda r: order.get(r.key, 0))
        else:
            rows.sort(key=lambda r: (-r.applicants, r.label))
        ordered.append(ReportSection(name=name, title=str(title), rows=rows))
    return CycleReport(
        cycle=cycle,
        cohorts=cohorts,
        total=total,
        sections=ordered,
        certification_available=registry.certification_available(),
    )


class _NoProgress:
    completed_at = None


_NONE = _NoProgress()
