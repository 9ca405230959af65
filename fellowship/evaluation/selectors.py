"""Reads for evaluation: knowledge gain, reaction, follow-up, item quality.

Each figure for a set of cohorts runs a fixed number of queries whatever the
number of fellows (one per kind of row, plus one or two per course for its
objectives' texts).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses.models import CoursePage
from fellowship.accounts.choices import AgencyType, Gender
from fellowship.accounts.regions import RegionalGroup
from fellowship.assessments.selectors import (
    item_analysis,
    question_tag_names,
    quizzes_for_staff,
)
from fellowship.cohorts.selectors import (
    MemberRow,
    cohort_course_ids,
    cohorts_ended_by,
    cycle_report,
    member_rows,
)

from .choices import APPLIED_ITEM_KEY, FOLLOW_UP_MONTHS, ItemKind, Phase, SurveyKind
from .gain import GainFigure, Pair, gain_figure, pair_of
from .models import ObjectiveScore, SurveyAnswer, SurveyResponse, TestPlan
from .objectives import Objective, course_objectives, key_from_tags

NOT_STATED = _("Not stated")
NONE_OF_THESE = _("None of these")

DIMENSIONS = {
    "gender": _("By gender"),
    "regional_group": _("By UN regional group"),
    "grouping": _("By LDC, LLDC and SIDS"),
    "agency_type": _("By agency type"),
}
GROUPINGS = {
    "ldc": _("Least developed countries (LDC)"),
    "lldc": _("Landlocked developing countries (LLDC)"),
    "sids": _("Small island developing States (SIDS)"),
}


def dimension_label(dimension: str, key: str) -> str:
    if not key:
        return str(NONE_OF_THESE if dimension == "grouping" else NOT_STATED)
    labels = {
        "gender": dict(Gender.choices),
        "regional_group": dict(RegionalGroup.choices),
        "grouping": GROUPINGS,
        "agency_type": dict(AgencyType.choices),
    }[dimension]
    return str(labels.get(key, key))


def dimension_keys(member: MemberRow, dimension: str) -> list[str]:
    """The groups of one dimension a fellow counts in (several for LDC,
    LLDC, SIDS: a country may be in more than one)."""
    if dimension == "grouping":
        return member.groupings or [""]
    return [getattr(member, dimension)]


# Scores.


Scores = dict[tuple[int, int], dict[str, dict[str, tuple[Decimal, Decimal]]]]


def objective_scores(*, course_ids, user_ids=None) -> Scores:
    """(user id, course id) -> phase -> objective key -> (score, maximum).
    One query."""
    rows = ObjectiveScore.objects.filter(course_id__in=list(course_ids))
    if user_ids is not None:
        rows = rows.filter(user_id__in=list(user_ids))
    found: Scores = defaultdict(lambda: {Phase.PRE: {}, Phase.POST: {}})
    for user_id, course_id, key, phase, score, maximum in rows.values_list(
        "user_id", "course_id", "objective_key", "phase", "score", "max_score"
    ):
        found[(user_id, course_id)][phase][key] = (score, maximum)
    return found


def _total(by_key: dict[str, tuple[Decimal, Decimal]]):
    if not by_key:
        return None
    return (
        sum((s for s, _m in by_key.values()), Decimal(0)),
        sum((m for _s, m in by_key.values()), Decimal(0)),
    )


def course_pair(phases) -> Pair | None:
    """A fellow's pair over the whole course: the sums over its objectives."""
    return pair_of(_total(phases[Phase.PRE]), _total(phases[Phase.POST]))


def objective_pair(phases, key: str) -> Pair | None:
    return pair_of(phases[Phase.PRE].get(key), phases[Phase.POST].get(key))


# Gain.


@dataclass
class GroupGain:
    key: str
    label: str
    figure: GainFigure


@dataclass
class Breakdown:
    name: str
    title: str
    rows: list[GroupGain]


@dataclass
class ObjectiveGain:
    objective: Objective
    figure: GainFigure
    breakdowns: list[Breakdown]


@dataclass
class CourseGain:
    course: CoursePage
    plan: TestPlan
    figure: GainFigure
    by_cohort: list[GroupGain]
    breakdowns: list[Breakdown]
    objectives: list[ObjectiveGain]
    pre_only: int  # fellows with the pre-test and no post-test
    post_only: int


def _breakdowns(pairs: list[tuple[MemberRow, Pair]]) -> list[Breakdown]:
    found = []
    for dimension, title in DIMENSIONS.items():
        groups: dict[str, list[Pair]] = defaultdict(list)
        for member, pair in pairs:
            for key in dimension_keys(member, dimension):
                groups[key].append(pair)
        rows = [
            GroupGain(
                key=key,
                label=dimension_label(dimension, key),
                figure=gain_figure(group),
            )
            for key, group in groups.items()
        ]
        rows.sort(key=lambda row: (-row.figure.paired, row.label))
        found.append(Breakdown(name=dimension, title=str(title), rows=rows))
    return found


