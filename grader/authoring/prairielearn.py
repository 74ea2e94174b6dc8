"""`grader prairielearn build`: a ready PrairieLearn question folder for one problem file.

    questions/NAME/info.json            uuid (kept on a rebuild), title, topic, external grading
    questions/NAME/question.html        the statement, a file editor for the answer, the results
    questions/NAME/tests/problem.toml   the problem file (and the data files it reads)

The entrypoint runs `grader prairielearn run` in the image (docs/prairielearn.md).
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from grader.authoring.markdown import to_html
from grader.core.question import Question, VariantQuestion, variant_table

ENTRYPOINT = ["/usr/local/bin/grader", "prairielearn", "run", "--root", "/grade"]
ANSWER_FILE = "derivation.txt"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class BuildError(Exception):
    """A question folder that cannot be written; the message names the file or option."""


@dataclass(frozen=True)
class Settings:
    """What info.json says beyond the problem file: the image, its time limit, the topic and tags."""

    image: str
    timeout: int = 30  # seconds PrairieLearn gives the whole job; the grader's own budget is 20 s
    topic: str = "Language models"
    tags: tuple[str, ...] = ()


def info_json(question: Question, settings: Settings, question_uuid: str) -> dict[str, object]:
    """info.json for an externally graded v3 question (PrairieLearn's schemas/infoQuestion.json)."""
    info: dict[str, object] = {
        "uuid": question_uuid,
        "title": question.title or question.id,
        "topic": settings.topic,
        "type": "v3",
        "singleVariant": not isinstance(question, VariantQuestion),
        "gradingMethod": "External",
        "externalGradingOptions": {
            "image": settings.image,
            "entrypoint": ENTRYPOINT,
            "timeout": settings.timeout,
        },
    }
    if settings.tags:
        info["tags"] = list(settings.tags)
    return info


VARIANTS = 100  # variants pre-drawn for a problem with [params]; server.py picks one per student
SERVER_PY = '''"""Pick one of the pre-drawn variants of this question (standard library only)."""

import json
import pathlib
import random


def generate(data):
    table = json.loads((pathlib.Path(__file__).parent / "variants.json").read_text())
    pick = random.choice(table["variants"])
    data["params"]["grader_variant"] = pick["name"]
    data["params"]["statement"] = pick["statement"]
'''


def question_html(question: Question) -> str:
    """question.html: the statement (escaped; each student's own, with [params]), a file editor for the
    derivation, and the results."""
    statement = (
        "{{{params.statement}}}"  # filled by server.py from variants.json, one variant per student
        if isinstance(question, VariantQuestion)
        else to_html(question.statement.strip())
    )
    return (
        "<pl-question-panel>\n"
        f"{statement}\n"
        "<p>Write your derivation one step per line (plain text, Markdown or LaTeX).</p>\n"
        "</pl-question-panel>\n\n"
        f'<pl-file-editor file-name="{ANSWER_FILE}" ace-mode="ace/mode/text"></pl-file-editor>\n\n'
        "<pl-submission-panel>\n"
        "  <pl-external-grader-results></pl-external-grader-results>\n"
        "  <pl-file-preview></pl-file-preview>\n"
        "</pl-submission-panel>\n"
    )


def _kept_uuid(folder: Path) -> str | None:
    """The uuid of a question folder built before: PrairieLearn keys students' work by it."""
    try:
        old = json.loads((folder / "info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = old.get("uuid") if isinstance(old, dict) else None
    return value if isinstance(value, str) and _UUID.match(value) else None


def _data_files(question: Question) -> list[tuple[Path, str]]:
    source = Path(question.path).parent
    out = []
    for key, name in question.data_files():
        rel = PurePosixPath(name)
        if rel.is_absolute() or ".." in rel.parts or rel.suffix.lower() == ".toml":
            raise BuildError(f"{question.path}: {key}: give a path inside the problem's folder (not a .toml)")
        out.append((source / name, str(rel)))
    return out


@dataclass(frozen=True)
class Built:
    """What `build_question` wrote: the files (relative to the folder) and the question's uuid."""

    files: list[str]
    uuid: str
    kept: bool  # the uuid of the folder's earlier build


def build_question(question: Question, folder: Path, settings: Settings, force: bool = False) -> Built:
    """Write the question folder. A rebuild (force) keeps the uuid, so students' work stays attached."""
    if (folder / "info.json").exists() and not force:
        raise BuildError(
            f"{folder}: already a question folder (info.json exists); pass --force to rebuild it"
        )
    kept = _kept_uuid(folder)
    files = _data_files(question)
    info = info_json(question, settings, kept or str(uuid.uuid4()))
    tests = folder / "tests"
    tests.mkdir(parents=True, exist_ok=True)
    (folder / "info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    (folder / "question.html").write_text(question_html(question), encoding="utf-8")
    shutil.copyfile(question.path, tests / "problem.toml")
    written = ["info.json", "question.html", "tests/problem.toml"]
    if isinstance(question, VariantQuestion):  # each student gets one of VARIANTS pre-drawn variants
        table = variant_table(question, VARIANTS)
        for row in table["variants"]:
            row["statement"] = to_html(row["statement"].strip())
        (folder / "variants.json").write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        (folder / "server.py").write_text(SERVER_PY, encoding="utf-8")
        written += ["variants.json", "server.py"]
    for path, rel in files:
        (tests / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, tests / rel)
        written.append(f"tests/{rel}")
    return Built(written, str(info["uuid"]), kept is not None)
