"""Reads for calls, applications, nominations and selection."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.regions import RegionalGroup

from ..choices import ApplicationStatus, Decision
from ..data.m49_groupings import LDC, LLDC, SIDS
from ..models import Application, Call, Nomination, RubricCriterion
from ..models.intake import SCORE_MAX


def calls_open(*, now: datetime | None = None) -> QuerySet[Call]:
    now = now or timezone.now()
    return (
        Call.objects.filter(opens_at__lte=now, closes_at__gt=now)
        .select_related("cohort", "cohort__cycle")
        .order_by("closes_at")
    )


def call_is_open(*, call: Call, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return call.opens_at <= now < call.closes_at


def applications_of(*, user) -> QuerySet[Application]:
    """A person's own applications, newest first."""
    return (
        Application.objects.filter(applicant=user)
        .select_related("call__cohort", "nomination")
        .order_by("-submitted_at")
    )


def application_for(*, call: Call, user) -> Application | None:
    return Application.objects.filter(call=call, applicant=user).first()


def candidates_of_state(*, country: str, now: datetime | None = None):
    """A State's candidates in calls not yet closed: those waiting for a
    decision, and every one the State has put forward (decided or not), so
    that the places shown as used are the candidates shown. One query.
    """
    if not country:
        return Application.objects.none()
    now = now or timezone.now()
    return (
        Application.objects.filter(country=country, call__closes_at__gt=now)
        .filter(
            Q(status__in=[ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED])
            | Q(nomination__country=country)
        )
        .select_related("applicant", "call__cohort", "nomination")
        .order_by("call__closes_at", "submitted_at")
    )


def nominations_used(*, call: Call, country: str) -> int:
    """Places a State has used in a call: the count the limit is checked on."""
    return Nomination.objects.filter(application__call=call, country=country).count()


def nomination_counts(*, country: str) -> dict[int, int]:
    """Places a State has used, by call id (one query): as `nominations_used`."""
    return dict(
        Nomination.objects.filter(country=country)
        .values_list("application__call_id")
        .annotate(n=Count("pk"))
        .values_list("application__call_id", "n")
    )


def rubric_of(*, call: Call) -> list[RubricCriterion]:
    return list(call.criteria.order_by("sort_order", "pk"))


def call_applications(*, call: Call, status: str = "") -> QuerySet[Application]:
    """Applications with their weighted score (0-100) and number of reviewers.

    The weighted score is the sum of score x weight over every score given,
    divided by the most those criteria could have earned. One query.
    """
    applications = (
        Application.objects.filter(call=call)
        .select_related("applicant", "nomination")
        .annotate(
            weighted_points=Sum(F("scores__score") * F("scores__criterion__weight")),
            weighted_max=Sum(F("scores__criterion__weight") * SCORE_MAX),
            reviewers=Count("scores__reviewer", distinct=True),
        )
        .order_by("submitted_at", "pk")
    )
    if status:
        applications = applications.filter(status=status)
    return applications


def weighted_percent(application: Application) -> int | None:
    points = getattr(application, "weighted_points", None)
    maximum = getattr(application, "weighted_max", None)
    if not maximum:
        return None
    return round(100 * (points or 0) / maximum)


def scores_by(*, application: Application, reviewer) -> dict[int, int]:
    return dict(
        application.scores.filter(reviewer=reviewer).values_list(
            "criterion_id", "score"
        )
    )


@dataclass
class IndicatorRow:
    key: str
    label: str
    accepted: int
    accepted_percent: int
    candidates: int
    candidates_percent: int


@dataclass
class Breakdown:
    """One dimension of the selection: the accepted beside all candidates."""

    title: str
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass
class SelectionIndicators:
    accepted: int
    candidates: int
    waitlisted: int
    breakdowns: list[Breakdown]
    countries: int
    applicant_countries: int


_NOT_STATED = _("Not stated")
_SPECIAL = {
    "ldc": (_("Least developed countries"), LDC),
    "lldc": (_("Landlocked developing countries"), LLDC),
    "sids": (_("Small island developing States"), SIDS),
}


def _share(count: int, total: int) -> int:
    return round(100 * count / total) if total else 0


def _breakdown(title, labels: dict, key_of, accepted: list, pool: list) -> Breakdown:
    accepted_counts = Counter(key_of(row) for row in accepted)
    pool_counts = Counter(key_of(row) for row in pool)
    keys = list(labels)
    if pool_counts.get(""):
        keys.append("")
    return Breakdown(
        title=str(title),
        rows=[
            IndicatorRow(
                key=key,
                label=str(labels.get(key, _NOT_STATED)),
                accepted=accepted_counts.get(key, 0),
                accepted_percent=_share(accepted_counts.get(key, 0), len(accepted)),
                candidates=pool_counts.get(key, 0),
                candidates_percent=_share(pool_counts.get(key, 0), len(pool)),
            )
            for key in keys
        ],
    )


def _special_breakdown(accepted: list, pool: list) -> Breakdown:
    rows = []
    for key, (label, members) in _SPECIAL.items():
        in_accepted = sum(1 for row in accepted if row[4] in members)
        in_pool = sum(1 for row in pool if row[4] in members)
        rows.append(
            IndicatorRow(
                key=key,
                label=str(label),
                accepted=in_accepted,
                accepted_percent=_share(in_accepted, len(accepted)),
                candidates=in_pool,
                candidates_percent=_share(in_pool, len(pool)),
            )
        )
    return Breakdown(title=str(_("Countries in special situations")), rows=rows)


def selection_indicators(*, call: Call) -> SelectionIndicators:
    """The balance of the accepted candidates beside the whole pool, live
    while managers decide.

    Accepted counts the published acceptances and the draft ones. Gender, UN
    regional group, agency type, countries, and least developed, landlocked
    developing and small island developing States (UN M49). The pool is every
    application not withdrawn. One query.
    """
    pool = list(
        Application.objects.filter(call=call)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .values_list(
            "status",
            "gender",
            "regional_group",
            "agency_type",
            "country",
            "draft_decision",
        )
    )
    accepted = [
        row
        for row in pool
        if row[0] == ApplicationStatus.ACCEPTED or row[5] == Decision.ACCEPT
    ]
    return SelectionIndicators(
        accepted=len(accepted),
        candidates=len(pool),
        waitlisted=sum(1 for row in pool if row[0] == ApplicationStatus.WAITLISTED),
        breakdowns=[
            _breakdown(
                _("Gender"), dict(Gender.choices), lambda r: r[1], accepted, pool
            ),
            _breakdown(
                _("UN regional group"),
                dict(RegionalGroup.choices),
                lambda r: r[2],
                accepted,
                pool,
            ),
            _breakdown(
                _("Agency type"),
                dict(AgencyType.choices),
                lambda r: r[3],
                accepted,
                pool,
            ),
            _special_breakdown(accepted, pool),
        ],
        countries=len({row[4] for row in accepted if row[4]}),
        applicant_countries=len({row[4] for row in pool if row[4]}),
    )


def country_name(code: str) -> str:
    return str(countries.name(code)) if code else ""