def _localised(courses: list[CoursePage]) -> dict[int, CoursePage]:
    """Each course in the active language when translated (its objectives'
    texts); one query."""
    locale = Locale.objects.filter(
        language_code=translation.get_language() or "en"
    ).first()
    if locale is None:
        return {}
    translated = {
        page.translation_key: page
        for page in CoursePage.objects.filter(
            translation_key__in=[c.translation_key for c in courses], locale=locale
        )
    }
    return {
        course.pk: translated.get(course.translation_key, course) for course in courses
    }


def course_gains(*, cohorts) -> list[CourseGain]:
    """Gain per course with a pre- and post-test among the cohorts' courses:
    overall, by cohort, by objective and with the breakdowns."""
    cohorts = list(cohorts)
    names = {c.pk: c.name for c in cohorts}
    courses_by_cohort = cohort_course_ids(cohort_ids=names)
    course_ids = {cid for ids in courses_by_cohort.values() for cid in ids}
    plans = {
        plan.course_id: plan
        for plan in TestPlan.objects.filter(course_id__in=course_ids)
        .select_related("course")
        .order_by("course__path")
    }
    if not plans:
        return []
    members = member_rows(cohort_ids=names)
    scores = objective_scores(course_ids=plans, user_ids={m.user_id for m in members})
    localised = _localised([plan.course for plan in plans.values()])
    found = []
    for course_id, plan in plans.items():
        seen: dict[int, MemberRow] = {}
        in_cohort: dict[int, list[int]] = defaultdict(list)
        for member in members:
            if course_id in courses_by_cohort.get(member.cohort_id, []):
                seen.setdefault(member.user_id, member)
                in_cohort[member.cohort_id].append(member.user_id)
        pairs: dict[int, Pair] = {}
        pre_only = post_only = 0
        for user_id in seen:
            phases = scores.get((user_id, course_id))
            if phases is None:
                continue
            pair = course_pair(phases)
            if pair is not None:
                pairs[user_id] = pair
            elif phases[Phase.PRE]:
                pre_only += 1
            else:
                post_only += 1
        member_pairs = [(seen[u], pair) for u, pair in pairs.items()]
        objectives = []
        for objective in course_objectives(
            course=localised.get(course_id, plan.course)
        ):
            objective_pairs = [
                (seen[u], pair)
                for u in pairs
                if (pair := objective_pair(scores[(u, course_id)], objective.key))
            ]
            objectives.append(
                ObjectiveGain(
                    objective=objective,
                    figure=gain_figure([p for _m, p in objective_pairs]),
                    breakdowns=_breakdowns(objective_pairs),
                )
            )
        found.append(
            CourseGain(
                course=localised.get(course_id, plan.course),
                plan=plan,
                figure=gain_figure(list(pairs.values())),
                by_cohort=[
                    GroupGain(
                        key=str(cohort_id),
                        label=names[cohort_id],
                        figure=gain_figure([pairs[u] for u in user_ids if u in pairs]),
                    )
                    for cohort_id, user_ids in in_cohort.items()
                ],
                breakdowns=_breakdowns(member_pairs),
                objectives=objectives,
                pre_only=pre_only,
                post_only=post_only,
            )
        )
    return found


@dataclass
class FellowObjectiveGain:
    objective: Objective
    pre: float | None
    post: float | None
    pair: Pair | None


def fellow_gain(*, user, course: CoursePage) -> list[FellowObjectiveGain]:
    """A fellow's own scores and gain per objective of one course."""
    source = course.get_translation_or_none(Locale.get_default()) or course
    phases = objective_scores(course_ids=[source.pk], user_ids=[user.pk]).get(
        (user.pk, source.pk)
    )
    if phases is None:
        return []
    found = []
    for objective in course_objectives(course=course):
        pre = phases[Phase.PRE].get(objective.key)
        post = phases[Phase.POST].get(objective.key)
        found.append(
            FellowObjectiveGain(
                objective=objective,
                pre=float(pre[0] / pre[1]) if pre else None,
                post=float(post[0] / post[1]) if post else None,
                pair=pair_of(pre, post),
            )
        )
    return found


# Reaction: the surveys at the end of a course and of the in-person phase.


@dataclass
class ItemFigure:
    key: str
    text: str
    kind: str
    answers: int = 0
    mean: float | None = None
    counts: dict[int, int] = field(default_factory=dict)


@dataclass
class SurveyFigures:
    kind: str
    title: str
    responses: int
    items: list[ItemFigure]
    comments: list[tuple[str, str]]  # (item text, free text), no names


