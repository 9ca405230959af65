"""Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite.

W3C "Data Integrity EdDSA Cryptosuites v1.0", section 3.3 (eddsa-rdfc-2022):
canonicalise the document without its proof and the proof configuration with
RDFC-1.0 (PyLD's URDNA2015), hash each with SHA-256, sign hash(proof
configuration) || hash(document) with Ed25519, and write the signature as
multibase base58-btc.
"""

import copy
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyld import jsonld

from .contexts import document_loader
from .multibase import base58btc_decode, multibase_base58btc

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"


class UndefinedTermError(ValueError):
    """A property no context defines: JSON-LD would drop it silently, so it
    would be shown to people but not signed. (JavaScript verifiers refuse such
    documents in "safe mode"; PyLD has no safe mode, so this is it.)"""


def canonicalise(document: dict) -> str:
    dropped: list[str | None] = []
    processor = jsonld.JsonLdProcessor(on_property_dropped=dropped.append)
    canonical = processor.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
        },
    )
    if dropped:
        raise UndefinedTermError(f"Undefined terms: {dropped!r}")
    return canonical


def _hash_data(document: dict, proof_configuration: dict) -> bytes:
    canonical_proof = canonicalise(proof_configuration)
    canonical_document = canonicalise(document)
    return (
        hashlib.sha256(canonical_proof.encode("utf-8")).digest()
        + hashlib.sha256(canonical_document.encode("utf-8")).digest()
    )


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def proof_add(
    *,
    document: dict,
    private_key: Ed25519PrivateKey,
    verification_method: str,
    created: datetime,
    proof_purpose: str = "assertionMethod",
) -> dict:
    """A copy of the document with a DataIntegrityProof."""
    unsecured = copy.deepcopy(document)
    unsecured.pop("proof", None)
    proof = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": _timestamp(created),
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }
    proof_configuration = {"@context": unsecured["@context"], **proof}
    signature = private_key.sign(_hash_data(unsecured, proof_configuration))
    return {
        **unsecured,
        "proof": {**proof, "proofValue": multibase_base58btc(signature)},
    }


@dataclass(frozen=True)
class ProofCheck:
    verified: bool
    verification_method: str = ""
    error: str = ""


def proof_verify(
    *, document: dict, public_keys: dict[str, Ed25519PublicKey]
) -> ProofCheck:
    """Check the document's single proof against the keys known by method id."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        return ProofCheck(False, error="no proof")
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        return ProofCheck(False, error="unsupported proof")
    method = proof.get("verificationMethod", "")
    public_key = public_keys.get(method)
    if public_key is None:
        return ProofCheck(False, method, "unknown verification method")
    proof_value = proof.get("proofValue", "")
    if not isinstance(proof_value, str) or not proof_value.startswith("z"):
        return ProofCheck(False, method, "malformed proof value")
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    proof_configuration = {
        "@context": unsecured.get("@context"),
        **{key: value for key, value in proof.items() if key != "proofValue"},
    }
    try:
        signature = base58btc_decode(proof_value[1:])
        public_key.verify(signature, _hash_data(unsecured, proof_configuration))
    except (InvalidSignature, ValueError, jsonld.JsonLdError) as error:  # noqa: B014
        return ProofCheck(False, method, type(error).__name__)
    return ProofCheck(True, method)
