"""Reading a base checkpoint directory: its weights and what is known about it."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

SOURCE_FILE = "barista-source.json"  # written by scripts/fetch_base.py


class CheckpointError(ValueError):
    pass


@dataclass(frozen=True)
class Description:
    """What a bundle's manifest says about its model, beyond the ladder and files."""

    base_model: str | None = None
    license: str | None = None
    source: str | None = None
    pooling: str | None = None
    similarity: str | None = None
    max_tokens: int | None = None
    query_prefix: str | None = None
    document_prefix: str | None = None

    def overridden_by(self, other: Description) -> Description:
        changes = {k: v for k, v in other.__dict__.items() if v is not None}
        return replace(self, **changes)


def _read_json(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def describe(checkpoint: Path) -> Description:
    """Gathers the description from the files a checkpoint may carry, most specific last."""
    described = Description()
    # sentence-transformers checkpoints say how they pool and how long their inputs are.
    pooling_config = _read_json(checkpoint / "1_Pooling" / "config.json")
    if pooling_config:
        if pooling_config.get("pooling_mode_cls_token"):
            described = replace(described, pooling="cls")
        elif pooling_config.get("pooling_mode_mean_tokens"):
            described = replace(described, pooling="mean")
    st_config = _read_json(checkpoint / "sentence_bert_config.json")
    if st_config and st_config.get("max_seq_length"):
        described = replace(described, max_tokens=int(st_config["max_seq_length"]))

    source = _read_json(checkpoint / SOURCE_FILE)
    if source:
        described = described.overridden_by(
            Description(
                base_model=source.get("baseModel"),
                license=source.get("license"),
                source=source.get("source"),
                pooling=source.get("pooling"),
                similarity=source.get("similarity"),
                max_tokens=source.get("maxTokens"),
                query_prefix=source.get("queryPrefix"),
                document_prefix=source.get("documentPrefix"),
            )
        )
    return described


def complete(described: Description, max_positions: int) -> Description:
    """Fills the defaults and refuses a bundle whose provenance is unknown."""
    missing = [
        flag
        for flag, value in (
            ("--base-model", described.base_model),
            ("--license", described.license),
            ("--source", described.source),
        )
        if not value
    ]
    if missing:
        raise CheckpointError(
            f"the checkpoint has no {SOURCE_FILE} and {', '.join(missing)} were not given: "
            "a bundle must say where its weights came from and under which licence"
        )
    filled = replace(
        described,
        pooling=described.pooling or "cls",
        similarity=described.similarity or "cosine",
        max_tokens=described.max_tokens or max_positions,
        query_prefix=described.query_prefix or "",
        document_prefix=described.document_prefix or "",
    )
    if filled.pooling not in ("cls", "mean"):
        raise CheckpointError(f"pooling must be cls or mean, not {filled.pooling!r}")
    if filled.similarity not in ("cosine", "dot"):
        raise CheckpointError(f"similarity must be cosine or dot, not {filled.similarity!r}")
    if not 2 <= filled.max_tokens <= max_positions:
        raise CheckpointError(f"max tokens {filled.max_tokens} must be within 2..{max_positions} (position embeddings)")
    return filled


def load_encoder(checkpoint: Path):
    """Loads the checkpoint as a plain-ops BERT-family encoder in float32, for export and reference."""
    # Imported here so that reading descriptions and ladders needs no torch.
    import torch
    from transformers import AutoModel
    from transformers.utils import logging

    logging.set_verbosity_error()
    logging.disable_progress_bar()
    if not (checkpoint / "config.json").exists():
        raise CheckpointError(f"{checkpoint} has no config.json: not a Hugging Face checkpoint directory")
    # Eager attention keeps the exported graph to MatMul/Softmax, which every provider runs.
    model = AutoModel.from_pretrained(checkpoint, attn_implementation="eager", dtype=torch.float32)
    if not (hasattr(model, "embeddings") and hasattr(model, "encoder") and hasattr(model.encoder, "layer")):
        raise CheckpointError(f"{type(model).__name__} is not a BERT-family encoder (embeddings + encoder.layer)")
    return model.eval()
