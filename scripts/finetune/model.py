"""The encoder being trained: a BERT-family backbone whose every layer can be pooled and cut to a dim."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def pool(hidden: torch.Tensor, attention_mask: torch.Tensor, pooling: str) -> torch.Tensor:
    """[batch, seq, hidden] -> [batch, hidden], as barista_model.pooling and the runtime do it."""
    if pooling == "cls":
        return hidden[:, 0]
    if pooling == "mean":
        weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * weights).sum(1) / weights.sum(1).clamp_min(1e-9)
    raise ValueError(f"unknown pooling {pooling!r}")


def cut(pooled: torch.Tensor, dim: int, similarity: str) -> torch.Tensor:
    vectors = pooled[:, :dim].float()
    return F.normalize(vectors, dim=-1) if similarity == "cosine" else vectors


class LayeredEncoder(nn.Module):
    """Runs the backbone once and pools the hidden states of the layers asked for."""

    def __init__(self, backbone: nn.Module, pooling: str):
        super().__init__()
        self.backbone = backbone
        self.pooling = pooling

    @property
    def num_layers(self) -> int:
        return self.backbone.config.num_hidden_layers

    def forward(self, inputs: dict[str, torch.Tensor], layers: list[int]) -> dict[int, torch.Tensor]:
        output = self.backbone(**inputs, output_hidden_states=True, return_dict=True)
        # hidden_states[0] is the embeddings; hidden_states[l] is the output of layer l.
        return {layer: pool(output.hidden_states[layer], inputs["attention_mask"], self.pooling) for layer in layers}


def load_backbone(checkpoint, gradient_checkpointing: bool = False):
    from transformers import AutoModel
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        # BERT's pooler is never used for embeddings; without it DDP sees no unused parameters.
        model = AutoModel.from_pretrained(checkpoint, add_pooling_layer=False, dtype=torch.float32)
    except TypeError:
        model = AutoModel.from_pretrained(checkpoint, dtype=torch.float32)
    if gradient_checkpointing:
        model.gradient_checkpointing_enable()
    return model
