"""Problem files cannot make the grader build a huge model or read an endless file; errors name the key."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.problemfile import MAX_PROBLEM_BYTES
from grader.derivation.problem import ProblemError, load_problem
from grader.reference.logprobs import MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parent.parent
HEAD = 'ask = "nll"\n'
TRANSFORMER = (
    '[model]\nkind = "transformer"\nvocabulary = {vocabulary}\nseed = 7\n'
    "d_model = {d_model}\nlayers = {layers}\nheads = {heads}\ncontext = {context}\nd_ff = {d_ff}\n"
    '[sequence]\nx = ["<s>"]\ny = ["a"]\n'
)
SMALL = {"vocabulary": '["<s>", "a", "b"]', "d_model": 16, "layers": 2, "heads": 2, "context": 16, "d_ff": 64}
WORDS = json.dumps(["<s>", "a"] + [f"w{i}" for i in range(20_000)])


def transformer(**change: object) -> str:
    return HEAD + TRANSFORMER.format(**{**SMALL, **change})


def entries(count: int) -> str:
    rows = "".join(f'[[model.entries]]\ntoken = "t{i}"\nprob = 0.00001\n' for i in range(count))
    return HEAD + '[sequence]\nx = "x"\ny = ["t0"]\n[model]\nkind = "table"\n' + rows


# (problem text, key the error names, what it says); each valid but for the one size
BOUNDS = [
    (transformer(d_model=100_000, heads=2), "model.d_model", "at most 512"),
    (transformer(layers=64), "model.layers", "at most 12"),
    (transformer(heads=32, d_model=64), "model.heads", "at most 16"),
    (transformer(context=8192), "model.context", "at most 2048"),
    (transformer(d_ff=16_384), "model.d_ff", "at most 4096"),
    (transformer(vocabulary=WORDS), "model.vocabulary", "at most 10000"),
    (transformer(d_model=512, layers=12, heads=8, d_ff=4096), "model", "parameters; at most 5,000,000"),
    (entries(20_001), "model.entries", "at most 20000 items"),
    (
        HEAD
        + '[model]\nkind = "ngram"\ncorpus = '
        + json.dumps(["<s> a </s>"] * 20_001)
        + '\n[sequence]\nx = ["<s>"]\ny = ["a"]\n',
        "model.corpus",
        "at most 20000 items",
    ),
    (
        HEAD
        + '[model]\nkind = "ngram"\ncorpus = ["'
        + "a " * 600_000
        + '"]\n[sequence]\nx = ["<s>"]\ny = ["a"]\n',
        "",
        "larger than 1024 KB",
    ),
    (
        transformer().replace('y = ["a"]', "y = " + json.dumps(["a"] * 1001)),
        "sequence.y",
        "at most 1000 tokens",
    ),
    (
        transformer().replace('x = ["<s>"]', "x = " + json.dumps(["<s>"] * 1001)),
        "sequence.x",
        "at most 1000 tokens",
    ),
]


@pytest.mark.parametrize(("text", "key", "message"), BOUNDS)
def test_sizes_are_bounded_with_a_located_error(tmp_path: Path, text: str, key: str, message: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(text)
    started = time.monotonic()
    with pytest.raises(ProblemError) as err:
        load_problem(path)
    assert time.monotonic() - started < 5
    assert str(err.value).startswith(f"{path}: {key}: " if key else f"{path}: ")
    assert message in str(err.value)


def test_a_small_transformer_still_loads(tmp_path: Path) -> None:
    (tmp_path / "p.toml").write_text(transformer(d_model=64, layers=4, heads=4, d_ff=256))
    assert load_problem(tmp_path / "p.toml").reference.value > 0


def test_the_problem_file_itself_is_bounded_and_never_blocks(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    for path, message in ((fifo, "not a regular file"), (Path("/dev/zero"), "not a regular file")):
        with pytest.raises(ProblemError, match=message):
            load_problem(path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("log P(y|x) = 1\n")
    (tmp_path / "big.toml").write_bytes(b"#" * (MAX_PROBLEM_BYTES + 1))
    assert (
        main(["grade", str(tmp_path / "in"), "-p", str(tmp_path / "big.toml"), "-o", str(tmp_path / "o")])
        == 2
    )
    assert "big.toml: larger than 1024 KB" in capsys.readouterr().err


LOGPROBS = (
    HEAD.replace("nll", "log_likelihood")
    + '[model]\nkind = "logprobs"\nfile = "{file}"\n[sequence]\nx = "q"\ny = ["a"]\n'
)
CONTENT = json.dumps([{"token": "a", "logprob": -0.5, "top_logprobs": []}])


def logprobs_folder(tmp_path: Path) -> Path:
    """A problem folder with a good record, and beside it things a `file` must not reach."""
    folder = tmp_path / "problem"
    folder.mkdir()
    (folder / "good.json").write_text(CONTENT)
    (folder / "huge.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
    os.mkfifo(folder / "fifo.json")
    (tmp_path / "outside.json").write_text(CONTENT)
    os.symlink(tmp_path / "outside.json", folder / "escape.json")
    os.symlink("good.json", folder / "alias.json")  # a link that stays inside is fine
    return folder


LOGPROBS_FILES = [
    ("/dev/zero", "expected a file in the problem file's folder"),
    ("../outside.json", "expected a file in the problem file's folder"),
    ("escape.json", "leads outside the problem file's folder"),
    ("fifo.json", "is not a regular file"),
    ("huge.json", "is larger than 8 MB"),
]


@pytest.mark.parametrize(("name", "message"), LOGPROBS_FILES)
def test_logprobs_file_is_confined_regular_and_bounded(tmp_path: Path, name: str, message: str) -> None:
    folder = logprobs_folder(tmp_path)
    (folder / "p.toml").write_text(LOGPROBS.format(file=name))
    started = time.monotonic()
    with pytest.raises(ProblemError) as err:
        load_problem(folder / "p.toml")
    assert time.monotonic() - started < 5
    assert str(err.value).startswith(f"{folder / 'p.toml'}: model.file: ") and message in str(err.value)


@pytest.mark.parametrize("name", ["good.json", "alias.json"])
def test_logprobs_file_beside_the_problem_still_loads(tmp_path: Path, name: str) -> None:
    folder = logprobs_folder(tmp_path)
    (folder / "p.toml").write_text(LOGPROBS.format(file=name))
    assert load_problem(folder / "p.toml").reference.value == pytest.approx(-0.5)


def test_the_parameter_bound_counts_what_the_model_allocates() -> None:
    from grader.derivation.problem import transformer_parameters
    from grader.reference.transformer import Transformer, TransformerConfig

    config = TransformerConfig(("<s>", "a", "b", "c", "d"), 7, 8, 3, 2, 16, 24)
    net = Transformer(config)
    weights = [
        net.embed,
        net.unembed,
        *(w for layer in net.layers for w in (layer.qkv, layer.o, layer.w1, layer.w2)),
    ]
    assert transformer_parameters(5, 8, 3, 24) == sum(w.size for w in weights)


@pytest.mark.parametrize(
    ("change", "key", "suggestion"),
    [
        (("log_base", "log_bse"), "log_bse", "log_base"),
        (("tolerance", "tolerence"), "tolerence", "tolerance"),
        (("points", "pionts"), "pionts", "points"),
    ],
)
def test_an_unknown_key_is_an_error_with_a_suggestion(
    tmp_path: Path, change: tuple[str, str], key: str, suggestion: str
) -> None:
    """`log_bse = "2"` must not silently fall back to base e and change the answer key."""
    text = (ROOT / "problems/seed/cat-nll-bits.toml").read_text()
    old, new = change
    broken = tmp_path / "p.toml"
    broken.write_text(text.replace(f"\n{old} =", f"\n{new} =", 1))
    with pytest.raises(ProblemError) as info:
        load_problem(broken)
    assert f"p.toml: {key}: unknown key; did you mean '{suggestion}'?" in str(info.value)


def test_an_unknown_key_in_a_model_entry_is_named(tmp_path: Path) -> None:
    text = (ROOT / "problems/seed/deep-learning.toml").read_text()
    broken = tmp_path / "p.toml"
    broken.write_text(text.replace("\ncontext =", "\ncontxt =", 1))
    with pytest.raises(ProblemError) as info:
        load_problem(broken)
    assert "model.entries[0].contxt: unknown key; did you mean 'context'?" in str(info.value)
