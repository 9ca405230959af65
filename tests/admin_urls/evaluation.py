"""Evaluation's admin URLs: the outcome report (managers, by cohort), item
quality and course answers (course staff), pre- and post-tests (course
staff), surveys (managers)."""

from . import R

ROWS = {
    "outcomes:index": R(None, "302 403 403 200 200 200 200 200"),
    "outcomes:report": R(
        "cycle_in",
        "302 403 403 302 302 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "outcomes:report_export": R(
        "cycle_in",
        "302 403 403 302 302 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 302 302 404 404 200",
        fmt="xlsx",
    ),
    "outcomes:item_quality": R(
        "test_plan_in",
        "302 403 403 404 200 200 200 200",
        out="test_plan_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "outcomes:course_answers": R(
        "course_in",
        "302 403 403 404 200 200 200 200",
        out="course_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "testplan:index": R(None, "302 403 403 200 200 200 200 200"),
    "testplan:index_results": R(None, "302 403 403 200 200 200 200 200"),
    "testplan:add": R(None, "302 403 403 200 200 200 200 200"),
    **{
        f"testplan:{name}": R(
            "test_plan_in",
            "302 403 403 404 200 200 200 200",
            out="test_plan_out",
            out_expect="302 403 403 404 404 200 200 200",
        )
        for name in ("edit", "delete", "history", "history_results", "usage")
    },
    "survey:index": R(None, "302 403 403 302 302 200 200 200"),
    "survey:index_results": R(None, "302 403 403 302 302 200 200 200"),
    "survey:add": R(None, "302 403 403 302 302 200 200 200"),
    **{
        f"survey:{name}": R("survey", "302 403 403 302 302 200 200 200")
        for name in ("edit", "delete", "history", "history_results", "usage")
    },
}
