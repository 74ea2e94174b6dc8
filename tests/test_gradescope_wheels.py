"""The Gradescope bundle ships its dependency wheels, pinned by version and hash, and installs them offline."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from grader.classwork.bundle import WheelName, pinned_requirements
from grader.cli.main import main
from tests.conftest import example_score

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ROOT / "problems/seed/deep-learning.toml"
EXAMPLES = ROOT / "examples/deep-learning"
HERE = f"{sys.version_info.major}.{sys.version_info.minor}"
PINS = dict(pinned_requirements())


def test_the_pins_are_the_installed_dependencies_closure() -> None:
    """lark, sympy and numpy at the versions installed here, and sympy's own dependency mpmath."""
    assert {"lark", "sympy", "numpy", "mpmath"} <= set(PINS)
    for name, version in PINS.items():
        assert importlib.metadata.version(name) == version


FITS = [
    # (wheel file name, installs on CPython 3.11 / Ubuntu 22.04 x86-64)
    ("lark-1.3.1-py3-none-any.whl", True),
    ("numpy-2.4.6-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl", True),
    ("numpy-2.2.6-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", True),
    ("x-1.0-cp38-abi3-manylinux_2_17_x86_64.whl", True),  # the stable ABI from 3.8 on
    ("x-1.0-cp312-abi3-manylinux_2_17_x86_64.whl", False),  # from 3.12 on
    ("x-1.0-1-py311-none-any.whl", True),  # a build tag
    ("numpy-2.4.6-cp312-cp312-manylinux_2_27_x86_64.whl", False),
    ("numpy-2.4.6-cp311-cp311-manylinux_2_39_x86_64.whl", False),  # glibc newer than 2.35
    ("numpy-2.4.6-cp311-cp311-musllinux_1_2_x86_64.whl", False),
    ("numpy-2.4.6-cp311-cp311-manylinux_2_17_aarch64.whl", False),
    ("numpy-2.4.6-cp311-cp311-macosx_11_0_arm64.whl", False),
    ("py2only-1.0-py2-none-any.whl", False),
]


@pytest.mark.parametrize(("filename", "fits"), FITS)
def test_wheel_tags_that_fit_the_image(filename: str, fits: bool) -> None:
    wheel = WheelName.parse(filename)
    assert wheel is not None and wheel.fits("3.11") is fits


def write_wheels(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(f"contents of {name}".encode())
    return folder


def candidates(python: str) -> list[str]:
    """Every pinned dependency as a wheel for `python`, among decoys that must not be chosen."""
    cp = "cp" + python.replace(".", "")
    numpy = PINS["numpy"]
    return [
        *(f"{n}-{v}-py3-none-any.whl" for n, v in PINS.items() if n != "numpy"),
        "lark-0.0.1-py3-none-any.whl",  # another version
        f"numpy-{numpy}-{cp}-{cp}-win_amd64.whl",  # another platform
        f"numpy-{numpy}-{cp}-{cp}-musllinux_1_2_x86_64.whl",
        f"numpy-{numpy}-{cp}-{cp}-manylinux_2_39_x86_64.whl",  # needs a newer glibc than Ubuntu 22.04's
        f"numpy-{numpy}-cp399-cp399-manylinux_2_17_x86_64.whl",  # another Python
        f"numpy-{numpy}-{cp}-{cp}-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl",  # the one
    ]


@pytest.mark.parametrize("python", ["3.11", "3.12"])
def test_build_bundles_the_pinned_wheels_for_the_images_python(tmp_path: Path, python: str) -> None:
    wheels = write_wheels(
        tmp_path / "w", candidates(python) + candidates("3.13" if python == "3.12" else "3.12")
    )
    out = tmp_path / "a.zip"
    assert (
        main(
            [
                "gradescope",
                "build",
                "-p",
                str(PROBLEM),
                "--wheels",
                str(wheels),
                "--python",
                python,
                "-o",
                str(out),
            ]
        )
        == 0
    )
    with zipfile.ZipFile(out) as zf:
        bundled = {n.removeprefix("wheels/"): zf.read(n) for n in zf.namelist() if n.endswith(".whl")}
        requirements = zf.read("wheels/requirements.txt").decode()
        setup = zf.read("setup.sh").decode()
    cp = "cp" + python.replace(".", "")
    numpy = f"numpy-{PINS['numpy']}-{cp}-{cp}-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl"
    expected = {f"{n}-{v}-py3-none-any.whl" for n, v in PINS.items() if n != "numpy"} | {numpy}
    assert set(bundled) - {n for n in bundled if n.startswith("grader-")} == expected
    pinned = dict(re.findall(r"^(\S+==\S+) --hash=sha256:([0-9a-f]{64})$", requirements, re.M))
    assert set(pinned) == {f"{n}=={v}" for n, v in PINS.items()} | {"grader==0.1.0"}
    for name, data in bundled.items():
        wheel = WheelName.parse(name)
        assert (
            wheel is not None and pinned[f"{wheel.name}=={wheel.version}"] == hashlib.sha256(data).hexdigest()
        )
    assert f'want="{python}"' in setup
    install = next(line for line in setup.splitlines() if "pip install" in line)
    assert "--no-index" in install and "--require-hashes" in setup and "wheels/requirements.txt" in setup


MISSING = [
    # (wheel files present, words in the error)
    ([], f"no wheel of numpy=={PINS['numpy']}"),
    ([f"numpy-{PINS['numpy']}-cp311-cp311-win_amd64.whl"], "found only numpy-"),
    ([f"numpy-{PINS['numpy']}-cp312-cp312-manylinux_2_17_x86_64.whl"], "for CPython 3.11"),
]


@pytest.mark.parametrize(("present", "words"), MISSING)
def test_a_missing_wheel_is_a_usage_error_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture, present: list[str], words: str
) -> None:
    others = [f"{n}-{v}-py3-none-any.whl" for n, v in PINS.items() if n != "numpy"]
    wheels = write_wheels(tmp_path / "w", others + present)
    out = tmp_path / "a.zip"
    assert main(["gradescope", "build", "-p", str(PROBLEM), "--wheels", str(wheels), "-o", str(out)]) == 2
    assert words in capsys.readouterr().err and not out.exists()


