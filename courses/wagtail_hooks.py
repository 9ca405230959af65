from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .admin_views import (
    MANAGE_PACKAGES,
    MANAGE_STAFF,
    CourseStaffView,
    CoverageView,
    PackageExportView,
    PackagesView,
)
from .models import CoursePage


@hooks.register("register_admin_urls")
def register_coverage_url():
    return [
        path(
            "curriculum/coverage/",
            CoverageView.as_view(),
            name="courses_coverage",
        ),
        path(
            "curriculum/courses/<int:course_id>/staff/",
            CourseStaffView.as_view(),
            name="courses_course_staff",
        ),
        path("curriculum/packages/", PackagesView.as_view(), name="courses_packages"),
        path(
            "curriculum/packages/<int:course_id>/export/",
            PackageExportView.as_view(),
            name="courses_package_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_coverage_menu_item():
    return MenuItem(
        _("Curriculum coverage"),
        reverse("courses_coverage"),
        icon_name="table",
        order=310,
    )


class _ManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MANAGE_PACKAGES)


@hooks.register("register_admin_menu_item")
def register_packages_menu_item():
    return _ManagersMenuItem(
        _("Course packages"),
        reverse("courses_packages"),
        icon_name="download",
        order=311,
    )


def _staff_button(page, user, priority):
    course = issubclass(page.specific_class or type(page), CoursePage)
    if course and user.has_perm(MANAGE_STAFF):
        yield Button(
            _("Course staff"),
            reverse("courses_course_staff", args=[page.pk]),
            icon_name="group",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def course_staff_header_button(page, user, view_name, next_url=None):
    yield from _staff_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def course_staff_listing_button(page, user, next_url=None):
    yield from _staff_button(page, user, priority=80)
