"""A fellow answers a cloze question: inline inputs, autosave, result."""

import pytest
from django.urls import reverse

from fellowship.assessments.choices import QuestionType, ReviewTiming
from fellowship.assessments.models import Attempt

pytestmark = pytest.mark.django_db

TEXT = (
    "Marked at {1:MULTICHOICE:=manufacture#Yes~import#Later}, adopted in "
    "{1:NUMERICAL:=2005:0}, kept by {1:MR:%50%States~%50%makers~%-100%nobody}, "
    "{1:MCV:=politically~legally} binding, a {2:SA:=tracerqst~%50%query#Halfcredit}."
)


def url(name, attempt):
    return reverse(f"assessments:{name}", args=[attempt.public_id])


@pytest.fixture
def cloze_attempt(client, enrolled, make_question, make_quiz):
    def start(**rules):
        question = make_question(QuestionType.CLOZE, definition={"text": TEXT})
        rules.setdefault("max_attempts", 1)
        quiz = make_quiz([question], pass_mark=50, **rules)
        client.force_login(enrolled)
        client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
        attempt = Attempt.objects.get(quiz=quiz)
        answer = attempt.answers.get()
        return attempt, answer, question

    return start


def ids(question, gap):
    return {a["text"]: a["id"] for a in question.definition["gaps"][gap]["answers"]}


def test_the_attempt_page_has_an_input_per_gap_with_its_label(client, cloze_attempt):
    attempt, answer, _question = cloze_attempt()
    page = client.get(url("attempt_take", attempt)).content.decode()
    name = f"answer-{answer.pk}"
    assert f'<select class="cloze-gap cloze-gap--select" name="{name}-1"' in page
    assert f'name="{name}-2"' in page and 'inputmode="decimal"' in page
    assert 'role="group" aria-label="Gap 3 of 5"' in page
    assert f'type="checkbox" name="{name}-3"' in page
    assert 'role="radiogroup" aria-label="Gap 4 of 5"' in page
    assert 'aria-label="Gap 5 of 5"' in page
    # No key in the page.
    assert "Halfcredit" not in page and "tracerqst" not in page
    assert "2005" not in page


def test_autosave_keeps_a_gap_and_refuses_a_forged_option(client, cloze_attempt):
    attempt, answer, question = cloze_attempt()
    name = f"answer-{answer.pk}"
    saved = client.post(
        url("attempt_autosave", attempt),
        {"answer": answer.pk, f"{name}-2": "2005", f"{name}-5": ""},
    )
    assert saved.status_code == 200
    answer.refresh_from_db()
    assert answer.response == {"2": "2005"}
    forged = client.post(
        url("attempt_autosave", attempt),
        {"answer": answer.pk, f"{name}-1": "forged", f"{name}-2": "1999"},
    )
    assert forged.status_code == 400
    assert "Gap 1 of 5: choose among its options." in forged.json()["error"]
    answer.refresh_from_db()
    assert answer.response == {"2": "2005"}
    # The page shows what was saved.
    page = client.get(url("attempt_take", attempt)).content.decode()
    assert 'value="2005"' in page


def test_the_result_marks_each_gap_and_the_server_grades(client, cloze_attempt):
    attempt, answer, question = cloze_attempt(
        review_right_answers=ReviewTiming.AFTER_EACH_ATTEMPT,
        review_feedback=ReviewTiming.AFTER_EACH_ATTEMPT,
    )
    name = f"answer-{answer.pk}"
    records = ids(question, 2)
    data = {
        f"{name}-1": ids(question, 0)["import"],
        f"{name}-2": "2005",
        f"{name}-3": [records["States"], records["makers"]],
        f"{name}-4": ids(question, 3)["politically"],
        f"{name}-5": "Query",
        # A score posted by the browser is nothing to the server.
        "score": "100",
    }
    client.post(url("attempt_take", attempt), {**data, "action": "save"})
    client.post(url("attempt_submit", attempt))
    attempt.refresh_from_db()
    # (0 + 1 + 1 + 1 + 0.5 × 2) / 6 of the question's point.
    answer.refresh_from_db()
    assert str(answer.score) == "0.67" and str(attempt.percent) == "67.00"
    page = client.get(url("attempt_result", attempt)).content.decode()
    assert page.count(">right<") == 3 and page.count(">wrong<") == 1
    assert "partly right (50%)" in page
    assert "Gap 1 of 5" in page and "Later" in page  # per-gap feedback
    assert "Halfcredit" in page and "tracerqst" in page  # the key, now open


def test_the_result_hides_the_key_until_allowed(client, cloze_attempt):
    attempt, answer, question = cloze_attempt(max_attempts=2)
    name = f"answer-{answer.pk}"
    client.post(url("attempt_take", attempt), {f"{name}-5": "query", "action": "save"})
    client.post(url("attempt_submit", attempt))
    page = client.get(url("attempt_result", attempt)).content.decode()
    assert "partly right" in page  # marks open after each attempt
    assert "tracerqst" not in page and "manufacture" not in page
    assert "Halfcredit" not in page  # feedback after the last attempt
