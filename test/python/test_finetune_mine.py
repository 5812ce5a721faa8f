"""The pair miner: what it extracts, what it removes, what it never reads."""

from __future__ import annotations

import json
from pathlib import Path

from finetune import mine

PYTHON = '''
def read_config(path):
    """Read the configuration file and return its values as a dict.

    Longer explanation that is not part of the query.
    """
    with open(path) as handle:
        text = handle.read()
    return parse(text)


def tiny():
    """Too short to keep."""
    return 1
'''

SCRIPT = '''
/**
 * Debounce a function so it runs once after calls stop.
 * @param fn the function
 */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

/** Declared elsewhere, no body here. */
export function declared(a: string): void;
'''


def test_python_docstring_becomes_the_query_and_leaves_the_code():
    found = list(mine.python_pairs(PYTHON))
    assert len(found) == 1
    query, code = found[0]
    assert query == "Read the configuration file and return its values as a dict."
    assert code.startswith("def read_config(path):") and '"""' not in code and "return parse(text)" in code


def test_jsdoc_becomes_the_query_and_the_function_is_the_code():
    found = list(mine.script_pairs(SCRIPT))
    assert len(found) == 1
    query, code = found[0]
    assert query == "Debounce a function so it runs once after calls stop."
    assert code.startswith("export function debounce") and code.rstrip().endswith("}") and "/**" not in code


def test_excluded_projects_and_their_vendored_copies():
    for path in ("pip/_vendor/requests/api.py", "node_modules/express/lib/router.js", "got/dist/source/index.js",
                 "site-packages/flask/app.py", "x/hugo/y.js", "lib/requests.py"):
        assert mine.excluded(Path(path)), path
    assert not mine.excluded(Path("site-packages/requests_toolbelt_like/x.py"))
    assert not mine.excluded(Path("node_modules/gotcha/index.js"))


def test_mine_dedupes_splits_and_never_reads_excluded(tmp_path):
    root = tmp_path / "tree"
    for folder in ("pkg", "pkg/copy", "pip/_vendor/requests", "tests"):
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / "mod.py").write_text(PYTHON)
    (root / "pkg" / "other.py").write_text(PYTHON.replace("read_config", "load_settings").replace(
        "Read the configuration", "Load the settings"))
    (root / "web").mkdir()
    (root / "web" / "util.ts").write_text(SCRIPT)
    split, stats = mine.mine([("tree", root)], cap_per_source=100, validation=0.34, seed=1)
    everything = split["train"] + split["validation"]
    assert len(everything) == 3  # the copy is a duplicate; vendored requests and tests are skipped
    assert not any("requests" in p.path or "tests" in p.path for p in everything)
    assert len(split["validation"]) == 1
    mine.write(split, stats, tmp_path / "out")
    rows = [json.loads(line) for line in (tmp_path / "out" / "train.jsonl").read_text().splitlines()]
    assert {"query", "positive", "source", "language", "path"} <= set(rows[0])
    assert json.loads((tmp_path / "out" / "stats.json").read_text())["sources"]["tree"]["mined"] == 3
