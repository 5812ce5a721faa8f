"""Rung 0 in a bundle: a static token table (vocab x dim, float32 from finetune.static) stored as int8 rows.

File layout (`static-<dim>.bin`, what src/core/model/staticTable.ts reads): vocab*dim int8 values, row
after row, then vocab float32 scales, little-endian. Row i is int8_row * scale[i], with the scale set
so the row's largest magnitude maps to 127. A text's vector is the unit-length sum of its tokens' rows
(special tokens left out), so int8 costs only what it does to each row: parity reports it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


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
    scales = np.frombuffer(raw[vocab * dim:], dtype="<f4")
    return rows * scales[:, None]


def embed(table: np.ndarray, ids: list[int], special: set[int], dim: int | None = None) -> np.ndarray:
    kept = [i for i in ids if i not in special and 0 <= i < len(table)]
    vector = table[kept, : dim or table.shape[1]].sum(axis=0) if kept else np.zeros(dim or table.shape[1], np.float32)
    norm = np.linalg.norm(vector)
    return vector / norm if norm > 0 else vector


def parity(table: np.ndarray, stored: np.ndarray, token_ids: list[list[int]], special: set[int]) -> float:
    """Largest cosine distance between a text's vector from the float table and from the int8 one."""
    worst = 0.0
    for ids in token_ids:
        a, b = embed(table, ids, special), embed(stored, ids, special)
        worst = max(worst, 1.0 - float(a @ b))
    return worst
