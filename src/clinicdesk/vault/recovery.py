"""Recovery keys: 120 random bits a person can read off paper and type back.

Written in Crockford's base32 (no I, L, O or U, so nothing is mistaken for 1 or 0)
as six groups of four characters, for example ``7K3Q-9XMD-2HRT-C4VW-8PNB-E6FJ``.
Typing is forgiving: lower case, spaces instead of dashes, O for 0 and I or L for 1.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
GROUP_LENGTH = 4
LENGTH = GROUPS * GROUP_LENGTH
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_key() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_recovery_key(raw)


def format_recovery_key(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LENGTH] for i in range(0, LENGTH, GROUP_LENGTH))


def canonical_recovery_key(typed: str) -> str | None:
    """The key as stored (24 characters, no separators), or None if it cannot be one."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n").translate(_LOOKALIKES)
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned
