"""Objectives over a ladder of (layer, dim) pairs, all from one forward pass of queries and documents.

- StarbucksLoss (SRL): contrastive loss at every ladder pair, plus KL from the full size's score
  distribution (detached) to each smaller pair's, as in the Starbucks paper.
- TwoDMSELoss: the full size plus one randomly drawn (layer, dim) per step, with the same KL term.
- FullSizeLoss: plain fine-tuning at the last layer and full width.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from .model import cut


@dataclass(frozen=True)
class Pair:
    layer: int
    dim: int


def scores(
    queries: torch.Tensor, documents: torch.Tensor, pair: Pair, similarity: str, temperature: float
) -> torch.Tensor:
    """[queries, documents] similarities at one pair, divided by the temperature."""
    return cut(queries, pair.dim, similarity) @ cut(documents, pair.dim, similarity).T / temperature


def contrastive(logits: torch.Tensor) -> torch.Tensor:
    """Query i's positive is document i; every other document in the batch (and hard negatives) is negative."""
    return F.cross_entropy(logits, torch.arange(logits.shape[0], device=logits.device))


def distill(student: torch.Tensor, teacher: torch.Tensor) -> torch.Tensor:
    """KL(teacher || student) over each query's documents; the teacher is detached."""
    return F.kl_div(
        F.log_softmax(student, -1), F.log_softmax(teacher.detach(), -1), log_target=True, reduction="batchmean"
    )


class LadderLoss(nn.Module):
    def __init__(
        self,
        pairs: list[Pair],
        similarity: str = "cosine",
        temperature: float = 0.05,
        full_weight: float = 1.0,
        kl_weight: float = 1.0,
    ):
        super().__init__()
        if not pairs:
            raise ValueError("the ladder is empty")
        self.pairs = list(pairs)
        self.full = self.pairs[-1]
        self.similarity = similarity
        self.temperature = temperature
        self.full_weight = full_weight
        self.kl_weight = kl_weight

    def layers_needed(self) -> list[int]:
        return sorted({p.layer for p in self.pairs})

    def draw(self, step: int) -> list[Pair]:
        """The pairs step `step` trains (a pure function of the step, so resume repeats it); full size last."""
        return self.pairs

    def forward(
        self, queries: dict[int, torch.Tensor], documents: dict[int, torch.Tensor], drawn: list[Pair]
    ) -> tuple[torch.Tensor, dict[str, float]]:
        full = scores(
            queries[self.full.layer], documents[self.full.layer], self.full, self.similarity, self.temperature
        )
        total = self.full_weight * contrastive(full)
        parts = {f"ce_{self.full.layer}x{self.full.dim}": float(total.detach()) / max(self.full_weight, 1e-12)}
        for pair in drawn:
            if pair == self.full:
                continue
            logits = scores(queries[pair.layer], documents[pair.layer], pair, self.similarity, self.temperature)
            ce = contrastive(logits)
            total = total + ce
            parts[f"ce_{pair.layer}x{pair.dim}"] = float(ce.detach())
            if self.kl_weight:
                kl = distill(logits, full)
                total = total + self.kl_weight * kl
                parts[f"kl_{pair.layer}x{pair.dim}"] = float(kl.detach())
        return total, parts


class StarbucksLoss(LadderLoss):
    """SRL: every ladder pair, every step."""


class TwoDMSELoss(LadderLoss):
    """2DMSE: the full size and one (layer, dim) drawn uniformly per step (layers below the last, ladder dims)."""

    def __init__(self, pairs: list[Pair], num_layers: int, seed: int = 0, **kwargs):
        super().__init__(pairs, **kwargs)
        self.layers = list(range(1, self.full.layer)) or [self.full.layer]
        self.dims = sorted({p.dim for p in self.pairs if p.dim < self.full.dim}) or [self.full.dim]
        self.seed = seed

    def layers_needed(self) -> list[int]:
        return sorted(set(self.layers) | {self.full.layer})

    def draw(self, step: int) -> list[Pair]:
        rng = random.Random(self.seed * 1_000_003 + step)
        return [Pair(rng.choice(self.layers), rng.choice(self.dims)), self.full]


class FullSizeLoss(LadderLoss):
    """Plain fine-tuning: the last layer at full width only."""

    def draw(self, step: int) -> list[Pair]:
        return [self.full]


OBJECTIVES = {"srl": StarbucksLoss, "2dmse": TwoDMSELoss, "full": FullSizeLoss}


def make_loss(objective: str, pairs: list[Pair], num_layers: int, seed: int = 0, **kwargs) -> LadderLoss:
    if objective == "2dmse":
        return TwoDMSELoss(pairs, num_layers, seed=seed, **kwargs)
    if objective not in OBJECTIVES:
        raise ValueError(f"objective must be one of {sorted(OBJECTIVES)}, not {objective!r}")
    return OBJECTIVES[objective](pairs, **kwargs)
