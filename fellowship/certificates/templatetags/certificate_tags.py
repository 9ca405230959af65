from django import template

from ..codes import code_display
from ..selectors import certificates_for_user

register = template.Library()


@register.simple_tag
def certificates_of(user) -> list:
    """The person's certificates for "My learning" (one query)."""
    certificates = list(certificates_for_user(user=user))
    for certificate in certificates:
        certificate.code_display = code_display(certificate.code)
    return certificates
