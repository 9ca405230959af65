import json
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.choices import LessonStatus
from courses.models import LessonProgress
from courses.xapi.activities import activity_iri
from courses.xapi.models import ActivityResult, Statement
from tests.xapi.conftest import make_statement
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db
URL = "/xapi/statements"


def post(client, body, **extra):
    return client.post(
        URL, data=json.dumps(body), content_type="application/json", **extra
    )


@pytest.fixture
def fellow_client(client, enrolled):
    client.force_login(enrolled)
    return client


def nothing_stored():
    return Statement.objects.count() == 0 and ActivityResult.objects.count() == 0


def test_url_is_the_documented_one():
    assert reverse("xapi:statements") == URL


def test_statement_is_stored_for_the_fellow_and_moves_progress(
    fellow_client, enrolled, activity, iri
):
    statement_id = uuid.uuid4()
    response = post(fellow_client, make_statement(iri, statement_id=statement_id))

    assert response.status_code == 200
    assert response.json() == [str(statement_id)]
    assert response["X-Experience-API-Version"] == "1.0.3"
    stored = Statement.objects.get()
    assert stored.statement_id == statement_id
    assert stored.user == enrolled
    assert stored.lesson_id == activity.lesson.pk
    assert str(stored.block_id) == activity.block_id
    assert stored.is_attempt and stored.score == 1.0
    result = ActivityResult.objects.get(user=enrolled)
    assert (result.score, result.attempts, result.completed, result.passed) == (
        1.0,
        1,
        True,
        True,
    )
    progress = LessonProgress.objects.get(user=enrolled, lesson=activity.lesson)
    assert progress.status == LessonStatus.COMPLETED


def test_a_list_of_statements_and_a_generated_id(fellow_client, iri):
    first = make_statement(iri)
    second = make_statement(iri, verb="http://adlnet.gov/expapi/verbs/completed")
    response = post(fellow_client, [first, second])
    assert response.status_code == 200
    ids = response.json()
    assert len(ids) == 2 and all(uuid.UUID(value) for value in ids)
    assert set(
        map(str, Statement.objects.values_list("statement_id", flat=True))
    ) == set(ids)


def test_claimed_actor_is_replaced_by_the_signed_in_fellow(
    fellow_client, enrolled, iri, user_factory
):
    victim = user_factory()
    forged = make_statement(
        iri, actor={"objectType": "Agent", "mbox": f"mailto:{victim.email}"}
    )
    assert post(fellow_client, forged).status_code == 200
    stored = Statement.objects.get()
    assert stored.user == enrolled
    assert stored.payload["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://127.0.0.1:8000", "name": str(enrolled.pk)},
    }
    assert victim.email not in json.dumps(stored.payload)
    assert not ActivityResult.objects.filter(user=victim).exists()


def test_activity_of_a_course_the_fellow_is_not_enrolled_in(
    fellow_client, site, true_false
):
    other = h5p_lesson(site=site, package=true_false, slug="stockpiles")
    other_iri = activity_iri(lesson_id=other.lesson.pk, block_id=other.block_id)
    response = post(fellow_client, make_statement(other_iri))
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_activity"
    assert nothing_stored()


@pytest.mark.parametrize(
    "target",
    [
        "https://elsewhere.example.org/xapi/activities/lesson/1/block/"
        "00000000-0000-4000-8000-000000000000",
        "http://127.0.0.1:8000/xapi/activities/lesson/999999/block/"
        "00000000-0000-4000-8000-000000000000",
        "http://adlnet.gov/expapi/activities/course",
    ],
)
def test_activity_that_is_not_a_block_of_ours(fellow_client, target):
    assert post(fellow_client, make_statement(target)).status_code == 403
    assert nothing_stored()


def test_another_block_id_in_the_enrolled_lesson(fellow_client, activity):
    unknown = activity_iri(lesson_id=activity.lesson.pk, block_id=uuid.uuid4())
    assert post(fellow_client, make_statement(unknown)).status_code == 403
    assert nothing_stored()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda s: s.pop("verb"), "missing_verb"),
        (lambda s: s.update(verb={"display": {"en": "did"}}), "missing_verb"),
        (lambda s: s.pop("object"), "missing_object"),
        (lambda s: s["object"].update(objectType="Agent"), "missing_object"),
        (lambda s: s["result"]["score"].update(scaled=1.5), "invalid_score"),
        (lambda s: s["result"]["score"].update(scaled=-1.01), "invalid_score"),
        (lambda s: s["result"]["score"].update(raw=5, scaled=1), "invalid_score"),
        (lambda s: s["result"]["score"].update(raw=-1, scaled=0), "invalid_score"),
        (lambda s: s["result"]["score"].update(min=2, max=1), "invalid_score"),
        (lambda s: s["result"]["score"].update(raw="1"), "invalid_score"),
        (lambda s: s["result"].update(success="yes"), "invalid_result"),
        (lambda s: s.update(id="not-a-uuid"), "invalid_id"),
        (lambda s: s.update(timestamp="yesterday"), "invalid_timestamp"),
    ],
)
def test_malformed_statement_changes_nothing(fellow_client, iri, change, code):
    statement = make_statement(iri)
    change(statement)
    response = post(fellow_client, statement)
    assert response.status_code == 400
    assert response.json()["error"] == code
    assert nothing_stored()


