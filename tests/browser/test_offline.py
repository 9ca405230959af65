"""A fellow takes a module offline, studies without a connection, and finds
everything on the server exactly once when the connection returns: also when
it drops in the middle of the sync, and when the queue is sent again."""

import json
import re
from urllib.parse import urlparse

import pytest

from courses.models import LessonPage, LessonProgress, ModulePage, Reflection
from courses.offline.models import WriteReceipt
from courses.services import enrolment_create
from courses.xapi.activities import activity_iri
from courses.xapi.models import ActivityResult, ActivityState, Statement
from fellowship.assessments.choices import AttemptState, QuestionType
from fellowship.assessments.models import (
    Attempt,
    QuestionBank,
    Quiz,
    QuizResult,
    QuizSlot,
)
from fellowship.assessments.services import question_create
from tests.browser.conftest import CSP_LISTENER
from tests.factories import PASSWORD
from tests.h5p import archives
from tests.xapi.conftest import make_statement
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db(transaction=True)

REFLECTION_BLOCK = "6b0c1b9e-3f57-4c1e-9a4e-2f7f9d7a0c11"
# The writes the fellow makes offline in this journey, in order.
WRITTEN = [
    f"records/reflections/{REFLECTION_BLOCK}/",
    "records/complete/",
    "xapi/statements",
    "xapi/state",
    "attempt/autosave/",
    "attempt/",
    "attempt/submit/",
]

READ_QUEUE = """() => new Promise((resolve, reject) => {
    const open = indexedDB.open("workbox-background-sync");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("requests")) { resolve([]); return; }
        const all = db.transaction("requests").objectStore("requests").getAll();
        all.onsuccess = async () => {
            const entries = [];
            for (const entry of all.result) {
                const data = entry.requestData;
                const body = data.body ? Array.from(new Uint8Array(
                    data.body instanceof Blob ? await data.body.arrayBuffer() : data.body
                )) : [];
                entries.push({url: data.url, headers: data.headers, body});
            }
            resolve(entries);
        };
    };
})"""

SEND_AGAIN = """async (entries) => {
    const answers = [];
    for (const entry of entries) {
        const response = await fetch(entry.url, {
            method: "POST",
            headers: entry.headers,
            body: new Uint8Array(entry.body),
            credentials: "same-origin",
            redirect: "manual",
        });
        answers.push(response.type === "opaqueredirect"
            ? "redirect" : response.headers.get("X-Write-Replayed"));
    }
    return answers;
}"""


@pytest.fixture
def module(site):
    """One module: an H5P activity, a lesson with a reflection, and a quiz."""
    from content.h5p.services import package_import

    package = package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package
    activity = h5p_lesson(site=site, package=package)
    reading = LessonPage(
        title="Records that last",
        slug="records",
        body=[
            {"type": "rich_text", "value": "<p>Keep records for 20 years.</p>"},
            {
                "type": "reflection",
                "id": REFLECTION_BLOCK,
                "value": {"prompt": "Which records does your agency keep?"},
            },
        ],
    )
    activity.module.add_child(instance=reading)
    bank = QuestionBank.objects.create(
        title="Records bank", course=activity.course, module=activity.module
    )
    question = question_create(
        bank=bank,
        type=QuestionType.SINGLE_CHOICE,
        title="Weapons",
        stem="<p>Small arms are designed for what use?</p>",
        definition={
            "options": [
                {"text": "Individual use", "correct": True},
                {"text": "Crew use", "correct": False},
            ]
        },
    )
    quiz = Quiz.objects.create(
        title="Records check",
        course=activity.course,
        pass_mark=50,
        time_limit_minutes=60,
        shuffle_questions=False,
        shuffle_options=False,
    )
    QuizSlot.objects.create(quiz=quiz, question=question, sort_order=0)
    checking = LessonPage(
        title="Check your knowledge",
        slug="check",
        body=[{"type": "quiz", "value": {"quiz": quiz.pk, "required": True}}],
    )
    activity.module.add_child(instance=checking)
    return {
        "activity": activity,
        "reading": LessonPage.objects.get(pk=reading.pk),
        "checking": LessonPage.objects.get(pk=checking.pk),
        "quiz": quiz,
    }


