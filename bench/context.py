"""What every benchmark gets: the scale, the environment, the running
processes, the data it measures and the rows it reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .data import Site
from .environment import Processes, ServerMeter
from .report import Row


@dataclass(frozen=True)
class Scale:
    name: str
    wrk_seconds: float  # each measured wrk run
    warmup_seconds: float  # before each, discarded
    connections: int  # wrk connections (concurrent clients)
    fellows: int  # signed-in fellows the load rotates over
    quiz_fellows: int  # concurrent fellows taking a quiz
    quiz_rounds: int  # attempts each of them makes
    certificates: int  # per worker configuration
    cohort_sizes: tuple[int, ...]
    dashboard_repeats: int
    lessons: int = 40
    gunicorn_workers: int = 4


FULL = Scale(
    name="full",
    wrk_seconds=15,
    warmup_seconds=3,
    connections=8,
    fellows=20,
    quiz_fellows=20,
    quiz_rounds=3,
    certificates=100,
    cohort_sizes=(100, 1000, 5000),
    dashboard_repeats=10,
)
QUICK = Scale(
    name="quick",
    wrk_seconds=4,
    warmup_seconds=1,
    connections=8,
    fellows=10,
    quiz_fellows=10,
    quiz_rounds=1,
    certificates=10,
    cohort_sizes=(100, 500),
    dashboard_repeats=1,
)


@dataclass
class Context:
    scale: Scale
    env: dict[str, str]
    run_dir: Path
    processes: Processes
    wrk: str | None
    site: Site | None = None
    meter: ServerMeter | None = None  # the gunicorn server, while it runs
    rows: list[Row] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        self.rows.append(row)
