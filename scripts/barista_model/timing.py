"""Times a bundle's chain with ONNX Runtime: stopping after each segment versus running them all.

    .venv/bin/python -m barista_model.timing models/default [--batch 32] [--tokens 128] [--threads 2]

Early exit is the reason the model is cut into segments; this shows what it saves.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from .bundle import verify
from .encoder import Chain
from .segments import Segment


def _time_sizes(chain: Chain, batch: dict, layers: list[int], repeats: int) -> dict[int, list[float]]:
    for layer in layers:
        chain.hidden_states(batch, layer)  # the first run pays for allocations
    times: dict[int, list[float]] = {layer: [] for layer in layers}
    # Interleaved, so that load from other processes falls on every size alike.
    for _ in range(repeats):
        for layer in layers:
            started = time.perf_counter()
            chain.hidden_states(batch, layer)
            times[layer].append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m barista_model.timing", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)

    manifest = verify(args.bundle)
    segments = [Segment(s["fromLayer"], s["toLayer"]) for s in manifest["segments"]]
    chain = Chain(args.bundle, segments, threads=args.threads)
    rng = np.random.default_rng(0)
    # Random ids from the common part of the vocabulary: timing depends on shape, not on text.
    ids = rng.integers(1000, 20000, (args.batch, args.tokens)).astype(np.int64)
    batch = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    times = _time_sizes(chain, batch, [size["layer"] for size in manifest["ladder"]], args.repeats)
    print(
        f"{args.bundle} ({manifest['precision']}), batch {args.batch} x {args.tokens} tokens, "
        f"{args.threads} threads, {args.repeats} runs each"
    )
    for size in manifest["ladder"]:
        runs = np.array(times[size["layer"]]) * 1000
        print(
            f"  up to {size['name']:>7} (layer {size['layer']:>2}): "
            f"min {runs.min():7.1f} ms, median {np.median(runs):7.1f} ms"
        )


if __name__ == "__main__":
    main()
