"""The pair miner: what it extracts in each language, what it removes, what it never reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from finetune import extract, mine
from finetune.negatives import add_negatives
from finetune.provenance import exclusions, scan, upstreams

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

SCRIPT = """
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
"""

GO = """package retry

// Backoff returns how long to wait before the next attempt of a failed upload.
func Backoff(attempt int) time.Duration {
	base := 100 * time.Millisecond
	return base << attempt
}

// PathError is an alias without a body.
type PathError = fs.PathError

// Other comment not above a declaration.
var x = 1
"""

RUST = """
/// Parses a semantic version string into its three numbers.
///
/// # Examples
/// ```
/// let v = parse_version("1.2.3");
/// ```
#[inline]
pub fn parse_version(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}
"""

JAVA = """
public class Strings {
    /**
     * Removes the whitespace at both ends of every string in the array.
     *
     * @param values the strings
     */
    @Deprecated
    public static String[] stripAll(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i].strip();
        return out;
    }

    /** An abstract method has no body to learn from. */
    abstract void nothing(int a);
}
"""

RUBY = """
module Uploads
  # Retries a failed upload with exponential backoff until it succeeds.
  def retry_upload(file, attempts: 3)
    attempts.times do |i|
      return true if upload(file)
      sleep(2**i)
    end
    false
  end
end
"""

MARKDOWN = """# Uploader

## Retrying failed uploads

Uploads that fail are retried three times.
Each retry waits twice as long as the one before.
After the last retry the error is reported.

## Short
One line only.
"""


def test_python_docstring_becomes_the_summary_and_leaves_the_code():
    found = list(extract.python_items(PYTHON))
    assert len(found) == 1
    item = found[0]
    assert item.summary == "Read the configuration file and return its values as a dict."
    assert item.name == "read_config"
    assert (
        item.code.startswith("def read_config(path):") and '"""' not in item.code and "return parse(text)" in item.code
    )
    assert '"""Read the configuration' in item.documented


def test_jsdoc_becomes_the_summary_and_the_function_is_the_code():
    found = list(extract.items(SCRIPT, "typescript"))
    assert [i.name for i in found] == ["debounce"]
    assert found[0].summary == "Debounce a function so it runs once after calls stop."
    assert found[0].code.startswith("export function debounce") and found[0].code.rstrip().endswith("}")
    assert "/**" not in found[0].code and found[0].documented.startswith("/**")


def test_go_comment_loses_the_leading_name_and_aliases_without_body_are_skipped():
    found = list(extract.items(GO, "go"))
    assert [i.name for i in found] == ["Backoff"]
    assert found[0].summary == "Returns how long to wait before the next attempt of a failed upload."
    assert found[0].code.startswith("func Backoff") and found[0].code.endswith("}")


def test_rust_doc_stops_at_examples_and_skips_attributes():
    found = list(extract.items(RUST, "rust"))
    assert len(found) == 1
    assert found[0].summary == "Parses a semantic version string into its three numbers."
    assert found[0].name == "parse_version"
    assert found[0].code.startswith("#[inline]") and "let v =" not in found[0].code


def test_java_doc_and_annotation_keep_the_indentation_and_skip_bodiless_methods():
    found = list(extract.items(JAVA, "java"))
    assert [i.name for i in found] == ["stripAll"]
    assert found[0].documented.startswith("/**\n *") and "@Deprecated" in found[0].code


def test_ruby_comment_above_def_to_its_end():
    found = list(extract.items(RUBY, "ruby"))
    assert [i.name for i in found] == ["retry_upload"]
    assert found[0].code.startswith("def retry_upload") and found[0].code.endswith("end")
    assert "false" in found[0].code


def test_markdown_heading_gives_its_section():
    found = list(extract.items(MARKDOWN, "markdown"))
    assert [i.summary for i in found] == ["Retrying failed uploads"]  # three words: no title needed
    assert "three times" in found[0].code and found[0].documented.startswith("## Retrying")


def test_question_from_a_summary_that_opens_with_a_verb():
    question = mine.as_question("Returns the parsed header.", "code")
    assert question is not None and question.endswith("the parsed header")
    assert question.startswith(("how to return", "where do we return", "code that returns", "how do I return"))
    assert mine.as_question("This is not a verb phrase.", "code") is None
    assert mine.as_question("Parses flags.", "x").endswith(("parse flags", "parses flags"))


