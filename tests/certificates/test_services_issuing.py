import pytest
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from courses.choices import LessonStatus
from courses.models import CourseProgress, LessonProgress
from courses.services import enrolment_create, enrolment_withdraw
from fellowship.certificates import services
from fellowship.certificates.choices import (
    CertificateKind,
    CertificateStatus,
    IssueSource,
)
from fellowship.certificates.models import Certificate
from fellowship.certificates.services import CertificateError, CertificateErrorCode
from fellowship.certificates.tasks import (
    certificate_deliver_task,
    certificate_issue_course_task,
)
from tests.factories import user_with_role

from .conftest import complete

pytestmark = pytest.mark.django_db


def test_course_not_yet_complete_issues_nothing(course, make_fellow, completed):
    fellow = make_fellow()
    completed(fellow, course, lessons=2)
    certificate_issue_course_task.delay(fellow.pk, course.pk)
    assert not Certificate.objects.exists()
    assert mail.outbox == []


def test_completing_a_course_issues_one_certificate_and_mails_it(
    course, make_fellow, completed
):
    fellow = make_fellow(full_name="Amina Diallo")
    completed(fellow, course)

    certificate = Certificate.objects.get()
    assert certificate.holder == fellow
    assert certificate.course_id == course.pk
    assert certificate.kind == CertificateKind.COURSE
    assert certificate.status == CertificateStatus.VALID
    assert certificate.source == IssueSource.COMPLETION
    assert certificate.holder_name == "Amina Diallo"
    assert certificate.achievement_name == "Marking and record-keeping"
    assert certificate.credential["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert certificate.pdf.name.endswith(".pdf")
    assert certificate.emailed_at is not None
    [message] = mail.outbox
    assert message.to == [fellow.email]
    assert "Marking and record-keeping" in message.subject
    [(filename, content, mimetype)] = message.attachments
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")


def test_duplicate_and_retried_deliveries_give_one_certificate(
    course, make_fellow, completed
):
    fellow = make_fellow()
    completed(fellow, course)
    first = Certificate.objects.get()

    for _ in range(3):
        certificate_issue_course_task.delay(fellow.pk, course.pk)
        certificate_issue_course_task.apply(args=(fellow.pk, course.pk))
        certificate_deliver_task.delay(first.pk)

    assert list(Certificate.objects.all()) == [first]
    assert len(mail.outbox) == 1


def test_a_concurrent_insert_is_caught_and_the_winner_returned(course, make_fellow):
    # Two issuers that both passed the "none yet" check: the unique constraint
    # stops the second, which returns the first one's certificate.
    fellow = make_fellow()
    complete(fellow, course)
    target = services._Target(kind=CertificateKind.COURSE, course=course)
    winner, created = services._certificate_create(
        holder=fellow, target=target, source=IssueSource.COMPLETION
    )
    loser, created_again = services._certificate_create(
        holder=fellow, target=target, source=IssueSource.COMPLETION
    )
    assert created and not created_again
    assert loser == winner
    assert Certificate.objects.count() == 1


def test_the_database_refuses_a_second_valid_certificate(certificate):
    duplicate = Certificate(
        code="0" * 32,
        kind=certificate.kind,
        holder=certificate.holder,
        course=certificate.course,
        holder_name="x",
        achievement_name="x",
        status_list=certificate.status_list,
        status_list_index=(certificate.status_list_index + 1) % 131072,
    )
    with pytest.raises(IntegrityError):
        duplicate.save()


def test_course_progress_alone_is_not_trusted(course, make_fellow):
    fellow = make_fellow()
    complete(fellow, course, lessons=1)
    CourseProgress.objects.filter(user=fellow, course=course).update(
        lessons_completed=3, lessons_total=3, percent=100, completed_at=timezone.now()
    )
    assert services.certificate_issue_for_course(holder=fellow, course=course) is None
    assert not Certificate.objects.exists()


def test_a_lesson_uncompleted_after_the_event_blocks_the_certificate(
    course, make_fellow
):
    fellow = make_fellow()
    complete(fellow, course)
    LessonProgress.objects.filter(user=fellow, lesson=course.test_lessons[0]).update(
        status=LessonStatus.STARTED, completed_at=None
    )
    assert services.certificate_issue_for_course(holder=fellow, course=course) is None


def test_a_withdrawn_fellow_gets_no_certificate(course, make_fellow):
    fellow = make_fellow()
    complete(fellow, course)
    enrolment_withdraw(enrolment=fellow.enrolments.get(course=course))
    assert services.certificate_issue_for_course(holder=fellow, course=course) is None


def test_a_revoked_certificate_is_not_reissued_by_a_late_event(certificate, manager):
    services.certificate_revoke(
        certificate=certificate, actor=manager, reason="Issued in error"
    )
    again = services.certificate_issue_for_course(
        holder=certificate.holder, course=certificate.course
    )
    assert again is None
    assert Certificate.objects.get().status == CertificateStatus.REVOKED


def test_revoke_needs_a_reason_and_a_valid_certificate(certificate, manager):
    with pytest.raises(CertificateError) as error:
        services.certificate_revoke(certificate=certificate, actor=manager, reason=" ")
    assert error.value.code == CertificateErrorCode.REASON_REQUIRED
    services.certificate_revoke(certificate=certificate, actor=manager, reason="Fraud")
    with pytest.raises(CertificateError) as error:
        services.certificate_revoke(
            certificate=certificate, actor=manager, reason="Again"
        )
    assert error.value.code == CertificateErrorCode.NOT_VALID


def test_reissue_after_a_name_correction_keeps_the_history(certificate, manager):
    holder = certificate.holder
    holder.full_name = "Amina Ndèye Diallo"
    holder.save(update_fields=["full_name"])

    new = services.certificate_reissue(
        certificate=certificate, actor=manager, reason="Name corrected"
    )

    old = Certificate.objects.get(pk=certificate.pk)
    assert old.status == CertificateStatus.SUPERSEDED
    assert old.superseded_by == new
    assert old.holder_name == "Amina Diallo"
    assert new.status == CertificateStatus.VALID
    assert new.source == IssueSource.REISSUE
    assert new.holder_name == "Amina Ndèye Diallo"
    assert new.code != old.code
    assert new.status_list_index != old.status_list_index


def test_issue_by_exception_needs_a_reason_and_skips_the_rules(
    course, make_fellow, manager
):
    fellow = make_fellow()
    enrolment_create(user=fellow, course=course)
    with pytest.raises(CertificateError):
        services.certificate_issue_by_exception(
            holder=fellow, course=course, actor=manager, reason=""
        )
    certificate = services.certificate_issue_by_exception(
        holder=fellow, course=course, actor=manager, reason="Completed offline"
    )
    assert certificate.source == IssueSource.EXCEPTION
    assert certificate.issued_by == manager
    assert certificate.issue_reason == "Completed offline"
    with pytest.raises(CertificateError) as error:
        services.certificate_issue_by_exception(
            holder=fellow, course=course, actor=manager, reason="Twice"
        )
    assert error.value.code == CertificateErrorCode.ALREADY_VALID


def test_actions_are_logged_for_the_audit_trail(certificate, manager):
    from wagtail.models import ModelLogEntry

    services.certificate_revoke(certificate=certificate, actor=manager, reason="Fraud")
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(certificate.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        "certificates.issue",
        "certificates.email",
        "certificates.revoke",
    ]
    revoked = ModelLogEntry.objects.get(action="certificates.revoke")
    assert revoked.user == manager and revoked.data["reason"] == "Fraud"


def test_the_certificate_speaks_the_holders_language(course, make_fellow, completed):
    fellow = make_fellow(full_name="Jean Dupont", language="fr")
    completed(fellow, course)
    certificate = Certificate.objects.get()
    assert certificate.language == "fr"
    achievement = certificate.credential["credentialSubject"]["achievement"]
    assert achievement["inLanguage"] == "fr"
    [message] = mail.outbox
    # Rendered with French active: the link leads to the French interface.
    assert "/fr/my-learning/" in message.body
    assert "/en/" not in message.body


# Programme certificates.


def test_programme_certificate_follows_the_required_courses(
    make_course, make_fellow, make_cohort, join, completed
):
    first, second, elective = make_course(), make_course(), make_course()
    cohort = make_cohort(required=[first, second], elective=[elective])
    fellow = make_fellow()
    join(cohort, fellow)

    completed(fellow, first)
    assert not Certificate.objects.filter(kind=CertificateKind.PROGRAMME).exists()

    completed(fellow, second)
    programme = Certificate.objects.get(kind=CertificateKind.PROGRAMME)
    assert programme.cohort == cohort and programme.holder == fellow
    assert programme.achievement_name == cohort.name
    assert Certificate.objects.filter(kind=CertificateKind.COURSE).count() == 2


def test_programme_with_an_in_person_phase_needs_attendance(
    make_course, make_fellow, make_cohort, join, completed
):
    from fellowship.cohorts.choices import AttendanceStatus
    from fellowship.cohorts.models import Session
    from fellowship.cohorts.services import attendance_record

    required = make_course()
    cohort = make_cohort(required=[required], in_person=True)
    fellow = make_fellow()
    join(cohort, fellow)
    sessions = [
        Session.objects.create(
            cohort=cohort,
            title=f"Day {n}",
            starts_at=timezone.now() - timezone.timedelta(days=n + 1),
            ends_at=timezone.now() - timezone.timedelta(days=n + 1, hours=-4),
        )
        for n in range(2)
    ]
    for session in sessions:
        attendance_record(session=session, user=fellow, status=AttendanceStatus.ABSENT)

    completed(fellow, required)
    assert not Certificate.objects.filter(kind=CertificateKind.PROGRAMME).exists()

    for session in sessions:
        attendance_record(session=session, user=fellow, status=AttendanceStatus.PRESENT)
    assert services.certificate_issue_for_programme(holder=fellow, cohort=cohort)
    assert Certificate.objects.filter(kind=CertificateKind.PROGRAMME).count() == 1


def test_certified_pairs_feed_the_cohort_dashboards(
    make_course, make_fellow, make_cohort, join, completed
):
    from fellowship.cohorts import registry

    required = make_course()
    cohort = make_cohort(required=[required])
    fellow, other = make_fellow(), make_fellow(full_name="Other Fellow")
    join(cohort, fellow)
    join(cohort, other)
    completed(fellow, required)
    assert registry.certified_pairs(cohort_ids=[cohort.pk]) == {(cohort.pk, fellow.pk)}


def test_a_stranger_to_the_cohort_gets_no_programme_certificate(
    make_course, make_fellow, make_cohort, completed
):
    required = make_course()
    cohort = make_cohort(required=[required])
    fellow = make_fellow()
    completed(fellow, required)
    assert (
        services.certificate_issue_for_programme(holder=fellow, cohort=cohort) is None
    )


def test_the_manager_role_is_not_needed_for_automatic_issue(course, completed):
    fellow = user_with_role("Fellow")
    completed(fellow, course)
    assert Certificate.objects.get().issued_by is None
