"""Writes for evaluation: scores per objective, survey answers, follow-ups."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from fellowship.accounts.services import notification_post
from fellowship.assessments.selectors import (
    first_graded_answers,
    question_facilities,
    question_tag_names,
    tagged_questions,
)
from fellowship.assessments.services import quiz_fixed_questions_set
from fellowship.cohorts.selectors import (
    cohort_alumni,
    cohort_ids_with_course,
    cohorts_ended_on,
)
from fellowship.cohorts.services import notification_send

from .choices import FOLLOW_UP_MONTHS, ItemKind, Phase, SurveyKind
from .models import ObjectiveScore, Survey, SurveyAnswer, SurveyResponse, TestPlan
from .objectives import course_objectives, key_from_tags

FOLLOW_UP_KIND = "follow_up"


# Scores per objective.


@transaction.atomic
def objective_scores_record(
    *, user, course, phase: str, scores: dict[str, tuple[Decimal, Decimal]]
) -> list[ObjectiveScore]:
    """Keep a fellow's (score, maximum) per objective key for one test.

    The first scores kept for a test stay: a later call changes nothing.
    """
    if phase not in Phase.values:
        raise ValidationError(_("Unknown test."))
    for key, (score, maximum) in scores.items():
        if maximum <= 0 or not 0 <= score <= maximum:
            raise ValidationError(
                _("A score must lie between 0 and its maximum (objective %(key)s).")
                % {"key": key}
            )
    if ObjectiveScore.objects.filter(user=user, course=course, phase=phase).exists():
        return []
    return ObjectiveScore.objects.bulk_create(
        [
            ObjectiveScore(
                user=user,
                course=course,
                objective_key=key,
                phase=phase,
                score=score,
                max_score=maximum,
            )
            for key, (score, maximum) in sorted(scores.items())
        ],
        ignore_conflicts=True,
    )


def objective_scores_from_quiz(*, quiz, user) -> None:
    """A pre- or post-test result changed: keep the first graded attempt's
    scores per objective (questions without an objective tag count for none)."""
    # One read for both roles; a quiz that is the pre-test of one course and
    # the post-test of another counts as the pre-test, as it always has.
    plans = list(
        TestPlan.objects.filter(Q(pre_quiz=quiz) | Q(post_quiz=quiz))
        .select_related("course")
        .order_by("pk")[:2]
    )
    if not plans:
        return
    plan = next((p for p in plans if p.pre_quiz_id == quiz.pk), plans[0])
    phase = Phase.PRE if plan.pre_quiz_id == quiz.pk else Phase.POST
    answers = first_graded_answers(quiz=quiz, user=user)
    if not answers:
        return
    tags = question_tag_names(question_ids=[a[0] for a in answers])
    scores: dict[str, tuple[Decimal, Decimal]] = {}
    for question_id, score, points in answers:
        key = key_from_tags(tags.get(question_id, []))
        if key is None:
            continue
        total, maximum = scores.get(key, (Decimal(0), Decimal(0)))
        scores[key] = (total + score, maximum + points)
    if not scores:
        return
    kept = objective_scores_record(
        user=user, course=plan.course, phase=phase, scores=scores
    )
    if kept and phase == Phase.POST:
        _after_post_test(user=user, course=plan.course)


def _after_post_test(*, user, course) -> None:
    """Point the fellow to their gain (and the course's survey) in the
    site's notifications, with URLs in their language."""
    with translation.override(user.preferred_language or "en"):
        notification_post(
            user=user,
            kind="evaluation_gain",
            message=gettext_noop(
                "See what you learned in “%(course)s”: your scores before and "
                "after, by objective."
            ),
            params={"course": course.localized.title},
            url=reverse("evaluation:my_gain", kwargs={"course_id": course.pk}),
            dedupe_key=f"course:{course.pk}",
        )
    course_survey_invite(user=user, course=course)


def course_survey_invite(*, user, course) -> int:
    """Invite a fellow to the end-of-course survey of each of their cohorts
    taking the course (once each); on completing the course, and after its
    post-test. Returns the number of invitations posted."""
    if not Survey.objects.filter(kind=SurveyKind.COURSE_END, is_active=True).exists():
        return 0
    posted = 0
    with translation.override(user.preferred_language or "en"):
        for cohort_id in cohort_ids_with_course(user=user, course_id=course.pk):
            posted += (
                notification_post(
                    user=user,
                    kind="evaluation_survey",
                    message=gettext_noop(
                        "How was “%(course)s”? A few questions, never linked "
                        "to your grades."
                    ),
                    params={"course": course.localized.title},
                    url=reverse(
                        "evaluation:course_survey",
                        kwargs={"cohort_id": cohort_id, "course_id": course.pk},
                    ),
                    dedupe_key=f"course:{course.pk}:cohort:{cohort_id}",
                )
                is not None
            )
    return posted


def in_person_surveys_invite(
    *, today: datetime.date | None = None, catch_up_days: int = 7
) -> int:
    """Invite the members of cohorts whose in-person phase has just ended to
    its survey (once each, in the site's notifications)."""
    today = today or timezone.localdate()
    if not Survey.objects.filter(kind=SurveyKind.IN_PERSON, is_active=True).exists():
        return 0
    posted = 0
    for back in range(catch_up_days):
        for cohort in cohorts_ended_on(day=today - datetime.timedelta(days=back)):
            if cohort.in_person_ends_on is None:
                continue
            for membership in cohort_alumni(cohort=cohort):
                user = membership.user
                with translation.override(user.preferred_language or "en"):
                    url = reverse(
                        "evaluation:in_person_survey", kwargs={"cohort_id": cohort.pk}
                    )
                posted += (
                    notification_post(
                        user=user,
                        kind="evaluation_survey",
                        message=gettext_noop(
                            "How was the in-person phase of “%(cohort)s”? A few "
                            "questions, never linked to your grades."
                        ),
                        params={"cohort": cohort.name},
                        url=url,
                        dedupe_key=f"in_person:{cohort.pk}",
                    )
                    is not None
                )
    return posted


# Parallel forms.


@transaction.atomic
def parallel_forms_build(*, plan: TestPlan, per_objective: int = 2) -> None:
    """Make the pre- and post-test two parallel forms from the course's banks:
    for each objective, `per_objective` questions in each form, none in both,
    drawn from the questions tagged with the objective.

    A question's difficulty is its facility over every graded attempt so far
    (0.5 when never answered). An objective's questions are ranked by it and
    dealt in pairs of neighbours, alternately A-B then B-A, so that the two
    forms get questions of the same difficulty. Refused (nothing changed)
    when an objective has too few questions or a form has been taken.
    """
    if not 1 <= per_objective <= 20:
        raise ValidationError(_("Choose between 1 and 20 questions per objective."))
    objectives = course_objectives(course=plan.course)
    if not objectives:
        raise ValidationError(_("The course has no learning objectives yet."))
    tagged = tagged_questions(course=plan.course, tags=[o.tag for o in objectives])
    facilities = question_facilities(
        question_ids={pk for found in tagged.values() for pk, _points in found}
    )
    short = [
        o.text for o in objectives if len(tagged.get(o.tag, [])) < 2 * per_objective
    ]
    if short:
        raise ValidationError(
            ngettext(
                "Each form needs %(count)s question per objective, none shared: "
                "tag more questions for %(objectives)s.",
                "Each form needs %(count)s questions per objective, none shared: "
                "tag more questions for %(objectives)s.",
                per_objective,
            )
            % {"count": per_objective, "objectives": "; ".join(short)}
        )
    pre: list[int] = []
    post: list[int] = []
    for objective in objectives:
        ranked = sorted(
            tagged[objective.tag],
            key=lambda q: (facilities.get(q[0], 0.5), q[1], q[0]),
        )[: 2 * per_objective]
        for index in range(0, len(ranked), 2):
            first, second = ranked[index][0], ranked[index + 1][0]
            if (index // 2) % 2:
                first, second = second, first
            pre.append(first)
            post.append(second)
    quiz_fixed_questions_set(quiz=plan.pre_quiz, question_ids=pre)
    quiz_fixed_questions_set(quiz=plan.post_quiz, question_ids=post)


# Surveys.


class SurveyError(ValidationError):
    pass


@transaction.atomic
def survey_submit(
    *,
    survey: Survey,
    respondent,
    cohort,
    answers: dict[str, object],
    course=None,
    follow_up_months: int | None = None,
    consent_to_quote: bool = False,
) -> SurveyResponse:
    """Keep one person's answers (by item key). Once per survey and occasion.

    Raises SurveyError with a message, and keeps nothing, on a missing
    required answer, a value out of range, or a second response.
    """
    items = list(survey.items.all())
    rows = []
    errors = {}
    for item in items:
        raw = answers.get(item.key)
        value, text = None, ""
        if item.kind == ItemKind.TEXT:
            text = str(raw or "").strip()[:5000]
            missing = not text
        elif raw in (None, ""):
            missing = True
        else:
            missing = False
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = -1
            allowed = (0, 1) if item.kind == ItemKind.YES_NO else range(1, 6)
            if value not in allowed:
                errors[item.key] = _("Choose one of the answers offered.")
                continue
        if missing:
            if item.required:
                errors[item.key] = _("Please answer this question.")
            continue
        rows.append(SurveyAnswer(item=item, value=value, text=text))
    if errors:
        raise SurveyError(errors)
    # The constraint decides under concurrency; SQLite cannot hold it for
    # the NULL follow-up of a course survey, so the usual case is read first.
    if SurveyResponse.objects.filter(
        survey=survey,
        respondent=respondent,
        cohort=cohort,
        course=course,
        follow_up_months=follow_up_months,
    ).exists():
        raise SurveyError(_("You have already answered this survey."))
    try:
        with transaction.atomic():
            response = SurveyResponse.objects.create(
                survey=survey,
                respondent=respondent,
                cohort=cohort,
                course=course,
                follow_up_months=follow_up_months,
                consent_to_quote=consent_to_quote,
            )
    except IntegrityError as error:
        raise SurveyError(_("You have already answered this survey.")) from error
    for row in rows:
        row.response = response
    SurveyAnswer.objects.bulk_create(rows)
    return response


# Follow-up surveys, three and six months after a cohort ends.


def months_before(day: datetime.date, months: int) -> datetime.date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for candidate in range(day.day, 0, -1):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# A reminder goes to those who have not answered this many days after the
# invitation; once.
REMINDER_AFTER_DAYS = 14


def follow_ups_send_due(
    *, today: datetime.date | None = None, catch_up_days: int = 7
) -> int:
    """E-mail each alumnus the follow-up survey 3 and 6 months after their
    cohort ended, in their language, and one reminder two weeks later to
    those who have not answered; each at most once (the cohorts'
    notification log). A week of catch-up covers days when beat did not run.
    Returns the number of e-mails sent."""
    today = today or timezone.localdate()
    survey = Survey.objects.filter(kind=SurveyKind.FOLLOW_UP, is_active=True).first()
    if survey is None:
        return 0
    sent = 0
    for months in FOLLOW_UP_MONTHS:
        for reminder in (False, True):
            start = today - datetime.timedelta(
                days=REMINDER_AFTER_DAYS if reminder else 0
            )
            for back in range(catch_up_days):
                ended = months_before(start - datetime.timedelta(days=back), months)
                for cohort in cohorts_ended_on(day=ended):
                    sent += _follow_up_cohort(
                        survey=survey, cohort=cohort, months=months, reminder=reminder
                    )
    return sent


def _follow_up_cohort(*, survey, cohort, months: int, reminder: bool) -> int:
    answered = set()
    if reminder:
        answered = set(
            SurveyResponse.objects.filter(
                survey=survey,
                cohort=cohort,
                follow_up_months=months,
            ).values_list("respondent_id", flat=True)
        )
    sent = 0
    for membership in cohort_alumni(cohort=cohort):
        user = membership.user
        if user.pk in answered:
            continue
        with translation.override(user.preferred_language or "en"):
            url = reverse(
                "evaluation:follow_up",
                kwargs={"cohort_id": cohort.pk, "months": months},
            )
        sent += notification_send(
            user=user,
            kind=FOLLOW_UP_KIND,
            subject_key=f"cohort:{cohort.pk}",
            period=f"{months}m-reminder" if reminder else f"{months}m",
            template="follow_up",
            template_dir="evaluation/email",
            context={
                "cohort": cohort,
                "months": months,
                "url": url,
                "reminder": reminder,
            },
        )
    return sent