def reaction_figures(*, cohort_ids) -> list[SurveyFigures]:
    """Likert means and counts per item, for the course-end and in-person
    surveys of the cohorts; free-text answers without names. Two queries."""
    responses = dict(
        SurveyResponse.objects.filter(
            cohort_id__in=list(cohort_ids),
            survey__kind__in=[SurveyKind.COURSE_END, SurveyKind.IN_PERSON],
        ).values_list("pk", "survey__kind")
    )
    answers = (
        SurveyAnswer.objects.filter(response_id__in=list(responses))
        .select_related("item")
        .order_by("item__sort_order", "item_id", "pk")
    )
    by_kind: dict[str, dict[str, ItemFigure]] = defaultdict(dict)
    comments: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for answer in answers:
        kind = responses[answer.response_id]
        item = answer.item
        if item.kind == ItemKind.TEXT:
            comments[kind].append((item.text, answer.text))
            continue
        figure = by_kind[kind].setdefault(
            item.key, ItemFigure(key=item.key, text=item.text, kind=item.kind)
        )
        figure.answers += 1
        figure.counts[answer.value] = figure.counts.get(answer.value, 0) + 1
    found = []
    for kind, label in SurveyKind.choices:
        if kind == SurveyKind.FOLLOW_UP:
            continue
        items = list(by_kind.get(kind, {}).values())
        for item in items:
            total = sum(value * count for value, count in item.counts.items())
            item.mean = total / item.answers if item.answers else None
        found.append(
            SurveyFigures(
                kind=kind,
                title=str(label),
                responses=sum(1 for k in responses.values() if k == kind),
                items=items,
                comments=comments.get(kind, []),
            )
        )
    return found


# Behaviour: the follow-up surveys.


@dataclass
class FollowUpFigure:
    months: int
    alumni: int  # members of cohorts that ended at least `months` ago
    responses: int
    applied: int  # answered yes to the "applied" question
    applied_answers: int

    @property
    def response_rate(self) -> float | None:
        return self.responses / self.alumni if self.alumni else None

    @property
    def application_rate(self) -> float | None:
        return self.applied / self.applied_answers if self.applied_answers else None


@dataclass
class Story:
    months: int
    text: str


def _months_ago(day: datetime.date, months: int) -> datetime.date:
    from .services import months_before

    return months_before(day, months)


def follow_up_figures(
    *, cohort_ids, today: datetime.date | None = None
) -> tuple[list[FollowUpFigure], list[Story]]:
    """Response and application rates 3 and 6 months on; the stories of
    change their authors agreed to have quoted. Four queries."""
    today = today or timezone.localdate()
    cohort_ids = list(cohort_ids)
    members = member_rows(cohort_ids=cohort_ids)
    responses = list(
        SurveyResponse.objects.filter(
            cohort_id__in=cohort_ids, survey__kind=SurveyKind.FOLLOW_UP
        ).values_list("pk", "follow_up_months", "consent_to_quote")
    )
    months_of = {pk: months for pk, months, _consent in responses}
    consent = {pk for pk, _months, agreed in responses if agreed}
    figures = []
    applied: dict[int, list[int]] = defaultdict(list)
    stories = []
    for response_id, value, kind, key, text in SurveyAnswer.objects.filter(
        response_id__in=list(months_of)
    ).values_list("response_id", "value", "item__kind", "item__key", "text"):
        if kind == ItemKind.YES_NO and key == APPLIED_ITEM_KEY:
            applied[months_of[response_id]].append(value)
        elif kind == ItemKind.TEXT and text and response_id in consent:
            stories.append(Story(months=months_of[response_id], text=text))
    for months in FOLLOW_UP_MONTHS:
        ended = set(
            cohorts_ended_by(day=_months_ago(today, months))
            .filter(pk__in=cohort_ids)
            .values_list("pk", flat=True)
        )
        figures.append(
            FollowUpFigure(
                months=months,
                alumni=sum(1 for m in members if m.cohort_id in ended),
                responses=sum(1 for m in months_of.values() if m == months),
                applied=sum(applied[months]),
                applied_answers=len(applied[months]),
            )
        )
    return figures, stories


# The report for the Secretariat.


@dataclass
class OutcomeReport:
    participation: object  # cohorts' CycleReport
    gains: list[CourseGain]
    reaction: list[SurveyFigures]
    follow_up: list[FollowUpFigure]
    stories: list[Story]

    @property
    def cycle(self):
        return self.participation.cycle


