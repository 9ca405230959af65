"""A focal point's State is an assignment by a manager, never their profile."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fellowship.accounts.choices import Role
from fellowship.accounts.selectors import fellow_profile_get
from fellowship.accounts.services import fellow_profile_update
from fellowship.cohorts.models import FocalPointAssignment, Nomination
from fellowship.cohorts.selectors import focal_point_country
from fellowship.cohorts.services import (
    application_submit,
    focal_point_assign,
    focal_point_end,
)
from tests.cohorts.conftest import pdf_upload
from tests.factories import activate_totp, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def call(make_cohort, make_call):
    return make_call(make_cohort(name="Open"), limit=2)


def submit(user, call, country):
    return application_submit(
        call=call,
        applicant=user,
        motivation="M",
        letter=pdf_upload(),
        profile={"country": country, "gender": "man", "agency_type": "police"},
    )


def _profile_post(country):
    return {
        "account-full_name": "Kwame Mensah",
        "account-preferred_language": "en",
        "profile-country": country,
        "profile-institution": "Ministry",
        "profile-agency_type": "foreign_affairs",
        "profile-position": "Director",
        "profile-gender": "man",
    }


def test_focal_point_editing_their_profile_country_changes_nothing(
    client, make_fellow, call, focal_point, manager
):
    focal_point_assign(user=focal_point, country="GH", actor=manager)
    ghanaian = submit(make_fellow(), call, "GH")
    paraguayan = submit(make_fellow(), call, "PY")
    client.force_login(focal_point)
    saved = client.post(reverse("profile_edit"), _profile_post("PY"))
    assert saved.status_code == 302
    assert str(fellow_profile_get(user=focal_point).country) == "PY"

    assert focal_point_country(user=focal_point) == "GH"
    page = client.get(reverse("cohorts:nominations")).content.decode()
    assert ghanaian.applicant.full_name in page
    assert paraguayan.applicant.full_name not in page
    letter = reverse("cohorts:application_letter", args=[paraguayan.pk])
    assert client.get(letter).status_code == 404
    response = client.post(
        reverse("cohorts:nominations"),
        {"application": paraguayan.pk, "kind": "nominated"},
    )
    assert response.status_code == 404
    assert not Nomination.objects.exists()


def test_focal_point_without_an_assignment_speaks_for_no_state(
    client, make_fellow, call, focal_point
):
    fellow_profile_update(user=focal_point, country="GH")
    submit(make_fellow(), call, "GH")
    assert focal_point_country(user=focal_point) == ""
    client.force_login(focal_point)
    assert client.get(reverse("cohorts:nominations")).status_code == 403


def test_focal_point_assign_records_who_and_when_and_keeps_the_history(
    manager, site_admin, fellow
):
    first = focal_point_assign(user=fellow, country="GH", actor=manager)
    assert first.assigned_by == manager and first.assigned_at and not first.ended_at
    # Assigning gives the role: the State comes only with it.
    assert fellow.groups.filter(name=str(Role.NATIONAL_FOCAL_POINT)).exists()
    assert focal_point_country(user=fellow) == "GH"
    # The same State again changes nothing.
    assert focal_point_assign(user=fellow, country="gh", actor=manager) == first
    second = focal_point_assign(user=fellow, country="KE", actor=site_admin)
    first.refresh_from_db()
    assert first.ended_by == site_admin and first.ended_at is not None
    assert focal_point_country(user=fellow) == "KE"
    focal_point_end(assignment=second, actor=manager)
    assert focal_point_country(user=fellow) == ""
    assert FocalPointAssignment.objects.filter(user=fellow).count() == 2


@pytest.mark.parametrize("role", ["fellow", "instructor", "focal_point"])
def test_focal_point_assign_is_refused_to_other_roles(request, role, make_fellow):
    actor = request.getfixturevalue(role)
    person = make_fellow()
    with pytest.raises(PermissionDenied):
        focal_point_assign(user=person, country="GH", actor=actor)
    assignment = focal_point_assign(
        user=person, country="GH", actor=user_with_role("Programme manager")
    )
    with pytest.raises(PermissionDenied):
        focal_point_end(assignment=assignment, actor=actor)
    assert not FocalPointAssignment.objects.exclude(ended_at__isnull=True).exists()


def test_focal_point_assign_rejects_bad_input(manager, make_fellow):
    person = make_fellow()
    for country in ("", "XX", "Ghana"):
        with pytest.raises(ValidationError):
            focal_point_assign(user=person, country=country, actor=manager)
    assert not FocalPointAssignment.objects.exists()
    assignment = focal_point_assign(user=person, country="GH", actor=manager)
    focal_point_end(assignment=assignment, actor=manager)
    with pytest.raises(ValidationError) as error:
        focal_point_end(assignment=assignment, actor=manager)
    assert error.value.code == "ended"


def test_focal_point_assignment_one_current_per_person_in_the_database(manager, fellow):
    focal_point_assign(user=fellow, country="GH", actor=manager)
    with pytest.raises(IntegrityError), transaction.atomic():
        FocalPointAssignment.objects.create(user=fellow, country="KE")


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        activate_totp(user)
        client.force_login(user)
        return client

    return sign_in


def test_focal_points_admin_lists_assigns_and_ends(signed_in, manager, make_fellow):
    person = make_fellow()
    client = signed_in(manager)
    url = reverse("programme:focal_points")
    assert client.get(url).status_code == 200
    unknown = client.post(url, {"email": "nobody@example.org", "country": "GH"})
    assert unknown.status_code == 200
    assert "No account has this e-mail address." in unknown.content.decode()
    bad = client.post(url, {"email": person.email, "country": "XX"})
    assert bad.status_code == 200
    assert not FocalPointAssignment.objects.exists()

    response = client.post(url, {"email": person.email.upper(), "country": "GH"})
    assert response.status_code == 302
    assignment = FocalPointAssignment.objects.get()
    assert assignment.user == person and assignment.assigned_by == manager
    listing = client.get(url).content.decode()
    assert person.email in listing and "Ghana" in listing

    end_url = reverse("programme:focal_point_end", args=[assignment.pk])
    assert client.get(end_url).status_code == 200
    assert client.post(end_url, {}).status_code == 200  # not confirmed
    assert client.post(end_url, {"confirm": "on"}).status_code == 302
    assignment.refresh_from_db()
    assert assignment.ended_by == manager
    # An ended assignment cannot be ended again; it stays listed.
    assert client.get(end_url).status_code == 404
    assert "Ghana" in client.get(url).content.decode()


def test_focal_points_admin_is_refused_to_other_roles(
    signed_in, client, instructor, fellow, make_fellow, manager
):
    assignment = focal_point_assign(user=make_fellow(), country="GH", actor=manager)
    urls = [
        reverse("programme:focal_points"),
        reverse("programme:focal_point_end", args=[assignment.pk]),
    ]
    assert all(client.get(url).status_code == 302 for url in urls)  # anonymous
    signed_in(instructor)
    for url in urls:
        response = client.post(url, {"email": fellow.email, "country": "KE"})
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    client.force_login(fellow)
    assert all(client.get(url).status_code == 403 for url in urls)
    assert FocalPointAssignment.objects.get().ended_at is None
    assert FocalPointAssignment.objects.count() == 1


def test_focal_points_admin_runs_a_fixed_number_of_queries(
    signed_in, manager, make_fellow
):
    client = signed_in(manager)
    url = reverse("programme:focal_points")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    for country in ("GH", "KE"):
        focal_point_assign(user=make_fellow(), country=country, actor=manager)
    few = count()
    for country in ("FR", "PY", "SN", "NG"):
        person = make_fellow()
        focal_point_assign(user=person, country=country, actor=manager)
        focal_point_assign(user=person, country="BR", actor=manager)
    assert count() == few
