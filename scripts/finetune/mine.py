"""Miner: code-search pairs from source trees on disk (doc comment -> the code without it).

    python -m finetune.mine --out .cache/data/pairs --source stdlib=/usr/lib/python3.11 \
        --source site-packages=.venv/lib/python3.11/site-packages --source node_modules=node_modules

Python: a function's (or method's, or class's) docstring is the query, its source with the docstring
removed is the positive. JavaScript/TypeScript: a JSDoc block (`/** ... */`) right before a function,
method, class or arrow-function declaration is the query, the declaration up to its closing brace the
positive. Pairs are deduplicated (by code and by query), capped per source, split into train and a
held-back validation file, and counted in stats.json.

Any path with a component in EXCLUDED never enters the data: those projects (and their vendored
copies, e.g. pip/_vendor/requests, node_modules/express) are what the evaluation suites search.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

EXCLUDED = frozenset({"flask", "requests", "express", "got", "hugo"})
# Test suites, examples and build outputs teach little about code search and repeat a lot.
SKIPPED_DIRS = frozenset({"test", "tests", "testing", "__pycache__", "examples", "example", "docs", "site-packages-old",
                          "fixtures", "benchmarks", "idlelib", "lib2to3", "turtledemo", "dist-info"})
PY_SUFFIXES = (".py",)
JS_SUFFIXES = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")
MAX_FILE_BYTES = 400_000
MIN_QUERY_WORDS = 3
MAX_QUERY_CHARS = 300
MIN_CODE_LINES = 3
MAX_CODE_LINES = 60


@dataclass(frozen=True)
class Pair:
    query: str
    positive: str
    source: str
    language: str
    path: str

    def to_json(self) -> dict:
        return asdict(self)


def excluded(path: Path) -> bool:
    """True for any path through a folder or file named like an excluded project (vendored copies too)."""
    for part in path.parts:
        stem = part.lower()
        for suffix in (".py", ".js", ".ts", ".mjs", ".cjs"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
        if stem in EXCLUDED:
            return True
    return False


def walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if d.lower() not in SKIPPED_DIRS and not excluded(here / d)
                         and not d.startswith("."))
        for name in sorted(files):
            path = here / name
            if name.endswith((".min.js", ".d.ts", ".d.mts", ".d.cts", ".bundle.js")) or excluded(path):
                continue
            if name.endswith(PY_SUFFIXES + JS_SUFFIXES):
                yield path


def clean_query(text: str) -> str | None:
    """The summary of a doc comment: its first paragraph, without markup, one line."""
    paragraph = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]
    paragraph = re.sub(r"\{@\w+\s+([^}]*)\}", r"\1", paragraph)  # {@link Foo} -> Foo
    paragraph = re.sub(r"[`*]|:\w+:", "", paragraph)
    query = " ".join(paragraph.split())
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
    words = re.findall(r"[A-Za-z]{2,}", query)
    if len(words) < MIN_QUERY_WORDS or query.lower().startswith(("todo", "deprecated", "internal", "copyright")):
        return None
    return query


def _dedent(lines: list[str]) -> str:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:].rstrip() for line in lines).strip("\n")


def python_pairs(text: str) -> Iterator[tuple[str, str]]:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return
    lines = text.splitlines()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        doc = ast.get_docstring(node, clean=True)
        body = node.body
        if not doc or not body or not isinstance(body[0], ast.Expr):
            continue
        query = clean_query(doc)
        if not query:
            continue
        start = (node.decorator_list[0].lineno if node.decorator_list else node.lineno) - 1
        end = node.end_lineno or node.lineno
        if isinstance(node, ast.ClassDef):
            end = min(end, start + MAX_CODE_LINES)
        doc_first, doc_last = body[0].lineno - 1, (body[0].end_lineno or body[0].lineno)
        kept = lines[start:doc_first] + lines[doc_last:end]
        if sum(1 for line in kept if line.strip()) < MIN_CODE_LINES or end - start > MAX_CODE_LINES * 2:
            continue
        yield query, _dedent(kept[:MAX_CODE_LINES])


JSDOC = re.compile(r"/\*\*(?!\*)(.*?)\*/[ \t]*\n", re.S)
DECLARATION = re.compile(
    r"^\s*(export\s+)?(default\s+)?(async\s+)?(function\b|class\b|(public|private|protected|static|async|get|set|\s)*"
    r"[A-Za-z_$][\w$]*\s*(<[^>]*>)?\s*\(|(const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*(async\s*)?(function\b|\(|[A-Za-z_$][\w$]*\s*=>))")


def _jsdoc_text(block: str) -> str:
    lines = [re.sub(r"^\s*\*\s?", "", line) for line in block.splitlines()]
    kept: list[str] = []
    for line in lines:
        if line.lstrip().startswith("@"):
            break
        kept.append(line)
    return "\n".join(kept)


def _until_balanced(lines: list[str]) -> list[str] | None:
    depth, opened = 0, False
    for i, line in enumerate(lines[:MAX_CODE_LINES * 2]):
        stripped = re.sub(r"(['\"`])(?:\\.|(?!\1).)*\1", "", line)  # strings on one line
        stripped = re.sub(r"//.*$", "", stripped)
        depth += stripped.count("{") - stripped.count("}")
        opened = opened or "{" in stripped
        if opened and depth <= 0:
            return lines[: i + 1]
        if not opened and i == 0 and stripped.rstrip().endswith(";"):
            return None  # an overload or declaration without a body
    return None


def script_pairs(text: str) -> Iterator[tuple[str, str]]:
    for match in JSDOC.finditer(text):
        query = clean_query(_jsdoc_text(match.group(1)))
        if not query:
            continue
        rest = text[match.end():].splitlines()
        if not rest or not DECLARATION.match(rest[0]):
            continue
        code = _until_balanced(rest)
        if not code or sum(1 for line in code if line.strip()) < MIN_CODE_LINES:
            continue
        yield query, _dedent(code[:MAX_CODE_LINES])


def mine_tree(name: str, root: Path) -> Iterator[Pair]:
    for path in walk(root):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        language = "python" if path.suffix in PY_SUFFIXES else "javascript"
        found = python_pairs(text) if language == "python" else script_pairs(text)
        relative = path.relative_to(root).as_posix()
        for query, code in found:
            yield Pair(query, code, name, language, relative)


def _key(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()


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


def mine(sources: list[tuple[str, Path]], cap_per_source: int, validation: float, seed: int):
    rng = random.Random(seed)
    stats: dict = {"sources": {}, "excluded": sorted(EXCLUDED)}
    everything: list[Pair] = []
    for name, root in sources:
        found = dedupe(list(mine_tree(name, root)))
        rng.shuffle(found)
        kept = found[:cap_per_source]
        stats["sources"][name] = {"root": root.name, "mined": len(found), "kept": len(kept),
                                  "languages": dict(Counter(p.language for p in kept))}
        print(f"mine: {name}: {len(found)} pairs, kept {len(kept)}", file=sys.stderr, flush=True)
        everything.extend(kept)
    everything = dedupe(everything)
    rng.shuffle(everything)
    held = int(round(len(everything) * validation))
    split = {"validation": everything[:held], "train": everything[held:]}
    stats["train"], stats["validation"] = len(split["train"]), len(split["validation"])
    return split, stats


def write(split: dict[str, list[Pair]], stats: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for part, pairs in split.items():
        with (out / f"{part}.jsonl").open("w") as handle:
            for pair in pairs:
                handle.write(json.dumps(pair.to_json()) + "\n")
    (out / "stats.json").write_text(json.dumps(stats, indent=2) + "\n")


def _source(text: str) -> tuple[str, Path]:
    name, _, root = text.partition("=")
    if not root:
        raise argparse.ArgumentTypeError("--source must be NAME=DIR")
    return name, Path(root)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m finetune.mine", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", action="append", type=_source, required=True, help="NAME=DIR, repeatable")
    parser.add_argument("--out", type=Path, required=True, help="folder for train.jsonl, validation.jsonl, stats.json")
    parser.add_argument("--cap-per-source", type=int, default=20_000)
    parser.add_argument("--validation", type=float, default=0.05, help="share held back (default 0.05)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    for name, root in args.source:
        if not root.is_dir():
            parser.error(f"--source {name}: {root} is not a directory")
    split, stats = mine(args.source, args.cap_per_source, args.validation, args.seed)
    write(split, stats, args.out)
    print(f"mine: {stats['train']} train, {stats['validation']} validation -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
