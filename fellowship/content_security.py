"""The Content-Security-Policy header of every response.

django-csp builds the header from CONTENT_SECURITY_POLICY. Two additions:

- every page outside the admin carries a nonce, generated even when the page
  has no script of its own, so the header always says how a script may run;
- under CSP_ADMIN_PATH_PREFIX the directives of CSP_ADMIN_REPLACE replace the
  site's (the Wagtail admin writes inline scripts and styles). A nonce there
  would make browsers ignore 'unsafe-inline', so none is sent.

Responses that already carry the header (the H5P file views) keep their own.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


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
        return parts
