"""Money as integer minor units and an ISO 4217 currency code; never floats.

No `from __future__ import annotations` here: SQLAlchemy reads the dataclass
field types at runtime when Money is mapped as a composite column.
"""

from dataclasses import dataclass

# Currencies whose minor unit is not the cent; the rest of ours have two decimals.
MINOR_DIGITS = {"JPY": 0, "KRW": 0, "HUF": 2, "CNY": 2, "PLN": 2, "EUR": 2, "GBP": 2, "CHF": 2}


@dataclass(frozen=True, order=True)
class Money:
    currency: str
    minor: int

    def __post_init__(self) -> None:
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 code: {self.currency!r}")
        if not isinstance(self.minor, int):
            raise TypeError("money is counted in integer minor units")

    def _same_currency(self, other: "Money") -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: "Money") -> "Money":
        self._same_currency(other)
        return Money(self.currency, self.minor + other.minor)

    def __sub__(self, other: "Money") -> "Money":
        self._same_currency(other)
        return Money(self.currency, self.minor - other.minor)

    @property
    def digits(self) -> int:
        return MINOR_DIGITS.get(self.currency, 2)
