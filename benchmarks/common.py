"""Shared pieces of the scale benchmarks: a scratch practice, timing, reporting."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clinicdesk.services import clients
from clinicdesk.services.demo_data import demo_clients
from clinicdesk.services.practice import Practice, create_practice, open_practice

PASSPHRASE = "benchmark passphrase"


@dataclass(frozen=True)
class Timing:
    name: str
    samples_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def time_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def ensure_practice(folder: Path, count: int, seed: int = 1) -> tuple[Practice, float | None]:
    """A practice with `count` demo clients; the seconds demo took, or None if it existed."""
    if (folder / "vault.json").exists():
        return open_practice(folder, passphrase=PASSPHRASE), None
    practice, _ = create_practice(
        folder, passphrase=PASSPHRASE, clinic_name="Benchmark", practitioner_name="Bench"
    )
    started = time.perf_counter()
    clients.create_clients_bulk(
        practice, items=demo_clients(count, seed=seed), source="demo", summary={"clients": count}
    )
    return practice, time.perf_counter() - started


def realistic_queries(practice: Practice) -> list[str]:
    """What a receptionist types: prefixes growing letter by letter, surnames with and
    without accents, Chinese names, phone fragments, an email domain, a birth date."""
    sample = clients.client_rows(practice, ids=clients.find_client_ids(practice)[::997][:40])
    queries: list[str] = []
    for row in sample[:12]:
        family = row.family_name
        queries += [family[:n] for n in range(1, min(len(family), 6) + 1)]
    queries += ["wąsowska", "wasowska", "lefèvre", "lefevre", "łucja", "lucja", "Hélène", "helene"]
    queries += ["王", "王芳", "李静", "欧阳", "张伟", "秀英"]
    queries += ["601", "601 2", "06 12", "+48 6", "138 1", "07700"]
    queries += [row.phone[-6:] for row in sample if row.phone][:6]
    queries += ["gmail", "orange.fr", "14.03.1985", "1985-03-14"]
    return queries
