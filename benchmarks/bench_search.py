"""Issue 2's figures: `demo` at scale, and a search at the service layer against
the bare library (sqlcipher3 running the same FTS and prefix queries directly).

    python benchmarks/bench_search.py --clients 100000 [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import Timing, ensure_practice, realistic_queries, time_ms

from clinicdesk.db.engine import open_keyed_connection
from clinicdesk.services import client_search, clients

PAGE = 256


def bare_search(conn, query: str) -> list[int]:
    """The same SQL the service builds, on a raw keyed connection: count, first page, its rows."""
    count_sql, count_params = client_search.count_sql(query)
    conn.execute(count_sql, count_params).fetchone()
    sql, params = client_search.search_sql(query, limit=PAGE)
    page = [row[0] for row in conn.execute(sql, params)]
    marks = ",".join("?" * len(page))
    conn.execute(f"SELECT * FROM clients WHERE id IN ({marks})", page).fetchall()
    return page


def service_search(practice, query: str) -> list[int]:
    """What the client list does for one keystroke: count, first page of ids, their rows."""
    clients.count_matching_clients(practice, text=query)
    page = clients.find_client_ids(practice, text=query, limit=PAGE)
    clients.client_rows(practice, ids=page)
    return page


def run(folder: Path, count: int) -> dict[str, object]:
    practice, demo_seconds = ensure_practice(folder, count)
    with practice:
        queries = realistic_queries(practice)
        conn = open_keyed_connection(folder / "clinicdesk.db", practice._data_key)
        for query in queries:  # warm both caches the same way
            service_search(practice, query)
            bare_search(conn, query)
        service = Timing(
            "service", [time_ms(lambda q=q: service_search(practice, q)) for q in queries]
        )
        bare = Timing("bare", [time_ms(lambda q=q: bare_search(conn, q)) for q in queries])
        for query in queries:
            assert service_search(practice, query) == bare_search(conn, query), query
        conn.close()
        total = clients.count_clients(practice)
    return {
        "clients": total,
        "demo_seconds": demo_seconds,
        "queries": len(queries),
        "service_median_ms": service.median,
        "service_p95_ms": service.p95,
        "bare_median_ms": bare.median,
        "bare_p95_ms": bare.p95,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse or keep this vault")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinicdesk-bench-") as scratch:
        folder = args.data_dir or Path(scratch) / "vault"
        result = run(folder, args.clients)
    for key, value in result.items():
        print(f"{key:>20}: {value:.2f}" if isinstance(value, float) else f"{key:>20}: {value}")
    ratio = result["service_median_ms"] / max(result["bare_median_ms"], 1e-6)
    print(f"{'median ratio':>20}: {ratio:.2f}x the bare library")


if __name__ == "__main__":
    main()
