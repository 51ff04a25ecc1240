"""The scale benchmarks still run (at a small scale: CI proves they work, it does not time them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def run(script: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_search_benchmark_runs_small(tmp_path):
    out = run("bench_search.py", "--clients", "400", "--data-dir", str(tmp_path / "v"))
    assert "clients: 400" in out
    assert "service_median_ms" in out


def test_gui_benchmark_runs_small(tmp_path):
    out = run(
        "bench_gui.py", "--clients", "400", "--data-dir", str(tmp_path / "v"), "--start-runs", "1"
    )
    assert "keystroke_p95_ms" in out
    assert "list_open_rss_mib" in out


def test_timeline_benchmark_runs_small(tmp_path):
    args = ("--clients", "400", "--sessions", "40", "--data-dir", str(tmp_path / "v"))
    out = run("bench_timeline.py", *args)
    assert "items_session: 40" in out and "items_adverse_event: 3" in out
    assert "timeline_open_median_ms" in out
    # A second run finds the benchmark client and adds nothing.
    again = run("bench_timeline.py", *args)
    assert "seed_seconds: None" in again and "items_session: 40" in again


def test_follow_ups_benchmark_runs_small(tmp_path):
    out = run("bench_follow_ups.py", "--clients", "400", "--data-dir", str(tmp_path / "v"))
    assert "clients: 400" in out
    assert "follow_ups_median_ms" in out
    assert "list_median_ms" in out


def test_photos_benchmark_runs_small(tmp_path):
    args = ("--clients", "200", "--photos", "500", "--client-photos", "15")
    out = run("bench_photos.py", *args, "--data-dir", str(tmp_path / "v"))
    assert "photo_rows: 501" in out  # the 500 asked for, and the 12-megapixel import
    assert "compare_median_ms" in out and "compare_ratio" in out
