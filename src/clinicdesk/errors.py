"""The one error family every layer below the UI raises.

A ClinicDeskError carries an English message template that pyside6-lupdate
extracts (through QT_TRANSLATE_NOOP) and the values to fill into it, so the UI
can show it in the practitioner's language while the CLI prints it in English.
Messages never contain client data unless the caller put it in the arguments on
purpose (for example the file name of a rejected import).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "ClinicDeskError"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation without importing Qt; the UI translates it later."""
    return source


class ClinicDeskError(Exception):
    """Base of every error that is fit to show a person."""

    def __init__(self, message: str, **args: Any) -> None:
        self.template = message
        self.args_for_message = args
        super().__init__(message.format(**args) if args else message)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the user's language, through e.g. QCoreApplication.translate."""
        text = translate(CONTEXT, self.template)
        return text.format(**self.args_for_message) if self.args_for_message else text


class WrongSecret(ClinicDeskError):
    """The passphrase or recovery key does not open this vault."""


class VaultDamaged(ClinicDeskError):
    """The vault header or the database is unreadable for a reason other than a wrong secret."""


class VaultMissing(ClinicDeskError):
    """There is no vault in the data folder."""


class VaultExists(ClinicDeskError):
    """A vault already exists where a new one was to be created."""


class VaultBusy(ClinicDeskError):
    """Another ClinicDesk process holds the data folder."""


class SchemaTooNew(ClinicDeskError):
    """The database was written by a newer ClinicDesk."""


class ValidationError(ClinicDeskError):
    """Input that cannot be saved as it is; `field` names the offending field."""

    def __init__(self, message: str, *, field: str | None = None, **args: Any) -> None:
        self.field = field
        super().__init__(message, **args)


class NotFound(ClinicDeskError):
    """A record that was asked for does not exist (any more)."""


class ImportFailed(ClinicDeskError):
    """A file could not be imported at all; nothing was written."""


class PracticeLocked(ClinicDeskError):
    """The practice was locked or closed while some work still held it."""


class StorageError(ClinicDeskError):
    """The disk refused a write (full, read-only, gone)."""
