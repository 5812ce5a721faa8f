"""Exports a base checkpoint in the layout transformers.js loads, for `barista bench --peer`.

    .venv/bin/python -m barista_model.peer --checkpoint DIR --out DIR

The peer pipeline (`@xenova/transformers` feature-extraction, as other editor extensions run
all-MiniLM-L6-v2) reads MODEL/config.json, MODEL/tokenizer.json, MODEL/tokenizer_config.json and
MODEL/onnx/model.onnx (fp32) or MODEL/onnx/model_quantized.onnx (int8, its default). The graph is
the whole encoder, token ids in, `last_hidden_state` out; the pipeline pools and normalises itself.
Nothing here goes into a Barista bundle: the files are a benchmark's opponent.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import warnings
from pathlib import Path

from .checkpoint import load_encoder
from .quantize import quantize_segment
from .segments import TOKEN_INPUTS, Segment, _example_inputs, segment_module, strip_build_metadata

# What transformers.js reads besides the graph (vocab.txt and the special tokens map for completeness).
TEXT_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")
OPSET = 18
# transformers.js 2.17 runs onnxruntime-node 1.14, which reads IR version 8 at most (opset 18's own).
IR_VERSION = 8


def _set_ir_version(path: Path) -> None:
    import onnx

    model = onnx.load(str(path))
    model.ir_version = IR_VERSION
    onnx.save(model, str(path))


def export_peer(checkpoint: Path, out: Path) -> None:
    import torch

    encoder = load_encoder(checkpoint)
    whole = Segment(0, encoder.config.num_hidden_layers)
    onnx_dir = out / "onnx"
    onnx_dir.mkdir(parents=True, exist_ok=True)
    fp32 = onnx_dir / "model.onnx"
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        logging.getLogger("torch.onnx").setLevel(logging.ERROR)
        torch.onnx.export(
            segment_module(encoder, whole),
            _example_inputs(encoder, whole),
            str(fp32),
            input_names=list(TOKEN_INPUTS),
            output_names=["last_hidden_state"],
            dynamic_shapes={name: {0: batch, 1: seq} for name in TOKEN_INPUTS},
            opset_version=OPSET,
            dynamo=True,
            external_data=False,
            verbose=False,
        )
    strip_build_metadata(fp32)
    _set_ir_version(fp32)
    quantized = onnx_dir / "model_quantized.onnx"
    quantize_segment(fp32, quantized)
    _set_ir_version(quantized)
    for name in TEXT_FILES:
        if (checkpoint / name).exists():
            shutil.copyfile(checkpoint / name, out / name)
    missing = [n for n in ("config.json", "tokenizer.json", "tokenizer_config.json") if not (out / n).exists()]
    if missing:
        raise SystemExit(f"peer: {checkpoint} lacks {', '.join(missing)}, which transformers.js needs")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m barista_model.peer", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--checkpoint",
        type=Path,
        required=True,
        help="Hugging Face checkpoint folder (scripts/fetch_base.py prints it)",
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write (MODEL above)")
    args = parser.parse_args(argv)
    export_peer(args.checkpoint, args.out)
    print(f"peer: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
