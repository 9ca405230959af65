"""CSV and XLSX files for the dashboard and the cycle report.

Cells that a spreadsheet would read as a formula (=, +, -, @, tab, carriage
return at the start) are prefixed with an apostrophe: names and institutions
come from applicants, and must not run in a manager's spreadsheet.
"""

import csv
import tempfile
from collections.abc import Iterable, Iterator, Sequence

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import slugify
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


Sheet = tuple[str, Sequence[str], Iterable[Sequence]]


class _Echo:
    """A file-like object whose write returns the line, for csv.writer."""

    def write(self, value):
        return value


def _csv_lines(sheets: list[Sheet]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    # A byte-order mark so that spreadsheet programs read UTF-8 names right.
    yield "\ufeff"
    for index, (title, header, rows) in enumerate(sheets):
        if len(sheets) > 1:
            if index:
                yield writer.writerow([])
            yield writer.writerow([safe_cell(str(title))])
        yield writer.writerow([safe_cell(str(h)) for h in header])
        for row in rows:
            yield writer.writerow([safe_cell(value) for value in row])


def _in_language(language: str | None, lines: Iterator[str]) -> Iterator[str]:
    """Rows are written while the response streams, after the view returned:
    in the language of the request."""
    with translation.override(language):
        yield from lines


def csv_response(
    *, filename: str, sheets: list[Sheet], stream: bool = False
) -> HttpResponse | StreamingHttpResponse:
    """Each sheet becomes a block of the CSV, titled in its first column
    when there are several. With `stream`, sent row by row as the rows are
    made: memory does not grow with the number of rows."""
    lines = _csv_lines(sheets)
    if stream:
        response = StreamingHttpResponse(
            _in_language(translation.get_language(), lines),
            content_type="text/csv; charset=utf-8",
        )
    else:
        response = HttpResponse("".join(lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_response(*, filename: str, sheets: list[Sheet]) -> HttpResponse:
    """Written in openpyxl's write-only mode: rows go to a temporary file as
    they come instead of a workbook held in memory."""
    workbook = Workbook(write_only=True)
    used = set()
    for title, header, rows in sheets:
        # Sheet titles: at most 31 characters, none of []:*?/\ and unique.
        name = "".join(c for c in str(title) if c not in "[]:*?/\\")[:31] or "Sheet"
        while name in used:
            name = name[:28] + f"-{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(title=name)
        sheet.freeze_panes = "A2"
        heading = []
        for value in header:
            cell = WriteOnlyCell(sheet, value=safe_cell(str(value)))
            cell.font = Font(bold=True)
            heading.append(cell)
        sheet.append(heading)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
    with tempfile.TemporaryFile() as output:
        workbook.save(output)
        output.seek(0)
        response = HttpResponse(output.read(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


def export_response(
    *, fmt: str, filename: str, sheets: list[Sheet], stream: bool = False
) -> HttpResponse | StreamingHttpResponse:
    if fmt == "xlsx":
        return xlsx_response(filename=filename, sheets=sheets)
    return csv_response(filename=filename, sheets=sheets, stream=stream)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def dashboard_sheets(dashboard) -> list[Sheet]:
    """The fellows x courses matrix as one sheet."""
    from django.utils.translation import gettext as _

    header = [
        _("Fellow"),
        _("E-mail"),
        _("Country"),
        _("State"),
        _("UN regional group"),
        _("Gender"),
        _("Agency type"),
        _("Status"),
        _("At risk"),
        _("Behind schedule"),
        _("Inactive"),
        _("Last activity (UTC)"),
        _("Sessions attended (%)"),
        _("Required courses (%)"),
    ]
    for cohort_course in dashboard.courses:
        title = cohort_course.course.title
        header += [
            _("%(course)s: progress (%%)") % {"course": title},
            _("%(course)s: completed") % {"course": title},
            _("%(course)s: overdue") % {"course": title},
            _("%(course)s: score") % {"course": title},
        ]
    yes, no = _("yes"), _("no")
    return [(dashboard.cohort.name, header, _dashboard_lines(dashboard, yes, no))]


def _dashboard_lines(dashboard, yes: str, no: str) -> Iterator[list]:
    """One line per fellow, made as the file is written."""
    for row in dashboard.rows:
        membership = row.membership
        line = [
            membership.user.full_name,
            membership.user.email,
            membership.country.code or "",
            membership.country.name or "",
            membership.get_regional_group_display(),
            membership.get_gender_display(),
            membership.get_agency_type_display(),
            membership.get_status_display(),
            yes if row.at_risk else no,
            yes if row.behind else no,
            yes if row.inactive else no,
            _when(row.last_activity_at),
            "" if row.attendance_percent is None else row.attendance_percent,
            row.required_percent,
        ]
        for cell in row.cells:
            line += [
                cell.percent,
                yes if cell.completed else no,
                yes if cell.overdue else no,
                "" if cell.score is None else cell.score,
            ]
        yield line


def report_sheets(report) -> list[Sheet]:
    """Summary, then one sheet per breakdown of the cycle report."""
    from django.utils.translation import gettext as _

    certified = (
        _("Certified")
        if report.certification_available
        else _("Certified (no certification source yet: always 0)")
    )
    header = [
        _("Group"),
        _("Applicants"),
        _("Accepted"),
        _("Completed all required courses"),
        certified,
    ]

    def lines(rows):
        return [
            [r.label, r.applicants, r.accepted, r.completed, r.certified] for r in rows
        ]

    sheets: list[Sheet] = [(_("Total"), header, lines([report.total]))]
    for section in report.sections:
        sheets.append((section.title, header, lines(section.rows)))
    return sheets


def report_flat_sheet(report) -> list[Sheet]:
    """The whole cycle report as one table, for CSV: one row per group."""
    from django.utils.translation import gettext as _

    sheets = report_sheets(report)
    header = [_("Breakdown"), *sheets[0][1]]
    rows = []
    for title, _header, lines in sheets:
        rows += [[title, *line] for line in lines]
    return [(report.cycle.name, header, rows)]
