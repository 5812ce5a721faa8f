"""SMAE: Starbucks masked autoencoding, an optional pre-training stage before SRL.

For every ladder pair (layer, dim), from one encoder pass over a masked copy of the text:
- masked-LM from that layer's hidden states cut to their first `dim` values, through a prediction
  head sliced to `dim` (its transform, norm and the tied word embeddings all cut to the first dims);
- a one-layer decoder that reconstructs a more heavily masked copy of the text from the pair's pooled
  vector (projected to full width and put in the first position) and the copy's token embeddings.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from .losses import Pair
from .model import pool


def mask_tokens(
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    special: torch.Tensor,
    mask_id: int,
    probability: float,
    generator: torch.Generator | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Replaces a share of the real tokens with the mask token; labels are -100 where nothing was masked."""
    chance = torch.rand(input_ids.shape, generator=generator).to(input_ids.device)
    chosen = (chance < probability) & attention_mask.bool() & ~special
    masked = input_ids.masked_fill(chosen, mask_id)
    labels = input_ids.masked_fill(~chosen, -100)
    return masked, labels


class SMAEHeads(nn.Module):
    def __init__(self, config, word_embeddings: nn.Embedding):
        super().__init__()
        hidden = config.hidden_size
        self.word_embeddings = word_embeddings  # tied with the encoder's, as in BERT's MLM head
        self.transform = nn.Linear(hidden, hidden)
        self.norm = nn.LayerNorm(hidden, eps=getattr(config, "layer_norm_eps", 1e-12))
        self.bias = nn.Parameter(torch.zeros(config.vocab_size))
        self.project = nn.Linear(hidden, hidden)
        self.decoder = nn.TransformerEncoderLayer(
            hidden,
            config.num_attention_heads,
            config.intermediate_size,
            dropout=0.1,
            activation="gelu",
            batch_first=True,
        )

    def logits(self, hidden: torch.Tensor, dim: int) -> torch.Tensor:
        x = F.gelu(F.linear(hidden[..., :dim], self.transform.weight[:dim, :dim], self.transform.bias[:dim]))
        x = F.layer_norm(x, (dim,), self.norm.weight[:dim], self.norm.bias[:dim], self.norm.eps)
        return F.linear(x, self.word_embeddings.weight[:, :dim], self.bias)

    def decode(self, vector: torch.Tensor, embedded: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        dim = vector.shape[-1]
        first = F.linear(vector, self.project.weight[:, :dim], self.project.bias)
        x = torch.cat([first.unsqueeze(1), embedded[:, 1:]], dim=1)
        x = self.decoder(x, src_key_padding_mask=~attention_mask.bool())
        return self.logits(x, x.shape[-1])


class SMAELoss(nn.Module):
    def __init__(
        self,
        backbone: nn.Module,
        pairs: list[Pair],
        pooling: str,
        mask_id: int,
        encoder_mask: float = 0.3,
        decoder_mask: float = 0.5,
    ):
        super().__init__()
        self.heads = SMAEHeads(backbone.config, backbone.embeddings.word_embeddings)
        self.pairs = list(pairs)
        self.pooling = pooling
        self.mask_id = mask_id
        self.encoder_mask = encoder_mask
        self.decoder_mask = decoder_mask

    def forward(
        self,
        backbone: nn.Module,
        inputs: dict[str, torch.Tensor],
        special: torch.Tensor,
        generator: torch.Generator | None = None,
    ) -> tuple[torch.Tensor, dict[str, float]]:
        ids, attention = inputs["input_ids"], inputs["attention_mask"]
        encoder_ids, encoder_labels = mask_tokens(ids, attention, special, self.mask_id, self.encoder_mask, generator)
        decoder_ids, decoder_labels = mask_tokens(ids, attention, special, self.mask_id, self.decoder_mask, generator)
        output = backbone(**{**inputs, "input_ids": encoder_ids}, output_hidden_states=True, return_dict=True)
        embedded = backbone.embeddings(input_ids=decoder_ids)
        vocab = self.heads.bias.shape[0]
        total = torch.zeros((), device=ids.device)
        parts: dict[str, float] = {}
        for pair in self.pairs:
            hidden = output.hidden_states[pair.layer]
            mlm = F.cross_entropy(
                self.heads.logits(hidden, pair.dim).reshape(-1, vocab).float(),
                encoder_labels.reshape(-1),
                ignore_index=-100,
            )
            vector = pool(hidden, attention, self.pooling)[:, : pair.dim]
            rebuilt = F.cross_entropy(
                self.heads.decode(vector, embedded, attention).reshape(-1, vocab).float(),
                decoder_labels.reshape(-1),
                ignore_index=-100,
            )
            # A batch with nothing masked gives NaN; it teaches nothing either.
            mlm, rebuilt = torch.nan_to_num(mlm), torch.nan_to_num(rebuilt)
            total = total + mlm + rebuilt
            parts[f"mlm_{pair.layer}x{pair.dim}"] = float(mlm.detach())
            parts[f"dec_{pair.layer}x{pair.dim}"] = float(rebuilt.detach())
        return total, parts
