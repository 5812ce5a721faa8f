"""Rung 0 in a bundle: a static token table (vocab x dim, float32 from finetune.static) stored as int8 rows.

File layout (`static-<dim>.bin`, what src/core/model/staticTable.ts reads): vocab*dim int8 values, row
after row, then vocab float32 scales, little-endian. Row i is int8_row * scale[i], with the scale set
so the row's largest magnitude maps to 127. A text's vector is the unit-length sum of its tokens' rows
(special tokens left out), so int8 costs only what it does to each row: parity reports it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def rows_needed(tokenizer) -> int:
    """One row per token id, holes included: the largest id plus one."""
    return max(tokenizer.get_vocab(with_added_tokens=True).values()) + 1


def quantize(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    table = np.asarray(table, dtype=np.float32)
    scales = np.abs(table).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    rows = np.clip(np.rint(table / scales[:, None]), -127, 127).astype(np.int8)
    return rows, scales.astype("<f4")


def write(table: np.ndarray, folder: Path) -> dict:
    """Writes the int8 table and returns the manifest's "static" entry."""
    rows, scales = quantize(table)
    name = f"static-{table.shape[1]}.bin"
    with (folder / name).open("wb") as handle:
        handle.write(rows.tobytes(order="C"))
        handle.write(scales.tobytes())
    return {"file": name, "dim": int(table.shape[1]), "vocabSize": int(table.shape[0])}


def read(path: Path, vocab: int, dim: int) -> np.ndarray:
    raw = path.read_bytes()
    rows = np.frombuffer(raw[: vocab * dim], dtype=np.int8).reshape(vocab, dim).astype(np.float32)
    scales = np.frombuffer(raw[vocab * dim :], dtype="<f4")
    return rows * scales[:, None]


def embed(table: np.ndarray, ids: list[int], special: set[int], dim: int | None = None) -> np.ndarray:
    # As the runtime does: special tokens count only when they are all there is (an empty text).
    kept = [i for i in ids if i not in special and 0 <= i < len(table)] or [i for i in ids if 0 <= i < len(table)]
    vector = table[kept, : dim or table.shape[1]].sum(axis=0) if kept else np.zeros(dim or table.shape[1], np.float32)
    norm = np.linalg.norm(vector)
    return vector / norm if norm > 0 else vector


def parity(table: np.ndarray, stored: np.ndarray, token_ids: list[list[int]], special: set[int]) -> float:
    """Largest cosine distance between a text's vector from the float table and from the int8 one."""
    worst = 0.0
    for ids in token_ids:
        a, b = embed(table, ids, special), embed(stored, ids, special)
        if not a.any() and not b.any():
            continue  # no row to sum (an empty text whose special tokens have zero rows): nothing to compare
        worst = max(worst, 1.0 - float(a @ b))
    return worst


CARD_HEADING = "## Rung 0: the static table"


def card_section(entry: dict, name: str, dim: int, record: dict | None) -> str:
    lines = [
        CARD_HEADING,
        "",
        f"Size `{name}` (layer 0, {dim} of {entry['dim']} dims) embeds a text as the unit-length mean of its",
        f"tokens' rows in `{entry['file']}` ({entry['vocabSize']} x {entry['dim']}, int8 rows with one scale",
        f"each; int8 max cosine distance {entry['int8MaxCosineDistance']}). No network runs, so it indexes",
        "thousands of chunks a second and lets the planner make a first index at once, then deepen.",
    ]
    if record:
        lines += [
            "",
            f"Distilled from `{record.get('checkpoint')}` with model2vec (PCA to {record.get('dims', [dim])[-1]} dims, "
            f"SIF weights), then fine-tuned {record.get('steps')} steps of {record.get('batchSize')} pairs "
            f"({record.get('trainPairs')} mined pairs, in-batch and BM25 hard negatives, Matryoshka prefixes "
            f"{record.get('dims')}) in {record.get('seconds')} s on a CPU (`python -m finetune.static`).",
            "Validation MRR@10 (held-back mined pairs, 500 per pool) by prefix, before and after tuning:",
            "",
            "| dims | before | after |",
            "| ---: | ---: | ---: |",
        ]
        for width in record.get("dims", []):
            key = str(width)
            lines.append(
                f"| {width} | {record['before'].get(key, record['before'].get(width))} | "
                f"{record['after'].get(key, record['after'].get(width))} |"
            )
    return "\n".join(lines) + "\n"


def add_to_bundle(
    folder: Path, table: np.ndarray, name: str, dim: int | None = None, record: dict | None = None
) -> dict:
    """Puts rung 0 into an exported bundle in place: the table file, the size first on the ladder, the
    manifest's "static" entry and hashes. The network segments are left as they are."""
    from tokenizers import Tokenizer

    from .bundle import file_hashes, read_manifest, verify, write_manifest
    from .parity import parity_texts

    manifest = read_manifest(folder)
    tokenizer = Tokenizer.from_file(str(folder / manifest["tokenizer"]))
    if table.shape[0] != rows_needed(tokenizer):
        raise ValueError(
            f"the table has {table.shape[0]} rows; the bundle's tokenizer ids need {rows_needed(tokenizer)}"
        )
    dim = dim or table.shape[1]
    if not 1 <= dim <= table.shape[1]:
        raise ValueError(f"dim {dim} must be within 1..{table.shape[1]}")
    old = manifest.get("static")
    if old:
        (folder / old["file"]).unlink(missing_ok=True)
    entry = write(table, folder)
    stored = read(folder / entry["file"], *table.shape)
    special = {i for i, token in tokenizer.get_added_tokens_decoder().items() if token.special}
    ids = [tokenizer.encode(t).ids for t in parity_texts(manifest["queryPrefix"], manifest["documentPrefix"])]
    entry["int8MaxCosineDistance"] = float(f"{parity(table, stored, ids, special):.3g}")
    manifest["static"] = entry
    manifest["ladder"] = [{"name": name, "layer": 0, "dim": dim}] + [s for s in manifest["ladder"] if s["layer"] > 0]
    card = folder / "MODEL_CARD.md"
    if card.exists():
        text = card.read_text()
        text = text.split("\n" + CARD_HEADING)[0].rstrip("\n") + "\n\n"
        card.write_text(text + card_section(entry, name, dim, record))
    manifest["files"] = file_hashes(folder)
    write_manifest(folder, manifest)
    return verify(folder)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m barista_model.static_rung",
        description="Adds (or replaces) rung 0, a static table, in an exported bundle.",
    )
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--table", type=Path, required=True, help=".npy, vocab x dim, from finetune.static")
    parser.add_argument("--name", default="shot", help="the size's name on the ladder (default: shot)")
    parser.add_argument("--dim", type=int, help="dims the size uses (default: the table's width)")
    parser.add_argument("--record", type=Path, help="static.json of the tuning run, for the model card")
    args = parser.parse_args(argv)
    import json

    record = json.loads(args.record.read_text()) if args.record else None
    manifest = add_to_bundle(args.bundle, np.load(args.table), args.name, args.dim, record)
    print(
        f"static_rung: {manifest['static']['file']} in {args.bundle} "
        f"(int8 max cosine distance {manifest['static']['int8MaxCosineDistance']})"
    )


if __name__ == "__main__":
    main()
