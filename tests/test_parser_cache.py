"""The built parser is cached on disk (a quarter of a cold start) only where no one else can write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grader.core.parsercache import parser_cache
from grader.maths import build


def test_the_cache_lives_in_a_private_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GRADER_CACHE_DIR", str(folder))
    path = parser_cache("derivation")
    assert isinstance(path, str) and Path(path).parent == folder
    assert folder.stat().st_mode & 0o077 == 0


def test_a_folder_others_can_write_to_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    monkeypatch.setenv("GRADER_CACHE_DIR", str(folder))
    assert parser_cache("derivation") is False


def test_a_stale_or_forged_cache_file_is_rebuilt_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADER_CACHE_DIR", str(tmp_path))
    path = Path(parser_cache("derivation"))  # type: ignore[arg-type]
    path.write_bytes(b"not-the-grammar-hash\n" + b"\x80garbage")
    parser = build.parser.__wrapped__()
    assert parser.parse("log P(y|x) = -1.1") is not None
    assert not path.read_bytes().startswith(b"not-the-grammar-hash")


def test_no_writable_home_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("GRADER_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be created
    assert parser_cache("derivation") is False
    assert build.parser.__wrapped__().parse("log P(y|x) = -1.1") is not None