@pytest.fixture
def device(chromium, live_server):
    """A browser with the site's service worker, and a switch for the network
    that also cuts the worker's own requests."""
    context = chromium.new_context(
        base_url=live_server.url, locale="en-GB", service_workers="allow"
    )
    context.set_default_timeout(15_000)
    violations = []

    def on_violation(report):
        violations.append(report)

    context.expose_function("__cspViolation", on_violation)
    context.add_init_script(CSP_LISTENER)

    def cut_worker(route):
        if route.request.service_worker:
            return route.abort("internetdisconnected")
        return route.fallback()

    class Device:
        page = context.new_page()

        def offline(self):
            context.set_offline(True)
            context.route("**/*", cut_worker)

        def online(self):
            context.unroute("**/*", cut_worker)
            context.set_offline(False)

    yield Device(), context
    context.close()
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(violations))


def write_kind(url):
    """A queued write's address without its host and ids."""
    path = urlparse(url).path
    attempt = re.search(r"/(attempt)/[0-9a-f-]+/(.*)$", path)
    if attempt:
        return f"{attempt[1]}/{attempt[2]}"
    return re.sub(r"^/(en/courses/[^/]+/[^/]+/)?", "", path)


REGISTRATION = """async () => {
    const found = await navigator.serviceWorker.getRegistration();
    return JSON.stringify(found && {
        installing: !!found.installing,
        waiting: !!found.waiting,
        active: found.active && found.active.state,
    });
}"""


def wait_for_worker(page):
    """The worker installed (the shell precached) and controlling the page;
    a page opened while it installed is controlled once reloaded."""
    for _attempt in range(300):
        if page.evaluate("() => navigator.serviceWorker.controller !== null"):
            return
        if _attempt == 150:
            page.reload()
        page.wait_for_timeout(100)
    pytest.fail(f"No service worker controls the page: {page.evaluate(REGISTRATION)}")


def sign_in(page, user):
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()


def wait_until(page, condition, message):
    # Generous: the machine running the tests may be busy.
    for _attempt in range(300):
        if condition():
            return
        page.wait_for_timeout(100)
    pytest.fail(message)


def study_offline(device, module, fellow, axe_audit):
    """Download the module, then work through it with the network cut."""
    page = device.page
    sign_in(page, fellow)
    # A timed quiz is started online: its clock is the server's.
    page.goto(module["checking"].url)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    attempt = Attempt.objects.get(user=fellow)

    page.goto("/en/my-learning/offline/")
    wait_for_worker(page)
    card = page.locator("[data-offline-module]")
    download = card.get_by_role("button", name=re.compile("Make available offline"))
    assert re.search(r"about \d", download.inner_text())
    download.click()
    card.get_by_text(re.compile(r"Available offline \(")).wait_for()
    assert "Modules on this device take" in page.content()
    assert axe_audit(page) == []
    # Fetching for offline reading did not count as opening the lessons.
    assert not LessonProgress.objects.filter(
        user=fellow, lesson__in=[module["reading"], module["activity"].lesson]
    ).exists()

    device.offline()
    page.goto(module["reading"].url)
    page.get_by_role("heading", name="Records that last").wait_for()
    page.get_by_label("Your reflection (only you can read it)").fill(
        "We keep import licences."
    )
    page.get_by_role("button", name="Keep my reflection").click()
    page.get_by_text(re.compile("kept on this device")).wait_for()
    page.get_by_role("button", name="Mark this lesson complete").click()
    page.get_by_text("2 changes are kept on this device").wait_for()
    assert axe_audit(page) == []
    page.reload()
    page.get_by_role("heading", name="Records that last").wait_for()

    # The H5P player's writes: a statement and the activity's state. (The
    # player itself does not play offline yet: h5p-standalone writes it into
    # an about:blank frame, which the worker does not control.)
    iri = activity_iri(
        lesson_id=module["activity"].lesson.pk,
        block_id=module["activity"].block_id,
    )
    page.goto(module["activity"].lesson.url)
    page.get_by_role("heading", name="Marking in practice", level=1).wait_for()
    token = page.locator("input[name=csrfmiddlewaretoken]").first.input_value()
    statuses = page.evaluate(
        """async ([statement, iri, token]) => {
            const headers = {"Content-Type": "application/json", "X-CSRFToken": token};
            const sent = await fetch("/xapi/statements", {method: "POST", headers,
                body: JSON.stringify(statement), credentials: "same-origin"});
            const saved = await fetch("/xapi/state", {method: "POST", headers,
                body: JSON.stringify({activityId: iri, state: "{\\"answer\\":true}"}),
                credentials: "same-origin"});
            return [sent.status, saved.status];
        }""",
        [make_statement(iri), iri, token],
    )
    assert statuses == [202, 202]

    page.goto(f"/en/assessments/attempt/{attempt.public_id}/")
    page.get_by_label("Individual use").check()
    page.locator("[data-status]", has_text="Kept on this device").first.wait_for()
    page.get_by_role("button", name="Submit for grading").click()
    page.get_by_role("heading", name="Submit your answers?").wait_for()
    page.get_by_role("button", name="Submit", exact=True).click()
    page.get_by_text(re.compile(r"\d changes are kept on this device")).wait_for()

    # Nothing reached the server while offline.
    assert not Reflection.objects.exists()
    assert not Statement.objects.exists()
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS
    queue = page.evaluate(READ_QUEUE)
    # In the order they were made; the lesson's reading time may be reported
    # too, when the page was hidden long enough.
    assert [
        write_kind(entry["url"])
        for entry in queue
        if not entry["url"].endswith("/activity/")
    ] == WRITTEN
    return attempt, queue


