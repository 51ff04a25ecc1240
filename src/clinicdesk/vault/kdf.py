"""Key derivation and key wrapping for vault slots.

The data key (256 random bits) is never stored in the clear. Each slot stores it
wrapped with AES-256-GCM under a key derived from a secret the person holds:
Argon2id for a passphrase (memory-hard, tuned to about 0.3 s on the machine that
creates the slot, parameters stored in the slot so a faster or slower machine
still opens it), HKDF for the recovery key (already 120 random bits, so a slow
KDF would add nothing but waiting).
"""

from __future__ import annotations

import base64
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
TARGET_SECONDS = 0.3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
ARGON2_MIN_ITERATIONS = 3
ARGON2_MAX_ITERATIONS = 12


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so a passphrase typed on a Mac (NFD) opens a vault made on Windows (NFC)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def derive(self, secret: bytes) -> bytes:
        return Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        return cls(
            memory_kib=int(data["memory_kib"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            salt=unb64(data["salt"]),
        )


def tuned_argon2_params(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Parameters that take about `target_seconds` here: time one pass, scale the iterations."""
    probe = Argon2Params(ARGON2_MEMORY_KIB, ARGON2_MIN_ITERATIONS, ARGON2_LANES, os.urandom(16))
    started = time.perf_counter()
    probe.derive(b"calibration")
    per_iteration = (time.perf_counter() - started) / ARGON2_MIN_ITERATIONS
    iterations = round(target_seconds / per_iteration) if per_iteration > 0 else 0
    iterations = max(ARGON2_MIN_ITERATIONS, min(ARGON2_MAX_ITERATIONS, iterations))
    return Argon2Params(ARGON2_MEMORY_KIB, iterations, ARGON2_LANES, os.urandom(16))


def hkdf_key(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def wrap(wrapping_key: bytes, data_key: bytes, associated: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, associated)


def unwrap(wrapping_key: bytes, nonce: bytes, wrapped: bytes, associated: bytes) -> bytes | None:
    """The data key, or None when the wrapping key is wrong."""
    try:
        return AESGCM(wrapping_key).decrypt(nonce, wrapped, associated)
    except InvalidTag:
        return None
