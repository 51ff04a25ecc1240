"""Reading the rule files in resources/rules/: once for the shipped file, on demand for any
other (a test's, a practice's own draft).

Each rules module says how its file is checked; this module reads the TOML and turns a
file that cannot be opened or parsed into that module's own error, so a broken file is
never used and its message names the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from clinicdesk.paths import resource_path

T = TypeVar("T")


def read_toml(path: Path, fail: Callable[[Exception], Exception]) -> dict[str, Any]:
    """The file's table; `fail(error)` is raised when it cannot be opened or parsed."""
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise fail(error) from error


def load(name: str, path: Path | None, read: Callable[[Path], T]) -> T:
    """What `read` makes of `path`, or of the shipped file `name` (read once)."""
    return _shipped(name, read) if path is None else read(path)


@cache
def _shipped(name: str, read: Callable[[Path], Any]) -> Any:
    return read(resource_path("rules", name))
