"""Preferences of this computer, declared once, kept apart from window state.

Both live in small INI files in the data folder. They hold no client data:
only the interface language, the idle time before locking and window geometry.
The practice's own settings (clinic name, address) are inside the encrypted
database instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: Any
    title: str  # shown through QCoreApplication.translate("Preferences", title)


LANGUAGE = Preference("language", str, "", QT_TRANSLATE_NOOP("Preferences", "Language"))
IDLE_LOCK_MINUTES = Preference(
    "security/idle_lock_minutes",
    int,
    10,
    QT_TRANSLATE_NOOP("Preferences", "Lock after this many idle minutes"),
)
# Only a hint that the keychain is worth asking at start-up (finding the keychain takes
# 0.15 s); the key itself is in the keychain, which stays the authority.
REMEMBERED = Preference(
    "security/remembered_in_keychain",
    bool,
    False,
    QT_TRANSLATE_NOOP("Preferences", "Remember on this computer"),
)
ALL = (LANGUAGE, IDLE_LOCK_MINUTES, REMEMBERED)
IDLE_LOCK_RANGE = (1, 240)


class Preferences:
    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)
        self._window_state = QSettings(str(folder / "window-state.ini"), QSettings.Format.IniFormat)

    def get(self, preference: Preference) -> Any:
        try:
            return self._settings.value(preference.key, preference.default, type=preference.type)
        except (TypeError, ValueError):
            return preference.default

    def set(self, preference: Preference, value: Any) -> None:
        self._settings.setValue(preference.key, preference.type(value))
        self._settings.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._window_state.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, name: str, geometry: QByteArray) -> None:
        self._window_state.setValue(f"geometry/{name}", geometry)
        self._window_state.sync()
