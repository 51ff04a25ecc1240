"""Which medication classes a medication typed in free text belongs to.

Clients write what is on the box, in their own language and spelling: "Roaccutane
20 mg caps", "ISOTRÉTINOÏNE 10mg", "aspiryna 75", "异维A酸软胶囊". The names to look for
live in resources/rules/medications.toml so a pharmacist can review and extend them
without reading code.

Text and names are compared in a folded form (case, accents, full-width forms and
punctuation removed) and as sequences of tokens: a run of Latin (or other
alphabetic) letters, a run of digits, or one CJK character. A Latin name must match
whole tokens, so "heparin" is not found in "heparinoid"; a Chinese name, being a
run of single-character tokens, is found anywhere inside a longer Chinese word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from clinicdesk.rules import data_files
from clinicdesk.rules.codes import LANGUAGES, MEDICATION_CLASSES, text_in

# Letters NFKD does not decompose into base letter + accent (ß becomes ss through casefold).
_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i",
     "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"}
)  # fmt: skip
# Kana, CJK ideographs and their extensions, compatibility ideographs.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W\d_{_CJK}]+|\d+")


class MedicationFileError(ValueError):
    """The medication names file is not what this module expects."""


@dataclass(frozen=True)
class MedicationClass:
    code: str
    # Left out of the hash so a tuple of classes can key the matcher cache.
    names: Mapping[str, str] = field(hash=False)
    match: tuple[str, ...]


def tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of `text`: what names and free text are compared by."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_TOKEN.findall(stripped.casefold()))


def load_classes(path: Path | None = None) -> tuple[MedicationClass, ...]:
    """The classes in `path`, or in the shipped file (read once) when no path is given."""
    return data_files.load("medications.toml", path, _read_classes)


def _read_classes(path: Path) -> tuple[MedicationClass, ...]:
    data = data_files.read_toml(
        path, lambda error: MedicationFileError(f"{path.name}: cannot be read: {error}")
    )
    unknown = sorted(set(data) - MEDICATION_CLASSES)
    missing = sorted(MEDICATION_CLASSES - set(data))
    if unknown:
        raise MedicationFileError(f"{path.name}: unknown medication classes: {unknown}")
    if missing:
        raise MedicationFileError(f"{path.name}: missing medication classes: {missing}")
    return tuple(_read_class(code, entry) for code, entry in data.items())


def _read_class(code: str, entry: object) -> MedicationClass:
    if not isinstance(entry, dict) or set(entry) != {"names", "match"}:
        raise MedicationFileError(f"{code}: expected exactly the keys 'names' and 'match'")
    names = entry["names"]
    if (
        not isinstance(names, dict)
        or set(names) != set(LANGUAGES)
        or not all(isinstance(text, str) and text.strip() for text in names.values())
    ):
        raise MedicationFileError(f"{code}: names must be given in exactly {list(LANGUAGES)}")
    match = entry["match"]
    if not isinstance(match, list) or not match:
        raise MedicationFileError(f"{code}: match must be a non-empty list of names")
    seen: dict[tuple[str, ...], str] = {}
    for name in match:
        folded = tokens(name) if isinstance(name, str) else ()
        if not folded:
            raise MedicationFileError(f"{code}: {name!r} is not a name that can be matched")
        if folded in seen:
            raise MedicationFileError(f"{code}: {name!r} repeats {seen[folded]!r}")
        seen[folded] = name
    return MedicationClass(code=code, names=MappingProxyType(dict(names)), match=tuple(match))


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    code: str


@lru_cache(maxsize=8)
def _matcher(
    classes: tuple[MedicationClass, ...],
) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Folded names by their first token, so a text is scanned once whatever the list size."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for medication_class in classes:
        for name in medication_class.match:
            folded = tokens(name)
            if folded:
                by_first.setdefault(folded[0], []).append((folded, medication_class.code))
    return {first: tuple(entries) for first, entries in by_first.items()}


def recognise(text: str, *, classes: Iterable[MedicationClass] | None = None) -> frozenset[str]:
    """The codes of the classes a free-text medication entry belongs to (often none)."""
    words = tokens(text)
    if not words:
        return frozenset()
    index = _matcher(load_classes() if classes is None else tuple(classes))
    hits = [
        _Hit(start, start + len(name), code)
        for start, word in enumerate(words)
        for name, code in index.get(word, ())
        if words[start : start + len(name)] == name
    ]
    # A name inside a longer matched name is part of that one: 维A酸 (tretinoin) inside
    # 异维A酸 (isotretinoin), "retinoic acid" inside "13-cis-retinoic acid".
    return frozenset(hit.code for hit in hits if not _inside_longer(hit, hits))


def _inside_longer(hit: _Hit, hits: Sequence[_Hit]) -> bool:
    return any(
        other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > hit.end - hit.start
        for other in hits
    )


def class_name(code: str, language: str) -> str:
    """The class as shown to a person; an unknown code is shown as is rather than failing."""
    for medication_class in load_classes():
        if medication_class.code == code:
            return text_in(medication_class.names, language)
    return code
