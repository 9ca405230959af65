"""CSV and XLSX files for the dashboard and the cycle report.

Cells that a spreadsheet would read as a formula (=, +, -, @, tab, carriage
return at the start) are prefixed with an apostrophe: names and institutions
come from applicants, and must not run in a manager's spreadsheet.
"""

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.text import slugify
from openpyxl import Workbook
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


def csv_response(*, filename: str, sheets: list[Sheet]) -> HttpResponse:
    """Each sheet becomes a block of the CSV, titled in its first column
    when there are several."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for index, (title, header, rows) in enumerate(sheets):
        if len(sheets) > 1:
            if index:
                writer.writerow([])
            writer.writerow([safe_cell(str(title))])
        writer.writerow([safe_cell(str(h)) for h in header])
        for row in rows:
            writer.writerow([safe_cell(value) for value in row])
    # A byte-order mark so that spreadsheet programs read UTF-8 names right.
    response = HttpResponse(
        "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_response(*, filename: str, sheets: list[Sheet]) -> HttpResponse:
    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for title, header, rows in sheets:
        # Sheet titles: at most 31 characters, no []:*?/\ and unique.
        name = "".join(c for c in str(title) if c not in "[]:*?/\\")[:31] or "Sheet"
        while name in used:
            name = name[:28] + f"-{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(title=name)
        sheet.append([safe_cell(str(h)) for h in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename)}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


def export_response(*, fmt: str, filename: str, sheets: list[Sheet]) -> HttpResponse:
    if fmt == "xlsx":
        return xlsx_response(filename=filename, sheets=sheets)
    return csv_response(filename=filename, sheets=sheets)


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
    rows = []
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
        rows.append(line)
    return [(dashboard.cohort.name, header, rows)]


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
