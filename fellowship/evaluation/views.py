"""Fellow-facing views: a fellow's own gain, and the surveys they answer.

Every view answers 404 to anyone who is not a current member of the cohort
(or, for the gain, has no scores in the course), as if nothing were there.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.models import CoursePage
from fellowship.cohorts.selectors import cohort_course_ids, membership_current

from . import charts, selectors, services
from .choices import FOLLOW_UP_MONTHS, ItemKind, SurveyKind
from .models import Survey


@login_required
def my_gain(request, course_id):
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise Http404
    course = course.localized
    rows = selectors.fellow_gain(user=request.user, course=course)
    if not rows:
        raise Http404
    return render(
        request,
        "evaluation/my_gain.html",
        {"course": course, "rows": rows, "bars": charts.fellow_bars(rows)},
    )


def _membership(request, cohort_id):
    membership = membership_current(cohort_id=cohort_id, user=request.user)
    if membership is None:
        raise Http404
    return membership


def _active_survey(kind: str) -> Survey:
    survey = Survey.objects.filter(kind=kind, is_active=True).first()
    if survey is None:
        raise Http404
    return survey


def _answer_survey(request, *, survey, cohort, heading, course=None, months=None):
    items = list(survey.items.all())
    errors: dict = {}
    values = {}
    if request.method == "POST":
        values = {item.key: request.POST.get(item.key, "") for item in items}
        try:
            services.survey_submit(
                survey=survey,
                respondent=request.user,
                cohort=cohort,
                course=course,
                follow_up_months=months,
                answers=values,
                consent_to_quote=request.POST.get("consent_to_quote") == "on",
            )
        except services.SurveyError as error:
            if hasattr(error, "error_dict"):
                errors = {key: e[0].message for key, e in error.error_dict.items()}
            else:
                messages.error(request, error.messages[0])
                return redirect(request.path)
        else:
            messages.success(request, _("Thank you: your answers are saved."))
            return redirect(request.path + "?done=1")
    return render(
        request,
        "evaluation/survey.html",
        {
            "survey": survey,
            "heading": heading,
            "cohort": cohort,
            "course": course,
            "months": months,
            "items": [
                {
                    "item": item,
                    "error": errors.get(item.key),
                    "value": values.get(item.key, ""),
                }
                for item in items
            ],
            "errors": errors,
            "done": request.GET.get("done") == "1" and not errors,
            "item_kinds": ItemKind,
            "likert": [
                (1, _("Strongly disagree")),
                (2, _("Disagree")),
                (3, _("Neither agree nor disagree")),
                (4, _("Agree")),
                (5, _("Strongly agree")),
            ],
            "is_follow_up": survey.kind == SurveyKind.FOLLOW_UP,
        },
        status=400 if errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def course_survey(request, cohort_id, course_id):
    membership = _membership(request, cohort_id)
    if course_id not in cohort_course_ids(cohort_ids=[cohort_id]).get(cohort_id, []):
        raise Http404
    course = CoursePage.objects.get(pk=course_id)
    return _answer_survey(
        request,
        survey=_active_survey(SurveyKind.COURSE_END),
        cohort=membership.cohort,
        course=course,
        heading=course.localized.title,
    )


@login_required
@require_http_methods(["GET", "POST"])
def in_person_survey(request, cohort_id):
    membership = _membership(request, cohort_id)
    if membership.cohort.in_person_starts_on is None:
        raise Http404
    return _answer_survey(
        request,
        survey=_active_survey(SurveyKind.IN_PERSON),
        cohort=membership.cohort,
        heading=membership.cohort.name,
    )


@login_required
@require_http_methods(["GET", "POST"])
def follow_up(request, cohort_id, months):
    membership = _membership(request, cohort_id)
    cohort = membership.cohort
    ended = cohort.in_person_ends_on or cohort.online_ends_on
    if (
        months not in FOLLOW_UP_MONTHS
        or services.months_before(timezone.localdate(), months) < ended
    ):
        raise Http404
    return _answer_survey(
        request,
        survey=_active_survey(SurveyKind.FOLLOW_UP),
        cohort=cohort,
        months=months,
        heading=cohort.name,
    )
