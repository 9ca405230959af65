"""Endorsement letters: validated PDFs kept in private storage.

A letter is checked before anything is stored (extension, declared content
type, size and the PDF signature in its first bytes), then saved in the
private storage (STORAGES["private"], fellowship/storage.py) under a random
name that says nothing about its owner. It never has a public URL:
`views.application_letter` serves it to the people allowed to read it.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from fellowship.storage import private_storage

PDF_SIGNATURE = b"%PDF-"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ACCEPTED_CONTENT_TYPES = {"application/pdf", "application/x-pdf"}
LETTERS_DIR = "cohorts/letters"


def letter_max_bytes() -> int:
    return getattr(settings, "COHORTS_LETTER_MAX_BYTES", DEFAULT_MAX_BYTES)


def letter_validate(upload: UploadedFile) -> None:
    """Raise ValidationError with a clear message unless `upload` is a real PDF."""
    if upload is None or not upload.size:
        raise ValidationError(
            _("The file is empty. Upload the signed letter as a PDF."), code="empty"
        )
    limit = letter_max_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    if not (upload.name or "").lower().endswith(".pdf"):
        raise ValidationError(
            _("Upload the letter as a PDF file (.pdf)."), code="extension"
        )
    content_type = (upload.content_type or "").split(";")[0].strip().lower()
    if content_type not in ACCEPTED_CONTENT_TYPES:
        raise ValidationError(
            _("The file is not a PDF document. Upload the letter as a PDF."),
            code="content_type",
        )
    upload.seek(0)
    head = upload.read(len(PDF_SIGNATURE))
    upload.seek(0)
    if head != PDF_SIGNATURE:
        raise ValidationError(
            _(
                "The file is not a PDF document, whatever its name says. Upload the letter as a PDF."
            ),
            code="signature",
        )


def letter_store(upload: UploadedFile) -> str:
    """Save a validated letter under a random name; return the storage path."""
    name = f"{LETTERS_DIR}/{secrets.token_hex(16)}.pdf"
    upload.seek(0)
    return private_storage.save(name, upload)


def letter_delete(path: str) -> None:
    if path:
        private_storage.delete(path)
