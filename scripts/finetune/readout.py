"""Layer readouts: a learned linear map from a layer's pooled hidden state to that layer's embedding.

    python -m finetune.readout --bundle models/default --train train.jsonl --validation validation.jsonl \\
        --out RUN/readout [--layers 1,2,3,4,5] [--pairs 12000] [--dims 16,32,64,128,256,384]

The network stays as it is, so every size that keeps its plain prefix (the full size above all) scores
exactly as before; a shallow layer, whose mean-pooled state was never trained to be an embedding on its
own, gets a 384 x 384 matrix (and a bias) that turns it into one. Training is cheap because the network
is frozen: every text goes once through the bundle's own ONNX segments (the int8 graphs the engine
runs), its pooled state at each layer is cached, and the matrices learn from the cache in seconds.

1. Features: queries (cut at 32 tokens) and positives (cut at --max-doc-tokens) of --pairs training
   pairs and of every validation pair, pooled at every layer up to the deepest one asked, cached as
   float16 in OUT/features-*.npz (12k pairs to layer 6 took 15 minutes on 2 busy cores).
2. Per layer: W starts at the identity and b at zero (the readout starts as the plain prefix), then
   AdamW on the in-batch contrastive loss (temperature 0.05, batches of one language) summed over the
   prefix dims of --dims, so any prefix of the readout is an embedding (the Matryoshka property the
   engine's funnel and dim cuts rely on). The epoch best on the validation pairs is kept.
3. OUT/readout-LL.npy (W, then b as the last row: (hidden + 1) x hidden, float32) per layer, and
   OUT/readout.json with validation MRR@10 per (layer, dim) before and after.
   `python -m barista_model.readouts --bundle B --run OUT` puts them into a bundle.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

from .data import read_pairs


def pooled_features(bundle: Path, texts: list[str], layers: list[int], max_tokens: int, batch: int = 32):
    """{layer: [len(texts), hidden] float16}: each text's mean-pooled state at each layer, as the engine pools."""
    from barista_model.bundle import read_manifest
    from barista_model.encoder import Chain, tokenize
    from barista_model.pooling import pool
    from barista_model.segments import Segment
    from tokenizers import Tokenizer

    manifest = read_manifest(bundle)
    segments = [Segment(s["fromLayer"], s["toLayer"]) for s in manifest["segments"]]
    chain = Chain(bundle, segments)
    tokenizer = Tokenizer.from_file(str(bundle / manifest["tokenizer"]))
    lengths = [len(t) for t in texts]
    order = np.argsort(lengths)  # similar lengths share a batch: little padding
    out = {layer: np.zeros((len(texts), manifest["hiddenSize"]), dtype=np.float16) for layer in layers}
    for start in range(0, len(texts), batch):
        rows = order[start : start + batch]
        inputs = tokenize(tokenizer, [texts[i] for i in rows], max_tokens)
        states = chain.hidden_states(inputs, max(layers))
        for layer in layers:
            out[layer][rows] = pool(states[layer], inputs["attention_mask"], manifest["pooling"]).astype(np.float16)
    return out


def cached_features(out: Path, name: str, bundle: Path, examples, layers: list[int], doc_tokens: int) -> dict:
    path = out / f"features-{name}.npz"
    if path.exists():
        cached = np.load(path)
        # Only features of the same pairs, cut the same way: another --pairs or --max-doc-tokens recomputes.
        same = "docTokens" in cached and int(cached["docTokens"]) == doc_tokens
        if same and all(f"q{layer}" in cached and len(cached[f"q{layer}"]) == len(examples) for layer in layers):
            return {key: cached[key] for key in cached.files if key != "docTokens"}
    started = time.time()
    queries = pooled_features(bundle, [e.query for e in examples], layers, 32)
    documents = pooled_features(bundle, [e.positive for e in examples], layers, doc_tokens)
    arrays = {f"q{layer}": queries[layer] for layer in layers} | {f"d{layer}": documents[layer] for layer in layers}
    np.savez(path, **arrays, docTokens=np.array(doc_tokens))
    print(f"readout: {name} features of {len(examples)} pairs in {time.time() - started:.0f} s", flush=True)
    return arrays


class Readout(torch.nn.Module):
    def __init__(self, hidden: int):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.eye(hidden))
        self.bias = torch.nn.Parameter(torch.zeros(hidden))

    def forward(self, pooled: torch.Tensor, dim: int) -> torch.Tensor:
        return torch.nn.functional.normalize((pooled @ self.weight + self.bias)[:, :dim], dim=-1)

    def matrix(self) -> np.ndarray:
        return torch.cat([self.weight, self.bias[None, :]]).detach().numpy().astype(np.float32)


@torch.no_grad()
def mrr_at_10(queries: torch.Tensor, documents: torch.Tensor) -> float:
    """Each query's own document ranked among all the documents of the pool (cosine: rows are unit)."""
    scores = queries @ documents.T
    ranks = (scores > scores.diagonal()[:, None]).sum(-1) + 1
    return round(float(torch.where(ranks <= 10, 1.0 / ranks, torch.zeros_like(ranks, dtype=torch.float)).mean()), 4)


