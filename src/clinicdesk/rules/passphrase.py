"""How strong a passphrase looks, for the hint under the field while typing.

A rough estimate, deliberately simple: entropy from length and the kinds of
characters used, with heavy penalties for the passphrases people reuse most
and for a single repeated character. Long phrases of ordinary words score well,
which is what we want to encourage.
"""

from __future__ import annotations

import math
import unicodedata
from enum import IntEnum

MIN_PASSPHRASE_LENGTH = 8

COMMON = {
    "password", "passw0rd", "123456789", "12345678", "qwertyuiop", "azertyuiop",
    "iloveyou", "motdepasse", "haslo123", "zaq12wsx", "11111111", "00000000",
    "clinicdesk", "password1", "welcome1", "sunshine", "princess", "bonjour1",
}  # fmt: skip


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate_bits(passphrase: str) -> float:
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    distinct = len(set(text))
    effective_length = min(len(text), distinct * 3)
    return effective_length * math.log2(max(pool, 2))


def strength(passphrase: str, minimum_length: int = MIN_PASSPHRASE_LENGTH) -> Strength:
    if len(passphrase.strip()) < minimum_length:
        return Strength.TOO_SHORT
    if passphrase.casefold() in COMMON:
        return Strength.WEAK
    bits = estimate_bits(passphrase)
    if bits < 45:
        return Strength.WEAK
    if bits < 65:
        return Strength.FAIR
    if bits < 90:
        return Strength.GOOD
    return Strength.STRONG