def test_one_bad_statement_refuses_the_whole_batch(fellow_client, iri):
    bad = make_statement(iri, scaled=2)
    response = post(fellow_client, [make_statement(iri), bad])
    assert response.status_code == 400
    assert response.json()["index"] == 1
    assert nothing_stored()


def test_replayed_statement_creates_nothing(fellow_client, enrolled, iri):
    statement_id = uuid.uuid4()
    first = post(fellow_client, make_statement(iri, raw=1, statement_id=statement_id))
    assert first.status_code == 200
    result = ActivityResult.objects.get()
    # The same id again, even with another score, is ignored.
    replay = make_statement(iri, raw=0, success=False, statement_id=statement_id)
    response = post(fellow_client, [replay, replay])
    assert response.status_code == 200
    assert Statement.objects.count() == 1
    after = ActivityResult.objects.get()
    assert (after.score, after.attempts, after.updated_at) == (
        result.score,
        result.attempts,
        result.updated_at,
    )


def test_statements_need_csrf(enrolled, iri):
    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolled)
    response = post(client, make_statement(iri))
    assert response.status_code == 403
    assert nothing_stored()


def test_statements_with_csrf_token_are_accepted(enrolled, iri):
    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolled)
    client.get("/en/")  # sets the CSRF cookie, as the lesson page does
    token = client.cookies["csrftoken"].value
    response = post(client, make_statement(iri), HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200


def test_anonymous_statements_are_refused(client, iri, activity):
    assert post(client, make_statement(iri)).status_code == 403
    assert nothing_stored()


def test_body_above_the_limit(fellow_client, iri, settings):
    settings.XAPI_MAX_BODY_BYTES = 1000
    response = post(fellow_client, [make_statement(iri) for _ in range(5)])
    assert response.status_code == 413
    assert nothing_stored()


def test_only_json(fellow_client, iri):
    response = fellow_client.post(URL, data={"statement": "x"})
    assert response.status_code == 415
    response = fellow_client.post(URL, data="{oops", content_type="application/json")
    assert response.status_code == 400
    assert nothing_stored()


def test_withdrawn_fellow_cannot_report(fellow_client, enrolled, activity, iri):
    from courses.models import Enrolment
    from courses.services import enrolment_withdraw

    enrolment_withdraw(enrolment=Enrolment.objects.get(user=enrolled))
    assert post(fellow_client, make_statement(iri)).status_code == 403
    assert nothing_stored()


def test_withdrawn_fellow_cannot_report_interactions_or_replay_them(
    fellow_client, enrolled, activity, iri
):
    """The INSERT that asks the enrolment refuses what a withdrawn fellow
    sends, new or sent before, alone or in a batch, and stores nothing."""
    from courses.models import Enrolment
    from courses.services import enrolment_withdraw

    sent_id = uuid.uuid4()
    assert post(fellow_client, interaction(iri, sent_id)).status_code == 200
    enrolment_withdraw(enrolment=Enrolment.objects.get(user=enrolled))
    for body in (
        interaction(iri),
        interaction(iri, sent_id),
        [interaction(iri), interaction(iri)],
    ):
        response = post(fellow_client, body)
        assert response.status_code == 403, body
        assert response.json()["error"] == "forbidden_activity"
    assert list(Statement.objects.values_list("statement_id", flat=True)) == [sent_id]


def test_sub_content_statements_are_stored_but_are_not_attempts(fellow_client, iri):
    statement = make_statement(f"{iri}?subContentId=abc-123", raw=0, success=False)
    assert post(fellow_client, statement).status_code == 200
    stored = Statement.objects.get()
    assert not stored.is_attempt
    assert not ActivityResult.objects.exists()


def test_query_count_does_not_grow_with_the_batch(activity, iri):
    from courses.services import enrolment_create
    from tests.factories import user_with_role

    def queries_for(count):
        # A fresh fellow each time, so both batches do the same work.
        fellow = user_with_role("Fellow")
        enrolment_create(user=fellow, course=activity.course)
        client = Client()
        client.force_login(fellow)
        batch = [make_statement(iri, raw=index % 2) for index in range(count)]
        with CaptureQueriesContext(connection) as captured:
            assert post(client, batch).status_code == 200
        assert Statement.objects.filter(user=fellow).count() == count
        return len(captured)

    small = queries_for(5)
    large = queries_for(15)
    print(f"statements endpoint: 5 statements -> {small} queries, 15 -> {large}")
    # A batch costs the same, whatever its size (the first request may fill
    # a cache that the second finds warm).
    assert large <= small
    assert small <= 32


def test_too_many_statements_at_once(fellow_client, iri, settings):
    settings.XAPI_MAX_STATEMENTS_PER_REQUEST = 3
    response = post(fellow_client, [make_statement(iri) for _ in range(4)])
    assert response.status_code == 400
    assert response.json()["error"] == "too_many"
    assert nothing_stored()


def test_activity_iri_resolves_to_its_definition(client, activity, iri):
    response = client.get(iri.removeprefix("http://127.0.0.1:8000"))
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == iri
    assert body["definition"]["name"] == {"en": "Hello World"}


INTERACTED = "http://adlnet.gov/expapi/verbs/interacted"


def test_interaction_statement_runs_a_small_fixed_number_of_queries(fellow_client, iri):
    # The user (the session comes from the cache), then one INSERT that asks
    # the enrolment itself (what the IRI names comes from the cache): an
    # interaction changes no result, and no transaction is opened for it.
    def interaction():
        statement = make_statement(iri, verb=INTERACTED)
        del statement["result"]
        return statement

    assert post(fellow_client, interaction()).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert post(fellow_client, interaction()).status_code == 200
    assert len(captured) <= 2, [query["sql"] for query in captured]


def test_result_change_after_completion_recounts_nothing(fellow_client, enrolled, iri):
    from courses.models import LessonProgress

    assert post(fellow_client, make_statement(iri, raw=1)).status_code == 200
    progress = LessonProgress.objects.get(user=enrolled)
    assert progress.is_completed
    with CaptureQueriesContext(connection) as captured:
        assert post(fellow_client, make_statement(iri, raw=0)).status_code == 200
    sql = [query["sql"] for query in captured]
    assert not any('UPDATE "courses_courseprogress"' in query for query in sql), sql
    locked = [query for query in sql if "FOR UPDATE" in query]
    assert not any("courses_" in query for query in locked), sql
    assert not any(query.startswith("SELECT COUNT(*)") for query in sql), sql
    assert LessonProgress.objects.get(user=enrolled).is_completed


def test_another_attempt_that_moves_only_the_score_asks_nothing_of_the_lesson(
    fellow_client, enrolled, iri
):
    """Completion reads whether the result is completed or passed; a better
    score on a passed activity changes neither, so no lesson or course row
    is read or written."""
    first = make_statement(iri, raw=1, max=2, scaled=0.5)
    assert post(fellow_client, first).status_code == 200
    assert ActivityResult.objects.get(user=enrolled).score == 0.5
    with CaptureQueriesContext(connection) as captured:
        better = make_statement(iri, raw=2, max=2)
        assert post(fellow_client, better).status_code == 200
    tables = ("courses_lessonprogress", "courses_courseprogress", "wagtailcore_page")
    touched = [
        query["sql"]
        for query in captured
        if any(table in query["sql"] for table in tables)
    ]
    assert touched == []
    result = ActivityResult.objects.get(user=enrolled)
    assert (result.score, result.attempts, result.passed) == (1.0, 2, True)


def interaction(iri, statement_id=None):
    return {
        "id": str(statement_id or uuid.uuid4()),
        "verb": {"id": INTERACTED},
        "object": {"objectType": "Activity", "id": f"{iri}?subContentId=part-1"},
    }


def test_replayed_interaction_is_stored_once(fellow_client, enrolled, iri):
    statement_id = uuid.uuid4()
    for _ in range(2):
        response = post(fellow_client, [interaction(iri, statement_id)] * 2)
        assert response.status_code == 200
        assert response.json() == [str(statement_id)] * 2
    (stored,) = Statement.objects.all()
    assert (stored.user, stored.statement_id) == (enrolled, statement_id)
    assert not ActivityResult.objects.exists()


# What an IRI names is kept in the cache: every change to the published
# lesson or its package must be seen by the next statement.


def test_unpublished_lesson_refuses_statements_at_once(fellow_client, activity, iri):
    assert post(fellow_client, interaction(iri)).status_code == 200
    activity.lesson.unpublish()
    response = post(fellow_client, interaction(iri))
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden_activity"
    assert Statement.objects.count() == 1


def test_block_removed_by_a_new_revision_refuses_statements(
    fellow_client, activity, iri
):
    assert post(fellow_client, interaction(iri)).status_code == 200
    lesson = activity.lesson
    lesson.body = [("rich_text", "<p>The activity was replaced by this text.</p>")]
    lesson.save_revision().publish()
    assert post(fellow_client, interaction(iri)).status_code == 403
    assert Statement.objects.count() == 1


def test_package_no_longer_installed_refuses_statements(fellow_client, true_false, iri):
    from content.h5p.choices import PackageStatus

    assert post(fellow_client, interaction(iri)).status_code == 200
    true_false.status = PackageStatus.PENDING_APPROVAL
    true_false.save()
    assert post(fellow_client, interaction(iri)).status_code == 403
    assert Statement.objects.count() == 1


def test_a_second_fellow_is_judged_on_their_own_enrolment(fellow_client, activity, iri):
    """The cached activity is the same for all; the right to play it is not."""
    from tests.factories import user_with_role

    assert post(fellow_client, interaction(iri)).status_code == 200
    stranger = Client()
    stranger.force_login(user_with_role("Fellow"))
    response = post(stranger, interaction(iri))
    assert response.status_code == 403
    assert Statement.objects.count() == 1
