"""Behaviour is pinned: a refactor must not change any verdict, code, line, score or rubric part.

A change made on purpose updates tests/snapshots/behaviour.json with `python scripts/snapshot.py
--update`, in a commit of its own that says why.
"""

from __future__ import annotations

import json
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from snapshot import SNAPSHOT, current, differences  # noqa: E402


def test_behaviour_matches_the_snapshot() -> None:
    saved = json.loads(SNAPSHOT.read_text())
    now = current()
    assert len(now) > 700  # corpus, question tests and the README sample are all there
    diff = differences(saved, now)
    assert not diff, "behaviour changed (update the snapshot on purpose only):\n" + "\n".join(diff[:40])
