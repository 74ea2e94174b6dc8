"""The grammar ships inside the wheel and is loaded from the installed package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_non_editable_install_grades_from_the_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("grader-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"grader/grammars/{g.name}" for g in (ROOT / "grammars").glob("*.lark")} <= set(names)
    folders = {str(i.parent.relative_to(ROOT)) for i in (ROOT / "grader").rglob("__init__.py")}
    assert {f"{folder}/__init__.py" for folder in folders} <= set(names), (
        "a package folder is not listed in pyproject"
    )
    data = {str(f.relative_to(ROOT)) for f in (ROOT / "grader").rglob("*.toml")}  # problem templates
    assert data and data <= set(names), "a data file is not in pyproject's package-data"
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import grader.maths.build, sys;"
        "from grader.cli.main import main;"
        "assert grader.maths.build.__file__.startswith(sys.argv[1]), grader.maths.build.__file__;"
        "sys.exit(main(['check', sys.argv[2], '--problem', sys.argv[3]]))"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(site),
            str(ROOT / "examples/deep-learning/alice.txt"),
            str(ROOT / "problems/seed/deep-learning.toml"),
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "verdict: correct" in result.stdout
