"""Certificates as signed Open Badges 3.0 credentials, and the status list.

Glue between the database rows and the pure functions in `credentials/`.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from .credentials import data_integrity, open_badges
from .credentials.keys import IssuerKey, issuer_key

STATUS_LIST_CACHE_SECONDS = 24 * 60 * 60
PROOF_CHECK_CACHE_SECONDS = 60 * 60


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def status_list_url(status_list: int) -> str:
    return absolute_url(reverse("certificates:status_list", args=[status_list]))


def achievement_uri(*, kind: str, key: str) -> str:
    """A stable URI for what a certificate attests, the same in every language."""
    return "urn:uuid:" + str(
        uuid.uuid5(uuid.NAMESPACE_URL, absolute_url(f"/achievements/{kind}/{key}"))
    )


@dataclass(frozen=True)
class CredentialText:
    issuer_name: str
    achievement_id: str
    achievement_description: str
    criteria: str


def credential_sign(
    *, certificate, text: CredentialText, key: IssuerKey | None = None
) -> dict:
    """The certificate's OpenBadgeCredential, signed with the issuer's key."""
    key = key or issuer_key()
    claim = open_badges.AchievementClaim(
        credential_id=f"urn:uuid:{certificate.uuid}",
        issuer_did=key.did,
        issuer_name=text.issuer_name,
        issuer_url=absolute_url("/"),
        holder_name=certificate.holder_name,
        achievement_id=text.achievement_id,
        achievement_name=certificate.achievement_name,
        achievement_description=text.achievement_description,
        criteria=text.criteria,
        language=certificate.language,
        valid_from=certificate.issued_at,
        status_list_url=status_list_url(certificate.status_list),
        status_list_index=certificate.status_list_index,
    )
    return data_integrity.proof_add(
        document=open_badges.open_badge_credential(claim),
        private_key=key.private_key,
        verification_method=key.verification_method,
        created=certificate.issued_at,
    )


def status_list_signed(*, status_list: int, set_indexes: list[int]) -> dict:
    """The signed BitstringStatusListCredential for these revoked indexes.

    Signed once per distinct content and kept in the cache, so a revocation
    shows at the next request and an unchanged list costs no signature.
    """
    key = issuer_key()
    encoded = open_badges.bitstring_encode(sorted(set_indexes))
    digest = hashlib.sha256(
        f"{status_list}:{key.verification_method}:{encoded}".encode()
    ).hexdigest()
    cache_key = f"certificates:status-list:{digest}"
    signed = cache.get(cache_key)
    if signed is None:
        unsigned = open_badges.status_list_credential(
            url=status_list_url(status_list),
            issuer_did=key.did,
            valid_from=timezone.now(),
            encoded_list=encoded,
        )
        signed = data_integrity.proof_add(
            document=unsigned,
            private_key=key.private_key,
            verification_method=key.verification_method,
            created=timezone.now(),
        )
        cache.set(cache_key, signed, STATUS_LIST_CACHE_SECONDS)
    return signed


def known_public_keys() -> dict:
    key = issuer_key()
    return {key.verification_method: key.public_key}


def proof_check(*, credential: dict) -> data_integrity.ProofCheck:
    """Check a stored credential's signature against the issuer's DID keys.

    The result is cached by the credential's content and the key, so the
    public page does not canonicalise on every request.
    """
    keys = known_public_keys()
    digest = hashlib.sha256(
        (json.dumps(credential, sort_keys=True) + "|" + ",".join(sorted(keys))).encode()
    ).hexdigest()
    cache_key = f"certificates:proof-check:{digest}"
    cached = cache.get(cache_key)
    if cached is not None:
        return data_integrity.ProofCheck(*cached)
    result = data_integrity.proof_verify(document=credential, public_keys=keys)
    cache.set(
        cache_key,
        (result.verified, result.verification_method, result.error),
        PROOF_CHECK_CACHE_SECONDS,
    )
    return result
