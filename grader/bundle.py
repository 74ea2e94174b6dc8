"""`grader gradescope build`: an autograder zip that installs this grader and grades with one problem.

The zip holds `setup.sh` and `run_autograder` at its root, the problem under `problem/`, and a
wheel of the grader built here from the running package, so the image installs exactly the
version that built the bundle. A wheel is a zip with a fixed layout (PEP 427); writing it
directly needs no build backend and no network. The grader's own dependencies (lark, sympy,
numpy) come from PyPI when Gradescope builds the image.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

import grader
from grader.problem import Problem

FALLBACK_REQUIRES = ("lark>=1.2,<2", "sympy>=1.12", "numpy>=1.26")
EXECUTABLE = 0o100755 << 16
REGULAR = 0o100644 << 16

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image: install the grader in a venv.
# GRADER_VENV and GRADER_VENV_ARGS exist so the script can be tried outside Gradescope.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${GRADER_VENV:-/opt/grader-venv}"
python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then  # e.g. Ubuntu 22.04 images ship 3.10
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11 python3.11-venv
  python=python3.11
fi
# shellcheck disable=SC2086
"$python" -m venv ${GRADER_VENV_ARGS:-} "$venv"
"$venv/bin/python" -m pip install --quiet "$here"/wheels/*.whl
"$venv/bin/grader" --version
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission, in /autograder; it must leave results/results.json.
# AUTOGRADER_ROOT and GRADER_VENV exist so the script can be tried outside Gradescope.
set -u
root="${AUTOGRADER_ROOT:-/autograder}"
venv="${GRADER_VENV:-/opt/grader-venv}"
cd "$root"
"$venv/bin/python" -m grader gradescope run --root "$root" --visibility "__VISIBILITY__"
status=$?
if [ ! -s "$root/results/results.json" ]; then
  mkdir -p "$root/results"
  cat > "$root/results/results.json" <<'JSON'
{"score": 0, "output": "The autograder failed to run; your instructor will grade this by hand.", "tests": []}
JSON
fi
# A score below full marks is not a failure of the autograder.
[ "$status" -le 1 ] && exit 0 || exit "$status"
"""


def _requires() -> list[str]:
    try:
        from importlib.metadata import PackageNotFoundError, requires

        found = [r for r in requires("grader") or [] if "extra ==" not in r]
    except (ImportError, PackageNotFoundError):
        found = []
    return found or list(FALLBACK_REQUIRES)


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_wheel() -> tuple[str, bytes]:
    """A pure-Python wheel of the running grader package: (file name, bytes)."""
    version = grader.__version__
    package = Path(grader.__file__).parent
    info = f"grader-{version}.dist-info"
    files: list[tuple[str, bytes]] = []
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if path.is_file() and "__pycache__" not in rel.parts and path.suffix not in (".pyc", ".pyo"):
            files.append((str(PurePosixPath("grader", *rel.parts)), path.read_bytes()))
    metadata = [
        "Metadata-Version: 2.1",
        "Name: grader",
        f"Version: {version}",
        "Summary: Checks students' step-by-step derivations of sequence probabilities under language models",
        "Requires-Python: >=3.11",
        *(f"Requires-Dist: {r}" for r in _requires()),
    ]
    files.append((f"{info}/METADATA", ("\n".join(metadata) + "\n").encode()))
    wheel = "Wheel-Version: 1.0\nGenerator: grader-bundle\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files.append((f"{info}/WHEEL", wheel.encode()))
    files.append((f"{info}/entry_points.txt", b"[console_scripts]\ngrader = grader.cli:main\n"))
    files.append((f"{info}/top_level.txt", b"grader\n"))
    record = [_record_line(name, data) for name, data in files] + [f"{info}/RECORD,,"]
    files.append((f"{info}/RECORD", ("\n".join(record) + "\n").encode()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            _add(zf, name, data, REGULAR)
    return f"grader-{version}-py3-none-any.whl", buffer.getvalue()


def _add(zf: zipfile.ZipFile, name: str, data: bytes, mode: int) -> None:
    entry = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # fixed date: reproducible bundles
    entry.external_attr = mode
    entry.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(entry, data)


def _data_files(raw: dict[str, Any], key: str = "") -> list[tuple[str, str]]:
    """(key path, file name) of every `file = "…"` the problem's model refers to."""
    found: list[tuple[str, str]] = []
    for name, value in raw.items():
        where = f"{key}.{name}" if key else name
        if isinstance(value, dict):
            found.extend(_data_files(value, where))
        elif name == "file" and isinstance(value, str):
            found.append((where, value))
    return found


class BundleError(Exception):
    """The problem cannot be bundled; the message names the file and key."""


def build_gradescope_zip(problem: Problem, out: Path, visibility: str = "visible") -> list[str]:
    """Write the autograder zip; returns the names it holds."""
    source = Path(problem.path)
    entries: list[tuple[str, bytes, int]] = [
        ("setup.sh", SETUP_SH.encode(), EXECUTABLE),
        ("run_autograder", RUN_AUTOGRADER.replace("__VISIBILITY__", visibility).encode(), EXECUTABLE),
        (f"problem/{source.name}", source.read_bytes(), REGULAR),
    ]
    model = problem.raw.get("model")
    for key, name in _data_files(model if isinstance(model, dict) else {}, "model"):
        rel = PurePosixPath(name)
        if rel.is_absolute() or ".." in rel.parts:
            raise BundleError(f"{problem.path}: {key}: give a path inside the problem's folder to bundle it")
        entries.append((f"problem/{rel}", (source.parent / name).read_bytes(), REGULAR))
    wheel_name, wheel = build_wheel()
    entries.append((f"wheels/{wheel_name}", wheel, REGULAR))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in entries:
            _add(zf, name, data, mode)
    tmp.replace(out)
    return [name for name, _, _ in entries]