def test_every_kind_of_pair_appears_over_many_items():
    kinds = set()
    for n in range(200):
        item = extract.Item(f"Returns the value number {n} of the table.", f"lookupValue{n}", f"code {n}", f"doc {n}")
        kinds.add(mine.pair_of(item, "go")[0])
    assert kinds == {"doc", "question", "symbol"}
    assert mine.pair_of(extract.Item("Install it", "", "text", "# Install it\ntext"), "markdown")[0] == "heading"


@pytest.mark.parametrize(
    "path",
    [
        "pip/_vendor/requests/api.py",
        "node_modules/express/lib/router.js",
        "got/dist/source/index.js",
        "site-packages/flask/app.py",
        "x/hugo/y.js",
        "lib/requests.py",
        "registry/serde-1.0.152/src/lib.rs",
        "gocode/src/github.com/gin-gonic/gin/gin.go",
        "spdlog/include/spdlog/fmt/bundled/core.h",
        "third/abseil-cpp/absl/strings/str_cat.h",
        "gems/rack-3.0.0/lib/rack.rb",
        "x/kotlinx.coroutines/y.kt",
        "include/nlohmann/json.hpp",
        "vendor/laravel/framework/src/Illuminate/Support/Str.php",
    ],
)
def test_excluded_projects_and_their_vendored_copies(path):
    assert mine.excluded(Path(path))


def test_similar_names_are_kept():
    for path in (
        "site-packages/requests_toolbelt_like/x.py",
        "node_modules/gotcha/index.js",
        "src/encoding/json/x.go",
        "registry/serde_json-1.0.91/src/lib.rs",
    ):
        assert not mine.excluded(Path(path)), path


def test_every_repository_of_the_benchmark_is_excluded():
    """The list is semble's benchmarks/repos.json plus the file-level suites' projects."""
    rules = exclusions()
    assert len(rules.repositories) >= 64
    for repository in (
        "gin-gonic/gin",
        "serde-rs/serde",
        "tokio-rs/tokio",
        "rack/rack",
        "apache/commons-lang",
        "abseil/abseil-cpp",
        "kotlin/kotlinx.coroutines",
        "pydantic/pydantic",
        "vitest-dev/vitest",
        "psf/requests",
        "pallets/flask",
        "expressjs/express",
        "sindresorhus/got",
        "gohugoio/hugo",
    ):
        assert repository in rules.repositories, repository


def test_upstream_from_package_metadata(tmp_path):
    crate = tmp_path / "serde-1.0.1"
    crate.mkdir()
    (crate / "Cargo.toml").write_text('[package]\nname = "serde"\nrepository = "https://github.com/serde-rs/serde"\n')
    assert upstreams(crate) == {"serde-rs/serde"}
    deb = tmp_path / "golang-thing"
    (deb / "debian").mkdir(parents=True)
    (deb / "debian" / "control").write_text("Homepage: https://github.com/Some-Owner/Thing.git\n")
    assert upstreams(deb) == {"some-owner/thing"}
    go = tmp_path / "src" / "github.com" / "acme" / "widget"
    go.mkdir(parents=True)
    assert "acme/widget" in upstreams(go)


def test_hard_negatives_come_from_the_same_language_and_are_no_relative():
    def pair(query, code, language="go"):
        return mine.Pair(query, code, "s", language, "p", package="pkg")

    pairs = [
        pair("retry a failed upload", "func retryUpload() { upload(); sleep() }"),
        pair("parse the upload header", "func parseHeader() { header upload parse }"),
        pair("draw a circle", "func drawCircle() { circle() }"),
        pair("retry a failed upload in ruby", "def retry_upload; upload; end", "ruby"),
    ]
    result = add_negatives(pairs, 1)
    assert result[0].negatives == ("func parseHeader() { header upload parse }",)
    assert all(n != result[0].positive for n in result[0].negatives)
    assert result[3].negatives == ()  # the only ruby pair has no same-language negative