def repack(name: str, dest: Path) -> Path:
    """A wheel of the installed distribution `name`, zipped back from its files (RECORD) and tags (WHEEL)."""
    dist = importlib.metadata.distribution(name)
    tags = [
        line.split(":", 1)[1].strip()
        for line in (dist.read_text("WHEEL") or "").splitlines()
        if line.startswith("Tag:")
    ]
    if not tags or dist.files is None:
        pytest.skip(f"{name} was not installed from a wheel; cannot rebuild one from it")
    py, abi, plat = (".".join(dict.fromkeys(part)) for part in zip(*(t.split("-") for t in tags)))
    info = next(f.parts[0] for f in dist.files if f.parts[0].endswith(".dist-info"))
    files = [
        f
        for f in dist.files
        if ".." not in f.parts
        and "__pycache__" not in f.parts
        and not str(f).endswith(".pyc")
        and str(f)
        not in (f"{info}/RECORD", f"{info}/INSTALLER", f"{info}/REQUESTED", f"{info}/direct_url.json")
    ]
    path = dest / f"{re.sub(r'[-_.]+', '_', name)}-{dist.version}-{py}-{abi}-{plat}.whl"
    record = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for f in files:
            data = Path(dist.locate_file(f)).read_bytes()
            zf.writestr(str(f), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{f},sha256={digest},{len(data)}")
        zf.writestr(f"{info}/RECORD", "\n".join([*record, f"{info}/RECORD,,"]) + "\n")
    return path


@pytest.fixture(scope="module")
def local_wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dependencies installed here, as wheels, so the install needs no network."""
    dest = tmp_path_factory.mktemp("local-wheels")
    for name in PINS:
        repack(name, dest)
    return dest


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without pip's or Python's configuration (no index, no find-links, no constraints)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON")) and k != "VIRTUAL_ENV"}
    return {**env, "PIP_CONFIG_FILE": os.devnull, **extra}


@pytest.mark.skipif(sys.platform != "linux", reason="the bundle targets Gradescope's Linux images")
def test_download_then_setup_sh_installs_offline_and_grades(
    tmp_path: Path, local_wheels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gradescope build` downloads the pins with pip (here from a local find-links folder, no index);
    setup.sh installs them into a fresh venv with --no-index --require-hashes; run_autograder grades."""
    for key, value in clean_env(PIP_NO_INDEX="1", PIP_FIND_LINKS=str(local_wheels)).items():
        monkeypatch.setenv(key, value)
    for key in [
        k
        for k in os.environ
        if k.startswith("PIP_") and k not in ("PIP_NO_INDEX", "PIP_FIND_LINKS", "PIP_CONFIG_FILE")
    ]:
        monkeypatch.delenv(key)
    out = tmp_path / "autograder.zip"
    assert main(["gradescope", "build", "-p", str(PROBLEM), "--python", HERE, "-o", str(out)]) == 0
    root = tmp_path / "autograder"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(root / "source")
    (root / "source" / "setup.sh").chmod(0o755)
    (root / "submission").mkdir()
    (root / "submission" / "bob.txt").write_bytes((EXAMPLES / "bob.txt").read_bytes())
    venv = tmp_path / "venv"
    env = clean_env(
        GRADER_VENV=str(venv),
        AUTOGRADER_ROOT=str(root),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    )
    setup = subprocess.run(
        ["bash", str(root / "source" / "setup.sh")], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert "grader 0." in setup.stdout
    frozen = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "freeze"], env=env, capture_output=True, text=True
    )
    assert set(frozen.stdout.split()) == {f"{n}=={v}" for n, v in PINS.items()} | {"grader==0.1.0"}
    run = subprocess.run(
        ["bash", str(root / "source" / "run_autograder")],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    data = json.loads((root / "results" / "results.json").read_text())
    assert data["score"] == pytest.approx(example_score("bob.txt"))


def test_a_tampered_wheel_is_refused(tmp_path: Path, local_wheels: Path) -> None:
    """--require-hashes: a wheel that is not the one pinned in requirements.txt does not install.

    setup.sh's pip command is run with --dry-run (it still checks every hash) to skip installing."""
    out = tmp_path / "autograder.zip"
    given = ["-p", str(PROBLEM), "--wheels", str(local_wheels), "--python", HERE, "-o", str(out)]
    assert main(["gradescope", "build", *given]) == 0
    root = tmp_path / "source"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(root)
    setup = (root / "setup.sh").read_text()
    words = re.search(r'-m pip install (.*?)\n"\$venv', setup, re.S)
    assert words is not None
    args = words.group(1).replace("\\\n", " ").replace("$here", str(root)).replace('"', "").split()

    def install() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", *args]
        return subprocess.run(command, env=clean_env(), capture_output=True, text=True)

    assert install().returncode == 0
    lark = next((root / "wheels").glob("lark-*.whl"))
    with zipfile.ZipFile(lark, "a") as zf:
        zf.writestr("lark/evil.py", "raise SystemExit('tampered')\n")
    refused = install()
    assert refused.returncode != 0 and "DO NOT MATCH THE HASHES" in refused.stderr
