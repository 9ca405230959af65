import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from content.models import HomePage
from courses.calendar import calendar_entries
from courses.models import CourseProgress, LessonProgress
from courses.xapi.models import ActivityResult, Statement
from fellowship.accounts.demo import DEMO_USERS
from fellowship.accounts.models import User, UserNotification
from fellowship.assessments.models import Attempt, AttemptAnswer, QuizResult
from fellowship.certificates.codes import code_display
from fellowship.certificates.models import Certificate
from fellowship.cohorts.models import Application, Cohort, Session
from fellowship.cohorts.selectors import (
    calls_open,
    candidates_of_state,
    cohort_dashboard,
    focal_point_country,
)

pytestmark = pytest.mark.django_db


def counts():
    return (
        User.objects.count(),
        Group.objects.count(),
        Page.objects.count(),
        Site.objects.count(),
        LessonProgress.objects.count(),
        Attempt.objects.count(),
        AttemptAnswer.objects.count(),
        Statement.objects.count(),
        ActivityResult.objects.count(),
        Certificate.objects.count(),
        UserNotification.objects.count(),
        Session.objects.count(),
        Application.objects.count(),
    )


def test_seed_demo_is_idempotent_and_prints_sign_ins(capsys):
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    out = capsys.readouterr().out
    for spec in DEMO_USERS:
        assert spec["email"] in out and spec["password"] in out
    assert isinstance(
        Site.objects.get(is_default_site=True).root_page.specific, HomePage
    )
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "ar",
        "zh-hans",
        "en",
        "fr",
        "ru",
        "es",
    }
    demo_shows_every_capability()


def demo_shows_every_capability():
    """What a visitor signing in with each demo account finds."""
    fellow = User.objects.get(email="fellow@example.org")
    # Finished lessons, and a completed course.
    assert LessonProgress.objects.filter(user=fellow, status="completed").count() > 5
    completed = CourseProgress.objects.get(
        user=fellow, course__slug="gender-mainstreaming"
    )
    assert completed.completed_at is not None
    # A passed quiz, and a graded essay whose feedback is released.
    assert QuizResult.objects.filter(user=fellow, passed=True).count() >= 2
    essay = AttemptAnswer.objects.get(
        attempt__user=fellow, question__type="essay", state="graded"
    )
    assert essay.grader_feedback and essay.graded_by.email == "instructor@example.org"
    result = Client()
    result.force_login(fellow)
    response = result.get(f"/en/assessments/attempt/{essay.attempt.public_id}/result/")
    assert response.status_code == 200
    assert essay.grader_feedback in response.content.decode()
    # An H5P score from an xAPI statement.
    h5p = ActivityResult.objects.get(user=fellow)
    assert (h5p.score, h5p.passed) == (1.0, True)
    assert Statement.objects.filter(user=fellow).count() == 1
    # A valid certificate: PDF, signed credential, a verify page that answers.
    certificate = Certificate.objects.get(holder=fellow)
    assert certificate.status == "valid" and certificate.pdf and certificate.credential
    verify = Client().get(f"/verify/{code_display(certificate.code)}/")
    assert verify.status_code == 200
    assert fellow.full_name in verify.content.decode()
    # Notifications: the graded essay and the certificate.
    assert set(
        UserNotification.objects.filter(user=fellow).values_list("kind", flat=True)
    ) == {
        "grades_released",
        "certificate_issued",
    }
    # An upcoming session of the in-person phase in the calendar.
    now = timezone.now()
    upcoming = [
        entry
        for entry in calendar_entries(user=fellow)
        if isinstance(entry.starts, datetime.datetime) and entry.starts > now
    ]
    assert any("In-person" in entry.title for entry in upcoming)
    # An open call, not applied to yet.
    open_calls = list(calls_open())
    assert open_calls
    assert not Application.objects.filter(
        call__in=open_calls, applicant=fellow
    ).exists()

    # The manager: fellows at risk, and fellows who are not.
    dashboard = cohort_dashboard(cohort=Cohort.objects.get(slug="demo-cohort-a"))
    assert 0 < len(dashboard.at_risk) < len(dashboard.rows)
    # The focal point: an assigned State with candidates.
    focal_point = User.objects.get(email="focalpoint@example.org")
    assert focal_point_country(user=focal_point) == "GH"
    assert len(list(candidates_of_state(country="GH"))) >= 3
    # The instructor: an essay waiting in the grading queue.
    from fellowship.assessments.selectors import grading_queue

    instructor = User.objects.get(email="instructor@example.org")
    assert [
        a.attempt.user.email for a in grading_queue(user=instructor, quiz=None)
    ] == ["demo.adaeze.okafor@example.org"]


def test_seed_demo_users_sign_in_with_their_role():
    call_command("seed_demo")
    for spec in DEMO_USERS:
        client = Client()
        response = client.post(
            "/en/accounts/login/",
            {"login": spec["email"], "password": spec["password"]},
        )
        assert response.status_code == 302, spec["email"]
        user = User.objects.get(email=spec["email"])
        assert user.groups.filter(name=str(spec["role"])).exists()
