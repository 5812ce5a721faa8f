"""Segments: the encoder cut at the ladder layers into a chain of ONNX graphs.

ONNX Runtime runs a whole graph whatever outputs are asked for, so early exit at a shallow
size is only possible if each stretch of layers is its own graph.
Segment 0 takes token ids and holds the embeddings; every later one takes the hidden states
of the one before. Every segment outputs `hidden` = HF hidden_states[toLayer]. A later
segment's input is named `hidden_in`, because an ONNX graph cannot use one name for an input
and for a value it computes.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

import onnx
import torch
from torch import nn

from .ladder import Ladder

TOKEN_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
HIDDEN_INPUTS = ("hidden_in", "attention_mask")
OUTPUT = "hidden"


@dataclass(frozen=True)
class Segment:
    from_layer: int
    to_layer: int

    @property
    def file(self) -> str:
        return f"segment-{self.from_layer:02d}-{self.to_layer:02d}.onnx"

    @property
    def is_first(self) -> bool:
        return self.from_layer == 0

    @property
    def input_names(self) -> tuple[str, ...]:
        return TOKEN_INPUTS if self.is_first else HIDDEN_INPUTS

    def to_json(self) -> dict:
        return {"file": self.file, "fromLayer": self.from_layer, "toLayer": self.to_layer}


def plan_segments(ladder: Ladder) -> list[Segment]:
    starts = [0, *ladder.layers[:-1]]
    return [Segment(start, end) for start, end in zip(starts, ladder.layers)]


def _additive_mask(attention_mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    # The same form HF's eager attention adds to its scores: 0 to attend, dtype-min to ignore.
    return (1.0 - attention_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


class _FirstSegment(nn.Module):
    def __init__(self, encoder, segment: Segment):
        super().__init__()
        self.embeddings = encoder.embeddings
        self.layers = nn.ModuleList(encoder.encoder.layer[: segment.to_layer])

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.embeddings(input_ids=input_ids, token_type_ids=token_type_ids)
        mask = _additive_mask(attention_mask, hidden.dtype)
        for layer in self.layers:
            hidden = layer(hidden, mask)
        return hidden


class _LaterSegment(nn.Module):
    def __init__(self, encoder, segment: Segment):
        super().__init__()
        self.layers = nn.ModuleList(encoder.encoder.layer[segment.from_layer : segment.to_layer])

    def forward(self, hidden_in, attention_mask):
        mask = _additive_mask(attention_mask, hidden_in.dtype)
        hidden = hidden_in
        for layer in self.layers:
            hidden = layer(hidden, mask)
        return hidden


def segment_module(encoder, segment: Segment) -> nn.Module:
    module = _FirstSegment(encoder, segment) if segment.is_first else _LaterSegment(encoder, segment)
    return module.eval()


def _example_inputs(encoder, segment: Segment) -> tuple[torch.Tensor, ...]:
    # Batch and length above 1, so the exporter cannot mistake them for constants.
    batch, length = 2, 8
    mask = torch.ones(batch, length, dtype=torch.long)
    mask[1, 5:] = 0
    if segment.is_first:
        ids = torch.randint(1, encoder.config.vocab_size, (batch, length), generator=torch.Generator().manual_seed(0))
        return ids, mask, torch.zeros(batch, length, dtype=torch.long)
    return torch.randn(batch, length, encoder.config.hidden_size, generator=torch.Generator().manual_seed(0)), mask


def export_segment(encoder, segment: Segment, path: Path, opset: int) -> None:
    module = segment_module(encoder, segment)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    dynamic = {name: {0: batch, 1: seq} for name in segment.input_names}
    with warnings.catch_warnings(), torch.no_grad():
        # The exporter's deprecation and torchvision chatter is not actionable here.
        warnings.simplefilter("ignore")
        logging.getLogger("torch.onnx").setLevel(logging.ERROR)
        torch.onnx.export(
            module,
            _example_inputs(encoder, segment),
            str(path),
            input_names=list(segment.input_names),
            output_names=[OUTPUT],
            dynamic_shapes=dynamic,
            opset_version=opset,
            dynamo=True,
            external_data=False,
            verbose=False,
        )


def strip_build_metadata(path: Path) -> None:
    """Drops what the exporter records about the machine that built the graph.

    The torch exporter stores a Python stack trace (with absolute paths of this checkout and its
    venv) on every node; it does not affect the computation and has no place in a shipped bundle.
    """
    model = onnx.load(str(path))
    graphs = [model.graph] + [f for f in model.functions]
    while graphs:
        graph = graphs.pop()
        graph.doc_string = ""
        for node in graph.node:
            del node.metadata_props[:]
            node.doc_string = ""
            for attribute in node.attribute:
                if attribute.HasField("g"):
                    graphs.append(attribute.g)
                graphs.extend(attribute.graphs)
    onnx.save(model, str(path))
