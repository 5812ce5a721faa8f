"""Weight interpolation of a fine-tuned checkpoint with its base (WiSE-FT): protects what the base did well.

    python -m finetune.interpolate --base BASE --tuned RUN/final --alpha 0.5 --out RUN/interpolated

Every weight becomes alpha * tuned + (1 - alpha) * base. The output is the tuned checkpoint's folder
(tokenizer, pooling, provenance) with the mixed weights and one more training record.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import torch
from barista_model.checkpoint import SOURCE_FILE
from safetensors.torch import load_file, save_file

WEIGHTS = "model.safetensors"


def _weights(folder: Path) -> dict[str, torch.Tensor]:
    path = folder / WEIGHTS
    if not path.exists():
        raise SystemExit(f"interpolate: {path} is missing (only safetensors checkpoints are read)")
    return load_file(str(path))


def _canonical(name: str) -> str:
    """LayerNorm parameters under their current names: some saves keep the old gamma/beta."""
    for old, new in ((".gamma", ".weight"), (".beta", ".bias")):
        if name.endswith(old):
            return name.removesuffix(old) + new
    return name


def interpolate(base: Path, tuned: Path, alpha: float, out: Path) -> dict:
    if not 0.0 <= alpha <= 1.0:
        raise SystemExit(f"interpolate: --alpha must be within 0..1, not {alpha}")
    tuned_weights = _weights(tuned)
    base_weights = {_canonical(k): v for k, v in _weights(base).items()}
    mixed = {}
    for name, value in tuned_weights.items():
        # Names may differ by a prefix (e.g. the base saved with its pooler); match on the suffix.
        key = _canonical(name)
        other = base_weights.get(key)
        if other is None:
            other = next((v for k, v in base_weights.items() if k.endswith("." + key) or key.endswith("." + k)), None)
        if other is None or other.shape != value.shape:
            raise SystemExit(f"interpolate: {name} has no counterpart of shape {tuple(value.shape)} in {base}")
        mixed[name] = value if not value.is_floating_point() else (alpha * value + (1 - alpha) * other.to(value.dtype))
    staging = out.parent / f".{out.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(tuned, staging)
    save_file({k: v.contiguous() for k, v in mixed.items()}, str(staging / WEIGHTS), metadata={"format": "pt"})
    source = json.loads((staging / SOURCE_FILE).read_text()) if (staging / SOURCE_FILE).exists() else {}
    record = {"objective": "interpolate", "alpha": alpha}
    source["training"] = [*source.get("training", []), record]
    (staging / SOURCE_FILE).write_text(json.dumps(source, indent=2) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    return record


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.interpolate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--tuned", type=Path, required=True)
    parser.add_argument("--alpha", type=float, default=0.5, help="weight of the tuned checkpoint (default 0.5)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    interpolate(args.base, args.tuned, args.alpha, args.out)
    print(f"interpolate: alpha {args.alpha} -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
