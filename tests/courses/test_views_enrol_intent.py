"""An anonymous visitor's choice to enrol survives sign-up, confirmation
and sign-in; it is honoured once, and only for a course they may enrol in."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from courses import services
from courses.handlers import SESSION_KEY
from courses.models import Enrolment
from fellowship.accounts.models import User
from tests.factories import PASSWORD
from tests.factories_courses import course_with_lessons

pytestmark = pytest.mark.django_db

SIGNUP = {
    "full_name": "Nadia Rahman",
    "email": "nadia@example.org",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def _sign_in(client, user):
    return client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD}
    )


def _confirm_from_outbox(client):
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body)
    assert link, mail.outbox[-1].body
    path = "/" + link.group(0).split("/", 3)[3]
    return client.post(path)


def test_course_page_offers_anonymous_visitors_links_not_a_form(client, course):
    html = client.get(course.url).content.decode()
    assert "Sign in to enrol" in html
    assert "Create an account to enrol" in html
    assert 'action="' + course.url + 'enrol/"' not in html


def test_course_page_offers_signed_in_people_the_enrol_form(client, fellow, course):
    client.force_login(fellow)
    html = client.get(course.url).content.decode()
    assert "Enrol in this course" in html
    assert "Sign in to enrol" not in html


def test_enrol_intent_sends_visitors_to_sign_in_or_sign_up(client, course):
    sign_in = client.get(course.url + "enrol/")
    assert sign_in.status_code == 302
    assert sign_in["Location"].startswith(reverse("account_login"))
    assert sign_in["Location"].endswith("?next=" + course.url)
    sign_up = client.get(course.url + "enrol/?account=signup")
    assert sign_up["Location"].startswith(reverse("account_signup"))
    assert client.session[SESSION_KEY] == course.pk
    assert not Enrolment.objects.exists()


def test_enrol_intent_is_honoured_at_sign_up_and_confirmation(client, course):
    client.get(course.url + "enrol/?account=signup")
    signup_url = reverse("account_signup") + "?next=" + course.url
    client.post(signup_url, SIGNUP)
    nadia = User.objects.get(email="nadia@example.org")
    assert not Enrolment.objects.filter(user=nadia).exists()

    response = _confirm_from_outbox(client)

    assert response.status_code == 302
    assert response["Location"] == course.url
    assert Enrolment.objects.filter(user=nadia, course=course).exists()
    page = client.get(course.url).content.decode()
    assert "You are enrolled in" in page
    assert "Start the course" in page


def test_enrol_intent_is_honoured_at_sign_in_and_lands_on_the_course(
    client, fellow, course
):
    client.get(course.url + "enrol/")
    response = _sign_in(client, fellow)
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert Enrolment.objects.filter(user=fellow, course=course).exists()


def test_enrol_intent_is_honoured_once(client, fellow, course):
    client.get(course.url + "enrol/")
    _sign_in(client, fellow)
    assert SESSION_KEY not in client.session
    enrolment = Enrolment.objects.get(user=fellow)
    services.enrolment_withdraw(enrolment=enrolment)
    client.get(reverse("my_learning"))
    enrolment.refresh_from_db()
    assert enrolment.status == "withdrawn"


def test_enrol_intent_respects_prerequisites(client, fellow, catalog):
    basics, _lessons = course_with_lessons(catalog=catalog, title="Basics")
    advanced, _lessons = course_with_lessons(catalog=catalog, title="Advanced")
    advanced.prerequisites.set([basics])
    advanced.save()
    client.get(advanced.url + "enrol/")
    response = _sign_in(client, fellow)
    assert response["Location"] == advanced.url
    assert not Enrolment.objects.filter(user=fellow).exists()
    page = client.get(advanced.url).content.decode()
    assert "Complete Basics first" in page


def test_enrol_intent_is_dropped_for_an_unpublished_course(client, fellow, course):
    client.get(course.url + "enrol/")
    course.unpublish()
    response = _sign_in(client, fellow)
    assert response["Location"] != course.url
    assert not Enrolment.objects.filter(user=fellow).exists()


def test_enrol_by_get_never_enrols_a_signed_in_person(client, fellow, course):
    client.force_login(fellow)
    assert client.get(course.url + "enrol/").status_code == 405
    assert not Enrolment.objects.filter(user=fellow).exists()


def test_enrol_intent_keeps_an_existing_enrolment(client, fellow, course):
    services.enrolment_create(user=fellow, course=course, due_date=None)
    client.get(course.url + "enrol/")
    response = _sign_in(client, fellow)
    assert response["Location"] == course.url
    assert Enrolment.objects.filter(user=fellow).count() == 1


def test_enrol_intent_with_a_forged_session_value_is_ignored(client, fellow, course):
    session = client.session
    session[SESSION_KEY] = "not a number"
    session.save()
    response = _sign_in(client, fellow)
    assert response.status_code == 302
    assert response["Location"] != course.url
    assert not Enrolment.objects.exists()
