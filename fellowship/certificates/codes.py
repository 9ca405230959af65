"""Verification codes: 160 random bits in Crockford base32, typed in groups of 4.

A code is the only thing that leads to a certificate without an account, so it
carries enough randomness that it cannot be guessed (`secrets.token_bytes`),
and it reads well aloud: no I, L, O or U, case does not matter, and dashes or
spaces between the groups are optional.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_BYTES = 20  # 160 bits: 32 characters, 8 groups of 4
CODE_LENGTH = RANDOM_BYTES * 8 // 5
GROUP = 4

# Characters a person may type for another: O for zero, I and L for one.
_TRANSLATE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-‐-―_.]+")
_VALID = re.compile(rf"^[{ALPHABET}]{{{CODE_LENGTH}}}$")


def code_generate() -> str:
    """A new code in its canonical form (32 characters, no dashes)."""
    number = int.from_bytes(secrets.token_bytes(RANDOM_BYTES), "big")
    characters = []
    for _position in range(CODE_LENGTH):
        number, remainder = divmod(number, 32)
        characters.append(ALPHABET[remainder])
    return "".join(reversed(characters))


def code_normalise(text: str) -> str | None:
    """The canonical form of what a person typed, or None if it cannot be a code."""
    if not isinstance(text, str) or len(text) > CODE_LENGTH * 3:
        return None
    candidate = _SEPARATORS.sub("", text).upper().translate(_TRANSLATE)
    return candidate if _VALID.match(candidate) else None


def code_display(code: str) -> str:
    """The canonical code in groups of four: ABCD-EFGH-..."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
