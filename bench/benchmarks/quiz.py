"""5. Quizzes under concurrent fellows: p95 of autosave and submit.

Fellows in threads (a `requests` session each, their own session cookie and
CSRF token) start an attempt together from the lesson that holds the quiz,
open it, autosave every answer as quiz.js does (one POST per question, the
fields of that question), submit, and read the result. Each round takes the
next quiz of the course. The baseline is the same threads posting a form to
the baseline view the same number of times.
"""

from __future__ import annotations

import threading
from html.parser import HTMLParser

import requests

from ..context import Context
from ..environment import SERVER, log
from ..inprocess import Measured, client, measure
from ..load import Timings, percentile, run_in_threads, timed
from ..report import Row

SECTION = "5. Quiz autosave and submit (concurrent fellows, requests)"
TIMEOUT = 30


class AttemptForm(HTMLParser):
    """The fields of each question section (data-answer-id) of an attempt."""

    def __init__(self):
        super().__init__()
        self.sections: dict[str, list[tuple[str, str, list[str]]]] = {}
        self._answer: str | None = None
        self._depth = 0
        self._select: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "data-answer-id" in attrs:
            self._answer = attrs["data-answer-id"]
            self._depth = 1
            self.sections[self._answer] = []
            return
        if self._answer is None:
            return
        if tag == "section":
            self._depth += 1
        elif tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            self.sections[self._answer].append(
                (kind, attrs["name"], [attrs.get("value", "")])
            )
        elif tag == "textarea" and attrs.get("name"):
            self.sections[self._answer].append(("textarea", attrs["name"], [""]))
        elif tag == "select" and attrs.get("name"):
            self._select = (attrs["name"], [])
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if value:
                self._select[1].append(value)

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None:
            self.sections[self._answer].append(("select", *self._select))
            self._select = None
        elif tag == "section" and self._answer is not None:
            self._depth -= 1
            if self._depth == 0:
                self._answer = None


def answer_fields(fields: list[tuple[str, str, list[str]]]) -> list[tuple[str, str]]:
    """An answer a fellow could give: the first option of each choice, a
    different position or match in each list, "1" in text boxes."""
    chosen: list[tuple[str, str]] = []
    named: set[str] = set()
    selects = 0
    for kind, name, values in fields:
        if kind in ("radio", "checkbox"):
            if name not in named:
                chosen.append((name, values[0]))
                named.add(name)
        elif kind == "select":
            if values:
                chosen.append((name, values[selects % len(values)]))
            selects += 1
        elif kind in ("text", "number", "textarea"):
            chosen.append((name, "1"))
        elif kind == "hidden":
            chosen.append((name, values[0]))
    return chosen


def _together(barrier) -> None:
    """Wait for every fellow to reach the same step (the quiz's autosaves,
    then its submissions, happen at the same moment for all of them, as at
    the end of a timed quiz). A fellow who failed has broken the barrier;
    the others go on without waiting."""
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        pass


def _fellow_flow(ctx: Context, fellow, quiz, timings: Timings, barrier) -> None:
    finished = False
    try:
        finished = _fellow_steps(ctx, fellow, quiz, timings, barrier)
    finally:
        if not finished:
            # A fellow who stopped early must not keep the others waiting.
            barrier.abort()


def _fellow_steps(ctx: Context, fellow, quiz, timings: Timings, barrier) -> bool:
    session = requests.Session()
    session.headers["Cookie"] = fellow.cookie
    csrf = {"csrfmiddlewaretoken": fellow.csrf}
    barrier.wait()
    started = timed(
        timings,
        "start",
        lambda: session.post(
            f"{SERVER}/en/assessments/quiz/{quiz.quiz_id}/start/",
            data={**csrf, "lesson": str(quiz.lesson_id)},
            allow_redirects=False,
            timeout=TIMEOUT,
        ),
        expect=(302,),
    )
    if started is None:
        return False
    attempt_url = SERVER + started.headers["Location"]
    if "/attempt/" not in attempt_url:
        timings.fail("start")
        return False
    page = timed(
        timings,
        "attempt page",
        lambda: session.get(attempt_url, timeout=TIMEOUT),
        expect=(200,),
    )
    if page is None:
        return False
    form = AttemptForm()
    form.feed(page.text)
    autosave_url = attempt_url.rstrip("/") + "/autosave/"
    _together(barrier)
    for answer_id, fields in form.sections.items():
        data = [*csrf.items(), ("answer", answer_id), *answer_fields(fields)]
        timed(
            timings,
            "autosave",
            lambda data=data: session.post(
                autosave_url,
                data=data,
                headers={"X-Requested-With": "fetch"},
                timeout=TIMEOUT,
            ),
            expect=(200,),
        )
    submit_url = attempt_url.rstrip("/") + "/submit/"
    _together(barrier)
    submitted = timed(
        timings,
        "submit",
        lambda: session.post(
            submit_url, data=csrf, allow_redirects=False, timeout=TIMEOUT
        ),
        expect=(302,),
    )
    if submitted is None:
        return True
    timed(
        timings,
        "result page",
        lambda: session.get(SERVER + submitted.headers["Location"], timeout=TIMEOUT),
        expect=(200,),
    )
    return True


