"""The xAPI endpoints the player talks to: thin, JSON in and out.

POST /xapi/statements      one statement or a list (session + CSRF)
GET  /xapi/state           ?activityId=<IRI>: the person's own saved state
POST /xapi/state           {"activityId", "state"}: save it
GET  /xapi/activities/...  the activity definition an IRI resolves to
"""

import json

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..offline.writes import takes_write_once
from . import selectors, services
from .choices import StatementRefusal
from .statements import XAPI_VERSION, StatementRefused

VERSION_HEADER = {"X-Experience-API-Version": XAPI_VERSION}


def max_body_bytes(default: int = 256 * 1024) -> int:
    from django.conf import settings

    return getattr(settings, "XAPI_MAX_BODY_BYTES", default)


def _error(
    code: StatementRefusal, status: int, index: int | None = None
) -> JsonResponse:
    body = {"error": code.value, "message": str(code.label)}
    if index is not None:
        body["index"] = index
    return JsonResponse(body, status=status, headers=VERSION_HEADER)


def _not_signed_in() -> JsonResponse:
    return JsonResponse(
        {"error": "not_signed_in", "message": _("Sign in to record your results.")},
        status=403,
        headers=VERSION_HEADER,
    )


def _json_body(request):
    """The parsed JSON body, or a refusal response (type, size, syntax)."""
    if request.content_type != "application/json":
        return None, _error(StatementRefusal.UNSUPPORTED_MEDIA_TYPE, 415)
    limit = max_body_bytes()
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return None, _error(StatementRefusal.TOO_LARGE, 413)
    raw = request.read(limit + 1)
    if len(raw) > limit:
        return None, _error(StatementRefusal.TOO_LARGE, 413)
    try:
        return json.loads(raw.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError):
        return None, _error(StatementRefusal.INVALID_JSON, 400)


@require_POST
@takes_write_once
def statements(request):
    if not request.user.is_authenticated:
        return _not_signed_in()
    data, refusal = _json_body(request)
    if refusal is not None:
        return refusal
    try:
        ids = services.statements_record(user=request.user, statements=data)
    except StatementRefused as refused:
        status = 403 if refused.code == StatementRefusal.FORBIDDEN_ACTIVITY else 400
        return _error(refused.code, status, refused.index)
    return JsonResponse(ids, safe=False, headers=VERSION_HEADER)


@require_http_methods(["GET", "POST"])
@takes_write_once
def state(request):
    if not request.user.is_authenticated:
        return _not_signed_in()
    if request.method == "GET":
        activity_id = request.GET.get("activityId", "")
        payload = None
    else:
        payload, refusal = _json_body(request)
        if refusal is not None:
            return refusal
        if not isinstance(payload, dict):
            return _error(StatementRefusal.INVALID_STATE, 400)
        activity_id = payload.get("activityId", "")
    target = selectors.activity_target(user=request.user, iri=activity_id)
    if target is None:
        return _error(StatementRefusal.FORBIDDEN_ACTIVITY, 403)
    if request.method == "GET":
        saved = selectors.activity_state_get(user=request.user, target=target)
        response = JsonResponse({"state": saved}, headers=VERSION_HEADER)
        response["Cache-Control"] = "private, no-store"
        return response
    try:
        services.activity_state_save(
            user=request.user, target=target, state=payload.get("state")
        )
    except StatementRefused as refused:
        return _error(refused.code, 400)
    return HttpResponse(status=204, headers=VERSION_HEADER)


@require_GET
def activity(request, lesson_id: int, block_id):
    """What an activity IRI resolves to: an xAPI activity definition."""
    definition = selectors.activity_definition(lesson_id=lesson_id, block_id=block_id)
    if definition is None:
        raise Http404
    return JsonResponse(definition, headers=VERSION_HEADER)