def assert_taken_once(fellow, module, attempt, queue):
    progress = LessonProgress.objects.get(user=fellow, lesson=module["reading"])
    assert progress.is_completed
    assert Reflection.objects.get(user=fellow).text == "We keep import licences."
    assert Statement.objects.filter(user=fellow).count() == 1
    assert ActivityState.objects.get(user=fellow).state == '{"answer":true}'
    attempt.refresh_from_db()
    assert attempt.state != AttemptState.IN_PROGRESS
    assert attempt.percent == 100
    assert QuizResult.objects.get(user=fellow).attempts_submitted == 1
    assert WriteReceipt.objects.filter(user=fellow).count() == len(queue)


def snapshot(fellow):
    return json.dumps(
        [
            list(LessonProgress.objects.filter(user=fellow).values()),
            list(Reflection.objects.filter(user=fellow).values("text", "updated_at")),
            Statement.objects.count(),
            list(ActivityState.objects.filter(user=fellow).values()),
            list(Attempt.objects.filter(user=fellow).values()),
            list(QuizResult.objects.filter(user=fellow).values()),
            WriteReceipt.objects.count(),
        ],
        default=str,
    )


def test_module_studied_offline_reaches_the_server_exactly_once(
    device, fellow, module, axe_audit
):
    device, context = device
    enrolment_create(user=fellow, course=module["activity"].course)
    attempt, queue = study_offline(device, module, fellow, axe_audit)

    device.online()
    page = device.page
    wait_until(
        page,
        lambda: WriteReceipt.objects.filter(user=fellow).count() == len(queue),
        "The queue was not sent.",
    )
    page.get_by_text("Everything you did offline has been sent.").wait_for()
    assert_taken_once(fellow, module, attempt, queue)
    assert page.evaluate(READ_QUEUE) == []

    # The same queue sent again (a device restored from a backup, a bug)
    # is answered as already done and changes nothing.
    before = snapshot(fellow)
    answers = page.evaluate(SEND_AGAIN, queue)
    assert set(answers) <= {"1", "redirect"} and "1" in answers
    assert snapshot(fellow) == before
    page.goto(f"/en/assessments/attempt/{attempt.public_id}/result/")
    assert "You scored 1 out of 1" in page.content()

    # The fellow frees the space.
    page.goto("/en/my-learning/offline/")
    card = page.locator("[data-offline-module]")
    card.get_by_text(re.compile(r"Available offline \(")).wait_for()
    card.get_by_role("button", name="Remove from this device").click()
    card.get_by_text("Removed from this device.").wait_for()
    kept = page.evaluate("() => caches.keys()")
    assert not [name for name in kept if name.startswith("offline-module-")]
    assert "Modules on this device take 0 bytes." in page.content()


def test_connection_dropped_in_the_middle_of_the_sync(
    device, fellow, module, axe_audit
):
    device, context = device
    enrolment_create(user=fellow, course=module["activity"].course)
    attempt, queue = study_offline(device, module, fellow, axe_audit)
    dropped = []

    def lose_the_answer(route):
        """The server takes the completion; its answer never arrives."""
        if route.request.service_worker and not dropped:
            route.fetch()
            dropped.append(route.request.url)
            return route.abort("internetdisconnected")
        return route.fallback()

    context.route("**/complete/", lose_the_answer)
    device.online()
    page = device.page
    wait_until(page, lambda: dropped, "The sync did not start.")
    # The completion was taken, the writes after it still wait.
    assert LessonProgress.objects.get(lesson=module["reading"]).is_completed
    wait_until(
        page,
        lambda: len(page.evaluate(READ_QUEUE)) == len(queue) - 1,
        "The dropped write did not stay first in the queue.",
    )
    assert Statement.objects.count() == 0

    # The next start sends the rest, the dropped write first.
    page.reload()
    wait_until(
        page,
        lambda: (
            not page.evaluate(READ_QUEUE)
            and WriteReceipt.objects.filter(user=fellow).count() == len(queue)
        ),
        "The queue was not sent after the connection returned.",
    )
    assert_taken_once(fellow, module, attempt, queue)


