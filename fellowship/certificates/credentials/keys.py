"""The issuer: its did:web identifier, its Ed25519 key and its DID document.

The key comes from the CREDENTIAL_SIGNING_KEY setting: the 32-byte Ed25519 seed as base64, base64url, or
multibase ('z' base58btc, 'u' base64url), with or without the ed25519-priv
multicodec prefix. It is never derived from anything else: production
settings refuse to start without it, the demo makes a random one per
installation (fellowship/settings/keys.py) and the tests set a fixed one.
Without it nothing is signed.
"""

import base64
import binascii
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .multibase import (
    ED25519_SECRET_PREFIX,
    multibase_decode,
    multikey_public,
)

DID_CONTEXT = "https://www.w3.org/ns/did/v1"
MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"


@dataclass(frozen=True)
class IssuerKey:
    did: str
    private_key: Ed25519PrivateKey
    public_multikey: str

    @property
    def verification_method(self) -> str:
        return f"{self.did}#{self.public_multikey}"

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()


def issuer_did(site_url: str | None = None) -> str:
    """did:web for the host of SITE_URL; a port is percent-encoded per did:web."""
    parts = urlsplit(site_url or settings.SITE_URL)
    host = parts.hostname or "localhost"
    if parts.port:
        host = f"{host}:{parts.port}"
    did = "did:web:" + quote(host, safe="")
    path = parts.path.strip("/")
    if path:
        did += ":" + ":".join(quote(segment, safe="") for segment in path.split("/"))
    return did


def seed_decode(text: str) -> bytes:
    """The 32-byte seed from any of the accepted spellings."""
    text = text.strip()
    candidates = []
    # Padded base64 ends with "="; multibase never does.
    if text[:1] in ("z", "u") and not text.endswith("="):
        try:
            candidates.append(multibase_decode(text))
        except (binascii.Error, ValueError):
            pass
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            candidates.append(decoder(text + "=" * (-len(text) % 4)))
        except (binascii.Error, ValueError):
            pass
    for data in candidates:
        if len(data) == 34 and data.startswith(ED25519_SECRET_PREFIX):
            return data[2:]
        if len(data) == 32:
            return data
    raise ImproperlyConfigured(
        "CREDENTIAL_SIGNING_KEY must be a 32-byte Ed25519 seed in base64 or multibase."
    )


@lru_cache(maxsize=8)
def _issuer_key(seed_text: str, site_url: str) -> IssuerKey:
    if not seed_text:
        raise ImproperlyConfigured(
            "CREDENTIAL_SIGNING_KEY is not set: nothing can be signed. Set it to "
            "32 random bytes in base64 (see fellowship/settings/keys.py)."
        )
    seed = seed_decode(seed_text)
    private_key = Ed25519PrivateKey.from_private_bytes(seed)
    raw_public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return IssuerKey(
        did=issuer_did(site_url),
        private_key=private_key,
        public_multikey=multikey_public(raw_public),
    )


def issuer_key() -> IssuerKey:
    """The issuer's key as configured now (cached per configuration)."""
    return _issuer_key(
        getattr(settings, "CREDENTIAL_SIGNING_KEY", ""), settings.SITE_URL
    )


def did_document(key: IssuerKey | None = None) -> dict:
    key = key or issuer_key()
    method = {
        "id": key.verification_method,
        "type": "Multikey",
        "controller": key.did,
        "publicKeyMultibase": key.public_multikey,
    }
    return {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": key.did,
        "verificationMethod": [method],
        "assertionMethod": [key.verification_method],
    }
