"""9. Learning offline: the bytes a module download costs (and per lesson),
and the time to sync a day of offline work.

The download is fetched as the library page's script fetches it: the
module's manifest, each lesson (with `X-Offline-Copy`), what each lesson
page shows (images, captions, styles, scripts) and the quiz pages it links
to, each once; bytes on the wire as in benchmark 6 (gzip). H5P files are
fetched as the script and the player host's keeper fetch them: from each
player's configuration in the page (the frame, h5p.json, the content,
every library file), with what the frame and the style sheets link to (one
format of each font).

The day of offline work is what the service worker sends, in order, one
request at a time, when the connection returns: the module's lessons read
and completed, the H5P statements and saved states, a quiz's answers and
its submission, each with its own `X-Write-Id`. The baseline is the same
writes without ids (no receipts), by another fellow. The queue is then
sent again: every write must be answered as already done.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests

from ..context import Context
from ..environment import SERVER, log
from ..report import Row
from .quiz import AttemptForm, answer_fields
from .weight import _transferred, kb

SECTION = "9. Learning offline (module download, sync of a day's work)"
TIMEOUT = 60
FOLLOW = (
    re.compile(r"/assessments/quiz/\d+/$"),
    re.compile(r"/assessments/attempt/[0-9a-f-]{36}/$"),
)
STATEMENTS_PER_DAY = 30
STATES_PER_DAY = 10


class Shown(HTMLParser):
    """What a lesson page loads, the quiz pages it links to, and the H5P
    players' configurations."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.players: list[dict] = []
        self._json = False

    def handle_data(self, data):
        if self._json:
            try:
                _players_in(json.loads(data), self.players)
            except ValueError:
                pass

    def handle_endtag(self, tag):
        self._json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._json = tag == "script" and attrs.get("type") == "application/json"
        if tag in ("img", "source", "track", "video", "audio", "script"):
            if attrs.get("src"):
                self.urls.append(attrs["src"])
            for part in (attrs.get("srcset") or "").split(","):
                if part.strip():
                    self.urls.append(part.strip().split()[0])
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            if attrs.get("href"):
                self.urls.append(attrs["href"])
        elif tag == "a" and attrs.get("href"):
            path = urlsplit(attrs["href"]).path
            if any(pattern.search(path) for pattern in FOLLOW):
                self.urls.append(path)
                if FOLLOW[1].search(path):
                    self.urls.append(path + "confirm/")


def _players_in(value, into: list[dict]) -> None:
    if isinstance(value, dict):
        if value.get("h5pJsonPath") and value.get("librariesPath"):
            into.append(value)
            return
        for item in value.values():
            _players_in(item, into)
    elif isinstance(value, list):
        for item in value:
            _players_in(item, into)


def _content_files(value, base: str, into: list[str]) -> None:
    if isinstance(value, dict):
        path = value.get("path")
        if isinstance(path, str) and not re.match(r"^[a-z]+:", path, re.I):
            into.append(f"{base}/{path}")
        for item in value.values():
            _content_files(item, base, into)
    elif isinstance(value, list):
        for item in value:
            _content_files(item, base, into)


def _activity_files(session: requests.Session, player: dict) -> list[str]:
    """What the offline library's script has the keeper fetch for one H5P
    activity, as the player will ask for it: the frame, h5p.json, the
    content, each library's files (absolute, on the player's host)."""
    frame = urljoin(SERVER, player["frameUrl"])
    urls = [
        frame,
        *(urljoin(frame, player[key]) for key in ("playerJs", "frameJs", "frameCss")),
    ]
    libraries_root = player["librariesPath"]

    def fetched(url):
        urls.append(url)
        return session.get(urljoin(frame, url), timeout=TIMEOUT).json()

    package = fetched(player["h5pJsonPath"] + "/h5p.json")
    content_root = player["contentJsonPath"]
    _content_files(fetched(content_root + "/content.json"), content_root, urls)
    seen: set[str] = set()
    pending = list(package.get("preloadedDependencies", []))
    while pending:
        dependency = pending.pop()
        folder = (
            f"{dependency['machineName']}-{dependency['majorVersion']}."
            f"{dependency['minorVersion']}"
        )
        if folder in seen:
            continue
        seen.add(folder)
        described = fetched(f"{libraries_root}/{folder}/library.json")
        for file in described.get("preloadedJs", []) + described.get(
            "preloadedCss", []
        ):
            urls.append(f"{libraries_root}/{folder}/{file['path']}")
        pending.extend(described.get("preloadedDependencies", []))
    return [urljoin(frame, url) for url in urls]


