"""The question editing form of the Wagtail admin: answers as rows, no JSON.

One form serves every type: the answer rows (text, credit, feedback, and the
matching answer or the tolerance where the type has them) are a formset with
add (blank rows), remove and reorder; the type's own settings are plain
fields; an essay's rubric is a second formset. `clean()` turns them into the
type's definition and lets the type's grader check it, so what the form
saves is what the grader grades. Row and option ids are kept in hidden
fields: answers already given keep pointing at the same options.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel

from .choices import MultipleResponseScoring, QuestionType
from .grading import grader_for

HUNDRED = Decimal(100)
# Moodle allows a negative credit only where a wrong choice can cost marks.
NEGATIVE_ALLOWED = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE}


class AnswerRowForm(forms.Form):
    id = forms.CharField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Answer"), required=False, max_length=500)
    credit = forms.DecimalField(
        label=_("Credit (%)"),
        required=False,
        min_value=-100,
        max_value=100,
        decimal_places=5,
    )
    match = forms.CharField(label=_("Matching answer"), required=False, max_length=500)
    tolerance = forms.DecimalField(
        label=_("Tolerance"), required=False, min_value=0, decimal_places=10
    )
    feedback = forms.CharField(
        label=_("Feedback"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RubricRowForm(forms.Form):
    id = forms.CharField(required=False, widget=forms.HiddenInput)
    criterion = forms.CharField(label=_("Criterion"), required=False, max_length=500)
    description = forms.CharField(
        label=_("Description"), required=False, max_length=500
    )
    points = forms.DecimalField(
        label=_("Points"), required=False, min_value=Decimal("0.01"), decimal_places=2
    )
    levels = forms.CharField(
        label=_("Levels"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "One level a line, its points then its description: “2 | Accurate "
            "and sourced”. With levels, the grader picks one; leave empty to "
            "let the grader type the points."
        ),
    )

    def clean_levels(self) -> list[dict]:
        levels = []
        for number, line in enumerate(
            self.cleaned_data.get("levels", "").splitlines(), start=1
        ):
            if not line.strip():
                continue
            points, bar, label = line.partition("|")
            try:
                value = Decimal(points.strip().replace(",", "."))
            except ArithmeticError:
                value = None
            if not bar or not label.strip() or value is None or not value.is_finite():
                raise ValidationError(
                    _("Line %(number)d: write the points, “|”, then the level.")
                    % {"number": number}
                )
            levels.append({"points": value, "label": label.strip()})
        return levels

    def clean(self):
        cleaned = super().clean()
        points = cleaned.get("points") or Decimal(1)
        for level in cleaned.get("levels") or []:
            if not 0 <= level["points"] <= points:
                self.add_error(
                    "levels",
                    _("A level's points must be within 0 and %(max)s.")
                    % {"max": points.normalize()},
                )
                break
        return cleaned


def levels_text(levels: list[dict]) -> str:
    return "\n".join(
        f"{Decimal(level['points']).normalize()} | {level['label']}" for level in levels
    )


AnswerRows = forms.formset_factory(
    AnswerRowForm, extra=3, can_delete=True, can_order=True, max_num=50
)
RubricRows = forms.formset_factory(
    RubricRowForm, extra=2, can_delete=True, can_order=True, max_num=20
)


def _percent(fraction) -> str:
    return f"{float(fraction) * 100:.5f}".rstrip("0").rstrip(".")


def rows_from_definition(question_type: str, definition: dict) -> list[dict]:
    """The answer rows the form shows for a saved definition."""
    if question_type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE):
        return [
            {
                "id": o["id"],
                "text": o["text"],
                "credit": _percent(o.get("fraction", 1.0 if o.get("correct") else 0.0)),
                "feedback": o.get("feedback", ""),
            }
            for o in definition.get("options", [])
        ]
    if question_type == QuestionType.SHORT_TEXT:
        return [
            {
                "text": a["text"],
                "credit": _percent(a["fraction"]),
                "feedback": a["feedback"],
            }
            for a in definition.get("answers", [])
        ]
    if question_type == QuestionType.NUMERIC:
        return [
            {
                "text": f"{a['answer']:.12g}",
                "tolerance": Decimal(f"{a['tolerance']:.12g}"),
                "credit": _percent(a["fraction"]),
                "feedback": a.get("feedback", ""),
            }
            for a in definition.get("answers", [])
        ]
    if question_type == QuestionType.MATCHING:
        return [
            {"id": p["id"], "text": p["prompt"], "match": p["answer"]}
            for p in definition.get("pairs", [])
        ]
    if question_type == QuestionType.ORDERING:
        return [{"id": i["id"], "text": i["text"]} for i in definition.get("items", [])]
    return []


class AnswersPanel(Panel):
    """The answer rows, the type's settings and the rubric, in one panel."""

    def get_form_options(self):
        # Claimed here, or Wagtail renders the settings a second time after
        # the panels (as "missing" fields) and the browser posts both.
        return {"fields": list(SETTINGS)}

    class BoundPanel(Panel.BoundPanel):
        template_name = "assessments/admin/question_answers_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["form"] = self.form
            context["answer_rows"] = self.form.answer_rows
            context["rubric_rows"] = self.form.rubric_rows
            context["settings"] = [self.form[name] for name in SETTINGS]
            context["cloze_gaps"] = cloze_gap_rows(self.form.instance)
            return context