def outcome_report(*, cycle, cohorts: QuerySet, today=None) -> OutcomeReport:
    """The programme report with evaluation figures, over `cohorts` (already
    scoped to the reader) of `cycle`."""
    participation = cycle_report(cycle=cycle, cohorts=cohorts)
    cohort_list = participation.cohorts
    cohort_ids = [c.pk for c in cohort_list]
    follow_up, stories = follow_up_figures(cohort_ids=cohort_ids, today=today)
    return OutcomeReport(
        participation=participation,
        gains=course_gains(cohorts=cohort_list),
        reaction=reaction_figures(cohort_ids=cohort_ids),
        follow_up=follow_up,
        stories=stories,
    )


# Item quality of the parallel forms.


@dataclass
class FormItem:
    question_id: int
    title: str
    responses: int
    facility: float | None
    discrimination: float | None


@dataclass
class ObjectiveItems:
    objective: Objective
    pre: list[FormItem]
    post: list[FormItem]
    margin: float

    @staticmethod
    def _facility(items: list[FormItem]) -> float | None:
        values = [i.facility for i in items if i.facility is not None]
        return sum(values) / len(values) if values else None

    @property
    def pre_facility(self) -> float | None:
        return self._facility(self.pre)

    @property
    def post_facility(self) -> float | None:
        return self._facility(self.post)

    @property
    def difference(self) -> float | None:
        if self.pre_facility is None or self.post_facility is None:
            return None
        return abs(self.pre_facility - self.post_facility)

    @property
    def flagged(self) -> bool:
        """The forms differ in difficulty by more than the plan allows, or
        one form has no question for the objective."""
        if not self.pre or not self.post:
            return True
        return self.difference is not None and self.difference > self.margin


def plans_for_staff(*, user) -> QuerySet[TestPlan]:
    """The test plans of the courses the person may author and analyse."""
    quizzes = quizzes_for_staff(user=user)
    return (
        TestPlan.objects.filter(pre_quiz__in=quizzes)
        .select_related("course", "pre_quiz", "post_quiz")
        .order_by("course__path")
    )


def item_quality(*, plan: TestPlan) -> list[ObjectiveItems]:
    """Facility and discrimination of each form's items, by objective."""
    forms = {
        Phase.PRE: item_analysis(quiz=plan.pre_quiz),
        Phase.POST: item_analysis(quiz=plan.post_quiz),
    }
    tags = question_tag_names(
        question_ids={s.question_id for stats in forms.values() for s in stats}
    )
    grouped: dict[str, dict[str, list[FormItem]]] = defaultdict(
        lambda: {Phase.PRE: [], Phase.POST: []}
    )
    for phase, stats in forms.items():
        for s in stats:
            key = key_from_tags(tags.get(s.question_id, []))
            if key is None:
                continue
            grouped[key][phase].append(
                FormItem(
                    question_id=s.question_id,
                    title=s.title,
                    responses=s.responses,
                    facility=s.facility,
                    discrimination=s.discrimination,
                )
            )
    return [
        ObjectiveItems(
            objective=objective,
            pre=grouped[objective.key][Phase.PRE],
            post=grouped[objective.key][Phase.POST],
            margin=float(plan.difficulty_margin),
        )
        for objective in course_objectives(course=plan.course)
    ]


# A course's survey answers, as its staff may see them.


@dataclass
class AnswerLine:
    text: str
    value: int | None
    answer: str


@dataclass
class ResponseView:
    respondent: str  # "" when hidden from the reader
    cohort: str
    submitted_at: datetime.datetime
    lines: list[AnswerLine]


def course_survey_answers(*, user, course) -> list[ResponseView]:
    """End-of-course answers for a course. A person who runs the programme
    sees those of the cohorts they manage, with names; course staff see all,
    without names when the survey is anonymous to instructors. Two queries."""
    from fellowship.cohorts.selectors import cohorts_for_manager, user_can_run_programme

    responses = SurveyResponse.objects.filter(
        course__translation_key=course.translation_key,
        survey__kind=SurveyKind.COURSE_END,
    ).select_related("survey", "respondent", "cohort")
    manager = user_can_run_programme(user=user)
    if manager:
        responses = responses.filter(cohort__in=cohorts_for_manager(user=user))
    responses = list(responses.order_by("-submitted_at", "pk"))
    lines: dict[int, list[AnswerLine]] = defaultdict(list)
    for answer in (
        SurveyAnswer.objects.filter(response__in=responses)
        .select_related("item")
        .order_by("item__sort_order", "pk")
    ):
        lines[answer.response_id].append(
            AnswerLine(text=answer.item.text, value=answer.value, answer=answer.text)
        )
    return [
        ResponseView(
            respondent=(
                str(r.respondent)
                if manager or not r.survey.anonymous_to_instructors
                else ""
            ),
            cohort=r.cohort.name,
            submitted_at=r.submitted_at,
            lines=lines[r.pk],
        )
        for r in responses
    ]
