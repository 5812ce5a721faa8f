"""The parity check: the ONNX chain must give PyTorch's vectors at every ladder size.

Reference: the checkpoint in PyTorch (HF output_hidden_states), pooled at each ladder layer and
cut to that size's dim. Candidate: the exported segments run with ONNX Runtime on the CPU.
Both see the same token ids, so this checks the graphs, not the tokenizer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer

from .encoder import Chain, tokenize
from .ladder import Ladder
from .pooling import cosine_distance, cut, pool
from .segments import Segment

FP32_TOLERANCE = 1e-4
# Per-channel int8 measured on all-MiniLM-L6-v2: worst text at any layer 0.023, mean 0.003-0.010.
# About twice that, so a sound export passes and a broken quantization does not (one scale per
# tensor instead of per channel reached 0.23).
INT8_TOLERANCE = 0.05

BATCH = 8

# Varied on purpose: code and prose, one word to past max tokens, so that padding, truncation
# and the long positions are all exercised. Texts marked as queries get the query prefix.
TEXTS: tuple[tuple[str, bool], ...] = (
    ("how do I read a file line by line in python", True),
    (
        "def read_lines(path):\n    with open(path, encoding='utf-8') as f:\n        return [line.rstrip('\\n') for line in f]",
        False,
    ),
    (
        "export function debounce<T extends (...args: unknown[]) => void>(fn: T, ms: number): T {\n"
        "  let timer: ReturnType<typeof setTimeout> | undefined;\n"
        "  return ((...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); }) as T;\n}",
        False,
    ),
    ("x", False),
    (
        "SELECT user_id, COUNT(*) AS orders FROM orders WHERE created_at > NOW() - INTERVAL '7 days' GROUP BY user_id;",
        False,
    ),
    (
        "The indexer walks the workspace, skips files whose content hash is unchanged, and embeds the rest in batches.",
        False,
    ),
    ("where is the retry logic for failed http requests", True),
    (
        'fn main() {\n    let v: Vec<u32> = (1..=10).filter(|n| n % 2 == 0).collect();\n    println!("{:?}", v);\n}',
        False,
    ),
    ("Résumé: naïve café owners prefer crème brûlée — 東京 and Zürich too.", False),
    ('#!/usr/bin/env bash\nset -euo pipefail\nfor f in *.log; do gzip -9 "$f"; done', False),
    ("Returns the number of milliseconds elapsed since the UNIX epoch.", False),
    ("sort a list of dicts by key", True),
    (
        "class LRUCache:\n    def __init__(self, capacity: int):\n        self.capacity = capacity\n"
        "        self.items: OrderedDict[str, object] = OrderedDict()",
        False,
    ),
    ("", False),
    ("Semantic search finds code by meaning rather than by exact words. " * 60, False),
    ('<div class="panel"><button id="run" onclick="run()">Run</button></div>', False),
)


class ParityError(AssertionError):
    pass


@dataclass(frozen=True)
class LayerParity:
    name: str
    layer: int
    dim: int
    max_cosine_distance: float
    mean_cosine_distance: float


def parity_texts(query_prefix: str, document_prefix: str) -> list[str]:
    return [(query_prefix if is_query else document_prefix) + text for text, is_query in TEXTS]


def _batches(texts: list[str]):
    for start in range(0, len(texts), BATCH):
        yield texts[start : start + BATCH]


def reference_vectors(
    encoder, batches: list[dict[str, np.ndarray]], ladder: Ladder, pooling: str, similarity: str
) -> dict[str, np.ndarray]:
    per_size: dict[str, list[np.ndarray]] = {size.name: [] for size in ladder.sizes}
    for batch in batches:
        with torch.no_grad():
            output = encoder(**{k: torch.from_numpy(v) for k, v in batch.items()}, output_hidden_states=True)
        for size in ladder.sizes:
            hidden = output.hidden_states[size.layer].numpy()
            per_size[size.name].append(cut(pool(hidden, batch["attention_mask"], pooling), size.dim, similarity))
    return {name: np.concatenate(parts) for name, parts in per_size.items()}


def chain_vectors(
    folder: Path,
    segments: list[Segment],
    batches: list[dict[str, np.ndarray]],
    ladder: Ladder,
    pooling: str,
    similarity: str,
) -> dict[str, np.ndarray]:
    chain = Chain(folder, segments)
    per_size: dict[str, list[np.ndarray]] = {size.name: [] for size in ladder.sizes}
    for batch in batches:
        states = chain.hidden_states(batch, ladder.deepest)
        for size in ladder.sizes:
            per_size[size.name].append(
                cut(pool(states[size.layer], batch["attention_mask"], pooling), size.dim, similarity)
            )
    return {name: np.concatenate(parts) for name, parts in per_size.items()}


def compare(reference: dict[str, np.ndarray], candidate: dict[str, np.ndarray], ladder: Ladder) -> list[LayerParity]:
    result = []
    for size in ladder.sizes:
        distances = cosine_distance(reference[size.name], candidate[size.name])
        result.append(LayerParity(size.name, size.layer, size.dim, float(distances.max()), float(distances.mean())))
    return result


def check(label: str, parity: list[LayerParity], tolerance: float) -> None:
    failing = [p for p in parity if not p.max_cosine_distance <= tolerance]  # `not <=` also catches NaN
    if failing:
        detail = ", ".join(f"{p.name} (layer {p.layer}, dim {p.dim}): {p.max_cosine_distance:.3g}" for p in failing)
        raise ParityError(f"{label} segments differ from PyTorch beyond cosine distance {tolerance}: {detail}")


def token_batches(tokenizer: Tokenizer, texts: list[str], max_tokens: int) -> list[dict[str, np.ndarray]]:
    return [tokenize(tokenizer, chunk, max_tokens) for chunk in _batches(texts)]