def _linked(url: str, response: requests.Response) -> list[str]:
    """What the keeper adds for a stored frame document or style sheet."""
    from content.h5p.weight import css_linked

    kind = response.headers.get("Content-Type", "")
    if kind.startswith("text/css"):
        return [urljoin(url, link) for link in css_linked(response.text)]
    if kind.startswith("text/html"):
        shown = Shown()
        shown.feed(response.text)
        return [urljoin(url, link) for link in shown.urls]
    return []


def _module():
    from bench.data import _english_catalog, _first_course
    from courses.selectors import course_lessons

    lesson = course_lessons(course=_first_course(_english_catalog())).first()
    return lesson.get_parent()


def _download(session: requests.Session, module_id: int) -> dict:
    from django.urls import reverse

    manifest = session.get(
        SERVER + reverse("offline_module_manifest", args=[module_id]),
        timeout=TIMEOUT,
    ).json()
    lessons = [SERVER + lesson["url"] for lesson in manifest["lessons"]]
    seen = set(lessons)
    per_lesson: dict[str, int] = {}
    shared = 0
    activities = 0
    files = 0
    for lesson_url in lessons:
        todo = [lesson_url]
        total = 0
        while todo:
            url = todo.pop(0)
            try:
                wire, _raw, _how = _transferred(session, url)
            except requests.HTTPError:
                continue  # a lesson still locked is not downloaded
            files += 1
            if "/static/" in url and "/h5p-standalone/" not in url:
                shared += wire
            if "/h5p/" in url or "/h5p-standalone/" in url:
                activities += wire
            total += wire
            if url == lesson_url or "/assessments/" in url:
                page = session.get(url, timeout=TIMEOUT)
                if "text/html" in page.headers.get("Content-Type", ""):
                    shown = Shown()
                    shown.feed(page.text)
                    for player in shown.players:
                        if urlsplit(urljoin(SERVER, player["frameUrl"])).netloc == (
                            urlsplit(SERVER).netloc
                        ):
                            continue  # framed by the site: never offline
                        kept = _activity_files(session, player)
                        while kept:
                            link = kept.pop(0).split("#")[0]
                            if link in seen:
                                continue
                            seen.add(link)
                            wire, _raw, _how = _transferred(session, link)
                            files += 1
                            activities += wire
                            total += wire
                            if link.endswith(".css") or "/play/" in link:
                                kept.extend(
                                    _linked(link, session.get(link, timeout=TIMEOUT))
                                )
                    for link in shown.urls:
                        absolute = urljoin(url, link).split("#")[0]
                        if urlsplit(absolute).netloc != urlsplit(SERVER).netloc:
                            continue
                        if absolute not in seen:
                            seen.add(absolute)
                            todo.append(absolute)
        per_lesson[lesson_url] = total
    return {
        "estimate": manifest["bytes"],
        "lessons": per_lesson,
        "shared": shared,
        "activities": activities,
        "files": files,
        "total": sum(per_lesson.values()),
    }


