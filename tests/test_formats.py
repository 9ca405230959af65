"""Dates, times and numbers as each language writes them, on real pages."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from fellowship.assessments.choices import AttemptState, QuestionType
from fellowship.assessments.models import Attempt
from tests.assessments.conftest import (  # noqa: F401  (fixtures)
    bank,
    enrol,
    enrolled,
    home,
    make_question,
    make_quiz,
    tree,
)

ROOT = Path(__file__).resolve().parent.parent

DUE = datetime.date(2031, 12, 7)
EXPECTED_DUE = {
    "ar": "7 ديسمبر 2031",
    "zh-hans": "2031年12月7日",
    "en": "7 December 2031",
    "fr": "7 décembre 2031",
    "ru": "7 декабря 2031 г.",
    "es": "7 de diciembre de 2031",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(EXPECTED_DUE))
def test_my_learning_due_date_reads_as_the_language_writes_it(
    client,
    fellow,
    tree,  # noqa: F811
    language,
):
    from courses.services import enrolment_create

    enrolment_create(user=fellow, course=tree.course, source="cohort", due_date=DUE)
    client.force_login(fellow)
    with translation.override(language):
        url = reverse("my_learning")
    html = client.get(url).content.decode()
    assert EXPECTED_DUE[language] in html
    assert "12/07/2031" not in html and "07/12/2031" not in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "7 December 2026, 14:05 UTC"),
        ("fr", "7 décembre 2026 à 14:05 UTC"),
        ("ar", "7 ديسمبر 2026، 14:05 UTC"),
        ("zh-hans", "2026年12月7日 14:05 UTC"),
    ],
)
def test_date_time_has_a_24_hour_time_and_the_time_zone(language, expected):
    from django.utils.formats import date_format

    moment = datetime.datetime(2026, 12, 7, 14, 5, tzinfo=datetime.UTC)
    with translation.override(language):
        assert date_format(timezone.localtime(moment), "DATETIME_FORMAT") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "7 Dec 2026"), ("fr", "7 déc 2026"), ("es", "7 dic 2026")],
)
def test_short_date_keeps_the_month_name(language, expected):
    from django.utils.formats import date_format

    with translation.override(language):
        assert date_format(datetime.date(2026, 12, 7), "SHORT_DATE_FORMAT") == expected


# A date shown to people is written with a named format (DATE_FORMAT, ...);
# numeric patterns are for machines only: ISO 8601 in datetime attributes.
NUMERIC_DATE = re.compile(r"""\|date:\s*["']([^"']+)["']""")
MACHINE_PATTERNS = {"c", "Y-m-d", "U"}


def test_no_template_writes_a_date_with_a_literal_pattern():
    offenders = []
    for path in (ROOT / "templates").rglob("*"):
        if path.suffix not in {".html", ".txt"}:
            continue
        for pattern in NUMERIC_DATE.findall(path.read_text()):
            if pattern.isupper() or pattern in MACHINE_PATTERNS:
                continue
            offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert offenders == []


@pytest.fixture
def scored_attempt(client, enrolled, make_question, make_quiz):  # noqa: F811
    quiz = make_quiz([make_question(QuestionType.SINGLE_CHOICE)], max_attempts=0)
    client.force_login(enrolled)
    client.post(reverse("assessments:quiz_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=enrolled, quiz=quiz)
    Attempt.objects.filter(pk=attempt.pk).update(
        state=AttemptState.GRADED,
        submitted_at=timezone.now(),
        percent=Decimal("66.67"),
        score=Decimal("2"),
        max_score=Decimal("3"),
    )
    return attempt


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected", "wrong"),
    [("en", "66.67%", "66,67"), ("fr", "66,67\u202f%", "66.67")],
)
def test_quiz_page_percentage_follows_the_language(
    client, scored_attempt, language, expected, wrong
):
    with translation.override(language):
        url = reverse("assessments:quiz_detail", args=[scored_attempt.quiz_id])
    html = client.get(url).content.decode()
    assert expected in html
    assert wrong not in html


@pytest.mark.django_db
def test_numeric_keys_stay_unlocalised_in_french(client, scored_attempt):
    """Ids in links and progress values are machine numbers, never "1 899" or "66,67"."""
    from django.template import Context, Template

    with translation.override("fr"):
        html = Template(
            "{% load numbers l10n %}"
            '<progress value="{{ value|unlocalize }}">{{ value|percent_sign }}</progress>'
        ).render(Context({"value": 66.67}))
        url = reverse("assessments:quiz_detail", args=[scored_attempt.quiz_id])
    assert html == '<progress value="66.67">66,67\u202f%</progress>'
    page = client.get(url).content.decode()
    assert f"/attempt/{scored_attempt.public_id}/" in page
