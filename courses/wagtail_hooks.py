from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import CoverageView


@hooks.register("register_admin_urls")
def register_coverage_url():
    return [
        path(
            "curriculum/coverage/",
            CoverageView.as_view(),
            name="courses_coverage",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_coverage_menu_item():
    return MenuItem(
        _("Curriculum coverage"),
        reverse("courses_coverage"),
        icon_name="table",
        order=310,
    )
