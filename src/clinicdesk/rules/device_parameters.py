"""Device and treatment parameters per family, from resources/rules/device_parameters.toml.

A session note records the settings a treatment was given with: a laser's wavelength and
fluence, a peel's agent and layers, a microneedling pen's depth. Each family's parameters
are either a number (unit, smallest and largest value, step) or a choice from a list.
`check_parameters` says what is wrong with the values typed, without raising:
a name the family does not ask, a number outside its range or between its steps, text
where a number belongs, an answer that is not one of the choices. A value left empty
(None or blank text) is simply not recorded.

The file is checked strictly when read, like the other rule files, and every error names
the family and parameter it is about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType

from clinicdesk.rules import data_files
from clinicdesk.rules.codes import FAMILIES, LANGUAGES, text_in

UNKNOWN = "unknown"  # the family does not ask this parameter
NOT_A_NUMBER = "not_a_number"
OUT_OF_RANGE = "out_of_range"
OFF_STEP = "off_step"  # between two steps: 12.35 where the step is 0.1
NOT_A_CHOICE = "not_a_choice"
MAX_UNIT_LENGTH = 16

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER_KEYS = frozenset({"name", "label", "unit", "min", "max", "step"})
_CHOICE_KEYS = frozenset({"name", "label", "choices"})

Value = int | float | str


class DeviceParametersFileError(ValueError):
    """The device parameters file is not what this module expects."""


@dataclass(frozen=True)
class ParameterSpec:
    """One parameter asked for a family: a number (`minimum` to `maximum` in `step`s, in
    `unit`) or, when `choices` is not empty, one of the choices' codes."""

    name: str
    labels: Mapping[str, str] = field(hash=False)
    unit: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    step: Decimal | None = None
    # code -> label per language, in the order offered
    choices: Mapping[str, Mapping[str, str]] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)

    def label(self, language: str) -> str:
        return text_in(self.labels, language)

    def choice_label(self, code: str, language: str) -> str:
        return text_in(self.choices[code], language)


@dataclass(frozen=True)
class Problem:
    """What is wrong with one value: `message_code` is one of UNKNOWN, NOT_A_NUMBER,
    OUT_OF_RANGE, OFF_STEP, NOT_A_CHOICE; the range is the parameter's (None for a choice
    or an unknown name)."""

    name: str
    message_code: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None


def load_device_parameters(path: Path | None = None) -> Mapping[str, tuple[ParameterSpec, ...]]:
    """Family code -> its parameters in the order asked, from `path` or the shipped file."""
    return data_files.load("device_parameters.toml", path, _read)


def parameters_for(
    family: str, table: Mapping[str, tuple[ParameterSpec, ...]] | None = None
) -> tuple[ParameterSpec, ...]:
    """The parameters a family asks (none for a family the file does not list)."""
    return (load_device_parameters() if table is None else table).get(family, ())


def _read(path: Path) -> Mapping[str, tuple[ParameterSpec, ...]]:
    data = data_files.read_toml(
        path, lambda error: DeviceParametersFileError(f"{path.name}: cannot be read: {error}")
    )
    if set(data) != {"family"} or not isinstance(data["family"], list):
        raise DeviceParametersFileError(f"{path.name}: expected only [[family]] tables")
    table: dict[str, tuple[ParameterSpec, ...]] = {}
    for number, entry in enumerate(data["family"], 1):
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or code not in FAMILIES:
            raise DeviceParametersFileError(f"family #{number}: unknown family code {code!r}")
        if code in table:
            raise DeviceParametersFileError(f"{code}: listed more than once")
        unknown = sorted(set(entry) - {"code", "parameter"})
        if unknown:
            raise DeviceParametersFileError(f"{code}: unknown keys {unknown}")
        items = entry.get("parameter", [])
        if not isinstance(items, list) or not items:
            raise DeviceParametersFileError(f"{code}: needs at least one [[family.parameter]]")
        specs = tuple(_parameter(code, item) for item in items)
        names = [spec.name for spec in specs]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise DeviceParametersFileError(f"{code}: parameter names used twice: {repeated}")
        table[code] = specs
    return MappingProxyType(table)


