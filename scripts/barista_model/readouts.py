"""Layer readouts in a bundle: a (hidden + 1) x hidden float32 matrix per layer, from finetune.readout.

File layout (`readout-LL.bin`, what src/core/model/readout.ts reads): W's hidden rows, then the bias row,
float32 little-endian. A layer with a readout embeds as cut(pool(hidden) @ W + b, dim); layers without
one keep the plain prefix cut(pool(hidden), dim).

    python -m barista_model.readouts --bundle B --run RUN/readout [--layers 1,2,3]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

CARD_HEADING = "## Layer readouts"


def file_name(layer: int) -> str:
    return f"readout-{layer:02d}.bin"


def read(path: Path, hidden: int) -> np.ndarray:
    values = np.frombuffer(path.read_bytes(), dtype="<f4")
    if values.size != (hidden + 1) * hidden:
        raise ValueError(
            f"{path} holds {values.size} values; a readout of a {hidden}-wide layer needs {(hidden + 1) * hidden}"
        )
    return values.reshape(hidden + 1, hidden)


def apply(pooled: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """[batch, hidden] pooled states -> [batch, hidden] readout values (cut and normalise after)."""
    return pooled @ matrix[:-1] + matrix[-1]


def card_section(record: dict | None, layers: list[int]) -> str:
    lines = [
        CARD_HEADING,
        "",
        f"Layers {', '.join(map(str, layers))} embed through a learned linear readout of their pooled state "
        "(`finetune.readout`: network frozen, matrix trained on the mined pairs, every prefix a Matryoshka dim); "
        "the other layers keep the plain prefix.",
    ]
    if record:
        lines += [
            "",
            "Validation MRR@10 (held-back mined pairs, pools of 500), plain prefix -> readout:",
            "",
            "| layer | " + " | ".join(f"{d} dims" for d in record["dims"]) + " |",
            "| --- | " + " | ".join("---:" for _ in record["dims"]) + " |",
        ]
        for layer in layers:
            entry = record["layers"].get(str(layer))
            if entry:
                cells = [f"{entry['before'][str(d)]:.3f} -> {entry['after'][str(d)]:.3f}" for d in record["dims"]]
                lines.append(f"| {layer} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def add_to_bundle(folder: Path, run: Path, layers: list[int] | None = None, notes: str = "") -> dict:
    """Puts the readouts of a finetune.readout run into a bundle in place (replacing any it has)."""
    from .bundle import file_hashes, read_manifest, verify, write_manifest

    manifest = read_manifest(folder)
    hidden = manifest["hiddenSize"]
    boundaries = {s["toLayer"] for s in manifest["segments"]}
    available = sorted(int(p.stem.split("-")[1]) for p in run.glob("readout-*.npy"))
    layers = layers or available
    for old in manifest.get("readouts", []):
        (folder / old["file"]).unlink(missing_ok=True)
    entries = []
    for layer in layers:
        if layer not in boundaries:
            raise ValueError(f"layer {layer} is not a segment boundary of {folder}")
        matrix = np.load(run / f"readout-{layer:02d}.npy").astype("<f4")
        if matrix.shape != (hidden + 1, hidden):
            raise ValueError(f"readout of layer {layer} is {matrix.shape}; the bundle needs {(hidden + 1, hidden)}")
        (folder / file_name(layer)).write_bytes(matrix.tobytes(order="C"))
        entries.append({"layer": layer, "file": file_name(layer)})
    manifest["readouts"] = entries
    record_path = run / "readout.json"
    record = json.loads(record_path.read_text()) if record_path.exists() else None
    card = folder / "MODEL_CARD.md"
    if card.exists():
        text = card.read_text().split("\n" + CARD_HEADING)[0].rstrip("\n") + "\n\n"
        card.write_text(text + card_section(record, layers) + (f"\n{notes.strip()}\n" if notes.strip() else ""))
    manifest["files"] = file_hashes(folder)
    write_manifest(folder, manifest)
    return verify(folder)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m barista_model.readouts", description="Adds layer readouts to a bundle."
    )
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--run", type=Path, required=True, help="a finetune.readout output folder")
    parser.add_argument("--layers", help="comma-separated layers (default: every readout in the run)")
    parser.add_argument("--notes", type=Path, help="Markdown put under the card's readout section (e.g. suite results)")
    args = parser.parse_args(argv)
    layers = [int(x) for x in args.layers.split(",")] if args.layers else None
    notes = args.notes.read_text() if args.notes else ""
    manifest = add_to_bundle(args.bundle, args.run, layers, notes)
    print(f"readouts: layers {[r['layer'] for r in manifest['readouts']]} in {args.bundle}")


if __name__ == "__main__":
    main()
