"""The demo's own secrets: made once per installation, kept under var/.

`make run` needs a SECRET_KEY (sessions, CSRF, password reset links) and a
CREDENTIAL_SIGNING_KEY (verifiable credentials). A key written in the source
would be the same on every copy, so anyone could sign with it. Instead the
first run writes random keys to var/secrets.json (mode 0600, readable by its
owner only) and every later run reads the same file, so sessions and issued
credentials survive a restart. Production never uses this file: its settings
refuse to start without both keys in the environment.

This module reads nothing but the file it is given.
"""

import base64
import json
import os
import secrets
from pathlib import Path

KEY_NAMES = ("SECRET_KEY", "CREDENTIAL_SIGNING_KEY")

# A one-line command that prints a new CREDENTIAL_SIGNING_KEY: any 32 random
# bytes are a valid Ed25519 seed.
SIGNING_KEY_COMMAND = (
    'python3 -c "import base64, secrets; '
    'print(base64.b64encode(secrets.token_bytes(32)).decode())"'
)
SECRET_KEY_COMMAND = 'python3 -c "import secrets; print(secrets.token_urlsafe(64))"'  # noqa: S105 (a command, not a key)


def signing_key_generate() -> str:
    """A new Ed25519 seed as base64 (what SIGNING_KEY_COMMAND prints)."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


def secret_key_generate() -> str:
    return secrets.token_urlsafe(64)


def _generate() -> dict[str, str]:
    return {
        "SECRET_KEY": secret_key_generate(),
        "CREDENTIAL_SIGNING_KEY": signing_key_generate(),
    }


def _read(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(data.get(name), str) and data.get(name) for name in KEY_NAMES
    ):
        raise ValueError(f"{path} does not hold {', '.join(KEY_NAMES)}.")
    return {name: data[name] for name in KEY_NAMES}


def demo_keys(path: Path) -> dict[str, str]:
    """The keys in `path`, written there first (mode 0600) if it is missing.

    Two processes starting together (the development server and its
    reloader, a worker) end up with the same keys: the file is written under
    a temporary name and linked into place, which fails if another process
    linked first; the loser reads the winner's file.
    """
    path = Path(path)
    if path.exists():
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(_generate(), handle, indent=2)
            handle.write("\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
    finally:
        temporary.unlink(missing_ok=True)
    return _read(path)