def test_an_untimed_quiz_never_started_online_is_answered_offline(
    device, fellow, module, axe_audit
):
    """The download opens an attempt at a quiz without a time limit; the
    fellow takes it with the network cut, and it is graded once on return."""
    device, _context = device
    Quiz.objects.filter(pk=module["quiz"].pk).update(time_limit_minutes=None)
    enrolment_create(user=fellow, course=module["activity"].course)
    page = device.page
    sign_in(page, fellow)
    assert not Attempt.objects.filter(user=fellow).exists()

    page.goto("/en/my-learning/offline/")
    wait_for_worker(page)
    assert "Downloading a module opens an attempt" in page.content()
    card = page.locator("[data-offline-module]")
    card.get_by_role("button", name=re.compile("Make available offline")).click()
    card.get_by_text(re.compile(r"Available offline \(")).wait_for()
    attempt = Attempt.objects.get(user=fellow)
    assert attempt.prepared_offline and attempt.state == AttemptState.IN_PROGRESS

    device.offline()
    page.goto(module["checking"].url)
    page.get_by_role("link", name="Take the quiz").click()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    page.get_by_label("Individual use").check()
    page.locator("[data-status]", has_text="Kept on this device").first.wait_for()
    # The copy kept for offline use was made before the answer: reloaded,
    # it shows the answer kept on the device, and sends it with the form.
    page.reload()
    page.get_by_role("heading", name=re.compile("Question 1")).wait_for()
    assert page.get_by_label("Individual use").is_checked()
    page.get_by_role("button", name="Submit for grading").click()
    page.get_by_role("heading", name="Submit your answers?").wait_for()
    assert axe_audit(page) == []
    page.get_by_role("button", name="Submit", exact=True).click()
    page.get_by_text(re.compile(r"\d changes are kept on this device")).wait_for()
    queue = page.evaluate(READ_QUEUE)
    assert [write_kind(entry["url"]) for entry in queue][-1] == "attempt/submit/"
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS

    device.online()
    wait_until(
        page,
        lambda: WriteReceipt.objects.filter(user=fellow).count() == len(queue),
        "The queue was not sent.",
    )
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.GRADED
    assert attempt.percent == 100
    assert QuizResult.objects.get(user=fellow).attempts_submitted == 1
    assert Attempt.objects.filter(user=fellow).count() == 1
    # Once the server has them, the device keeps no copy of the answers.
    page.goto(f"/en/assessments/attempt/{attempt.public_id}/result/")
    assert "You scored 1 out of 1" in page.content()
    page.goto("/en/my-learning/")
    page.get_by_role("button", name="Sign out").first.click()
    page.wait_for_load_state()
    drafts = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('quiz-draft:'))"
    )
    assert drafts == []


@pytest.fixture
def player_host(live_server, settings, _requests_in_flight):
    """The H5P player on a host of its own: the same application on a second
    port, as a deployment's play.example.org beside learn.example.org (the
    same site, another origin)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    shared = live_server.thread.connections_override
    thread = LiveServerThread(
        live_server.thread.host,
        static_handler=StaticFilesHandler,
        connections_override=shared,
        port=0,
    )
    thread.daemon = True
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    # One application for both ports: one request at a time on SQLite, and
    # the test waits for both servers' requests.
    thread.httpd.set_app(_requests_in_flight)
    settings.SITE_URL = live_server.url
    settings.H5P_PLAYER_ORIGIN = f"http://{thread.host}:{thread.port}"
    yield settings.H5P_PLAYER_ORIGIN
    _requests_in_flight.wait()
    thread.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


def keeper_frame(page, origin):
    """The hidden page of the player's host that keeps the activities."""

    def found():
        for frame in page.frames:
            if frame.url.startswith(f"{origin}/h5p/offline/"):
                return frame
        return None

    wait_until(page, found, "The offline library framed no keeper.")
    return found()


def cache_names(frame):
    """The caches of a frame's origin, or None while its page still loads."""
    from playwright.sync_api import Error

    try:
        return frame.evaluate("() => caches.keys()")
    except Error:
        return None


