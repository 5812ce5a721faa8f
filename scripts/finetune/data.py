"""Training data: JSONL pairs (query, positive, optional negatives) and the batches made from them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import torch


class DataError(ValueError):
    pass


@dataclass(frozen=True)
class Example:
    query: str
    positive: str
    negatives: tuple[str, ...] = field(default_factory=tuple)
    language: str = ""


def read_pairs(path: Path, limit: int | None = None) -> list[Example]:
    """Reads one JSON object per line: {"query", "positive", "negatives"?: [..]}; other keys are ignored."""
    examples = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                query, positive = str(row["query"]), str(row["positive"])
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise DataError(f"{path}:{number}: expected a JSON object with query and positive ({error})") from error
            negatives = row.get("negatives") or []
            if isinstance(negatives, str):
                negatives = [negatives]
            examples.append(Example(query, positive, tuple(str(n) for n in negatives), str(row.get("language") or "")))
            if limit and len(examples) >= limit:
                break
    if not examples:
        raise DataError(f"{path} holds no pairs")
    return examples


def batch_indices(size: int, batch_size: int, step: int, seed: int, rank: int = 0, world: int = 1) -> list[int]:
    """The examples of global batch `step` for this rank: a pure function of the step, so resume is exact.

    Each epoch is a fresh permutation (seeded by seed and epoch); the tail that does not fill a global
    batch is dropped. Ranks take interleaved slices of the global batch.
    """
    global_batch = batch_size * world
    per_epoch = size // global_batch
    if per_epoch == 0:
        raise DataError(f"{size} examples cannot fill one batch of {global_batch}")
    epoch, within = divmod(step, per_epoch)
    generator = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    order = torch.randperm(size, generator=generator)
    chunk = order[within * global_batch : (within + 1) * global_batch]
    return chunk[rank::world].tolist()


def grouped_batch_indices(
    groups: list[list[int]], batch_size: int, step: int, seed: int, rank: int = 0, world: int = 1
) -> list[int]:
    """Like batch_indices, but every global batch comes from one group (one language), so the in-batch
    negatives of a Go query are Go code: harder than a Ruby method, which a model tells apart by syntax alone.

    Each epoch shuffles every group, cuts it into full global batches and shuffles the list of batches;
    groups smaller than a global batch are left out. A pure function of the step, as resume needs.
    """
    global_batch = batch_size * world
    usable = [g for g in groups if len(g) >= global_batch]
    per_epoch = sum(len(g) // global_batch for g in usable)
    if per_epoch == 0:
        raise DataError(f"no group fills one batch of {global_batch}")
    epoch, within = divmod(step, per_epoch)
    generator = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    batches: list[list[int]] = []
    for group in usable:
        order = torch.randperm(len(group), generator=generator).tolist()
        batches.extend(
            [group[i] for i in order[b * global_batch : (b + 1) * global_batch]]
            for b in range(len(group) // global_batch)
        )
    pick = torch.randperm(len(batches), generator=generator)[within].item()
    return batches[pick][rank::world]


def language_groups(examples: list[Example]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for i, example in enumerate(examples):
        groups.setdefault(example.language, []).append(i)
    return [groups[k] for k in sorted(groups)]


class Collator:
    """Tokenizes queries and documents (positives, then hard negatives) with their own length caps."""

    def __init__(
        self,
        tokenizer,
        max_query_tokens: int,
        max_doc_tokens: int,
        query_prefix: str = "",
        doc_prefix: str = "",
        negatives_per_query: int = 0,
    ):
        self.tokenizer = tokenizer
        self.max_query_tokens = max_query_tokens
        self.max_doc_tokens = max_doc_tokens
        self.query_prefix = query_prefix
        self.doc_prefix = doc_prefix
        self.negatives_per_query = negatives_per_query

    def _encode(self, texts: list[str], limit: int) -> dict[str, torch.Tensor]:
        return dict(self.tokenizer(texts, padding=True, truncation=True, max_length=limit, return_tensors="pt"))

    def __call__(self, examples: list[Example]) -> dict[str, dict[str, torch.Tensor]]:
        documents = [self.doc_prefix + e.positive for e in examples]
        for e in examples:
            # Queries without enough negatives borrow none: in-batch negatives still apply to them.
            documents.extend(self.doc_prefix + n for n in e.negatives[: self.negatives_per_query])
        return {
            "queries": self._encode([self.query_prefix + e.query for e in examples], self.max_query_tokens),
            "documents": self._encode(documents, self.max_doc_tokens),
        }

    def texts(self, texts: list[str]) -> dict[str, torch.Tensor]:
        return self._encode(texts, self.max_doc_tokens)