def test_mine_dedupes_splits_by_package_and_records_provenance(tmp_path):
    packages = tmp_path / "packages"
    for name in ("alpha", "beta", "gamma", "delta"):
        root = packages / name
        (root / "tests").mkdir(parents=True)
        (root / "mod.py").write_text(
            PYTHON.replace("read_config", f"read_{name}").replace(
                "Read the configuration", f"Read the {name} configuration"
            )
        )
        (root / "tests" / "mod.py").write_text(PYTHON)
        (root / "retry.go").write_text(
            GO.replace("Backoff", f"Backoff{name.title()}").replace("failed upload", f"failed {name} upload")
        )
    vendored = packages / "delta" / "pip" / "_vendor" / "requests"
    vendored.mkdir(parents=True)
    (vendored / "mod.py").write_text(PYTHON)
    serde = packages / "serde-1.0.1"
    serde.mkdir()
    (serde / "Cargo.toml").write_text('repository = "https://github.com/serde-rs/serde"\n')
    (serde / "lib.go").write_text(GO)
    sources = [mine.Source("pkgs", packages, per_package=True)]
    split, stats = mine.mine(sources, cap_per_package=100, cap_per_language=100, validation=0.25, seed=1)
    everything = split["train"] + split["validation"]
    assert len(everything) == 8  # 4 packages x (python + go); tests, vendored requests and serde never read
    assert not any("requests" in p.path or "tests" in p.path or "serde" in p.path for p in everything)
    assert {p.language for p in everything} == {"python", "go"}
    held = {p.package for p in split["validation"]}
    assert held and not held & {p.package for p in split["train"]}
    assert "pkgs/serde-1.0.1" in stats["dropped_packages"]
    mine.write(split, stats, tmp_path / "out")
    rows = [json.loads(line) for line in (tmp_path / "out" / "train.jsonl").read_text().splitlines()]
    assert {"query", "positive", "source", "language", "path", "kind", "package", "negatives"} <= set(rows[0])
    assert all(r["negatives"] == [] for r in rows)  # one pair per language per package: none to draw from
    saved = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert saved["sources"]["pkgs"]["pairs"] == 8 and saved["languages"]["go"]["mined"] == 4


def test_mined_set_holds_nothing_from_an_excluded_project(tmp_path):
    """The provenance scan CI runs over any mined set: no path or package of an excluded project."""
    root = tmp_path / "tree"
    (root / "github.com" / "gin-gonic" / "gin").mkdir(parents=True)
    (root / "github.com" / "gin-gonic" / "gin" / "x.go").write_text(GO)
    (root / "ok").mkdir()
    (root / "ok" / "x.go").write_text(GO.replace("Backoff", "Wait"))
    split, stats = mine.mine([mine.Source("t", root, per_package=False)], 100, 100, 0.0, 1)
    assert len(split["train"]) == 1
    mine.write(split, stats, tmp_path / "out")
    assert scan(tmp_path / "out") == {"pairs": 1, "excludedPaths": 0, "excludedUpstreams": []}
    # The scan does fail: a row smuggled in from an excluded project is found.
    with (tmp_path / "out" / "train.jsonl").open("a") as handle:
        handle.write(json.dumps({**split["train"][0].to_json(), "path": "github.com/gin-gonic/gin/x.go"}) + "\n")
    assert scan(tmp_path / "out")["excludedPaths"] == 1


def test_validation_takes_whole_packages_from_every_language_and_passes_over_a_giant():
    pairs = [
        mine.Pair(f"q {lang} {pkg} {i}", f"code {lang} {pkg} {i}", "s", lang, "p", package=f"{lang}-{pkg}")
        for lang in ("go", "php", "rust")
        for pkg in range(10)
        for i in range(10)
    ]
    pairs += [mine.Pair(f"q giant {i}", f"code giant {i}", "s", "php", "p", package="php-giant") for i in range(900)]
    split = mine.split_by_package(pairs, 0.1, seed=1)
    assert mine.split_by_package(list(reversed(pairs)), 0.1, seed=1) == split  # the order does not matter
    held = {p.package for p in split["validation"]}
    assert {p.language for p in split["validation"]} == {"go", "php", "rust"}
    assert "php-giant" not in held and not held & {p.package for p in split["train"]}
    assert 0.05 * len(pairs) < len(split["validation"]) < 0.15 * len(pairs)
