"""Data for the server-side SVG charts. Each chart is drawn next to a table
holding the same figures, so a screen reader or a printout loses nothing."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # a fraction, 0 to 1


@dataclass(frozen=True)
class PairBars:
    label: str
    pre: float | None
    post: float | None


def objective_bars(course_gain) -> list[PairBars]:
    return [
        PairBars(
            label=row.objective.text,
            pre=row.figure.mean_pre,
            post=row.figure.mean_post,
        )
        for row in course_gain.objectives
    ]


def fellow_bars(rows) -> list[PairBars]:
    return [PairBars(label=r.objective.text, pre=r.pre, post=r.post) for r in rows]


def share_bars(section, total: int) -> list[Bar]:
    """Participants of each group as a share of all participants."""
    return [
        Bar(label=row.label, value=row.accepted / total if total else None)
        for row in section.rows
    ]


def reaction_bars(survey_figures) -> list[Bar]:
    """Mean agreement on each Likert item, scaled 1..5 -> 0..1."""
    return [
        Bar(label=item.text, value=(item.mean - 1) / 4 if item.mean else None)
        for item in survey_figures.items
        if item.kind == "likert"
    ]