def cloze_gap_rows(question) -> list[dict]:
    """The saved gaps of a cloze question, as the form lists them."""
    if not question.pk or question.type != QuestionType.CLOZE:
        return []
    gaps = question.definition.get("gaps") or []
    return [
        {
            "number": number,
            "kind": grader_for(QuestionType.CLOZE).kind_label(gap),
            "weight": gap["weight"],
            "answers": [
                {
                    "text": answer["text"]
                    + (
                        f" ± {answer['tolerance']:g}" if answer.get("tolerance") else ""
                    ),
                    "credit": _percent(answer["fraction"]),
                    "feedback": answer["feedback"],
                }
                for answer in gap["answers"]
            ],
        }
        for number, gap in enumerate(gaps, start=1)
    ]


SETTINGS = [
    "cloze_text",
    "scoring",
    "true_false_answer",
    "feedback_true",
    "feedback_false",
    "unit",
    "case_sensitive",
    "feedback_correct",
    "feedback_incorrect",
    "distractors",
    "guidance",
    "response_template",
    "response_lines",
]


class QuestionAdminForm(WagtailAdminModelForm):
    cloze_text = forms.CharField(
        label=_("Text with its gaps (embedded answers)"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
        help_text=_(
            "Moodle's syntax: {1:MULTICHOICE:=right#feedback~wrong#feedback}, "
            "{2:SHORTANSWER:=answer~half right#feedback}, {1:NUMERICAL:=12:0.5}. "
            "The number before the kind is the gap's weight; a partial credit is "
            "a percentage between two percent signs before the answer; write "
            "\\} \\# \\~ for those characters inside a gap."
        ),
    )
    scoring = forms.ChoiceField(
        label=_("Scoring (multiple response, ordering)"),
        choices=MultipleResponseScoring.choices,
        required=False,
    )
    true_false_answer = forms.TypedChoiceField(
        label=_("The statement is (true or false)"),
        choices=[("", "—"), ("true", _("True")), ("false", _("False"))],
        coerce=lambda value: value == "true",
        empty_value=None,
        required=False,
    )
    feedback_true = forms.CharField(
        label=_("Feedback when the fellow answers true"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    feedback_false = forms.CharField(
        label=_("Feedback when the fellow answers false"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    unit = forms.CharField(label=_("Unit (numeric)"), required=False, max_length=32)
    case_sensitive = forms.BooleanField(
        label=_("Case matters (short answer)"), required=False
    )
    feedback_correct = forms.CharField(
        label=_("Feedback for a right answer (numeric, short answer)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    feedback_incorrect = forms.CharField(
        label=_("Feedback for a wrong answer (numeric, short answer)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    distractors = forms.CharField(
        label=_("Extra wrong answers (matching), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    guidance = forms.CharField(
        label=_("Information for graders (essay)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    response_template = forms.CharField(
        label=_("Response template (essay)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    response_lines = forms.IntegerField(
        label=_("Lines of the answer box (essay)"),
        required=False,
        min_value=3,
        max_value=60,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "penalty" in self.fields:
            self.fields["penalty"].required = False
        instance = self.instance
        definition = instance.definition if instance.pk else {}
        question_type = instance.type if instance.pk else ""
        data = self.data if self.is_bound else None
        self.answer_rows = AnswerRows(
            data,
            prefix="answers",
            initial=rows_from_definition(question_type, definition) or None,
        )
        self.rubric_rows = RubricRows(
            data,
            prefix="rubric",
            initial=[
                {
                    "id": c["id"],
                    "criterion": c["criterion"],
                    "description": c["description"],
                    "points": Decimal(c["points"]),
                    "levels": levels_text(c.get("levels") or []),
                }
                for c in definition.get("rubric", [])
            ]
            or None,
        )
        if not self.is_bound and definition:
            self._initial_settings(question_type, definition)

    def _initial_settings(self, question_type: str, definition: dict) -> None:
        for name in SETTINGS:
            if name in definition:
                self.initial[name] = definition[name]
        if question_type == QuestionType.TRUE_FALSE:
            self.initial["true_false_answer"] = (
                "true" if definition["answer"] else "false"
            )
        if question_type == QuestionType.MATCHING:
            self.initial["distractors"] = "\n".join(definition["distractors"])
        if question_type == QuestionType.CLOZE:
            self.initial["cloze_text"] = grader_for(question_type).syntax(definition)

    def _rows(self, formset) -> list[dict]:
        """The filled rows, in the order asked, without the removed ones."""
        return [
            form.cleaned_data
            for form in formset.ordered_forms
            if form.cleaned_data.get("text") or form.cleaned_data.get("criterion")
        ]

    def _definition(self, question_type: str, rows: list[dict]) -> dict:
        data = self.cleaned_data

        def fraction(row, default=Decimal(0)):
            credit = row.get("credit")
            return float((default if credit is None else credit) / HUNDRED)

        if question_type in NEGATIVE_ALLOWED:
            options = [
                {
                    "id": row["id"] or None,
                    "text": row["text"],
                    "fraction": fraction(row),
                    "feedback": row["feedback"],
                }
                for row in rows
            ]
            definition = {"options": options}
            if question_type == QuestionType.MULTIPLE_RESPONSE:
                definition["scoring"] = (
                    data.get("scoring") or MultipleResponseScoring.PARTIAL
                )
            return definition
        if question_type == QuestionType.TRUE_FALSE:
            return {
                "answer": data.get("true_false_answer"),
                "feedback_true": data.get("feedback_true", ""),
                "feedback_false": data.get("feedback_false", ""),
            }
        if question_type == QuestionType.SHORT_TEXT:
            return {
                "answers": [
                    {
                        "text": row["text"],
                        "fraction": fraction(row, HUNDRED),
                        "feedback": row["feedback"],
                    }
                    for row in rows
                ],
                "case_sensitive": data.get("case_sensitive", False),
                "feedback_correct": data.get("feedback_correct", ""),
                "feedback_incorrect": data.get("feedback_incorrect", ""),
            }
        if question_type == QuestionType.NUMERIC:
            return {
                "answers": [
                    {
                        "answer": row["text"],
                        "tolerance": str(row.get("tolerance") or 0),
                        "fraction": fraction(row, HUNDRED),
                        "feedback": row["feedback"],
                    }
                    for row in rows
                ],
                "unit": data.get("unit", ""),
                "feedback_correct": data.get("feedback_correct", ""),
                "feedback_incorrect": data.get("feedback_incorrect", ""),
            }
        if question_type == QuestionType.MATCHING:
            return {
                "pairs": [
                    {
                        "id": row["id"] or None,
                        "prompt": row["text"],
                        "answer": row["match"],
                    }
                    for row in rows
                ],
                "distractors": [
                    line.strip()
                    for line in data.get("distractors", "").splitlines()
                    if line.strip()
                ],
            }
        if question_type == QuestionType.ORDERING:
            return {
                "items": [
                    {"id": row["id"] or None, "text": row["text"]} for row in rows
                ],
                "scoring": data.get("scoring") or MultipleResponseScoring.PARTIAL,
            }
        rubric = [
            {
                "id": row["id"] or None,
                "criterion": row["criterion"],
                "description": row.get("description", ""),
                "points": str(row.get("points") or 1),
                "levels": self._levels(row),
            }
            for row in self._rows(self.rubric_rows)
        ]
        return {
            "rubric": rubric,
            "guidance": data.get("guidance", ""),
            "response_template": data.get("response_template", ""),
            "response_lines": data.get("response_lines"),
        }

    def _levels(self, row: dict) -> list[dict]:
        """A criterion's levels; a level whose text is unchanged keeps its id,
        so the levels graders picked stay matched."""
        stored = {}
        if self.instance.pk and row.get("id"):
            for criterion in self.instance.definition.get("rubric") or []:
                if criterion.get("id") == row["id"]:
                    stored = {
                        level["label"]: level["id"]
                        for level in criterion.get("levels") or []
                    }
        return [
            {
                "id": stored.get(level["label"]),
                "label": level["label"],
                "points": str(level["points"]),
            }
            for level in row.get("levels") or []
        ]

    def clean_penalty(self):
        penalty = self.cleaned_data.get("penalty")
        return Decimal(0) if penalty is None else penalty

    def _check_rows(self, question_type: str) -> None:
        """Row errors the grader would only see as a whole, put on the row."""
        for form in self.answer_rows.forms:
            row = getattr(form, "cleaned_data", None)
            if not row or row.get("DELETE") or not row.get("text"):
                continue
            credit = row.get("credit")
            if (
                credit is not None
                and credit < 0
                and question_type not in (NEGATIVE_ALLOWED)
            ):
                form.add_error(
                    "credit", _("Only choice answers can have a negative credit.")
                )
            if question_type == QuestionType.NUMERIC:
                try:
                    Decimal(row["text"].replace(",", "."))
                except ArithmeticError:
                    form.add_error("text", _("Type a number."))
            if question_type == QuestionType.MATCHING and not row.get("match"):
                form.add_error("match", _("Give the answer this item matches."))

    def _clean_cloze(self) -> None:
        """The text is parsed; its problem shows on the text area. Choices
        whose text is unchanged keep their ids, so given answers still match."""
        try:
            definition = grader_for(QuestionType.CLOZE).clean_definition(
                {"text": self.cleaned_data.get("cloze_text", "")}
            )
        except ValidationError as error:
            self.add_error("cloze_text", error.messages)
            return
        stored = self.instance.definition if self.instance.pk else {}
        stored_gaps = stored.get("gaps") or []
        for gap, old in zip(definition["gaps"], stored_gaps, strict=False):
            if gap["kind"] != old.get("kind"):
                continue
            ids = {a["text"]: a["id"] for a in old["answers"] if a.get("id")}
            for answer in gap["answers"]:
                if answer["text"] in ids:
                    answer["id"] = ids.pop(answer["text"])
        self.instance.definition = definition

    def clean(self):
        cleaned = super().clean()
        question_type = cleaned.get("type")
        if not question_type:
            return cleaned
        if question_type == QuestionType.CLOZE:
            self._clean_cloze()
            return cleaned
        answers_valid = self.answer_rows.is_valid()
        rubric_valid = self.rubric_rows.is_valid()
        self._check_rows(question_type)
        answers_valid = answers_valid and not any(
            form.errors for form in self.answer_rows.forms
        )
        if not (answers_valid and rubric_valid):
            self.add_error(None, _("Correct the answers marked below."))
            return cleaned
        if question_type == QuestionType.TRUE_FALSE and (
            cleaned.get("true_false_answer") is None
        ):
            self.add_error("true_false_answer", _("Say whether it is true or false."))
            return cleaned
        rows = self._rows(self.answer_rows)
        try:
            definition = grader_for(question_type).clean_definition(
                self._definition(question_type, rows)
            )
        except ValidationError as error:
            target = (
                self.rubric_rows
                if question_type == QuestionType.ESSAY
                else (self.answer_rows)
            )
            # A problem of the rows as a whole shows above the rows.
            target._non_form_errors = target.error_class(
                error.messages, renderer=target.renderer
            )
            self.add_error(None, _("Correct the answers marked below."))
            return cleaned
        self.instance.definition = definition
        return cleaned

    def _update_errors(self, errors):
        # The model checks the definition too; the form has already put each
        # of its problems on the row or field at fault.
        error_dict = getattr(errors, "error_dict", None)
        if error_dict and "definition" in error_dict:
            messages = error_dict.pop("definition")
            if not self._errors:
                error_dict.setdefault(NON_FIELD_ERRORS, []).extend(messages)
            if not error_dict:
                return
        super()._update_errors(errors)


answers_panel = AnswersPanel(heading=_("Answers"))
