from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


def _my_learning_url(*, user) -> str:
    from django.urls import reverse

    return reverse("my_learning")


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import email_confirmed, user_logged_in

        from fellowship.accounts.choices import Role
        from fellowship.accounts.landing import register_landing

        from . import handlers
        from .models import CoursePage

        post_save.connect(
            handlers.course_page_created,
            sender=CoursePage,
            dispatch_uid="courses_course_page_created",
        )
        user_logged_in.connect(
            handlers.enrol_intent_honour, dispatch_uid="courses.enrol_intent"
        )
        email_confirmed.connect(
            handlers.enrol_intent_honour_on_confirmation,
            dispatch_uid="courses.enrol_intent_confirmed",
        )
        register_landing(Role.FELLOW, _my_learning_url, rank=40)
        self._connect_content_version()

    def _connect_content_version(self):
        from wagtail.models import Locale, PageViewRestriction, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from . import caching, routing

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(
                routing.content_changed, dispatch_uid=f"courses.version.{id(signal)}"
            )
        for signal in (page_published, page_unpublished):
            signal.connect(
                caching.purge_listing_pages,
                dispatch_uid=f"courses.purge_listings.{id(signal)}",
            )
        page_slug_changed.connect(
            routing.content_changed, dispatch_uid="courses.version.slug"
        )
        post_delete.connect(routing.page_deleted, dispatch_uid="courses.version.page")
        post_save.connect(routing.page_saved, dispatch_uid="courses.version.page_saved")
        # The reference library shows in rendered lessons and course pages;
        # H5P packages in their players.
        from content.h5p.models import H5PPackage
        from content.models import (
            GlossaryTerm,
            Instrument,
            MosaicModule,
            Provision,
            ReferenceTranslation,
        )

        for model in (
            Site,
            Locale,
            PageViewRestriction,
            Instrument,
            Provision,
            MosaicModule,
            GlossaryTerm,
            ReferenceTranslation,
            # A package installed, replaced or removed changes the players
            # of rendered lessons and which activities accept statements.
            H5PPackage,
        ):
            for signal in (post_save, post_delete):
                signal.connect(
                    routing.content_changed,
                    sender=model,
                    dispatch_uid=f"courses.version.{model.__name__}.{id(signal)}",
                )
