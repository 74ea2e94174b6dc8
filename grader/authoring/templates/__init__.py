"""`grader problems new KIND`: a commented problem file per question kind, one `<kind>.toml` here each.

The templates are data shipped in the wheel; each loads as it is and its [[examples]] pass
`grader problems test` (tests/test_authoring.py). A new kind adds its file here.
"""

from __future__ import annotations

from importlib.resources import files


def _read() -> dict[str, str]:
    folder = files(__name__)
    return {
        entry.name.removesuffix(".toml"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: (e.name != "derivation.toml", e.name))
        if entry.name.endswith(".toml")
    }


# kind -> its template (the file's text, comments and all); the default kind first
TEMPLATES: dict[str, str] = _read()