def _parameter(family: str, item: object) -> ParameterSpec:
    name = item.get("name") if isinstance(item, dict) else None
    if not isinstance(item, dict) or not isinstance(name, str) or not _NAME.fullmatch(name):
        raise DeviceParametersFileError(f"{family}: a parameter has no valid name: {name!r}")
    where = f"{family}: parameter {name}"
    expected = _CHOICE_KEYS if "choices" in item else _NUMBER_KEYS
    missing = sorted(expected - set(item))
    unknown = sorted(set(item) - expected)
    if missing or unknown:
        raise DeviceParametersFileError(
            f"{where}: missing keys {missing}, unknown keys {unknown} "
            "(a number has unit, min, max and step; a choice has choices)"
        )
    labels = _texts(where, item["label"], "label")
    if "choices" in item:
        choices = item["choices"]
        if not isinstance(choices, dict) or len(choices) < 2:
            raise DeviceParametersFileError(f"{where}: choices must offer at least two codes")
        for code in choices:
            if not _NAME.fullmatch(code):
                raise DeviceParametersFileError(f"{where}: choice code {code!r} is not valid")
        return ParameterSpec(
            name,
            labels,
            choices=MappingProxyType(
                {
                    code: _texts(f"{where}: choice {code}", text, "label")
                    for code, text in choices.items()
                }
            ),
        )
    unit = item["unit"]
    if not isinstance(unit, str) or len(unit) > MAX_UNIT_LENGTH or unit != unit.strip():
        raise DeviceParametersFileError(f'{where}: unit must be a short text (or "")')
    minimum, maximum, step = (_number(where, item, key) for key in ("min", "max", "step"))
    if not minimum < maximum:
        raise DeviceParametersFileError(f"{where}: min must be less than max")
    if step <= 0 or (maximum - minimum) % step != 0:
        raise DeviceParametersFileError(f"{where}: step must be more than 0 and divide max - min")
    return ParameterSpec(name, labels, unit=unit, minimum=minimum, maximum=maximum, step=step)


def _number(where: str, item: Mapping[str, object], key: str) -> Decimal:
    value = item[key]
    # bool is an int in Python; `true` where a number belongs is a typo.
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise DeviceParametersFileError(f"{where}: {key} must be a number")
    number = Decimal(str(value))
    if not number.is_finite():
        raise DeviceParametersFileError(f"{where}: {key} must be a finite number")
    return number


def _texts(where: str, table: object, key: str) -> Mapping[str, str]:
    if (
        not isinstance(table, dict)
        or set(table) != set(LANGUAGES)
        or not all(isinstance(text, str) and text.strip() for text in table.values())
    ):
        raise DeviceParametersFileError(
            f"{where}: {key} must be given in exactly {list(LANGUAGES)}"
        )
    return MappingProxyType({language: table[language].strip() for language in LANGUAGES})


# --- checking values -------------------------------------------------------------------------


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _as_decimal(raw: object) -> Decimal | None:
    """A number from what was typed or stored: 12, 12.5, Decimal, "12,5"; None if not one."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | Decimal):
        value = Decimal(raw)
    elif isinstance(raw, float):
        value = Decimal(repr(raw))
    elif isinstance(raw, str):
        try:
            value = Decimal(raw.strip().replace(",", "."))
        except InvalidOperation:
            return None
    else:
        return None
    return value if value.is_finite() else None


def _problem(spec: ParameterSpec, raw: object) -> Problem | None:
    if spec.is_choice:
        if isinstance(raw, str) and raw.strip() in spec.choices:
            return None
        return Problem(spec.name, NOT_A_CHOICE)
    assert spec.minimum is not None and spec.maximum is not None and spec.step is not None
    value = _as_decimal(raw)
    if value is None:
        return Problem(spec.name, NOT_A_NUMBER, spec.minimum, spec.maximum)
    if not spec.minimum <= value <= spec.maximum:
        return Problem(spec.name, OUT_OF_RANGE, spec.minimum, spec.maximum)
    if (value - spec.minimum) % spec.step != 0:
        return Problem(spec.name, OFF_STEP, spec.minimum, spec.maximum)
    return None


def check_parameters(
    family: str,
    values: Mapping[str, object],
    *,
    table: Mapping[str, tuple[ParameterSpec, ...]] | None = None,
) -> list[Problem]:
    """Everything wrong with `values` for `family`, in the order the family asks its
    parameters (names it does not ask last, sorted); an empty list when all is well."""
    specs = {spec.name: spec for spec in parameters_for(family, table)}
    problems = [
        problem
        for name, spec in specs.items()
        if name in values and not _blank(values[name])
        for problem in [_problem(spec, values[name])]
        if problem is not None
    ]
    unknown = sorted(name for name in set(values) - set(specs) if not _blank(values[name]))
    problems.extend(Problem(name, UNKNOWN) for name in unknown)
    return problems


def clean_parameters(
    family: str,
    values: Mapping[str, object],
    *,
    table: Mapping[str, tuple[ParameterSpec, ...]] | None = None,
) -> dict[str, Value]:
    """The values as stored, in the family's order: a whole number as int, another number
    as float, a choice as its code; empty ones left out. Refuses values with problems
    (call `check_parameters` first to tell the practitioner what is wrong)."""
    problems = check_parameters(family, values, table=table)
    if problems:
        raise ValueError(f"parameters with problems: {[p.name for p in problems]}")
    cleaned: dict[str, Value] = {}
    for spec in parameters_for(family, table):
        raw = values.get(spec.name)
        if _blank(raw):
            continue
        if spec.is_choice:
            cleaned[spec.name] = str(raw).strip()
            continue
        number = _as_decimal(raw)
        assert number is not None
        cleaned[spec.name] = int(number) if number == number.to_integral_value() else float(number)
    return cleaned
