"""The Content-Security-Policy header of every response.

django-csp builds the header from CONTENT_SECURITY_POLICY. Two additions:

- every page outside the admin carries a nonce, generated even when the page
  has no script of its own, so the header always says how a script may run;
- under CSP_ADMIN_PATH_PREFIX the directives of CSP_ADMIN_REPLACE replace the
  site's (the Wagtail admin writes inline scripts and styles). A nonce there
  would make browsers ignore 'unsafe-inline', so none is sent.

- with H5P_PLAYER_ORIGIN, pages may frame the player's host and fetch its
  files (the offline library reads what an activity needs from there).

Responses that already carry the header (the H5P file views) keep their own.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

from content.h5p.selectors import player_origin


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        prefix = getattr(settings, "CSP_ADMIN_PATH_PREFIX", "")
        if prefix and request.path_info.startswith(prefix):
            parts.replace = {
                **(parts.replace or {}),
                **getattr(settings, "CSP_ADMIN_REPLACE", {}),
            }
            parts.nonce = None
        elif parts.nonce is None:
            parts.nonce = self._make_nonce(request)
        player = player_origin()
        if player:
            update = dict(parts.update or {})
            for directive in ("frame-src", "connect-src"):
                update[directive] = [*(update.get(directive) or []), player]
            parts.update = update
        return parts
