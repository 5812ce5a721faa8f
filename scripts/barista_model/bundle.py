"""A Bundle on disk: manifest.json, its files and their sha256; and verify() to check one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

FORMAT_VERSION = 1
MANIFEST = "manifest.json"


class BundleError(ValueError):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file in the bundle but the manifest, which cannot hold its own hash."""
    return {path.name: sha256_of(path) for path in sorted(folder.iterdir()) if path.is_file() and path.name != MANIFEST}


def write_manifest(folder: Path, manifest: dict) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise BundleError(f"{path} is missing: {folder} is not a model bundle")
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as error:
        raise BundleError(f"{path} is not valid JSON: {error}") from error


def verify(folder: str | Path) -> dict:
    """Checks that every file the manifest names is there with its recorded sha256; returns the manifest.

    Raises BundleError naming the first file that is missing, unlisted or altered.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    if manifest.get("formatVersion") != FORMAT_VERSION:
        raise BundleError(
            f"{folder / MANIFEST}: formatVersion {manifest.get('formatVersion')!r}, this reader knows {FORMAT_VERSION}"
        )
    files: dict[str, str] = manifest.get("files") or {}
    needed = [segment["file"] for segment in manifest.get("segments", [])] + [manifest.get("tokenizer")]
    for name in needed:
        if name not in files:
            raise BundleError(f"{name}: used by the bundle in {folder} but has no sha256 in its manifest")
    for name, expected in files.items():
        path = folder / name
        if not path.is_file():
            raise BundleError(f"{name}: listed in {folder / MANIFEST} but missing; re-export the bundle")
        actual = sha256_of(path)
        if actual != expected:
            raise BundleError(
                f"{name}: sha256 {actual} does not match the manifest's {expected}; "
                f"the file in {folder} was altered or damaged; re-export the bundle"
            )
    return manifest
