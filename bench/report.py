"""The table: each figure, its baseline from the same run, and their ratio."""

from __future__ import annotations

import datetime
import os
import platform
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass
class Row:
    """One line of the table. `ratio` is figure / baseline unless `note` says
    otherwise; None where there is nothing to divide."""

    section: str
    name: str
    figure: str
    baseline: str = ""
    ratio: float | None = None
    note: str = ""


def ratio_text(ratio: float | None) -> str:
    if ratio is None:
        return ""
    if 0 < ratio < 0.1:
        return f"1/{1 / ratio:.0f}"
    if ratio >= 100:
        return f"{ratio:.0f}×"
    if ratio >= 10:
        return f"{ratio:.1f}×"
    return f"{ratio:.2f}×"


def _command_output(command: list[str]) -> str:
    if not shutil.which(command[0]):
        return ""
    try:
        completed = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return (completed.stdout or completed.stderr).strip().splitlines()[0]


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
        if found:
            cpu = found.group(1).strip()
    except OSError:
        pass
    memory = ""
    try:
        meminfo = Path("/proc/meminfo").read_text()
        found = re.search(r"^MemTotal:\s*(\d+) kB", meminfo, re.MULTILINE)
        if found:
            memory = f"{int(found.group(1)) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    os_name = platform.platform()
    try:
        release = Path("/etc/os-release").read_text()
        found = re.search(r'^PRETTY_NAME="?([^"\n]+)"?$', release, re.MULTILINE)
        if found:
            os_name = f"{found.group(1)} (Linux {platform.release()})"
    except OSError:
        pass
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "Memory": memory,
        "OS": os_name,
        "Python": platform.python_version(),
        "PostgreSQL": _command_output(["psql", "--version"]),
        "Redis": _command_output(["redis-server", "--version"]),
        "wrk": _command_output(["wrk", "--version"]),
    }


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _section_number(section: str) -> int:
    found = re.match(r"(\d+)\.", section)
    return int(found.group(1)) if found else 99


def table(rows: list[Row]) -> str:
    lines = [
        "| Benchmark | Figure | Baseline (same run) | Ratio | Notes |",
        "|---|---:|---:|---:|---|",
    ]
    section = None
    # In the order of the list, whatever order they ran in.
    for row in sorted(rows, key=lambda row: _section_number(row.section)):
        if row.section != section:
            section = row.section
            lines.append(f"| **{_escape(section)}** | | | | |")
        lines.append(
            "| "
            + " | ".join(
                _escape(cell)
                for cell in (
                    row.name,
                    row.figure,
                    row.baseline,
                    ratio_text(row.ratio),
                    row.note,
                )
            )
            + " |"
        )
    return "\n".join(lines)


def document(
    rows: list[Row],
    *,
    mode: str,
    settings_text: str,
    duration_s: float,
    load: tuple[float, float],
) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    details = {
        **machine(),
        "Load average (1 min) at start / end": f"{load[0]:.2f} / {load[1]:.2f}",
    }
    facts = "\n".join(f"- {key}: {value}" for key, value in details.items() if value)
    return (
        "# Benchmark results\n\n"
        f"`python -m bench{' --quick' if mode == 'quick' else ''}`, {when}, "
        f"{duration_s / 60:.1f} minutes.\n\n"
        f"{facts}\n\n"
        f"{settings_text}\n\n"
        f"{table(rows)}\n"
    )


def write(text: str) -> Path:
    RESULTS.write_text(text)
    return RESULTS
