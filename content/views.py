"""The glossary and the reference library, public, in the reader's language."""

from django.shortcuts import render

from . import selectors
from .caching import public_for_anonymous


def glossary(request):
    response = render(
        request,
        "content/glossary.html",
        {"terms": list(selectors.glossary_with_sources())},
    )
    return public_for_anonymous(request, response)


def reference_library(request):
    instruments, mosaic_modules = selectors.reference_library()
    response = render(
        request,
        "content/reference_library.html",
        {"instruments": instruments, "mosaic_modules": mosaic_modules},
    )
    return public_for_anonymous(request, response)