def test_an_activity_downloaded_plays_offline_and_its_answer_arrives_once(
    device, fellow, module, player_host, axe_audit
):
    """With the player on its own host, the download keeps the activity
    there; offline, the fellow plays it, and the answer reaches the server
    once when the connection returns. Removing the module frees that host's
    copy too."""
    device, context = device
    activity = module["activity"]
    # A second module plays the same activity: the player and its files are
    # on the device already when it is downloaded.
    second = ModulePage(title="Module 2", slug="module-2")
    activity.course.add_child(instance=second)
    second.add_child(
        instance=LessonPage(
            title="Marking again",
            slug="marking-again",
            body=[
                {
                    "type": "h5p",
                    "value": {
                        "package": activity.lesson.body[0].value["package"].pk,
                        "grading_policy": "best",
                        "required": True,
                    },
                }
            ],
        )
    )
    enrolment_create(user=fellow, course=activity.course)
    page = device.page
    sign_in(page, fellow)

    page.goto("/en/my-learning/offline/")
    wait_for_worker(page)
    cards = page.locator("[data-offline-module]")
    card = cards.filter(has=page.get_by_role("heading", name="Module 1"))
    card.get_by_role("button", name=re.compile("Make available offline")).click()
    card.get_by_text(re.compile(r"Available offline \(")).wait_for()
    assert "need a connection" not in card.inner_text()
    assert axe_audit(page) == []

    from_network = []

    def on_response(response):
        if response.url.startswith(player_host) and not response.from_service_worker:
            from_network.append(urlparse(response.url).path)

    context.on("response", on_response)
    other = cards.filter(has=page.get_by_role("heading", name="Module 2"))
    other.get_by_role("button", name=re.compile("Make available offline")).click()
    other.get_by_text(re.compile(r"Available offline \(")).wait_for()
    context.remove_listener("response", on_response)
    # Only the activity's description is asked again (to list its files).
    assert from_network and not [
        path for path in from_network if not path.endswith(".json")
    ]
    keeper = keeper_frame(page, player_host)
    module_cache = f"h5p-module-{activity.module.pk}"
    assert module_cache in cache_names(keeper)
    # Nothing of the activity went into the site's own copy of the module.
    site_copy = page.evaluate(
        """async (name) => (await (await caches.open(name)).keys())
            .map((request) => request.url)""",
        f"offline-module-{activity.module.pk}",
    )
    assert site_copy and not [url for url in site_copy if "/h5p/" in url]

    device.offline()
    page.goto(activity.lesson.url)
    page.get_by_role("button", name="Start activity").click()
    page.get_by_text("The activity is ready.").wait_for()
    outer = page.locator("iframe[data-h5p-frame]")
    assert outer.get_attribute("sandbox") == "allow-scripts allow-same-origin"
    assert outer.get_attribute("src").startswith(f"{player_host}/h5p/play/")
    frame = page.frame_locator("iframe[data-h5p-frame]")
    frame.get_by_role("radio", name="False").click()
    frame.get_by_role("button", name="Check").click()
    wait_until(
        page,
        lambda: (
            {"xapi/statements", "xapi/state"}
            <= {write_kind(entry["url"]) for entry in page.evaluate(READ_QUEUE)}
        ),
        "The answer and the player's state were not kept on the device.",
    )
    assert not Statement.objects.exists()

    device.online()
    answered = "http://adlnet.gov/expapi/verbs/answered"
    wait_until(
        page,
        lambda: (
            Statement.objects.filter(user=fellow, verb=answered).exists()
            and not page.evaluate(READ_QUEUE)
        ),
        "The answer did not reach the server.",
    )
    statement = Statement.objects.get(user=fellow, verb=answered)
    assert statement.lesson_id == activity.lesson.pk
    assert statement.score == 1.0 and statement.success is True
    assert ActivityResult.objects.get(user=fellow).passed
    # The player's saved state, kept offline after the answer, too.
    saved = ActivityState.objects.get(user=fellow, lesson=activity.lesson)
    assert json.loads(saved.state)

    page.goto("/en/my-learning/offline/")
    card.get_by_text(re.compile(r"Available offline \(")).wait_for()
    card.get_by_role("button", name="Remove from this device").click()
    card.get_by_text("Removed from this device.").wait_for()
    keeper = keeper_frame(page, player_host)
    wait_until(
        page,
        lambda: (
            (names := cache_names(keeper)) is not None and module_cache not in names
        ),
        "The activity's copy stayed on the player's host.",
    )
