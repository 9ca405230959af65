"""Take each write once: the `X-Write-Id` header names a write; a replay of a
name already taken is answered with the first answer and changes nothing."""

import uuid
from functools import wraps

from django.db import IntegrityError, transaction
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from .models import WriteReceipt

WRITE_ID_HEADER = "X-Write-Id"
WRITE_USER_HEADER = "X-Write-User"
REPLAYED_HEADER = "X-Write-Replayed"
OFFLINE_COPY_HEADER = "X-Offline-Copy"
# A stored answer is what the device needs to carry on (a redirect, a small
# JSON body); a larger body is not kept.
MAX_STORED_BODY = 64 * 1024


class _AlreadyTaken(Exception):
    pass


def is_offline_copy(request) -> bool:
    """A page fetched to be read offline later, not opened now."""
    return request.headers.get(OFFLINE_COPY_HEADER) == "1"


def _refusal(message: str, code: str, status: int) -> JsonResponse:
    return JsonResponse({"error": code, "message": message}, status=status)


def _replay(receipt: WriteReceipt) -> HttpResponse:
    response = HttpResponse(
        bytes(receipt.body),
        status=receipt.status,
        content_type=receipt.content_type or None,
    )
    if receipt.location:
        response["Location"] = receipt.location
    response[REPLAYED_HEADER] = "1"
    return response


def _keepable(response) -> bool:
    """A server error or a stream is not an answer to keep: the write may be
    sent again and taken then."""
    return not response.streaming and response.status_code < 500


def write_receipt_record(*, user, write_id: uuid.UUID, path: str, response) -> None:
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    body = response.content if len(response.content) <= MAX_STORED_BODY else b""
    WriteReceipt.objects.create(
        user=user,
        write_id=write_id,
        path=path[:500],
        status=response.status_code,
        content_type=response.get("Content-Type", "")[:100],
        location=response.get("Location", "")[:1000],
        body=body,
    )


def takes_write_once(view):
    """Decorate a POST view so that a write sent with `X-Write-Id` is taken once.

    Without the header the view runs as always. The view and the receipt are
    one transaction: two copies of one write arriving together cannot both
    count (the second's work is rolled back and it gets the first's answer).
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        raw = request.headers.get(WRITE_ID_HEADER)
        if not raw or request.method != "POST" or not request.user.is_authenticated:
            return view(request, *args, **kwargs)
        try:
            write_id = uuid.UUID(raw)
        except ValueError:
            return _refusal(
                _("This write cannot be taken: its id is not valid."),
                "invalid_write_id",
                400,
            )
        writer = request.headers.get(WRITE_USER_HEADER)
        if writer and writer != str(request.user.pk):
            # Queued while someone else was signed in on this device.
            return _refusal(
                _("This was written while another account was signed in."),
                "other_account",
                409,
            )
        existing = WriteReceipt.objects.filter(
            user=request.user, write_id=write_id
        ).first()
        if existing is not None:
            return _replay(existing)
        try:
            with transaction.atomic():
                response = view(request, *args, **kwargs)
                if _keepable(response):
                    try:
                        with transaction.atomic():
                            write_receipt_record(
                                user=request.user,
                                write_id=write_id,
                                path=request.path,
                                response=response,
                            )
                    except IntegrityError as error:
                        raise _AlreadyTaken from error
        except _AlreadyTaken:
            return _replay(
                WriteReceipt.objects.get(user=request.user, write_id=write_id)
            )
        return response

    return wrapper
