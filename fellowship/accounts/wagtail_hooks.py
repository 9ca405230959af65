from wagtail import hooks

from .selectors import user_reads_site_history


@hooks.register("construct_reports_menu")
def hide_site_history(request, menu_items):
    # Site history is not scoped by cohort or course: site admins only.
    if not user_reads_site_history(user=request.user):
        menu_items[:] = [item for item in menu_items if item.name != "site-history"]
