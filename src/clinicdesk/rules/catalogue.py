"""The treatment catalogue a new practice starts with, read from resources/rules/treatments.toml.

Each treatment family states what it needs before a treatment (consent form, photo
views, patch test policy), the aftercare handed to the client, and a few typical
services. The file is checked strictly when read: a typo in a shipped data file should
fail a test, not surface as a missing patch test months later. Every error names the
family (and service) it is about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from clinicdesk.rules import data_files
from clinicdesk.rules.codes import FAMILIES, LANGUAGES

PHOTO_VIEWS = frozenset({"front", "left_45", "right_45", "left_profile", "right_profile", "other"})
PATCH_TEST_LEVELS = frozenset({"absolute", "relative"})
MIN_AFTERCARE_LINES = 4
MAX_AFTERCARE_LINES = 8
MAX_DURATION_MINUTES = 12 * 60

_CODE = re.compile(r"[a-z][a-z0-9_]*")
_FAMILY_KEYS = frozenset(
    {
        "code",
        "names",
        "consent_template",
        "requires_consent",
        "photo_views",
        "patch_test",
        "aftercare",
        "service",
    }
)
_PATCH_TEST_KEYS = frozenset(
    {
        "required",
        "lead_hours",
        "valid_days",
        "retest_on_new_medication",
        "retest_on_pregnancy",
        "retest_after_gap_days",
        "level",
    }
)
_SERVICE_KEYS = frozenset({"code", "names", "duration_minutes", "price_minor"})


class CatalogueFileError(ValueError):
    """The treatment catalogue file is not what this module expects."""


@dataclass(frozen=True)
class PatchTestPolicy:
    required: bool
    lead_hours: int
    valid_days: int  # 0: a test before every treatment
    retest_on_new_medication: bool
    retest_on_pregnancy: bool
    retest_after_gap_days: int  # 0: a long gap alone never calls for a new test
    level: str  # "absolute" or "relative"


@dataclass(frozen=True)
class ServiceSeed:
    code: str
    names: Mapping[str, str]
    duration_minutes: int
    price_minor: int  # in the practice's currency, which the file does not know


@dataclass(frozen=True)
class FamilySeed:
    code: str
    names: Mapping[str, str]
    requires_consent: bool
    consent_template: str  # "" when no consent form is usually taken
    photo_views: tuple[str, ...]
    patch_test: PatchTestPolicy
    aftercare: Mapping[str, str]  # one instruction per line
    services: tuple[ServiceSeed, ...]


def load_catalogue(path: Path | None = None) -> tuple[FamilySeed, ...]:
    """The families in `path`, or in the shipped file (read once) when no path is given."""
    return data_files.load("treatments.toml", path, _read_catalogue)


def _read_catalogue(path: Path) -> tuple[FamilySeed, ...]:
    data = data_files.read_toml(
        path, lambda error: CatalogueFileError(f"{path.name}: cannot be read: {error}")
    )
    if set(data) != {"family"} or not isinstance(data["family"], list):
        raise CatalogueFileError(f"{path.name}: expected only [[family]] tables")
    families = tuple(_family(entry, number) for number, entry in enumerate(data["family"], 1))
    _check_unique(path.name, "family", [family.code for family in families])
    services = [service.code for family in families for service in family.services]
    _check_unique(path.name, "service", services)
    missing = sorted(FAMILIES - {family.code for family in families})
    if missing:
        raise CatalogueFileError(f"{path.name}: missing families: {missing}")
    return families


def _check_unique(where: str, what: str, codes: list[str]) -> None:
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise CatalogueFileError(f"{where}: {what} codes used more than once: {repeated}")


def _family(entry: object, number: int) -> FamilySeed:
    if not isinstance(entry, dict):
        raise CatalogueFileError(f"family #{number}: not a table")
    code = entry.get("code")
    if code not in FAMILIES:
        raise CatalogueFileError(f"family #{number}: unknown family code {code!r}")
    where = str(code)
    _check_keys(where, entry, _FAMILY_KEYS)
    requires_consent = _bool(where, entry, "requires_consent")
    consent_template = entry["consent_template"]
    if not isinstance(consent_template, str) or not (
        consent_template == "" or _CODE.fullmatch(consent_template)
    ):
        raise CatalogueFileError(f'{where}: consent_template must be a code or ""')
    if requires_consent and not consent_template:
        raise CatalogueFileError(f"{where}: requires consent but names no consent_template")
    if consent_template and not requires_consent:
        raise CatalogueFileError(f"{where}: has a consent_template but does not require consent")
    views = entry["photo_views"]
    if (
        not isinstance(views, list)
        or not all(view in PHOTO_VIEWS for view in views)
        or len(set(views)) != len(views)
    ):
        raise CatalogueFileError(
            f"{where}: photo_views must be distinct views from {sorted(PHOTO_VIEWS)}"
        )
    services = entry["service"]
    if not isinstance(services, list) or not services:
        raise CatalogueFileError(f"{where}: needs at least one [[family.service]]")
    return FamilySeed(
        code=code,
        names=_texts(where, entry["names"], "names"),
        requires_consent=requires_consent,
        consent_template=consent_template,
        photo_views=tuple(views),
        patch_test=_patch_test(where, entry["patch_test"]),
        aftercare=_aftercare(where, entry["aftercare"]),
        services=tuple(_service(where, service) for service in services),
    )


def _patch_test(where: str, table: object) -> PatchTestPolicy:
    where = f"{where}: patch_test"
    if not isinstance(table, dict):
        raise CatalogueFileError(f"{where}: not a table")
    _check_keys(where, table, _PATCH_TEST_KEYS)
    if table["level"] not in PATCH_TEST_LEVELS:
        raise CatalogueFileError(
            f"{where}: level must be one of {sorted(PATCH_TEST_LEVELS)}, not {table['level']!r}"
        )
    policy = PatchTestPolicy(
        required=_bool(where, table, "required"),
        lead_hours=_int(where, table, "lead_hours", minimum=0),
        valid_days=_int(where, table, "valid_days", minimum=0),
        retest_on_new_medication=_bool(where, table, "retest_on_new_medication"),
        retest_on_pregnancy=_bool(where, table, "retest_on_pregnancy"),
        retest_after_gap_days=_int(where, table, "retest_after_gap_days", minimum=0),
        level=table["level"],
    )
    if policy.required and policy.lead_hours == 0:
        raise CatalogueFileError(f"{where}: a required test needs lead_hours")
    return policy


def _aftercare(where: str, table: object) -> Mapping[str, str]:
    where = f"{where}: aftercare"
    if not isinstance(table, dict) or set(table) != set(LANGUAGES):
        raise CatalogueFileError(f"{where}: must be given in exactly {list(LANGUAGES)}")
    counts = set()
    for language, lines in table.items():
        if (
            not isinstance(lines, list)
            or not MIN_AFTERCARE_LINES <= len(lines) <= MAX_AFTERCARE_LINES
            or not all(
                isinstance(line, str) and line.strip() and "\n" not in line for line in lines
            )
        ):
            raise CatalogueFileError(
                f"{where}: {language} must be {MIN_AFTERCARE_LINES} to {MAX_AFTERCARE_LINES} "
                "single-line texts"
            )
        counts.add(len(lines))
    if len(counts) > 1:
        raise CatalogueFileError(f"{where}: the languages have different numbers of lines")
    return MappingProxyType({language: "\n".join(table[language]) for language in LANGUAGES})


def _service(family: str, entry: object) -> ServiceSeed:
    code = entry.get("code") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not isinstance(code, str) or not _CODE.fullmatch(code):
        raise CatalogueFileError(f"{family}: a service has no valid code: {code!r}")
    where = f"{family}: service {code}"
    _check_keys(where, entry, _SERVICE_KEYS)
    return ServiceSeed(
        code=code,
        names=_texts(where, entry["names"], "names"),
        duration_minutes=_int(
            where, entry, "duration_minutes", minimum=1, maximum=MAX_DURATION_MINUTES
        ),
        price_minor=_int(where, entry, "price_minor", minimum=0),
    )


def _check_keys(where: str, table: Mapping[str, Any], expected: frozenset[str]) -> None:
    missing = sorted(expected - set(table))
    unknown = sorted(set(table) - expected)
    if missing or unknown:
        raise CatalogueFileError(f"{where}: missing keys {missing}, unknown keys {unknown}")


def _texts(where: str, table: object, key: str) -> Mapping[str, str]:
    if (
        not isinstance(table, dict)
        or set(table) != set(LANGUAGES)
        or not all(isinstance(text, str) and text.strip() for text in table.values())
    ):
        raise CatalogueFileError(f"{where}: {key} must be given in exactly {list(LANGUAGES)}")
    return MappingProxyType({language: table[language] for language in LANGUAGES})


def _bool(where: str, table: Mapping[str, Any], key: str) -> bool:
    value = table[key]
    if not isinstance(value, bool):
        raise CatalogueFileError(f"{where}: {key} must be true or false")
    return value


def _int(
    where: str, table: Mapping[str, Any], key: str, *, minimum: int, maximum: int | None = None
) -> int:
    value = table[key]
    # bool is an int in Python; `true` where a number belongs is a typo.
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or value < minimum
        or (maximum is not None and value > maximum)
    ):
        limits = f"at least {minimum}" if maximum is None else f"{minimum} to {maximum}"
        raise CatalogueFileError(f"{where}: {key} must be a whole number, {limits}")
    return value
