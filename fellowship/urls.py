import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.offline.urls import root_urlpatterns as offline_root_urlpatterns
from courses.routing import serve as page_serve
from fellowship.accounts.urls import admin_urlpatterns as admin_door_urlpatterns
from fellowship.accounts.urls import site_urlpatterns as site_door_urlpatterns
from fellowship.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    # allauth is the only way in: Wagtail's login and password reset lead there.
    path("admin/", include(admin_door_urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Machine and public endpoints, the same in every language.
    path("h5p/", include("content.h5p.urls")),
    path("xapi/", include("courses.xapi.urls")),
    path("", include(offline_root_urlpatterns)),
    path("", include("fellowship.certificates.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("accounts/", include("fellowship.accounts.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("content.urls")),
    path("", include("courses.urls")),
    path("", include("courses.offline.urls")),
    path("assessments/", include("fellowship.assessments.urls")),
    path("programme/", include("fellowship.cohorts.urls")),
    path("evaluation/", include("fellowship.evaluation.urls")),
    path("", include(site_door_urlpatterns)),
    # Pages routed from a cache (courses.routing); Wagtail's own helper URLs
    # under _util/ and the `wagtail_serve` name stay Wagtail's.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", page_serve, name="page_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.MEDIA_SERVE and settings.MEDIA_URL.startswith("/"):
    # Public media with headers that keep uploads from acting as the site;
    # private files are in another storage and never under this URL.
    from fellowship.media import media_serve

    urlpatterns = [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$",
            media_serve,
            name="media",
        ),
        *urlpatterns,
    ]
