import uuid

import pytest

from courses.services import enrolment_create
from courses.xapi.activities import activity_iri
from tests.h5p import archives
from tests.xapi.lessons import h5p_lesson


@pytest.fixture
def true_false(db):
    from content.h5p.services import package_import

    return package_import(
        file=archives.true_false_bytes(), filename="true-false.h5p"
    ).package


@pytest.fixture
def activity(site, true_false):
    """A lesson with one required true/false activity (best attempt)."""
    return h5p_lesson(site=site, package=true_false)


@pytest.fixture
def enrolled(activity, fellow):
    enrolment_create(user=fellow, course=activity.course)
    return fellow


@pytest.fixture
def iri(activity):
    return activity_iri(lesson_id=activity.lesson.pk, block_id=activity.block_id)


def make_statement(
    iri,
    *,
    verb="http://adlnet.gov/expapi/verbs/answered",
    raw=1,
    max=1,
    min=0,
    scaled=None,
    success=True,
    completion=True,
    statement_id=None,
    actor=None,
):
    """A statement shaped like the ones H5P's true/false content sends."""
    score = {"min": min, "max": max, "raw": raw}
    score["scaled"] = scaled if scaled is not None else (raw - min) / (max - min)
    statement = {
        "actor": actor
        or {"account": {"name": str(uuid.uuid4()), "homePage": "http://testserver"}},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
        "object": {
            "id": iri,
            "objectType": "Activity",
            "definition": {"name": {"en-US": "Hello World"}},
        },
        "result": {
            "score": score,
            "success": success,
            "completion": completion,
            "duration": "PT3S",
            "response": "false",
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.TrueFalse-1.6",
                        "objectType": "Activity",
                    }
                ]
            }
        },
    }
    if statement_id is not None:
        statement["id"] = str(statement_id)
    return statement
