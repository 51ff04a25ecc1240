"""Shipped files are found through one function, `paths.resource_path`, wherever ClinicDesk
runs from: a source checkout, an installed wheel, a bundle (tests/integration/
test_bundle.py runs the bundle's self-test, whose first check is this one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from clinicdesk.paths import resource_path
from clinicdesk.rules.codes import LANGUAGES

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "clinicdesk"


def test_in_the_source_checkout():
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("fonts", "wqy-microhei.ttc").is_file()
    assert sorted(resource_path("rules").glob("*.toml"))
    for language in LANGUAGES:
        assert resource_path("translations", f"clinicdesk_{language}.qm").is_file()
    assert resource_path().parent == PACKAGE


def test_installed_like_a_wheel_away_from_the_checkout(tmp_path: Path):
    # GIVEN the package alone in a site-packages folder, as pip installs the wheel
    # (pyproject's package-data ships resources/** and the migrations with it)
    site = tmp_path / "site-packages"
    shutil.copytree(PACKAGE, site / "clinicdesk", ignore=shutil.ignore_patterns("__pycache__"))
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }

    # WHEN it checks itself, started from another folder
    result = subprocess.run(
        [sys.executable, "-m", "clinicdesk", "self-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )

    # THEN it used the installed copy's resources, and all of them were there
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"package in {site / 'clinicdesk'}" in result.stdout
    assert result.stdout.splitlines()[0].startswith("ok    resources:")
