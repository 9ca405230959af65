"""The few multiformats encodings that Data Integrity and Multikey need."""

import base64

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_PUBLIC_PREFIX = bytes([0xED, 0x01])  # multicodec ed25519-pub
ED25519_SECRET_PREFIX = bytes([0x80, 0x26])  # multicodec ed25519-priv


def base58btc_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + encoded


def base58btc_decode(text: str) -> bytes:
    number = 0
    for character in text:
        index = BASE58_ALPHABET.find(character)
        if index < 0:
            raise ValueError("Not base58btc.")
        number = number * 58 + index
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    leading_zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * leading_zeros + body


def multibase_base58btc(data: bytes) -> str:
    return "z" + base58btc_encode(data)


def multibase_base64url(data: bytes) -> str:
    return "u" + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def multibase_decode(text: str) -> bytes:
    """Decode the two multibase forms used here: 'z' base58btc, 'u' base64url."""
    if text.startswith("z"):
        return base58btc_decode(text[1:])
    if text.startswith("u"):
        body = text[1:]
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    raise ValueError("Unsupported multibase prefix.")


def multikey_public(raw_public_key: bytes) -> str:
    return multibase_base58btc(ED25519_PUBLIC_PREFIX + raw_public_key)


def multikey_public_decode(multikey: str) -> bytes:
    data = multibase_decode(multikey)
    if not data.startswith(ED25519_PUBLIC_PREFIX) or len(data) != 34:
        raise ValueError("Not an Ed25519 Multikey public key.")
    return data[2:]
