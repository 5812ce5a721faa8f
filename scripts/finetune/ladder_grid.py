"""Quality of every (layer, dim) of a checkpoint on held-back pairs: the measurement the ladder is chosen by.

    python -m finetune.ladder_grid --checkpoint RUN/final --validation validation.jsonl --out grid.json

Prints a table of MRR@10 (each query's positive among --pool held-back documents) with layers as rows and
dims as columns, per language when the pairs carry one, and writes the same as JSON.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import torch
from barista_model.checkpoint import describe

from .data import Collator, read_pairs
from .model import LayeredEncoder, load_backbone
from .train import validate

DIMS = (16, 32, 64, 128, 192, 256, 384)


def grid(checkpoint: Path, validation: Path, pool: int, dims: tuple[int, ...], by_language: bool) -> dict:
    from transformers import AutoTokenizer

    described = describe(checkpoint)
    backbone = load_backbone(checkpoint, False)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    encoder = LayeredEncoder(backbone, described.pooling or "mean")
    collator = Collator(tokenizer, 32, 256, described.query_prefix or "", described.document_prefix or "")
    hidden, layers = backbone.config.hidden_size, backbone.config.num_hidden_layers
    sizes = [
        {"name": f"{layer}x{dim}", "layer": layer, "dim": dim}
        for layer in range(1, layers + 1)
        for dim in dims
        if dim <= hidden
    ]
    examples = read_pairs(validation)
    groups: dict[str, list] = defaultdict(list)
    for example in examples:
        groups[example.language if by_language else "all"].append(example)
    similarity = described.similarity or "cosine"
    return {
        language: validate(encoder, collator, members, sizes, similarity, torch.device("cpu"), pool_size=pool)
        for language, members in sorted(groups.items())
        if len(members) >= 50
    }


def table(scores: dict[str, float], dims: tuple[int, ...]) -> str:
    layers = sorted({int(k.split("x")[0]) for k in scores})
    lines = ["layer " + "".join(f"{d:>7}" for d in dims)]
    for layer in layers:
        lines.append(f"{layer:>5} " + "".join(f"{scores.get(f'{layer}x{d}', float('nan')):7.3f}" for d in dims))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.ladder_grid", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--validation", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--pool", type=int, default=500, help="held-back documents each query is ranked among")
    parser.add_argument("--by-language", action="store_true")
    args = parser.parse_args(argv)
    torch.set_num_threads(2)
    result = grid(args.checkpoint, args.validation, args.pool, DIMS, args.by_language)
    for language, scores in result.items():
        print(f"\n{language}: MRR@10 among {args.pool}\n{table(scores, DIMS)}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
