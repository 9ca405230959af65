"""Credentials: signed in Python, verified by Python and by Digital Bazaar's
JavaScript libraries (tests/certificates/js/verify.mjs), offline."""

import base64
import copy
import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from fellowship.certificates import services
from fellowship.certificates.credentials import contexts
from fellowship.certificates.credentials.data_integrity import (
    UndefinedTermError,
    proof_add,
    proof_verify,
)
from fellowship.certificates.credentials.keys import (
    _issuer_key,
    did_document,
    issuer_did,
    issuer_key,
    seed_decode,
)
from fellowship.certificates.credentials.multibase import (
    multibase_base58btc,
    multibase_decode,
)
from fellowship.certificates.credentials.open_badges import (
    STATUS_LIST_LENGTH,
    bitstring_encode,
    bitstring_is_set,
)
from fellowship.certificates.signing import known_public_keys, status_list_signed

ROOT = Path(__file__).resolve().parents[2]
VERIFY_JS = ROOT / "tests" / "certificates" / "js" / "verify.mjs"


def node_verify(tmp_path, credential, *status_lists, did=None):
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed for the independent verifier (Debian 'nodejs').")
    if not (ROOT / "node_modules" / "@digitalbazaar" / "vc").exists():
        pytest.fail("Run `npm ci --ignore-scripts` to install the verifier packages.")
    paths = []
    for name, document in [
        ("credential.json", credential),
        ("did.json", did or did_document()),
        *[(f"status-{n}.json", s) for n, s in enumerate(status_lists)],
    ]:
        path = tmp_path / name
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    result = subprocess.run(  # noqa: S603 (our script, our temporary files)
        [node, str(VERIFY_JS), *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def status_list_for(certificate):
    from fellowship.certificates.selectors import status_list_set_indexes

    return status_list_signed(
        status_list=certificate.status_list,
        set_indexes=status_list_set_indexes(status_list=certificate.status_list),
    )


# Keys and identifiers.


def test_issuer_is_the_did_web_of_the_site_url(settings):
    assert (
        issuer_did("https://fellowship.example.org") == "did:web:fellowship.example.org"
    )
    assert issuer_did("http://127.0.0.1:8000/") == "did:web:127.0.0.1%3A8000"
    settings.SITE_URL = "https://fellowship.example.org"
    document = did_document()
    assert document["id"] == "did:web:fellowship.example.org"
    [method] = document["verificationMethod"]
    assert method["type"] == "Multikey"
    assert method["controller"] == document["id"]
    assert method["publicKeyMultibase"].startswith("z6Mk")
    assert document["assertionMethod"] == [method["id"]]


def test_signing_key_comes_from_the_environment_in_any_spelling(settings):
    seed = bytes(range(32))
    spellings = [
        base64.b64encode(seed).decode(),
        base64.urlsafe_b64encode(seed).decode().rstrip("="),
        multibase_base58btc(seed),
        multibase_base58btc(bytes([0x80, 0x26]) + seed),
    ]
    assert {seed_decode(spelling) for spelling in spellings} == {seed}

    settings.CREDENTIAL_SIGNING_KEY = spellings[0]
    configured = issuer_key()
    assert configured.private_key.private_bytes_raw() == seed


def test_issuer_key_without_a_signing_key_signs_nothing(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.CREDENTIAL_SIGNING_KEY = ""
    _issuer_key.cache_clear()
    with pytest.raises(ImproperlyConfigured, match="CREDENTIAL_SIGNING_KEY"):
        issuer_key()


def test_issuer_key_is_not_derived_from_the_secret_key(settings):
    """The old fallback signed with sha256(prefix + SECRET_KEY): whoever knew
    SECRET_KEY (the public demo default) could sign credentials."""
    import hashlib

    derived = {
        hashlib.sha256(prefix + settings.SECRET_KEY.encode()).digest()
        for prefix in (b"fellowship-demo-credential-key:", b"")
    }
    seed = issuer_key().private_key.private_bytes_raw()
    assert seed not in derived
    assert seed != settings.SECRET_KEY.encode()[:32]


def test_a_malformed_signing_key_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        seed_decode("not-a-key")


def test_contexts_resolve_offline_and_nothing_else_does():
    for url in contexts.CONTEXT_FILES:
        assert "@context" in contexts.document_loader(url)["document"]
    with pytest.raises(contexts.ContextNotAvailable):
        contexts.document_loader("https://example.org/evil-context.jsonld")


def test_a_term_no_context_defines_cannot_be_signed():
    key = issuer_key()
    document = {
        "@context": [contexts.VC_V2],
        "type": ["VerifiableCredential"],
        "issuer": key.did,
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"favouriteColour": "blue"},
    }
    from django.utils import timezone

    with pytest.raises(UndefinedTermError):
        proof_add(
            document=document,
            private_key=key.private_key,
            verification_method=key.verification_method,
            created=timezone.now(),
        )


# The status list.


def test_bitstring_is_gzip_of_131072_bits_with_index_zero_leftmost():
    encoded = bitstring_encode([0, 9, STATUS_LIST_LENGTH - 1])
    assert encoded.startswith("u")
    bits = gzip.decompress(multibase_decode(encoded))
    assert len(bits) * 8 == STATUS_LIST_LENGTH >= 131_072
    assert bits[0] == 0b1000_0000 and bits[1] == 0b0100_0000 and bits[-1] == 1
    assert bitstring_is_set(encoded, 9) and not bitstring_is_set(encoded, 10)


# Open Badges credentials.


@pytest.mark.django_db
def test_certificate_is_an_open_badge_credential(certificate):
    credential = certificate.credential
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert credential["issuer"]["id"] == issuer_key().did
    assert credential["validFrom"].endswith("Z")
    subject = credential["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Amina Diallo"
    assert subject["achievement"]["name"] == "Marking and record-keeping"
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(certificate.status_list_index)
    assert status["statusListCredential"].endswith(
        reverse("certificates:status_list", args=[certificate.status_list])
    )
    proof = credential["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["proofValue"].startswith("z")


@pytest.mark.django_db
def test_python_verifies_the_signature_and_detects_tampering(certificate):
    assert proof_verify(
        document=certificate.credential, public_keys=known_public_keys()
    ).verified
    tampered = copy.deepcopy(certificate.credential)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    check = proof_verify(document=tampered, public_keys=known_public_keys())
    assert not check.verified and check.error == "InvalidSignature"


@pytest.mark.django_db
def test_node_verifies_the_credential_and_its_status(certificate, tmp_path):
    result = node_verify(tmp_path, certificate.credential, status_list_for(certificate))
    assert result == {
        "verified": True,
        "status": {"verified": True, "revoked": False},
        "error": None,
    }


@pytest.mark.django_db
def test_node_rejects_a_tampered_credential(certificate, tmp_path):
    tampered = copy.deepcopy(certificate.credential)
    tampered["credentialSubject"]["achievement"]["name"] = "Advanced tracing"
    result = node_verify(tmp_path, tampered, status_list_for(certificate))
    assert result["verified"] is False
    assert "signature" in result["error"].lower()


@pytest.mark.django_db
def test_node_rejects_a_signature_by_another_key(certificate, tmp_path, settings):
    settings.CREDENTIAL_SIGNING_KEY = base64.b64encode(b"\x07" * 32).decode()
    result = node_verify(tmp_path, certificate.credential, status_list_for(certificate))
    assert result["verified"] is False


@pytest.mark.django_db
def test_revocation_shows_in_the_status_list_node_reads(certificate, manager, tmp_path):
    services.certificate_revoke(certificate=certificate, actor=manager, reason="Fraud")
    status_list = status_list_for(certificate)
    assert bitstring_is_set(
        status_list["credentialSubject"]["encodedList"], certificate.status_list_index
    )
    result = node_verify(tmp_path, certificate.credential, status_list)
    assert result["verified"] is False
    assert result["status"] == {"verified": False, "revoked": True}
