"""The demo site: locales for the six languages and a home page."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage
from .services import reference_library_import

HOME = {
    "title": "SALW Fellowship",
    "introduction": (
        "Online courses for government officials on small arms and light weapons "
        "control: marking and record-keeping, tracing, stockpile management and "
        "gender mainstreaming."
    ),
}


def seed(*, log, credentials):
    """Locales and the home page; the reference library comes with the
    curriculum's packages (curriculum/references.yaml)."""
    site_seed(log=log)


def references_seed(*, instruments, provisions, mosaic_modules, glossary, log=None):
    created = reference_library_import(
        instruments=instruments,
        provisions=provisions,
        mosaic_modules=mosaic_modules,
        glossary=glossary,
    )
    if log is not None and any(created.values()):
        log(
            "Reference library: created {instruments} instruments, {provisions} "
            "provisions, {mosaic_modules} MOSAIC modules and {glossary} glossary "
            "terms.".format(**created)
        )
    return created


def site_seed(*, log):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return
    previous_root = site.root_page if site else None
    if previous_root is not None:
        # Wagtail's placeholder page holds the "home" slug until it is gone.
        Page.objects.filter(pk=previous_root.pk).update(
            slug=f"replaced-{previous_root.pk}"
        )
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    home = HomePage(slug="home", locale=Locale.get_default(), **HOME)
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = HOME["title"]
    site.save()
    if previous_root is not None:
        Page.objects.get(pk=previous_root.pk).delete()
    log("Created the home page and made it the site's root.")
