"""Miner: code-search pairs in many languages from source trees on disk.

    python -m finetune.mine --out .cache/data/pairs \\
        --tree stdlib=/usr/lib/python3.11 --packages site-packages=.venv/lib/python3.11/site-packages \\
        --packages debian-go=CORPORA/go --packages debian-rust=CORPORA/rust ...

`--tree NAME=DIR` is one package; `--packages NAME=DIR` makes every folder in DIR a package (npm scopes
too). Each documented definition or docs section (see extract.py) gives one pair of one kind, chosen by a
hash of its code so that a re-run gives the same data:
- `doc`: the doc comment's summary -> the code without the comment;
- `question`: the summary as a question ("how to parse ...", "where do we retry ...") -> the code as a
  chunk shows it, comment included;
- `symbol`: the defined name -> the definition as a chunk shows it;
- `heading`: a Markdown heading -> its section.
Every pair gets one hard negative: the best BM25 match for its query among the other positives of the same
package and language (negatives.py). Pairs are deduplicated by code and by query, capped per package and
per language, split into train and validation (by package, so no package is on both sides) and counted
in stats.json with the provenance of every package.

Nothing from an excluded project (provenance.py, excluded.json) enters the data, at any depth.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import extract
from .negatives import add_negatives
from .provenance import exclusions, upstreams

# Test suites, examples, fixtures, vendored copies and build outputs teach little and repeat a lot.
SKIPPED_DIRS = frozenset(
    {
        "test",
        "tests",
        "testing",
        "testdata",
        "__tests__",
        "spec",
        "specs",
        "__pycache__",
        "examples",
        "example",
        "fixtures",
        "benchmarks",
        "bench",
        "idlelib",
        "lib2to3",
        "turtledemo",
        "dist-info",
        "vendor",
        "vendored",
        "_vendor",
        "third_party",
        "thirdparty",
        "node_modules",
        "site-packages",
        "dist-packages",
        "debian",
        "build",
        "dist",
        "out",
        "target",
        "generated",
    }
)
DOCS_DIRS = frozenset({"docs", "doc", "documentation"})  # read for Markdown only
SKIPPED_SUFFIXES = (
    ".min.js",
    ".d.ts",
    ".d.mts",
    ".d.cts",
    ".bundle.js",
    "_test.go",
    "Test.java",
    "Tests.cs",
    "_spec.rb",
    ".test.ts",
    ".spec.ts",
    ".test.js",
    ".spec.js",
)
MAX_FILE_BYTES = 400_000
SYMBOL_SHARE = 0.15
QUESTION_SHARE = 0.25
GENERIC_NAMES = frozenset(
    {
        "main",
        "init",
        "new",
        "get",
        "set",
        "run",
        "string",
        "tostring",
        "equals",
        "hashcode",
        "clone",
        "close",
        "default",
        "from",
        "into",
        "drop",
        "fmt",
        "next",
        "call",
        "apply",
        "constructor",
        "create",
        "build",
        "value",
        "values",
        "size",
        "len",
        "clear",
        "reset",
    }
)


@dataclass(frozen=True)
class Pair:
    query: str
    positive: str
    source: str
    language: str
    path: str
    kind: str = "doc"
    package: str = ""
    negatives: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        row = asdict(self)
        row["negatives"] = list(self.negatives)
        return row


def excluded(path: Path) -> bool:
    return exclusions().path_excluded(path)


def walk(root: Path) -> Iterator[tuple[Path, str]]:
    """(file, language) under root, skipping tests, vendored copies and excluded projects."""
    for folder, dirs, files in os.walk(root, followlinks=True):
        here = Path(folder)
        in_docs = any(part.lower() in DOCS_DIRS for part in here.relative_to(root).parts)
        dirs[:] = sorted(
            d
            for d in dirs
            if d.lower() not in SKIPPED_DIRS and not d.startswith(".") and not excluded(here.relative_to(root) / d)
        )
        for name in sorted(files):
            language = extract.language_of(name)
            if not language or name.endswith(SKIPPED_SUFFIXES) or (in_docs and language != "markdown"):
                continue
            path = here / name
            if not excluded(path.relative_to(root)):
                yield path, language


def _key(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()


def _share(text: str) -> float:
    return int(_key(text)[:8], 16) / 0xFFFFFFFF


THIRD_PERSON = re.compile(r"^([A-Z][a-z]+?)(ies|es|s)\b\s+(.+)$")
QUESTION_OPENERS = ("how to", "where do we", "code that", "how do I")


def as_question(summary: str, code: str) -> str | None:
    """'Returns the parsed header.' -> 'how to return the parsed header' (None unless it opens with a verb)."""
    found = THIRD_PERSON.match(summary.rstrip("."))
    if not found or found.group(1).lower() in ("thi", "i", "ha", "wa", "it", "doe", "a"):
        return None
    stem, ending, rest = found.groups()
    verb = stem.lower() + (
        "y"
        if ending == "ies"
        else "e"
        if ending == "es" and not stem.endswith(("ss", "sh", "ch", "x", "z", "o"))
        else ""
    )
    opener = QUESTION_OPENERS[int(_key(code)[8:10], 16) % len(QUESTION_OPENERS)]
    if opener == "code that":
        return f"code that {stem.lower()}{ending} {rest}"
    return f"{opener} {verb} {rest[:1].lower() + rest[1:]}"


def pair_of(item: extract.Item, language: str) -> tuple[str, str, str]:
    """(kind, query, positive) for an item: one kind per item, chosen by a hash of its code."""
    if language == "markdown":
        return "heading", item.summary, item.documented
    share = _share(item.code)
    if share < SYMBOL_SHARE and len(item.name) >= 4 and item.name.lower() not in GENERIC_NAMES:
        return "symbol", item.name, item.documented
    if share < SYMBOL_SHARE + QUESTION_SHARE:
        question = as_question(item.summary, item.code)
        if question:
            return "question", question, item.documented
    return "doc", item.summary, item.code


def mine_package(source: str, package: str, root: Path) -> Iterator[Pair]:
    for path, language in walk(root):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        relative = f"{package}/{path.relative_to(root).as_posix()}" if package else path.relative_to(root).as_posix()
        for item in extract.items(text, language):
            kind, query, positive = pair_of(item, language)
            yield Pair(query, positive, source, language, relative, kind, package or source)


def dedupe(pairs: list[Pair]) -> list[Pair]:
    """One pair per code and per query: the same docstring on many overloads or copies is one example."""
    seen_code: set[str] = set()
    seen_query: set[str] = set()
    kept = []
    for pair in pairs:
        code, query = _key(pair.positive), _key(pair.query)
        if code in seen_code or query in seen_query:
            continue
        seen_code.add(code)
        seen_query.add(query)
        kept.append(pair)
    return kept


def packages_in(folder: Path) -> Iterator[tuple[str, Path]]:
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or child.name.startswith("."):
            continue
        if child.name.startswith("@"):  # npm scope
            yield from ((f"{child.name}/{c.name}", c) for c in sorted(child.iterdir()) if c.is_dir())
        else:
            yield child.name, child


@dataclass
class Source:
    name: str
    root: Path
    per_package: bool  # every folder in root is a package


def mine(
    sources: list[Source], cap_per_package: int, cap_per_language: int, validation: float, seed: int, negatives: int = 1
):
    rng = random.Random(seed)
    rules = exclusions()
    stats: dict = {"sources": {}, "packages": {}, "dropped_packages": {}, "excluded_projects": sorted(rules.names)}
    by_language: dict[str, list[Pair]] = defaultdict(list)
    for source in sources:
        units = packages_in(source.root) if source.per_package else [("", source.root)]
        mined = 0
        for package, root in units:
            label = f"{source.name}/{package}" if package else source.name
            found_upstreams = upstreams(root)
            if rules.upstream_excluded(found_upstreams) or (package and excluded(Path(package))):
                stats["dropped_packages"][label] = sorted(found_upstreams) or ["named like an excluded project"]
                continue
            found = dedupe(list(mine_package(source.name, label if package else "", root)))
            rng.shuffle(found)
            kept = add_negatives(found[:cap_per_package], negatives)
            stats["packages"][label] = {
                "upstream": sorted(found_upstreams),
                "pairs": len(kept),
                "languages": dict(Counter(p.language for p in kept)),
            }
            for pair in kept:
                by_language[pair.language].append(pair)
            mined += len(kept)
        stats["sources"][source.name] = {"root": source.root.name, "pairs": mined}
        print(f"mine: {source.name}: {mined} pairs", file=sys.stderr, flush=True)
    everything: list[Pair] = []
    stats["languages"] = {}
    for language in sorted(by_language):
        pairs = dedupe(by_language[language])
        rng.shuffle(pairs)
        everything.extend(pairs[:cap_per_language])
        stats["languages"][language] = {
            "mined": len(pairs),
            "kept": min(len(pairs), cap_per_language),
            "kinds": dict(Counter(p.kind for p in pairs[:cap_per_language])),
        }
    everything = dedupe(everything)
    split = split_by_package(everything, validation, seed)
    stats["train"], stats["validation"] = len(split["train"]), len(split["validation"])
    stats["validationLanguages"] = dict(Counter(p.language for p in split["validation"]))
    return split, stats


def split_by_package(pairs: list[Pair], validation: float, seed: int) -> dict[str, list[Pair]]:
    """Whole packages go to validation, language by language, until each language holds its share there:
    no package is on both sides, and every language is validated. A package larger than twice what its
    language still needs is passed over (one big package must not become the whole validation set).
    The result depends on the set of pairs and the seed only, not on their order (so --resplit of a mined
    folder gives what a fresh run gives)."""
    rng = random.Random(seed)
    pairs = sorted(pairs, key=lambda p: (p.package, _key(p.query), _key(p.positive)))
    by_package: dict[str, Counter] = defaultdict(Counter)
    for p in pairs:
        by_package[p.package][p.language] += 1
    per_language = Counter(p.language for p in pairs)
    held_count: Counter = Counter()
    held: set[str] = set()
    packages = sorted(by_package)
    rng.shuffle(packages)
    for language in sorted(per_language):
        target = round(per_language[language] * validation)
        for package in packages:
            need = target - held_count[language]
            if need <= 0:
                break
            own, total = by_package[package][language], sum(by_package[package].values())
            if package in held or own == 0 or total > max(need, 1) * 2:
                continue
            held.add(package)
            held_count.update(by_package[package])
    split = {
        "validation": [p for p in pairs if p.package in held],
        "train": [p for p in pairs if p.package not in held],
    }
    rng.shuffle(split["train"])
    rng.shuffle(split["validation"])
    return split


def resplit(folder: Path, validation: float, seed: int) -> dict:
    """Splits a mined folder's pairs again (train and validation together) with this version's rule."""
    pairs = [
        Pair(**{**row, "negatives": tuple(row.get("negatives", ()))})
        for part in ("train", "validation")
        for row in map(json.loads, (folder / f"{part}.jsonl").open())
    ]
    split = split_by_package(pairs, validation, seed)
    stats = json.loads((folder / "stats.json").read_text())
    stats["train"], stats["validation"] = len(split["train"]), len(split["validation"])
    stats["validationLanguages"] = dict(Counter(p.language for p in split["validation"]))
    write(split, stats, folder)
    return stats


def write(split: dict[str, list[Pair]], stats: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for part, pairs in split.items():
        with (out / f"{part}.jsonl").open("w") as handle:
            for pair in pairs:
                handle.write(json.dumps(pair.to_json()) + "\n")
    (out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")


def _source(per_package: bool):
    def parse(text: str) -> Source:
        name, _, root = text.partition("=")
        if not root:
            raise argparse.ArgumentTypeError("expected NAME=DIR")
        return Source(name, Path(root), per_package)

    return parse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.mine", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--tree",
        "--source",
        dest="sources",
        action="append",
        type=_source(False),
        default=[],
        help="NAME=DIR: one package, repeatable",
    )
    parser.add_argument(
        "--packages",
        dest="sources",
        action="append",
        type=_source(True),
        help="NAME=DIR: every folder in DIR is a package, repeatable",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder for train.jsonl, validation.jsonl, stats.json")
    parser.add_argument("--resplit", action="store_true", help="only split the pairs already in --out again")
    parser.add_argument("--cap-per-package", type=int, default=3_000)
    parser.add_argument("--cap-per-language", type=int, default=25_000)
    parser.add_argument("--validation", type=float, default=0.03, help="share held back (default 0.03)")
    parser.add_argument("--negatives", type=int, default=1, help="BM25 hard negatives per pair (default 1)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    if args.resplit:
        stats = resplit(args.out, args.validation, args.seed)
        print(f"mine: {stats['train']} train, {stats['validation']} validation -> {args.out}", file=sys.stderr)
        return
    if not args.sources:
        parser.error("give at least one --tree or --packages")
    for source in args.sources:
        if not source.root.is_dir():
            parser.error(f"{source.name}: {source.root} is not a directory")
    split, stats = mine(
        args.sources, args.cap_per_package, args.cap_per_language, args.validation, args.seed, args.negatives
    )
    write(split, stats, args.out)
    print(f"mine: {stats['train']} train, {stats['validation']} validation -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
