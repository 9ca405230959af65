"""Reads for the selection page: drafts, publications and region focus."""

from django.db.models import QuerySet
from django.utils import timezone

from ..choices import RegionFocus
from ..models import Application, Call, Cohort, SelectionPublication


def application_outside_focus(*, application: Application, cohort: Cohort) -> bool:
    """Whether a candidate's State lies outside the cohort's region focus."""
    if cohort.region_focus == RegionFocus.GLOBAL:
        return False
    return application.regional_group != cohort.region_focus


def call_is_closed(*, call: Call, now=None) -> bool:
    return (now or timezone.now()) >= call.closes_at


def call_drafts_count(*, call: Call) -> int:
    return Application.objects.filter(call=call).exclude(draft_decision="").count()


def selection_publications(*, call: Call) -> QuerySet[SelectionPublication]:
    return SelectionPublication.objects.filter(call=call).select_related("published_by")
