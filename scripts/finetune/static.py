"""Rung 0: a static embedding, one vector per token, distilled from a checkpoint and fine-tuned on the pairs.

    python -m finetune.static --checkpoint RUN/final --train train.jsonl --validation validation.jsonl \\
        --out RUN/static [--dims 256] [--steps 3000]

1. Distil (model2vec): every vocabulary token through the checkpoint, PCA to --dims, SIF weighting by the
   token's rank (frequent tokens weigh less). The rows are put back in the checkpoint tokenizer's order,
   so the runtime uses the tokenizer it already has.
2. Fine-tune the table with the same contrastive loss as the transformer (in-batch and hard negatives,
   temperature 0.05): a text's vector is the mean of its tokens' rows, L2-normalised.
3. Write `static.npy` (float32, vocab x dims) and `static.json` (validation MRR@10 before and after,
   steps, seconds); the exporter quantizes the table into the bundle.

A text's vector costs one row lookup per token: no network runs, so rung 0 embeds as fast as it tokenizes.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

from .data import read_pairs


def distil(checkpoint: Path, dims: int) -> np.ndarray:
    """The model2vec table, rows aligned with the checkpoint tokenizer's ids (tokens it dropped are zero)."""
    from model2vec.distill import distill
    from transformers import AutoTokenizer

    static = distill(model_name=str(checkpoint), pca_dims=dims, token_remove_pattern=None, device="cpu")
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    theirs = static.tokenizer.get_vocab()
    embedding = np.asarray(static.embedding, dtype=np.float32)
    vocab = tokenizer.get_vocab()
    table = np.zeros((max(vocab.values()) + 1, embedding.shape[1]), dtype=np.float32)
    for token, ours in vocab.items():
        row = theirs.get(token)
        if row is not None and row < len(embedding):
            table[ours] = embedding[row]
    return table


class StaticEncoder(torch.nn.Module):
    def __init__(self, table: np.ndarray):
        super().__init__()
        # A copy of the table; sparse gradients: a batch touches a few thousand of the 30k rows.
        self.rows = torch.nn.EmbeddingBag.from_pretrained(torch.tensor(table), freeze=False, mode="mean", sparse=True)

    def forward(self, ids: torch.Tensor, offsets: torch.Tensor, dim: int | None = None) -> torch.Tensor:
        return torch.nn.functional.normalize(self.rows(ids, offsets)[:, :dim], dim=-1)


def token_bags(tokenizer, texts: list[str], limit: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Flat token ids and bag offsets, without special tokens (they carry no meaning in a static table)."""
    encoded = tokenizer(texts, add_special_tokens=False, truncation=True, max_length=limit)["input_ids"]
    encoded = [ids or [tokenizer.unk_token_id] for ids in encoded]
    offsets = torch.tensor([0, *np.cumsum([len(ids) for ids in encoded[:-1]])], dtype=torch.long)
    return torch.tensor([i for ids in encoded for i in ids], dtype=torch.long), offsets


@torch.no_grad()
def mrr_at_10(model: StaticEncoder, tokenizer, examples, pool: int = 500, dim: int | None = None) -> float:
    examples = examples[:pool]
    q = model(*token_bags(tokenizer, [e.query for e in examples], 32), dim)
    d = model(*token_bags(tokenizer, [e.positive for e in examples], 256), dim)
    ranks = (q @ d.T > (q * d).sum(-1, keepdim=True)).sum(-1) + 1
    return round(float(torch.where(ranks <= 10, 1.0 / ranks, torch.zeros_like(ranks, dtype=torch.float)).mean()), 4)


def fine_tune(
    table: np.ndarray,
    tokenizer,
    train,
    validation,
    steps: int,
    batch: int,
    lr: float,
    temperature: float,
    seed: int,
    log=print,
    dims: tuple[int, ...] = (),
    checkpoint=None,
) -> tuple[np.ndarray, dict]:
    """Contrastive loss at the full width and at each prefix in `dims` (Matryoshka), so a shorter prefix
    of the table's PCA-ordered dims stays usable as a smaller rung."""
    torch.manual_seed(seed)
    model = StaticEncoder(table)
    optimizer = torch.optim.SparseAdam(list(model.parameters()), lr=lr)
    widths = sorted({*dims, table.shape[1]})

    def scores() -> dict[int, float] | None:
        return {w: mrr_at_10(model, tokenizer, validation, dim=w) for w in widths} if validation else None

    record = {
        "before": scores(),
        "steps": steps,
        "batchSize": batch,
        "lr": lr,
        "temperature": temperature,
        "dims": widths,
    }
    order = torch.randperm(len(train), generator=torch.Generator().manual_seed(seed))
    started = time.perf_counter()
    for step in range(steps):
        start = (step * batch) % max(1, len(train) - batch)
        chunk = [train[int(i)] for i in order[start : start + batch]]
        documents = [e.positive for e in chunk] + [e.negatives[0] for e in chunk if e.negatives]
        q_bags, d_bags = token_bags(tokenizer, [e.query for e in chunk], 32), token_bags(tokenizer, documents, 256)
        target = torch.arange(len(chunk))
        loss = sum(
            torch.nn.functional.cross_entropy(model(*q_bags, w) @ model(*d_bags, w).T / temperature, target)
            for w in widths
        )
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if validation and (step + 1) % max(1, steps // 10) == 0:
            log(f"static step {step + 1}/{steps} loss {float(loss.detach()):.4f} validation MRR@10 {scores()}")
            if checkpoint:
                checkpoint(model.rows.weight.detach().numpy(), step + 1)
    record["after"] = scores()
    record["seconds"] = round(time.perf_counter() - started, 1)
    return model.rows.weight.detach().numpy().astype(np.float32), record


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.static", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checkpoint", type=Path, required=True, help="the trained (or base) checkpoint to distil")
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--validation", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument(
        "--prefixes",
        type=lambda t: tuple(int(x) for x in t.split(",")),
        default=(64, 128),
        help="shorter prefixes trained alongside the full width (default 64,128)",
    )
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    from transformers import AutoTokenizer

    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    cached = args.out / "distilled.npy"  # the distillation alone, kept so a re-run of the tuning skips it
    table = np.load(cached) if cached.exists() else distil(args.checkpoint, args.dims)
    np.save(cached, table)
    distilled = round(time.perf_counter() - started, 1)
    tokenizer = AutoTokenizer.from_pretrained(args.checkpoint)
    train = read_pairs(args.train)
    validation = read_pairs(args.validation) if args.validation else None
    tuned, record = fine_tune(
        table,
        tokenizer,
        train,
        validation,
        args.steps,
        args.batch_size,
        args.lr,
        args.temperature,
        args.seed,
        dims=args.prefixes,
        checkpoint=lambda rows, step: np.save(args.out / "static-partial.npy", rows),
    )
    record.update(
        {
            "distilSeconds": distilled,
            "vocab": int(tuned.shape[0]),
            "checkpoint": args.checkpoint.name,
            "trainPairs": len(train),
        }
    )
    np.save(args.out / "static.npy", tuned)
    (args.out / "static.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"static: MRR@10 {record['before']} -> {record['after']} in {record['seconds']} s -> {args.out}")


if __name__ == "__main__":
    main()
