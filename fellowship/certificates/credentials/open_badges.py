"""Open Badges 3.0 credentials and the Bitstring Status List that revokes them.

Pure functions of plain data: the services pass in what the database holds.
"""

import gzip
from dataclasses import dataclass
from datetime import UTC, datetime

from .contexts import OPEN_BADGES_V3, VC_V2
from .multibase import multibase_base64url, multibase_decode

# W3C Bitstring Status List v1.0: at least 131,072 entries for herd privacy.
STATUS_LIST_LENGTH = 131_072
STATUS_PURPOSE = "revocation"


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class AchievementClaim:
    credential_id: str
    issuer_did: str
    issuer_name: str
    issuer_url: str
    holder_name: str
    achievement_id: str
    achievement_name: str
    achievement_description: str
    criteria: str
    language: str
    valid_from: datetime
    status_list_url: str
    status_list_index: int


def open_badge_credential(claim: AchievementClaim) -> dict:
    """An unsigned OpenBadgeCredential (VC Data Model 2.0)."""
    return {
        "@context": [VC_V2, OPEN_BADGES_V3],
        "id": claim.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": claim.achievement_name,
        "issuer": {
            "id": claim.issuer_did,
            "type": ["Profile"],
            "name": claim.issuer_name,
            "url": claim.issuer_url,
        },
        "validFrom": timestamp(claim.valid_from),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            # Open Badges names a holder without an identifier by an
            # unhashed IdentityObject of type "name".
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": claim.holder_name,
                    "identityType": "name",
                    "hashed": False,
                }
            ],
            "achievement": {
                "id": claim.achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": claim.achievement_name,
                "description": claim.achievement_description,
                "criteria": {"narrative": claim.criteria},
                "inLanguage": claim.language,
            },
        },
        "credentialStatus": {
            "id": f"{claim.status_list_url}#{claim.status_list_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": STATUS_PURPOSE,
            "statusListIndex": str(claim.status_list_index),
            "statusListCredential": claim.status_list_url,
        },
    }


def bitstring_encode(set_indexes: list[int], length: int = STATUS_LIST_LENGTH) -> str:
    """Multibase base64url of the GZIP-compressed bitstring; index 0 is the
    most significant bit of the first byte."""
    bits = bytearray(length // 8)
    for index in set_indexes:
        if not 0 <= index < length:
            raise ValueError(f"Status list index {index} out of range.")
        bits[index // 8] |= 0x80 >> (index % 8)
    return multibase_base64url(gzip.compress(bytes(bits), mtime=0))


def bitstring_is_set(encoded_list: str, index: int) -> bool:
    bits = gzip.decompress(multibase_decode(encoded_list))
    if not 0 <= index < len(bits) * 8:
        raise ValueError(f"Status list index {index} out of range.")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(
    *,
    url: str,
    issuer_did: str,
    valid_from: datetime,
    encoded_list: str,
) -> dict:
    """An unsigned BitstringStatusListCredential."""
    return {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_did,
        "validFrom": timestamp(valid_from),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": STATUS_PURPOSE,
            "encodedList": encoded_list,
        },
    }
