"""The Wagtail admin under its Content-Security-Policy: the pages that
authors and managers use most open without a violation (the page fixture
fails a test on any)."""

import pytest
from django.urls import reverse
from wagtail.models import Collection

from tests.factories import PASSWORD
from tests.factories_courses import CatalogPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db(transaction=True)


def test_admin_pages_open_without_policy_violations(
    page, settings, site_admin, site, sign_in
):
    settings.MFA_REQUIRED_FOR_ADMIN = False
    # Transactional tests flush what migrations made, the root collection too;
    # the upload pages need it.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    course, lessons = course_with_lessons(
        catalog=CatalogPageFactory(parent=site.root_page.specific), modules=1, lessons=1
    )
    lesson = lessons[0]
    sign_in(site_admin, PASSWORD)

    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[course.pk]),
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailsnippets:index"),
        reverse("wagtailusers_users:index"),
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")

    # The page editor's live preview frames a same-origin page.
    page.goto(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    page.get_by_role("button", name="Toggle preview").click()
    page.frame_locator("iframe").first.locator("body").wait_for()
    page.wait_for_load_state("networkidle")
