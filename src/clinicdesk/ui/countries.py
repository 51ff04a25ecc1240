"""Countries as Qt knows them, for pickers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale


@cache
def territories() -> list[tuple[str, str]]:
    """(ISO 3166 code, name) of every country Qt knows, sorted by name."""
    found = {}
    for territory in QLocale.Country:  # PySide6 names the enum Country
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            found[code] = QLocale.territoryToString(territory)
    return sorted(found.items(), key=lambda item: item[1])
