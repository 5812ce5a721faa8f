"""Chooses the WiSE-FT ratio on the held-back validation pairs, never on the evaluation suites.

    python -m finetune.select_alpha --base BASE --tuned RUN/final --validation val.jsonl \
        --alpha 0.5 --alpha 0.6 ... --out-dir RUN [--results RUN/alpha.json]

For each alpha, `finetune.interpolate` writes RUN/wiseNN, and train.py's `validate` scores it (MRR@10
of each query's positive among 500 held-back documents, at every ladder size, with the training run's
token limits). The base and the tuned checkpoint are scored too. Rule, fixed before any suite number
is looked at: the alpha with the best mean MRR@10 over the ladder sizes, among those whose full size
(the last rung) scores at least the base's full size. Prints the chosen alpha on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch
from barista_model.checkpoint import describe
from barista_model.ladder import default_ladder

from .data import Collator, read_pairs
from .interpolate import interpolate
from .model import LayeredEncoder, load_backbone
from .train import validate


def _say(message: str) -> None:
    print(f"select_alpha: {message}", file=sys.stderr, flush=True)


def score(
    checkpoint: Path, validation, max_query_tokens: int, max_doc_tokens: int
) -> tuple[dict[str, float], list[dict]]:
    from transformers import AutoTokenizer

    described = describe(checkpoint)
    backbone = load_backbone(checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    sizes = default_ladder(backbone.config.num_hidden_layers, backbone.config.hidden_size).to_json()
    collator = Collator(
        tokenizer, max_query_tokens, max_doc_tokens, described.query_prefix or "", described.document_prefix or "", 0
    )
    encoder = LayeredEncoder(backbone, described.pooling or "cls")
    return validate(encoder, collator, validation, sizes, described.similarity or "cosine", torch.device("cpu")), sizes


def choose(scores: dict[str, dict[str, float]], full: str) -> str | None:
    """The label (an alpha) with the best mean over sizes whose full size is at least the base's."""
    floor = scores["base"][full]
    eligible = [label for label in scores if label not in ("base", "tuned") and scores[label][full] >= floor]
    return max(eligible, key=lambda label: sum(scores[label].values()) / len(scores[label]), default=None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.select_alpha",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--tuned", type=Path, required=True)
    parser.add_argument("--validation", type=Path, required=True)
    parser.add_argument("--alpha", type=float, action="append", required=True, help="candidate ratio, repeatable")
    parser.add_argument("--out-dir", type=Path, required=True, help="where the interpolated checkpoints go")
    parser.add_argument("--max-query-tokens", type=int, default=32)
    parser.add_argument("--max-doc-tokens", type=int, default=96)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--results", type=Path, help="JSON with every score and the choice")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)

    validation = read_pairs(args.validation)
    scores: dict[str, dict[str, float]] = {}
    for label, checkpoint in (("base", args.base), ("tuned", args.tuned)):
        scores[label], sizes = score(checkpoint, validation, args.max_query_tokens, args.max_doc_tokens)
        _say(f"{label}: {scores[label]}")
    for alpha in args.alpha:
        folder = args.out_dir / f"wise{round(alpha * 100):02d}"
        interpolate(args.base, args.tuned, alpha, folder)
        scores[str(alpha)], _ = score(folder, validation, args.max_query_tokens, args.max_doc_tokens)
        _say(f"alpha {alpha}: {scores[str(alpha)]}")
    chosen = choose(scores, sizes[-1]["name"])
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps({"scores": scores, "chosen": chosen}, indent=2) + "\n")
    if chosen is None:
        raise SystemExit("select_alpha: no alpha keeps the full size at or above the base's")
    _say(f"chosen: alpha {chosen} ({args.out_dir / f'wise{round(float(chosen) * 100):02d}'})")
    print(chosen)


if __name__ == "__main__":
    main()
