"""Where a package comes from, and the projects that must never enter training data.

`excluded.json` lists every repository of semble's benchmark (`benchmarks/repos.json`) and the projects of
the file-level suites. A package is dropped when its upstream (read from its own metadata: Debian's
debian/control and debian/copyright, Cargo.toml, package.json, a gemspec, PKG-INFO/METADATA, composer.json,
or a Go import path) is one of them, or when any folder on a file's path is named after one of them,
which also catches vendored copies (pip/_vendor/requests, third_party/abseil-cpp, bundled/fmt).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

EXCLUDED_FILE = Path(__file__).with_name("excluded.json")
URL = re.compile(
    r"(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)/([\w.-]+?)(?:\.git)?(?=[/\s\"'#)>]|$)", re.IGNORECASE
)
METADATA_FILES = (
    "debian/control",
    "debian/copyright",
    "debian/watch",
    "debian/upstream/metadata",
    "Cargo.toml",
    "package.json",
    "composer.json",
    "PKG-INFO",
    "METADATA",
    "pyproject.toml",
    "setup.cfg",
    "pom.xml",
)
# Extensions that make a file name spell a project ("requests.py", "got.js").
NAME_SUFFIXES = (".py", ".js", ".ts", ".mjs", ".cjs", ".rb", ".go", ".rs", ".php", ".java", ".kt", ".cs", ".h", ".hpp")


# Repository names too common to drop every folder so named (nlohmann/json, laravel/framework): those two
# are caught by their upstream and by the distinctive names below.
GENERIC_REPOSITORY_NAMES = frozenset({"json", "framework"})


@dataclass(frozen=True)
class Exclusions:
    names: frozenset[str]  # folder or file names (lower case, version and extension dropped)
    repositories: frozenset[str]  # owner/name, lower case

    def path_excluded(self, path: Path) -> bool:
        """True for any path through a folder or file named like an excluded project (vendored copies too)."""
        return any(_bare_name(part) in self.names for part in path.parts)

    def upstream_excluded(self, upstreams: set[str]) -> bool:
        return any(u.lower() in self.repositories for u in upstreams)


def _bare_name(part: str) -> str:
    stem = part.lower()
    for suffix in NAME_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    # Debian and registry folders carry a version: serde-1.0.152, rack-3.0.0, gin@v1.9.0.
    return re.sub(r"[-_@]v?\d[\w.+~-]*$", "", stem)


@lru_cache(maxsize=1)
def exclusions() -> Exclusions:
    projects = json.loads(EXCLUDED_FILE.read_text())["projects"]
    names: set[str] = set()
    repositories: set[str] = set()
    for project in projects:
        owner, repo = project["repository"].lower().split("/")
        repositories.add(f"{owner}/{repo}")
        names.add(project["name"].lower())
        if repo not in GENERIC_REPOSITORY_NAMES:
            names.update({repo, repo.replace(".", "-")})
    # Distinctive folder names of the same projects (their include roots and crate or package names).
    names.update(
        {
            "nlohmann",
            "absl",
            "abseil",
            "libuv",
            "illuminate",
            "laravel",
            "monolog",
            "guzzlehttp",
            "kotlinx-coroutines-core",
            "messagepack",
            "newtonsoft",
            "serde_derive",
            "serde_core",
            "tokio-util",
            "tokio-stream",
            "tokio-macros",
            "axum-core",
            "axum-macros",
            "jackson",
        }
    )
    return Exclusions(frozenset(names), frozenset(repositories))


def upstreams(package: Path) -> set[str]:
    """owner/name of the repositories a package's own metadata points at (lower case)."""
    found: set[str] = set()
    for name in METADATA_FILES:
        for candidate in (package / name, *package.glob(f"*/{name}")) if "/" not in name else (package / name,):
            try:
                text = candidate.read_text(errors="replace")[:200_000]
            except OSError:
                continue
            found.update(f"{o}/{r}".lower() for o, r in URL.findall(text))
    for spec in package.glob("*.gemspec"):
        found.update(f"{o}/{r}".lower() for o, r in URL.findall(spec.read_text(errors="replace")))
    # A Go module's import path is its upstream: .../src/github.com/owner/name.
    parts = package.resolve().parts
    for i, part in enumerate(parts[:-2]):
        if part in ("github.com", "gitlab.com"):
            found.add(f"{parts[i + 1]}/{parts[i + 2]}".lower())
    return found


def scan(folder: Path) -> dict:
    """The provenance check of a mined folder: pairs whose path or package is an excluded project's, and
    packages whose recorded upstream is an excluded repository. All counts must be 0."""
    rules = exclusions()
    pairs = flagged = 0
    for part in ("train", "validation"):
        with (folder / f"{part}.jsonl").open() as handle:
            for line in handle:
                row = json.loads(line)
                pairs += 1
                flagged += rules.path_excluded(Path(row["path"])) or rules.path_excluded(Path(row.get("package", "")))
    stats = json.loads((folder / "stats.json").read_text())
    upstream = [name for name, p in stats.get("packages", {}).items() if rules.upstream_excluded(set(p["upstream"]))]
    return {"pairs": pairs, "excludedPaths": flagged, "excludedUpstreams": upstream}


def main(argv: list[str] | None = None) -> None:
    import argparse
    import sys

    parser = argparse.ArgumentParser(
        prog="python -m finetune.provenance",
        description="Checks a mined folder holds nothing from an excluded project.",
    )
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    found = scan(args.folder)
    print(json.dumps(found))
    if found["excludedPaths"] or found["excludedUpstreams"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
