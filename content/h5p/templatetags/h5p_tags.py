from django import template
from django.utils.translation import gettext as _

from ..choices import PackageStatus
from ..selectors import package_player_config

register = template.Library()


@register.simple_tag
def h5p_player(package):
    """The player's paths for an installed package, else None (no query)."""
    if package is None or getattr(package, "status", None) != PackageStatus.INSTALLED:
        return None
    return package_player_config(package=package)


@register.simple_tag
def h5p_activity_config(*, player, tracking, content_id, title):
    """Everything static/js/h5p-activity.js reads, for `json_script`."""
    return {
        "contentId": str(content_id or "preview"),
        "title": str(title or ""),
        "player": player,
        "tracking": tracking,
        "messages": {
            "loading": _("Loading the activity…"),
            "ready": _("The activity is ready."),
            "failed": _(
                "The activity could not be loaded. Check your connection and try again."
            ),
            "notSaved": _(
                "Your last answer could not be sent yet; it will be sent again."
            ),
        },
    }
