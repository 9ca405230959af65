import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.h5p.blocks import H5PActivityBlock
from content.h5p.services import package_import
from courses.services import enrolment_create
from courses.xapi.activities import activity_iri
from tests.h5p import archives
from tests.xapi.lessons import h5p_lesson

pytestmark = pytest.mark.django_db


def configs(html):
    found = re.findall(r'<script type="application/json">(.*?)</script>', html, re.S)
    return [json.loads(item) for item in found]


def test_block_keeps_its_contract():
    block = H5PActivityBlock()
    assert list(block.child_blocks) == ["package", "grading_policy", "required"]
    assert block.child_blocks["package"].target_model._meta.label == "h5p.H5PPackage"
    assert [
        value
        for value, _label in block.child_blocks["grading_policy"].field.choices
        if value
    ] == [
        "best",
        "last",
        "first",
        "average",
    ]
    assert block.meta.template == "blocks/h5p_activity.html"


def test_lesson_plays_the_package_lazily(client, site, true_false, fellow):
    built = h5p_lesson(site=site, package=true_false)
    enrolment_create(user=fellow, course=built.course)
    client.force_login(fellow)

    response = client.get(built.lesson.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Start activity" in html
    assert "js/h5p-activity.js" in html
    # Nothing heavy until the fellow starts: the player is only named in data.
    assert '<script src="/static/h5p-standalone/main.bundle.js"' not in html
    assert "<iframe" not in html
    (config,) = configs(html)
    assert config["contentId"] == built.block_id
    assert config["player"]["h5pJsonPath"] == f"/h5p/content/{true_false.content_hash}"
    assert config["player"]["librariesPath"] == "/h5p/libraries"
    assert config["player"]["playerJs"] == "/static/h5p-standalone/main.bundle.js"
    tracking = config["tracking"]
    assert tracking["activityIri"] == activity_iri(
        lesson_id=built.lesson.pk, block_id=built.block_id
    )
    assert tracking["statementsUrl"] == "/xapi/statements"
    assert tracking["stateUrl"] == "/xapi/state"
    assert tracking["csrfToken"]


def test_pending_package_is_not_offered(client, site, fellow, h5p_instructor):
    pending = package_import(
        file=archives.true_false_bytes(), filename="a.h5p", uploaded_by=h5p_instructor
    ).package
    built = h5p_lesson(site=site, package=pending)
    enrolment_create(user=fellow, course=built.course)
    client.force_login(fellow)
    html = client.get(built.lesson.url).content.decode()
    assert "This activity is not available yet." in html
    assert "Start activity" not in html
    assert configs(html) == []


def test_more_activities_cost_no_more_queries(client, site, true_false, fellow):
    def queries_for(blocks, slug):
        built = h5p_lesson(site=site, package=true_false, blocks=blocks, slug=slug)
        enrolment_create(user=fellow, course=built.course)
        client.get(built.lesson.url)  # first visit records the opening
        with CaptureQueriesContext(connection) as captured:
            html = client.get(built.lesson.url).content.decode()
        assert len(configs(html)) == blocks
        return len(captured)

    client.force_login(fellow)
    assert queries_for(1, "one-activity") == queries_for(3, "three-activities")