def _day_of_work(ctx: Context, fellow, module) -> list[tuple[str, dict, dict]]:
    """(url, form or JSON body, headers) of one day's writes, in order; the
    quiz is started online first, as a timed quiz must be."""
    from courses.selectors import course_lessons

    csrf = {"csrfmiddlewaretoken": fellow.csrf}
    session = requests.Session()
    session.headers["Cookie"] = fellow.cookie
    writes = []
    for lesson in course_lessons(course=module.get_parent()).child_of(module):
        url = SERVER + lesson.get_url()
        writes.append((url + "activity/", {**csrf, "seconds": "600"}, {}))
        writes.append((url + "complete/", csrf, {}))
    statement_headers = {
        "Content-Type": "application/json",
        "X-CSRFToken": fellow.csrf,
    }
    for index in range(STATEMENTS_PER_DAY):
        statement = {
            "id": str(uuid.uuid4()),
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"objectType": "Activity", "id": ctx.site.activity_iri},
            "result": {"score": {"min": 0, "max": 5, "raw": index % 6}},
        }
        writes.append((SERVER + "/xapi/statements", statement, statement_headers))
    for index in range(STATES_PER_DAY):
        body = {"activityId": ctx.site.activity_iri, "state": json.dumps([index])}
        writes.append((SERVER + "/xapi/state", body, statement_headers))
    quiz = ctx.site.quizzes[0] if ctx.site.quizzes else None
    if quiz is not None:
        started = session.post(
            f"{SERVER}/en/assessments/quiz/{quiz.quiz_id}/start/",
            data={**csrf, "lesson": str(quiz.lesson_id)},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        attempt_url = SERVER + started.headers["Location"]
        form = AttemptForm()
        form.feed(session.get(attempt_url, timeout=TIMEOUT).text)
        for answer_id, fields in form.sections.items():
            data = dict([("answer", answer_id), *answer_fields(fields)])
            writes.append((attempt_url + "autosave/", {**csrf, **data}, {}))
        writes.append((attempt_url + "submit/", csrf, {}))
    return writes


def _send(fellow, writes, *, ids: list[str] | None) -> tuple[float, list]:
    session = requests.Session()
    session.headers["Cookie"] = fellow.cookie
    answers = []
    started = time.monotonic()
    for index, (url, body, headers) in enumerate(writes):
        headers = dict(headers)
        if ids is not None:
            headers["X-Write-Id"] = ids[index]
        if headers.get("Content-Type") == "application/json":
            response = session.post(
                url, data=json.dumps(body), headers=headers, timeout=TIMEOUT
            )
        else:
            response = session.post(
                url, data=body, headers=headers, allow_redirects=False, timeout=TIMEOUT
            )
        answers.append((response.status_code, response.headers.get("X-Write-Replayed")))
    return time.monotonic() - started, answers


def run(ctx: Context) -> None:
    from courses.offline.models import WriteReceipt
    from fellowship.accounts.models import User

    site = ctx.site
    module = _module()
    session = requests.Session()
    session.headers["Cookie"] = site.fellows[0].cookie
    session.headers["X-Offline-Copy"] = "1"
    log("offline: module download")
    download = _download(session, module.pk)
    lessons = len(download["lessons"])
    ctx.add(
        Row(
            SECTION,
            f"Module download ({lessons} lessons, {download['files']} files)",
            kb(download["total"]),
            f"estimate shown {kb(download['estimate'])}",
            download["total"] / download["estimate"] if download["estimate"] else None,
            f"of which H5P player and activities {kb(download['activities'])}, "
            f"the site's CSS and JS {kb(download['shared'])} (fetched once, "
            f"shared by every module); ratio = bytes / estimate",
        )
    )
    ctx.add(
        Row(
            SECTION,
            "Per lesson (mean, first lesson carries the shared files)",
            kb(download["total"] // max(lessons, 1)),
            note=", ".join(kb(size) for size in download["lessons"].values()),
        )
    )

    log("offline: a day of offline work, synced")
    worker, baseline_fellow = site.fellows[1], site.fellows[2]
    writes = _day_of_work(ctx, worker, module)
    ids = [str(uuid.uuid4()) for _write in writes]
    sync_s, first = _send(worker, writes, ids=ids)
    baseline_writes = _day_of_work(ctx, baseline_fellow, module)
    baseline_s, _answers = _send(baseline_fellow, baseline_writes, ids=None)
    replay_s, again = _send(worker, writes, ids=ids)
    user = User.objects.get(pk=worker.user_id)
    taken = WriteReceipt.objects.filter(user=user).count()
    replayed = sum(1 for _status, flag in again if flag == "1")
    errors = sum(1 for status, _flag in first if status >= 500)
    ctx.add(
        Row(
            SECTION,
            f"Sync of a day's work ({len(writes)} writes, in order)",
            f"{sync_s:.2f} s",
            f"same writes without ids {baseline_s:.2f} s",
            sync_s / baseline_s if baseline_s else None,
            f"{taken} receipts kept, {errors} server errors",
        )
    )
    ctx.add(
        Row(
            SECTION,
            "The same queue sent again",
            f"{replay_s:.2f} s",
            f"first sync {sync_s:.2f} s",
            replay_s / sync_s if sync_s else None,
            f"{replayed} of {len(writes)} answered as already done",
        )
    )
