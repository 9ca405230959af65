"""A new certificate appears in the holder's notifications."""

import pytest
from django.urls import reverse

from fellowship.accounts.models import UserNotification
from fellowship.certificates.codes import code_display
from fellowship.certificates.models import Certificate

pytestmark = pytest.mark.django_db


def test_issued_certificate_is_in_the_holders_notifications(
    course, make_fellow, completed
):
    fellow = make_fellow()
    other = make_fellow(full_name="Someone Else")
    completed(fellow, course)
    certificate = Certificate.objects.get(holder=fellow)
    notification = UserNotification.objects.get(user=fellow)
    assert notification.text == (
        "Your certificate for “Marking and record-keeping” has been issued."
    )
    assert notification.url == reverse(
        "certificates:verify_detail", args=[code_display(certificate.code)]
    )
    assert not UserNotification.objects.filter(user=other).exists()
