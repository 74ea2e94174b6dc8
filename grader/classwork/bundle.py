"""`grader gradescope build`: an autograder zip that installs this grader and grades one or more problems.

The zip holds `setup.sh` and `run_autograder` at its root, the problems under `problem/`, and under
`wheels/` every wheel the image installs: the grader (built here from the running package; a
wheel is a zip with a fixed layout, PEP 427, so writing it needs no build backend) and its
dependencies at exactly the versions installed here, chosen for the image's CPython and
platform, with `wheels/requirements.txt` pinning each by version and sha256. setup.sh installs
them with `--no-index --require-hashes`, so rebuilding the image next term gives the same grader.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import grader
from grader.core.question import Question

FALLBACK_REQUIRES = ("lark>=1.2,<2", "sympy>=1.12", "numpy>=1.26")
IMAGE_PYTHON = "3.11"  # setup.sh installs it on Ubuntu 22.04 images, which ship 3.10
IMAGE_GLIBC = (2, 35)  # Ubuntu 22.04, Gradescope's default base image
# pip download takes the platform tags literally (it does not widen manylinux_2_35 to older glibcs).
PLATFORMS = (
    *(f"manylinux_2_{minor}_x86_64" for minor in range(IMAGE_GLIBC[1], 16, -1)),
    "manylinux2014_x86_64",
)
EXECUTABLE = 0o100755 << 16
REGULAR = 0o100644 << 16

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder image: install the grader in a venv
# from the wheels in this bundle only (pinned by hash in wheels/requirements.txt), never from an
# index, so rebuilding the image next term installs the same grader.
# GRADER_VENV and GRADER_VENV_ARGS exist so the script can be tried outside Gradescope.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${GRADER_VENV:-/opt/grader-venv}"
want="__PYTHON__"  # the CPython the bundled wheels were chosen for
python=""
for candidate in "python$want" python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     [ "$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$want" ]; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then  # e.g. Ubuntu 22.04, Gradescope's default image, ships 3.10
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python$want" "python$want-venv"
  python="python$want"
fi
# shellcheck disable=SC2086
"$python" -m venv ${GRADER_VENV_ARGS:-} "$venv"
"$venv/bin/python" -m pip install --quiet --no-index --find-links "$here/wheels" \\
  --only-binary=:all: --require-hashes -r "$here/wheels/requirements.txt"
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
# 0: results written, whatever the score; 2: the bundle is misconfigured (results.json says so);
# 3: the results could not be written (the fallback above stands in).
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


def _grammars_folder() -> Path:
    """Where the running grader's grammars are (a package of data files)."""
    return Path(str(importlib.import_module("grader.grammars").__file__)).parent


def build_wheel() -> tuple[str, bytes]:
    """A pure-Python wheel of the running grader package: (file name, bytes)."""
    version = grader.__version__
    info = f"grader-{version}.dist-info"
    found: dict[str, bytes] = {}
    # the grammars live in grader/grammars/ once installed, in the repository's top-level grammars/ when editable
    for package, prefix in (
        (Path(grader.__file__).parent, ("grader",)),
        (_grammars_folder(), ("grader", "grammars")),
    ):
        for path in sorted(package.rglob("*")):
            rel = path.relative_to(package)
            if path.is_file() and "__pycache__" not in rel.parts and path.suffix not in (".pyc", ".pyo"):
                found[str(PurePosixPath(*prefix, *rel.parts))] = path.read_bytes()
    files = sorted(found.items())
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
    files.append((f"{info}/entry_points.txt", b"[console_scripts]\ngrader = grader.cli.main:main\n"))
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


class BundleError(Exception):
    """The problem cannot be bundled; the message names the file and key."""


