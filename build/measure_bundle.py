"""Size and start-up time of the bundle beside the source install (benchmarks/RESULTS.md).

    .venv/bin/python build/measure_bundle.py [--runs 7]

Run with the venv's Python after `python3 dev.py bundle`, on Linux. Measures, for
dist/ClinicDesk and for `python -m clinicdesk` from the venv:
- size on disk (the bundle folder; for the source install, the site-packages files of
  ClinicDesk and its run-time dependencies, the Python interpreter not counted);
- `--version` and `self-test`, wall time, median of the runs;
- launch to the unlock window painted: a vault is made first, then the app is started
  with Qt's painting log on, and the time is taken at its first flush of the unlock
  window (offscreen platform). Median of the runs; each run a new process.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib.metadata import distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "ClinicDesk"
PASSPHRASE = "measure the bundle, not a real passphrase"
UNLOCK_PAINTED = re.compile(r"Flushing .* of UnlockDialog\(")


def folder_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def source_install_size() -> tuple[int, int]:
    """The files pip installed for ClinicDesk's run-time dependencies (not test, not bundle)."""
    seen: set[str] = set()
    pending = ["clinicdesk"]
    size = count = 0
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        dist = distribution(name)
        if key == "clinicdesk":
            # An editable install: count the package as a wheel would install it.
            package = folder_size(ROOT / "src" / "clinicdesk")
            size, count = size + package[0], count + package[1]
        else:
            for file in dist.files or []:
                path = Path(str(file.locate()))
                if path.is_file():
                    size, count = size + path.stat().st_size, count + 1
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return size, count


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - started


def to_unlock_window(command: list[str], data: Path, env: dict[str, str]) -> float:
    logging_env = {**env, "QT_LOGGING_RULES": "qt.widgets.painting.debug=true"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=logging_env,
    )
    watchdog = threading.Timer(60, process.kill)  # ends the loop below if it never paints
    watchdog.start()
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if UNLOCK_PAINTED.search(line):
                return time.perf_counter() - started
        raise RuntimeError("the unlock window was never painted")
    finally:
        watchdog.cancel()
        process.kill()
        process.wait()


def median(samples: list[float]) -> str:
    return f"{statistics.median(samples):.2f} s (min {min(samples):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    if not (BUNDLE / "ClinicDesk").is_file():
        sys.exit("no bundle in dist/: run python3 dev.py bundle first")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CLINICDESK_", "QT_LOGGING"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    installs = {
        "bundle": [str(BUNDLE / "ClinicDesk")],
        "source": [sys.executable, "-m", "clinicdesk"],
    }
    bundle_bytes, bundle_files = folder_size(BUNDLE)
    source_bytes, source_files = source_install_size()
    archive = shutil.make_archive(
        str(Path(tempfile.gettempdir()) / "clinicdesk-bundle"), "zip", BUNDLE.parent, BUNDLE.name
    )
    print(f"bundle size: {bundle_bytes / 2**20:.0f} MiB in {bundle_files} files")
    print(f"bundle zipped: {Path(archive).stat().st_size / 2**20:.0f} MiB")
    Path(archive).unlink()
    print(f"source install size: {source_bytes / 2**20:.0f} MiB in {source_files} files")
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        subprocess.run(
            [*installs["bundle"], "--data-dir", str(data), "init"],
            env={**env, "CLINICDESK_PASSPHRASE": PASSPHRASE},
            capture_output=True,
            check=True,
        )
        for name, command in installs.items():
            timed([*command, "--version"], env)  # one warm-up: the page cache, as on a used PC
            version = [timed([*command, "--version"], env) for _ in range(runs)]
            self_test = [timed([*command, "self-test"], env) for _ in range(runs)]
            unlock = [to_unlock_window(command, data, env) for _ in range(runs)]
            print(f"{name}: --version {median(version)}")
            print(f"{name}: self-test {median(self_test)}")
            print(f"{name}: launch to unlock window painted {median(unlock)}")


if __name__ == "__main__":
    main()
