"""Pooling and cutting to a Size, as the runtime does it (the graphs stop at hidden states)."""

from __future__ import annotations

import numpy as np


def pool(hidden: np.ndarray, attention_mask: np.ndarray, pooling: str) -> np.ndarray:
    """[batch, seq, hidden] -> [batch, hidden]."""
    if pooling == "cls":
        return hidden[:, 0, :]
    if pooling == "mean":
        weights = attention_mask[:, :, None].astype(hidden.dtype)
        return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    raise ValueError(f"unknown pooling {pooling!r}")


def cut(pooled: np.ndarray, dim: int, similarity: str) -> np.ndarray:
    """The first `dim` values (the dims nest inside a layer), normalised when compared by cosine."""
    vectors = pooled[:, :dim]
    if similarity == "cosine":
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return vectors


def cosine_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise 1 - cos(a, b), in float64 so the comparison adds no error of its own."""
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    cos = (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return 1.0 - cos