def _problem_entries(problems: list[Question]) -> list[tuple[str, bytes, int]]:
    """problem/<file> for every problem file and the data files their models name, without clashes."""
    entries: dict[str, tuple[bytes, str]] = {}

    def put(name: str, data: bytes, owner: str) -> None:
        if name in entries and entries[name][0] != data:
            raise BundleError(f"{owner}: {name} clashes with the file of that name from {entries[name][1]}")
        entries[name] = (data, owner)

    ids: dict[str, str] = {}
    for problem in problems:
        if problem.id in ids:
            raise BundleError(
                f"{problem.path}: id: {problem.id!r} is also the id of {ids[problem.id]}; "
                "the problems of one assignment need distinct ids"
            )
        ids[problem.id] = problem.path
        source = Path(problem.path)
        if f"problem/{source.name}" in entries:
            raise BundleError(f"{problem.path}: another problem file is also named {source.name}; rename one")
        put(f"problem/{source.name}", source.read_bytes(), problem.path)
        for key, name in problem.data_files():
            rel = PurePosixPath(name)
            if rel.is_absolute() or ".." in rel.parts or rel.suffix.lower() == ".toml":
                raise BundleError(
                    f"{problem.path}: {key}: give a path inside the problem's folder (not a .toml) to bundle it"
                )
            put(f"problem/{rel}", (source.parent / name).read_bytes(), problem.path)
    return [(name, data, REGULAR) for name, (data, _) in entries.items()]


