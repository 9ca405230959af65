"""What the public verification page says about a certificate.

The database row is the authority on status (the status list is derived
from it); the stored credential must carry a signature that verifies with
the issuer's current key and must point at the row's status list entry.
"""

from dataclasses import dataclass
from enum import StrEnum

from .choices import CertificateStatus
from .codes import code_display
from .models import Certificate
from .signing import proof_check, status_list_url


class VerificationState(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Verification:
    state: VerificationState
    signature_verified: bool
    status_entry_matches: bool
    issuer_name: str
    issuer_id: str
    successor_code: str = ""


def _status_entry_matches(certificate: Certificate) -> bool:
    entry = certificate.credential.get("credentialStatus") or {}
    return (
        entry.get("type") == "BitstringStatusListEntry"
        and entry.get("statusPurpose") == "revocation"
        and entry.get("statusListCredential")
        == status_list_url(certificate.status_list)
        and entry.get("statusListIndex") == str(certificate.status_list_index)
    )


def certificate_verification(*, certificate: Certificate) -> Verification:
    signature_verified = proof_check(credential=certificate.credential).verified
    entry_matches = _status_entry_matches(certificate)
    if certificate.status == CertificateStatus.REVOKED:
        state = VerificationState.REVOKED
    elif certificate.status == CertificateStatus.SUPERSEDED:
        state = VerificationState.SUPERSEDED
    elif signature_verified and entry_matches:
        state = VerificationState.VALID
    else:
        state = VerificationState.UNVERIFIABLE
    issuer = certificate.credential.get("issuer") or {}
    successor = certificate.superseded_by
    return Verification(
        state=state,
        signature_verified=signature_verified,
        status_entry_matches=entry_matches,
        issuer_name=issuer.get("name", ""),
        issuer_id=issuer.get("id", ""),
        successor_code=code_display(successor.code) if successor else "",
    )