def _baseline_flow(fellow, requests_per_fellow: int, timings: Timings, barrier):
    session = requests.Session()
    session.headers["Cookie"] = f"csrftoken={fellow.csrf}"
    barrier.wait()
    for _ in range(requests_per_fellow):
        timed(
            timings,
            "baseline",
            lambda: session.post(
                f"{SERVER}/bench/baseline/",
                data={"csrfmiddlewaretoken": fellow.csrf, "answer": "1"},
                timeout=TIMEOUT,
            ),
            expect=(200,),
        )


def _probe(ctx: Context, quiz) -> dict[str, Measured]:
    """One fellow's start, attempt page, autosave and submit in-process:
    queries and the app's CPU per request, free of the other load."""
    from fellowship.accounts.models import User

    fellow = User.objects.get(pk=ctx.site.fellows[0].user_id)
    test_client = client(fellow)
    probe = {
        "start": measure(
            test_client,
            "post",
            f"/en/assessments/quiz/{quiz.quiz_id}/start/",
            data={"lesson": str(quiz.lesson_id)},
        )
    }
    attempt_url = probe["start"].response["Location"]
    probe["attempt page"] = measure(test_client, "get", attempt_url)
    form = AttemptForm()
    form.feed(probe["attempt page"].response.content.decode())
    answer_id, fields = next(iter(form.sections.items()))
    data: dict[str, list[str]] = {"answer": [answer_id]}
    for name, value in answer_fields(fields):
        data.setdefault(name, []).append(value)
    probe["autosave"] = measure(
        test_client, "post", attempt_url + "autosave/", data=data
    )
    probe["submit"] = measure(test_client, "post", attempt_url + "submit/")
    probe["result page"] = measure(
        test_client, "get", probe["submit"].response["Location"]
    )
    for step, expected in (
        ("start", 302),
        ("attempt page", 200),
        ("autosave", 200),
        ("submit", 302),
        ("result page", 200),
    ):
        if probe[step].status != expected:
            raise RuntimeError(f"in-process {step}: {probe[step].status}")
    return probe


def _graded() -> tuple[int, int]:
    from fellowship.assessments.choices import AttemptState
    from fellowship.assessments.models import Attempt

    users = Attempt.objects.filter(user__email__startswith="fellow.")
    return users.count(), users.filter(state=AttemptState.GRADED).count()


def run(ctx: Context) -> None:
    site = ctx.site
    if not site.quizzes:
        raise RuntimeError("the course has no lesson with a quiz")
    fellows = site.fellows[: ctx.scale.quiz_fellows]
    # Demo quizzes allow three attempts each.
    rounds = min(ctx.scale.quiz_rounds, 3 * len(site.quizzes))
    timings = Timings.empty()
    for number in range(rounds):
        quiz = site.quizzes[number % len(site.quizzes)]
        log(f"quiz: {len(fellows)} fellows take “{quiz.title}”")
        run_in_threads(
            lambda index, barrier, quiz=quiz: _fellow_flow(
                ctx, fellows[index], quiz, timings, barrier
            ),
            count=len(fellows),
            timeout=300,
        )
    attempts, graded = _graded()
    # The first pass warms this process's code paths; the second is counted.
    _probe(ctx, site.quizzes[0])
    probe = _probe(ctx, site.quizzes[1 % len(site.quizzes)])
    baseline = _baseline(fellows, timings, rounds)
    _report(
        ctx,
        timings,
        baseline,
        probe,
        f"{len(fellows)} fellows × {rounds} "
        f"round(s); {attempts} attempts, {graded} graded",
    )


def _baseline(fellows, timings: Timings, rounds: int) -> Timings:
    """The same threads, as many requests each, to the baseline view."""
    requests_per_round = sum(len(v) for v in timings.samples.values()) / rounds
    per_fellow = max(1, round(requests_per_round / len(fellows)))
    baseline = Timings.empty()
    for _number in range(rounds):
        run_in_threads(
            lambda index, barrier: _baseline_flow(
                fellows[index], per_fellow, baseline, barrier
            ),
            count=len(fellows),
            timeout=300,
        )
    return baseline


def _report(
    ctx: Context,
    timings: Timings,
    baseline: Timings,
    probe: dict[str, Measured],
    summary: str,
) -> None:
    base_p95 = baseline.p95("baseline")
    failures = sum(timings.failures.values())
    if failures:
        summary += f"; {failures} failed requests {timings.failures}"
    ctx.add(
        Row(
            SECTION,
            "Baseline view, same threads (form POST): p95",
            f"{base_p95:.1f} ms",
            note=f"{baseline.count('baseline')} requests, "
            f"p50 {percentile(baseline.samples.get('baseline', []), 50):.1f} ms",
        )
    )
    for step, label in (
        ("autosave", "Autosave one answer: p95"),
        ("submit", "Submit (grade, results, progress): p95"),
        ("start", "Start an attempt: p95"),
        ("attempt page", "Attempt page: p95"),
        ("result page", "Result page: p95"),
    ):
        samples = timings.samples.get(step, [])
        if not samples:
            continue
        p95 = percentile(samples, 95)
        ctx.add(
            Row(
                SECTION,
                label,
                f"{p95:.1f} ms",
                f"{base_p95:.1f} ms",
                p95 / base_p95,
                f"{len(samples)} requests, p50 {percentile(samples, 50):.1f} ms; "
                f"{probe[step].queries} queries, "
                f"{probe[step].cpu_milliseconds:.0f} ms app CPU (in-process)"
                + (f"; {summary}" if step == "autosave" else ""),
            )
        )
