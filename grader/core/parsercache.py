"""Where Lark keeps a built parser between runs: the user's own cache folder, never a shared one."""

from __future__ import annotations

import os
import stat


def parser_cache(name: str) -> str | bool:
    """The cache file for the parser of grammar `name` (about a quarter of a cold start), in
    GRADER_CACHE_DIR, else $XDG_CACHE_HOME/grader or ~/.cache/grader, created private; False where
    there is no such folder or others may write to it (they could hand us a forged parser). Lark checks
    the grammar's hash stored in the file and rebuilds a stale or foreign one."""
    base = os.environ.get("GRADER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "grader"
    )
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        info = os.stat(base)
    except OSError:
        return False
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.path.join(base, f"{name}-parser.lark-cache")
