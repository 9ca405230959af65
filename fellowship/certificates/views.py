"""Public verification, the issuer's DID document and status lists, and the
holder's downloads. Thin: parse, ask a selector or service, render."""

import json
from contextlib import nullcontext
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from fellowship.storage import private_file_response

from . import selectors, services
from .codes import code_display, code_normalise
from .credentials.keys import did_document
from .forms import VerifyLookupForm
from .ratelimit import rate_limit_exceeded
from .signing import status_list_signed
from .verification import certificate_verification

JSON_LD = "application/json"


def _in_requested_language(view):
    """?lang= overrides the language LocaleMiddleware chose from the request."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        requested = request.GET.get("lang", "")
        known = {code for code, _name in settings.LANGUAGES}
        context = (
            translation.override(requested) if requested in known else nullcontext()
        )
        with context:
            request.LANGUAGE_CODE = translation.get_language()
            return view(request, *args, **kwargs)

    return wrapper


def _rate_limited(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        exceeded, retry_after = rate_limit_exceeded(request, scope="verify")
        if exceeded:
            response = render(
                request,
                "certificates/verify_rate_limited.html",
                {"retry_after": retry_after, "form": VerifyLookupForm()},
                status=429,
            )
            response["Retry-After"] = str(retry_after)
            return response
        return view(request, *args, **kwargs)

    return wrapper


def _keep_404(request) -> None:
    """Stop LocaleMiddleware turning this 404 into a redirect to /<lang>/...

    It redirects a 404 on an unprefixed path whenever the prefixed path
    would resolve, which the Wagtail catch-all always does. It reads the
    URLconf from `request.urlconf`; this app's own has no language prefix.
    """
    request.urlconf = "fellowship.certificates.urls"


def _not_found(request):
    # The same page and status for a malformed code and an unknown one.
    _keep_404(request)
    return render(
        request,
        "certificates/verify_not_found.html",
        {"form": VerifyLookupForm()},
        status=404,
    )


def _json_not_found(request) -> HttpResponse:
    _keep_404(request)
    return JsonResponse({"error": "not found"}, status=404)


def _json(document: dict, *, cache_seconds: int = 0) -> HttpResponse:
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=2),
        content_type=f"{JSON_LD}; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    if cache_seconds:
        response["Cache-Control"] = f"public, max-age={cache_seconds}"
    return response


@require_GET
@never_cache
@_in_requested_language
def verify_lookup(request):
    if "code" not in request.GET:
        return render(
            request, "certificates/verify_lookup.html", {"form": VerifyLookupForm()}
        )
    return _verify_lookup_submitted(request)


@_rate_limited
def _verify_lookup_submitted(request):
    form = VerifyLookupForm(request.GET)
    if not form.is_valid():
        return render(request, "certificates/verify_lookup.html", {"form": form})
    canonical = code_normalise(form.cleaned_data["code"])
    if canonical is None:
        return _not_found(request)
    return redirect("certificates:verify_detail", code=code_display(canonical))


@require_GET
@never_cache
@_in_requested_language
@_rate_limited
def verify_detail(request, code: str):
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return _not_found(request)
    return render(
        request,
        "certificates/verify_detail.html",
        {
            "certificate": certificate,
            "verification": certificate_verification(certificate=certificate),
            "code_display": code_display(certificate.code),
            "form": VerifyLookupForm(),
        },
    )


@require_GET
@_rate_limited
def credential_public(request, code: str):
    """The signed credential, for anyone the holder gave the code to."""
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return _json_not_found(request)
    return _json(certificate.credential)


@require_GET
@login_required
def credential_of_holder(request, code: str):
    certificate = selectors.certificate_of_holder(user=request.user, code=code)
    if certificate is None:
        return _json_not_found(request)
    response = _json(certificate.credential)
    response["Content-Disposition"] = (
        f'attachment; filename="credential-{certificate.code[:8]}.json"'
    )
    return response


@require_GET
@login_required
def pdf_of_holder(request, code: str):
    certificate = selectors.certificate_of_holder(user=request.user, code=code)
    if certificate is None:
        return _json_not_found(request)
    name = services.certificate_pdf_stored(certificate=certificate)
    # From the private storage: streamed, or a signed URL valid for minutes.
    return private_file_response(
        name,
        filename=f"certificate-{certificate.code[:8]}.pdf",
        content_type="application/pdf",
    )


@require_GET
@cache_control(public=True, max_age=3600)
def issuer_did_document(request):
    return _json(did_document())


@require_GET
def status_list(request, status_list: int):
    if not 1 <= status_list <= selectors.status_list_highest():
        return _json_not_found(request)
    signed = status_list_signed(
        status_list=status_list,
        set_indexes=selectors.status_list_set_indexes(status_list=status_list),
    )
    return _json(signed, cache_seconds=300)
