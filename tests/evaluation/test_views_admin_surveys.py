"""Managers author surveys in the admin, in the six languages."""

import pytest
from django.urls import reverse

from fellowship.evaluation.models import Survey
from tests.factories import activate_totp


@pytest.fixture
def manager_client(client, manager):
    activate_totp(manager)
    client.force_login(manager)
    return client


def _form(**overrides):
    data = {
        "kind": "course_end",
        "title_en": "Course evaluation",
        "title_fr": "Évaluation du cours",
        "title_es": "",
        "title_ar": "",
        "title_ru": "",
        "title_zh_hans": "",
        "anonymous_to_instructors": "on",
        "is_active": "on",
        "items-TOTAL_FORMS": "2",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for index, (key, kind, text) in enumerate(
        (("relevance", "likert", "Relevant"), ("change", "text", "What to change"))
    ):
        data.update(
            {
                f"items-{index}-key": key,
                f"items-{index}-kind": kind,
                f"items-{index}-required": "on",
                f"items-{index}-text_en": text,
                f"items-{index}-ORDER": str(index + 1),
                f"items-{index}-id": "",
                f"items-{index}-DELETE": "",
            }
        )
    data.update(overrides)
    return data


def test_manager_authors_a_survey_with_its_questions(manager_client):
    response = manager_client.post(reverse("survey:add"), _form())
    assert response.status_code == 302
    survey = Survey.objects.get()
    assert [(i.key, i.kind) for i in survey.items.all()] == [
        ("relevance", "likert"),
        ("change", "text"),
    ]
    assert survey.title_fr == "Évaluation du cours"


def test_a_second_active_survey_for_the_same_moment_is_refused(manager_client):
    Survey.objects.create(kind="course_end", title_en="Current")
    response = manager_client.post(reverse("survey:add"), _form())
    assert response.status_code == 200  # the form again, with its message
    assert Survey.objects.count() == 1


def test_a_survey_needs_an_english_title(manager_client):
    response = manager_client.post(reverse("survey:add"), _form(title_en=""))
    assert response.status_code == 200
    assert not Survey.objects.exists()


def test_instructors_cannot_author_surveys(client, instructor):
    activate_totp(instructor)
    client.force_login(instructor)
    response = client.post(reverse("survey:add"), _form())
    assert response.status_code == 302
    assert not Survey.objects.exists()
