"""Load generators: wrk for throughput, threads of `requests` for flows.

Every run is bounded: wrk by its duration (and a subprocess timeout), the
threads by a count of requests and per-request timeouts.
"""

from __future__ import annotations

import json
import math
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from .environment import SERVER, ServerMeter

WRK_DIR = Path(__file__).resolve().parent / "wrk"


@dataclass
class WrkResult:
    requests: int
    duration_s: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    status_errors: int
    socket_errors: int
    bytes: int
    unexpected: int = 0  # responses with another status than config["expect"]
    cpu_ms_per_request: float | None = None  # the server's, when measured

    @property
    def errors(self) -> int:
        return self.socket_errors + max(self.status_errors, self.unexpected)


def lua_literal(value) -> str:
    """A Lua literal for plain data (ASCII strings, numbers, lists, dicts)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        if not value.isascii():
            raise ValueError(f"not ASCII: {value!r}")
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, list | tuple):
        return "{" + ", ".join(lua_literal(item) for item in value) + "}"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(
                f"[{lua_literal(k)}] = {lua_literal(v)}" for k, v in value.items()
            )
            + "}"
        )
    raise TypeError(type(value))


def wrk_run(
    wrk: str,
    *,
    script: str,
    config: dict,
    duration: float,
    connections: int,
    threads: int = 2,
    log_dir: Path,
    meter: ServerMeter | None = None,
    server: str = SERVER,
) -> WrkResult:
    with tempfile.NamedTemporaryFile(
        "w", suffix=".lua", dir=log_dir, delete=False
    ) as handle:
        handle.write("return " + lua_literal(config) + "\n")
        config_path = handle.name
    command = [
        wrk,
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={max(1, round(duration))}s",
        "--timeout=10s",
        f"--script={WRK_DIR / script}",
        server,
        "--",
        config_path,
    ]
    if meter is not None:
        meter.settle()
        cpu_before, handled_before = meter.cpu(), meter.handled()
    completed = subprocess.run(  # noqa: S603
        command,
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=False,
    )
    for line in completed.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            result = WrkResult(**json.loads(line.removeprefix("BENCH_JSON ")))
            if meter is not None:
                meter.settle()
                handled = meter.handled() - handled_before
                if handled:
                    cpu = meter.cpu() - cpu_before
                    result.cpu_ms_per_request = cpu * 1000 / handled
            return result
    raise RuntimeError(
        f"wrk gave no result (exit {completed.returncode}): "
        f"{completed.stdout[-500:]} {completed.stderr[-500:]}"
    )


def wrk_measure(wrk: str, *, warmup: float, **options) -> WrkResult:
    """A short run to warm the workers (discarded), then the measured run."""
    if warmup > 0:
        wrk_run(wrk, **{**options, "duration": warmup})
    return wrk_run(wrk, **options)


# Flows of several requests per person, in threads.


def percentile(values: list[float], percent: float) -> float:
    """Nearest-rank percentile (the value below which `percent` % fall)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Timings:
    """Latencies in milliseconds by step name, and failures by step."""

    samples: dict[str, list[float]]
    failures: dict[str, int]
    lock: threading.Lock

    @classmethod
    def empty(cls) -> Timings:
        return cls(samples={}, failures={}, lock=threading.Lock())

    def add(self, step: str, milliseconds: float) -> None:
        with self.lock:
            self.samples.setdefault(step, []).append(milliseconds)

    def fail(self, step: str) -> None:
        with self.lock:
            self.failures[step] = self.failures.get(step, 0) + 1

    def p95(self, step: str) -> float:
        return percentile(self.samples.get(step, []), 95)

    def count(self, step: str) -> int:
        return len(self.samples.get(step, []))


def timed(
    timings: Timings,
    step: str,
    call: Callable[[], requests.Response],
    *,
    expect: tuple[int, ...],
):
    started = time.perf_counter()
    try:
        response = call()
    except requests.RequestException:
        timings.fail(step)
        return None
    timings.add(step, (time.perf_counter() - started) * 1000)
    if response.status_code not in expect:
        timings.fail(step)
        return None
    return response


def run_in_threads(
    work: Callable[[int, threading.Barrier], None], *, count: int, timeout: float
) -> None:
    """Run `work(index, barrier)` in `count` threads that start together."""
    barrier = threading.Barrier(count, timeout=timeout)
    errors: list[BaseException] = []

    def target(index: int) -> None:
        try:
            work(index, barrier)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [
        threading.Thread(target=target, args=(index,), daemon=True)
        for index in range(count)
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.1, deadline - time.monotonic()))
    if any(thread.is_alive() for thread in threads):
        raise RuntimeError(f"threads still running after {timeout:.0f} s")
    if errors:
        raise errors[0]
