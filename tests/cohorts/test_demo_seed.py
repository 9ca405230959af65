from django.utils import timezone

from fellowship.cohorts import demo
from fellowship.cohorts.models import (
    Application,
    Cohort,
    Membership,
    Nomination,
    Session,
)


def test_demo_seed_skips_gracefully_without_courses(db):
    lines = []
    demo.seed(log=lines.append, credentials=[])
    assert not Cohort.objects.exists()
    assert any("skipped" in line for line in lines)


def test_demo_seed_builds_a_dashboard_and_is_idempotent(db, curriculum, settings):
    from courses.models import CoursePage

    # The tolerant lookup finds the demo tracks by slug prefix.
    CoursePage.objects.filter(pk=curriculum["a"].pk).update(
        slug="marking-and-record-keeping"
    )
    CoursePage.objects.filter(pk=curriculum["b"].pk).update(slug="tracing-illicit-salw")
    from fellowship.accounts.demo import seed as accounts_seed

    accounts_seed(log=lambda *_: None, credentials=[])
    demo.seed(log=lambda *_: None, credentials=[])
    counts = (
        Cohort.objects.count(),
        Membership.objects.count(),
        Application.objects.count(),
        Nomination.objects.count(),
        Session.objects.count(),
    )
    demo.seed(log=lambda *_: None, credentials=[])
    assert (
        Cohort.objects.count(),
        Membership.objects.count(),
        Application.objects.count(),
        Nomination.objects.count(),
        Session.objects.count(),
    ) == counts
    assert counts[0] == 2
    running = Cohort.objects.get(slug="demo-cohort-a")
    assert running.staff.filter(user__email="manager@example.org").exists()
    assert running.memberships.count() == 13
    assert Nomination.objects.get().country == "GH"
    # The in-person phase is ahead, in the members' calendars.
    in_person = running.sessions.filter(starts_at__date=running.in_person_starts_on)
    assert in_person.get().location == running.venue
    assert running.in_person_starts_on > timezone.localdate()
    # Some fellows are at risk, some are not.

    from fellowship.cohorts.selectors import cohort_dashboard

    dashboard = cohort_dashboard(cohort=running)
    percents = {
        row.membership.user.full_name: row.required_percent for row in dashboard.rows
    }
    assert percents["Adaeze Okafor"] == 100
    assert percents["Nour El-Sayed"] == 0
    assert 0 < len(dashboard.at_risk) < len(dashboard.rows)
    countries = {
        row.membership.user.full_name: row.membership.country.code
        for row in dashboard.rows
    }
    assert countries["Adaeze Okafor"] == "NG"
    assert countries["Amina Diallo"] == "SN"
