from wagtail.snippets.models import register_snippet

from .models import H5PPackage

register_snippet(H5PPackage)