def build_gradescope_zip(
    problems: list[Question],
    out: Path,
    visibility: str = "visible",
    wheels: Path | None = None,
    python: str = IMAGE_PYTHON,
) -> list[str]:
    """Write the autograder zip; returns the names it holds.

    The dependency wheels come from the folder `wheels` when given, else `pip download` fetches them.
    """
    pins = pinned_requirements()
    chosen = wheels_from_folder(wheels, pins, python) if wheels else download_wheels(pins, python)
    wheel_name, wheel = build_wheel()
    files = [(wheel_name, wheel), *((path.name, path.read_bytes()) for path in chosen)]
    requirements = requirements_text([("grader", grader.__version__), *pins], files, python)
    entries: list[tuple[str, bytes, int]] = [
        ("setup.sh", SETUP_SH.replace("__PYTHON__", python).encode(), EXECUTABLE),
        ("run_autograder", RUN_AUTOGRADER.replace("__VISIBILITY__", visibility).encode(), EXECUTABLE),
        *_problem_entries(problems),
        *((f"wheels/{name}", data, REGULAR) for name, data in files),
        ("wheels/requirements.txt", requirements.encode(), REGULAR),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, mode in entries:
            _add(zf, name, data, mode)
    tmp.replace(out)
    return [name for name, _, _ in entries]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(text: str) -> str | None:
    """The distribution a Requires-Dist line names, or None when it only applies to an extra."""
    if re.search(r"""extra\s*==""", text):
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
    return match.group(1) if match else None


def pinned_requirements(root: str = "grader") -> list[tuple[str, str]]:
    """(name, installed version) of every runtime dependency of `root`, transitively, in name order."""
    from importlib.metadata import PackageNotFoundError, requires, version

    pins: dict[str, tuple[str, str]] = {}
    todo = [root]
    while todo:
        current = todo.pop()
        try:
            needs = requires(current) or []
        except PackageNotFoundError:
            needs = list(FALLBACK_REQUIRES) if current == root else []
        for text in needs:
            name = _requirement_name(text)
            if name is None or _canonical(name) in pins:
                continue
            try:
                pins[_canonical(name)] = (_canonical(name), version(name))
            except PackageNotFoundError:
                continue  # a dependency under a marker that does not apply here
            todo.append(name)
    return sorted(pins.values())


@dataclass(frozen=True)
class WheelName:
    """The parts of a wheel's file name (PEP 427): name-version(-build)-python-abi-platform.whl."""

    name: str
    version: str
    python: tuple[str, ...]
    abi: str
    platforms: tuple[str, ...]

    @classmethod
    def parse(cls, filename: str) -> WheelName | None:
        parts = filename.removesuffix(".whl").split("-")
        if not filename.endswith(".whl") or len(parts) not in (5, 6):
            return None
        return cls(
            _canonical(parts[0]),
            parts[1],
            tuple(parts[-3].split(".")),
            parts[-2],
            tuple(parts[-1].split(".")),
        )

    def fits(self, python: str) -> bool:
        """Whether the wheel installs on CPython `python` (X.Y) under the image's glibc on x86-64."""
        major, minor = (int(n) for n in python.split("."))
        cp = f"cp{major}{minor}"

        def python_ok(tag: str) -> bool:
            if tag in (f"py{major}", f"py{major}{minor}", cp):
                return self.abi in ("none", cp) or (self.abi == "abi3" and tag == cp)
            found = re.fullmatch(rf"cp{major}(\d+)", tag)
            return self.abi == "abi3" and found is not None and int(found.group(1)) <= minor

        def platform_ok(tag: str) -> bool:
            if tag == "any" or tag in ("manylinux1_x86_64", "manylinux2010_x86_64", "manylinux2014_x86_64"):
                return True
            found = re.fullmatch(r"manylinux_(\d+)_(\d+)_x86_64", tag)
            return found is not None and (int(found.group(1)), int(found.group(2))) <= IMAGE_GLIBC

        return any(map(python_ok, self.python)) and any(map(platform_ok, self.platforms))


def _target(python: str) -> str:
    return f"CPython {python} on manylinux (glibc ≤ {IMAGE_GLIBC[0]}.{IMAGE_GLIBC[1]}) x86-64"


def wheels_from_folder(folder: Path, pins: list[tuple[str, str]], python: str) -> list[Path]:
    """One wheel per pin from `folder`: that exact version, installable on the image."""
    if not folder.is_dir():
        raise BundleError(f"{folder}: not a folder of wheels")
    found = sorted((p for p in folder.iterdir() if p.suffix == ".whl"), key=lambda p: p.name)
    chosen = []
    for name, version in pins:
        same = [p for p in found if (w := WheelName.parse(p.name)) and (w.name, w.version) == (name, version)]
        fitting = [p for p in same if WheelName.parse(p.name).fits(python)]  # type: ignore[union-attr]
        if not fitting:
            seen = f" (found only {', '.join(p.name for p in same)})" if same else ""
            raise BundleError(f"{folder}: no wheel of {name}=={version} for {_target(python)}{seen}")
        chosen.append(fitting[0])
    return chosen


def download_wheels(pins: list[tuple[str, str]], python: str) -> list[Path]:
    """The pinned wheels for the image, fetched with `pip download` into a temporary folder."""
    dest = Path(tempfile.mkdtemp(prefix="grader-wheels-"))
    platforms = [arg for p in PLATFORMS for arg in ("--platform", p)]
    command = [
        *(sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--no-deps"),
        *platforms,
        *("--python-version", python, "--implementation", "cp", "--dest", str(dest)),
        *(f"{name}=={version}" for name, version in pins),
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise BundleError(
            f"cannot download the dependency wheels for {_target(python)}: {why}; "
            "pass --wheels DIR with them to build offline"
        )
    return wheels_from_folder(dest, pins, python)


def requirements_text(pins: list[tuple[str, str]], files: list[tuple[str, bytes]], python: str) -> str:
    """wheels/requirements.txt: every wheel pinned by version and sha256, for `pip --require-hashes`."""
    lines = [
        f"# Written by `grader gradescope build` for {_target(python)}: the wheels in this folder.",
        "# setup.sh: pip install --no-index --find-links wheels --require-hashes -r wheels/requirements.txt",
    ]
    for (name, version), (_, data) in zip(pins, files, strict=True):
        lines.append(f"{name}=={version} --hash=sha256:{hashlib.sha256(data).hexdigest()}")
    return "\n".join(lines) + "\n"
