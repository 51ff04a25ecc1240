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
    """The same SQL the service builds, run on a raw keyed connection, first page fetched."""
    words = client_search.query_words(query)
    long_words = [w for w in words if len(w) >= client_search.TRIGRAM]
    short_words = [w for w in words if len(w) < client_search.TRIGRAM]
    sql, params = "SELECT c.id FROM clients c", []
    where = []
    if long_words:
        sql += " JOIN client_search s ON s.rowid = c.id"
        where.append("client_search MATCH ?")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
    for word in short_words:
        where.append(
            "c.id IN (SELECT client_id FROM client_search_keys WHERE key >= ? AND key < ?)"
        )
        params += [word, word + "\U0010ffff"]
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.sort_name IS NULL, c.sort_name ASC, c.sort_name, c.id"
    ids = [row[0] for row in conn.execute(sql, params)]
    page = ids[:PAGE]
    marks = ",".join("?" * len(page))
    conn.execute(f"SELECT * FROM clients WHERE id IN ({marks})", page).fetchall()
    return ids


def service_search(practice, query: str) -> list[int]:
    ids = clients.find_client_ids(practice, text=query)
    clients.client_rows(practice, ids=ids[:PAGE])
    return ids


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
