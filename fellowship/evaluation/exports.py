"""The outcome report as XLSX (openpyxl, write-only) and as PDF (WeasyPrint).

Both carry the figures of the HTML report: one sheet, or one section, per
table. Text that a spreadsheet would run as a formula is neutralised.
"""

import io

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from fellowship.cohorts.exports import XLSX_TYPE, safe_cell

from . import charts


def _rate(value):
    return None if value is None else round(value * 100, 1)


def _gain_columns() -> list[str]:
    return [
        _("Paired fellows"),
        _("Mean pre-test (%)"),
        _("Mean post-test (%)"),
        _("Mean gain (points)"),
        _("Mean normalised gain (%)"),
        _("Fellows in the normalised gain"),
    ]


def _gain_values(figure) -> list:
    return [
        figure.paired,
        _rate(figure.mean_pre),
        _rate(figure.mean_post),
        _rate(figure.mean_gain),
        _rate(figure.mean_normalised),
        figure.normalised_count,
    ]


def report_tables(report) -> list[tuple[str, list[str], list[list]]]:
    """(title, header, rows) of every table of the report, in order."""
    tables = []
    participation = report.participation
    total = participation.total
    for section in participation.sections:
        rows = [
            [
                row.label,
                row.accepted,
                _rate(row.accepted / total.accepted) if total.accepted else None,
                row.completed,
                _rate(row.completed / row.accepted) if row.accepted else None,
            ]
            for row in section.rows
        ]
        tables.append(
            (
                _("Participants: %(section)s") % {"section": section.title},
                [
                    _("Group"),
                    _("Participants"),
                    _("Share of participants (%)"),
                    _("Completed all required courses"),
                    _("Completion rate (%)"),
                ],
                rows,
            )
        )
    for course_gain in report.gains:
        title = course_gain.course.title
        rows = [[_("All paired fellows"), *_gain_values(course_gain.figure)]]
        rows += [[g.label, *_gain_values(g.figure)] for g in course_gain.by_cohort]
        for breakdown in course_gain.breakdowns:
            rows += [
                [f"{breakdown.title}: {g.label}", *_gain_values(g.figure)]
                for g in breakdown.rows
            ]
        tables.append(
            (
                _("Gain: %(course)s") % {"course": title},
                [_("Group"), *_gain_columns()],
                rows,
            )
        )
        rows = []
        for objective in course_gain.objectives:
            rows.append([objective.objective.text, *_gain_values(objective.figure)])
            for breakdown in objective.breakdowns:
                rows += [
                    [
                        f"{objective.objective.text} · {breakdown.title}: {g.label}",
                        *_gain_values(g.figure),
                    ]
                    for g in breakdown.rows
                ]
        tables.append(
            (
                _("Gain by objective: %(course)s") % {"course": title},
                [_("Learning objective"), *_gain_columns()],
                rows,
            )
        )
    for survey in report.reaction:
        tables.append(
            (
                _("Reaction: %(survey)s") % {"survey": survey.title},
                [_("Question"), _("Answers"), _("Mean (1 to 5)")],
                [
                    [
                        item.text,
                        item.answers,
                        None if item.mean is None else round(item.mean, 2),
                    ]
                    for item in survey.items
                ],
            )
        )
    tables.append(
        (
            _("Follow-up"),
            [
                _("Months after the cohort"),
                _("Alumni"),
                _("Responses"),
                _("Response rate (%)"),
                _("Applied what they learned"),
                _("Application rate (%)"),
            ],
            [
                [
                    f.months,
                    f.alumni,
                    f.responses,
                    _rate(f.response_rate),
                    f.applied,
                    _rate(f.application_rate),
                ]
                for f in report.follow_up
            ],
        )
    )
    return tables


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(c for c in str(title) if c not in "[]:*?/\\")[:31] or "Sheet"
    while name in used:
        name = f"{name[:27]}-{len(used)}"
    used.add(name)
    return name


def report_xlsx(report) -> bytes:
    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for title, header, rows in report_tables(report):
        sheet = workbook.create_sheet(title=_sheet_name(title, used))
        sheet.append([safe_cell(str(h)) for h in header])
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class _NothingFetcher(URLFetcher):
    """The report embeds its charts inline: it fetches nothing at all."""

    def __init__(self):
        super().__init__(allowed_protocols=[], allow_redirects=False)

    def fetch(self, url, headers=None):
        raise ValueError(f"Refused to fetch {url[:80]!r}")


def report_pdf(report) -> bytes:
    html = render_to_string(
        "evaluation/pdf/report.html",
        {
            "report": report,
            "tables": report_tables(report),
            "bidi": translation.get_language_bidi(),
            "language": translation.get_language(),
            "objective_charts": [
                (g, charts.objective_bars(g), f"pdf-gain-{i}")
                for i, g in enumerate(report.gains)
            ],
        },
    )
    return HTML(string=html, base_url=None, url_fetcher=_NothingFetcher()).write_pdf()


def file_response(*, content: bytes, content_type: str, filename: str, ext: str):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{slugify(filename)}.{ext}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


def report_response(*, report, fmt: str) -> HttpResponse:
    filename = f"{report.cycle.slug}-outcomes"
    if fmt == "pdf":
        return file_response(
            content=report_pdf(report),
            content_type="application/pdf",
            filename=filename,
            ext="pdf",
        )
    return file_response(
        content=report_xlsx(report),
        content_type=XLSX_TYPE,
        filename=filename,
        ext="xlsx",
    )