def pooled_mrr(readout: Readout | None, q: torch.Tensor, d: torch.Tensor, dim: int, pool_size: int) -> float:
    """Mean MRR@10 over consecutive pools of pool_size validation pairs."""

    def embed(x):
        return readout(x, dim) if readout else torch.nn.functional.normalize(x[:, :dim], dim=-1)

    values = [mrr_at_10(embed(q[s : s + pool_size]), embed(d[s : s + pool_size])) for s in range(0, len(q), pool_size)]
    return round(float(np.mean(values)), 4)


def language_batches(languages: list[str], batch: int, generator: torch.Generator) -> list[torch.Tensor]:
    """Batches of one language each (harder in-batch negatives), in random order; tails dropped."""
    batches = []
    for language in sorted(set(languages)):
        rows = torch.tensor([i for i, x in enumerate(languages) if x == language])
        rows = rows[torch.randperm(len(rows), generator=generator)]
        batches += [rows[s : s + batch] for s in range(0, len(rows) - batch + 1, batch)]
    return [batches[i] for i in torch.randperm(len(batches), generator=generator)]


def train_layer(train: dict, validation: dict, layer: int, languages: list[str], args) -> tuple[Readout, dict]:
    q, d = (torch.tensor(train[f"{k}{layer}"], dtype=torch.float32) for k in "qd")
    vq, vd = (torch.tensor(validation[f"{k}{layer}"], dtype=torch.float32) for k in "qd")
    hidden = q.shape[1]
    readout = Readout(hidden)
    optimizer = torch.optim.AdamW(readout.parameters(), lr=args.lr, weight_decay=0.0)
    generator = torch.Generator().manual_seed(args.seed)
    dims = [x for x in args.dims if x <= hidden]

    def score(model):
        return {dim: pooled_mrr(model, vq, vd, dim, args.pool) for dim in dims}

    before = score(None)
    best, best_state, history = -1.0, None, []
    for epoch in range(args.epochs):
        for rows in language_batches(languages, args.batch_size, generator):
            loss = 0.0
            for dim in dims:
                a, b = readout(q[rows], dim), readout(d[rows], dim)
                logits = a @ b.T / args.temperature
                loss = loss + torch.nn.functional.cross_entropy(logits, torch.arange(len(rows)))
            # Pull toward the identity: the readout may only move as far as the data asks.
            loss = loss + args.identity_weight * (readout.weight - torch.eye(hidden)).pow(2).sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        after = score(readout)
        mean = float(np.mean(list(after.values())))
        history.append({"epoch": epoch + 1, "mrr10": after})
        print(f"readout: layer {layer} epoch {epoch + 1} mean MRR@10 {mean:.4f} {after}", flush=True)
        if mean > best:
            best, best_state = mean, {k: v.clone() for k, v in readout.state_dict().items()}
    readout.load_state_dict(best_state)
    return readout, {"before": before, "after": score(readout), "history": history}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m finetune.readout", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="an exported bundle (its segments are run)")
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--validation", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--layers", default="1,2,3,4,5")
    parser.add_argument("--dims", default="16,32,64,128,256,384")
    parser.add_argument("--pairs", type=int, default=12000, help="training pairs to featurize (a seeded sample)")
    parser.add_argument("--max-doc-tokens", type=int, default=128, help="documents are cut here for the features")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--identity-weight", type=float, default=1e-4)
    parser.add_argument("--pool", type=int, default=500, help="validation pairs ranked against each other")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    args.dims = [int(x) for x in args.dims.split(",")]
    layers = [int(x) for x in args.layers.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(args.seed)

    examples = read_pairs(args.train)
    sample = np.random.default_rng(args.seed).permutation(len(examples))[: args.pairs]
    examples = [examples[i] for i in sorted(sample)]
    validation = read_pairs(args.validation)
    train_features = cached_features(args.out, "train", args.bundle, examples, layers, args.max_doc_tokens)
    validation_features = cached_features(args.out, "validation", args.bundle, validation, layers, args.max_doc_tokens)
    languages = [e.language for e in examples]
    record = {
        "bundle": str(args.bundle.name),
        "pairs": len(examples),
        "validationPairs": len(validation),
        "dims": args.dims,
        "epochs": args.epochs,
        "maxDocTokens": args.max_doc_tokens,
        "layers": {},
    }
    for layer in layers:
        started = time.time()
        readout, result = train_layer(train_features, validation_features, layer, languages, args)
        np.save(args.out / f"readout-{layer:02d}.npy", readout.matrix())
        record["layers"][str(layer)] = result | {"seconds": round(time.time() - started, 1)}
    (args.out / "readout.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"readout: {args.out}/readout.json")


if __name__ == "__main__":
    main()
