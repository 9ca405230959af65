"""Applying, with the endorsement letter checked before anything is stored."""

import datetime
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from fellowship.cohorts.models import Application, Membership
from fellowship.cohorts.services import application_decide, application_submit
from tests.cohorts.conftest import PDF_BYTES, pdf_upload

PROFILE = {
    "country": "KE",
    "gender": "woman",
    "agency_type": "police",
    "institution": "X",
}


def stored_files(settings):
    # Letters are private files: in the private storage, never in public media.
    assert not (settings.MEDIA_ROOT / "cohorts" / "letters").exists()
    root = Path(settings.STORAGES["private"]["OPTIONS"]["location"]) / "cohorts"
    root = root / "letters"
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


@pytest.fixture
def open_call(make_cohort, make_call, manager):
    return make_call(make_cohort(managers=[manager]))


def test_application_submit_stores_the_letter_under_a_random_name(
    open_call, fellow, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = application_submit(
            call=open_call,
            applicant=fellow,
            motivation="I run the national registry.",
            letter=pdf_upload(name="Ministry letter for Jane Doe.pdf"),
            profile=PROFILE,
        )
    assert application.letter_path.startswith("cohorts/letters/")
    assert "Jane" not in application.letter_path
    assert stored_files(settings) == [application.letter_path.rsplit("/", 1)[1]]
    private_root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])
    assert (private_root / application.letter_path).read_bytes() == PDF_BYTES
    # The profile is updated through accounts and snapshotted on the application.
    fellow.fellow_profile.refresh_from_db()
    assert fellow.fellow_profile.country == "KE"
    assert (application.country, application.regional_group) == ("KE", "african")
    assert len(mail.outbox) == 1 and fellow.email in mail.outbox[0].to


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (pdf_upload(content=b"<html><body>not a pdf</body></html>"), "signature"),
        (pdf_upload(content=b""), "empty"),
        (pdf_upload(content=b"%PDF-" + b"0" * (2 * 1024 * 1024)), "too_large"),
        (pdf_upload(name="letter.exe"), "extension"),
        (pdf_upload(content_type="text/html"), "content_type"),
    ],
    ids=["html-named-pdf", "empty", "oversize", "not-pdf-extension", "html-type"],
)
def test_application_submit_refuses_bad_letters_and_stores_nothing(
    open_call, fellow, settings, upload, code
):
    settings.COHORTS_LETTER_MAX_BYTES = 1024 * 1024
    with pytest.raises(ValidationError) as error:
        application_submit(
            call=open_call,
            applicant=fellow,
            motivation="M",
            letter=upload,
            profile=PROFILE,
        )
    assert error.value.code == code
    assert error.value.messages[0]  # a clear message for the form
    assert stored_files(settings) == []
    assert not Application.objects.exists()


def test_application_submit_refuses_a_closed_call(
    make_cohort, make_call, fellow, settings
):
    now = timezone.now()
    call = make_call(
        make_cohort(),
        opens=now - datetime.timedelta(days=10),
        closes=now - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        application_submit(
            call=call,
            applicant=fellow,
            motivation="M",
            letter=pdf_upload(),
            profile=PROFILE,
        )
    assert stored_files(settings) == []


def test_application_submit_twice_keeps_one_application_and_one_file(
    open_call, fellow, settings
):
    application_submit(
        call=open_call,
        applicant=fellow,
        motivation="M",
        letter=pdf_upload(),
        profile=PROFILE,
    )
    with pytest.raises(ValidationError):
        application_submit(
            call=open_call,
            applicant=fellow,
            motivation="M",
            letter=pdf_upload(),
            profile=PROFILE,
        )
    assert Application.objects.count() == 1
    assert len(stored_files(settings)) == 1


def test_application_decide_accept_makes_a_fellow_and_respects_capacity(
    make_cohort, make_call, manager, make_fellow
):
    cohort = make_cohort(managers=[manager], capacity=1)
    call = make_call(cohort)
    first, second = (
        application_submit(
            call=call,
            applicant=make_fellow(),
            motivation="M",
            letter=pdf_upload(),
            profile=PROFILE,
        )
        for _ in range(2)
    )
    application_decide(application=first, decision="accepted", actor=manager)
    assert Membership.objects.get(cohort=cohort).user == first.applicant
    with pytest.raises(ValidationError) as error:
        application_decide(application=second, decision="accepted", actor=manager)
    assert error.value.code == "capacity"
    application_decide(application=second, decision="waitlisted", actor=manager)
    second.refresh_from_db()
    assert second.status == "waitlisted"


def test_application_decide_is_refused_to_a_manager_of_another_cohort(
    make_cohort, make_call, make_fellow, user_factory
):
    from tests.factories import user_with_role

    outsider = user_with_role("Programme manager")
    call = make_call(make_cohort())
    application = application_submit(
        call=call,
        applicant=make_fellow(),
        motivation="M",
        letter=pdf_upload(),
        profile=PROFILE,
    )
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        application_decide(application=application, decision="accepted", actor=outsider)
    application.refresh_from_db()
    assert application.status == "submitted"
