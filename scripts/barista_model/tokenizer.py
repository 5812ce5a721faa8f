"""The bundle's tokenizer.json, taken from the checkpoint."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tokenizers import Tokenizer

from .checkpoint import CheckpointError


def _from_vocab(checkpoint: Path) -> Tokenizer:
    # Older checkpoints ship only vocab.txt; transformers' fast tokenizer knows how to turn the
    # checkpoint's tokenizer settings (lower-casing, accents) into a tokenizer.json.
    from transformers import AutoTokenizer

    fast = AutoTokenizer.from_pretrained(checkpoint)
    if not getattr(fast, "is_fast", False):
        raise CheckpointError(f"{checkpoint}: could not build a fast tokenizer from its vocab.txt")
    with tempfile.TemporaryDirectory() as scratch:
        fast.save_pretrained(scratch)
        return Tokenizer.from_file(str(Path(scratch) / "tokenizer.json"))


def bundle_tokenizer(checkpoint: Path, max_tokens: int) -> Tokenizer:
    if (checkpoint / "tokenizer.json").exists():
        tokenizer = Tokenizer.from_file(str(checkpoint / "tokenizer.json"))
    elif (checkpoint / "vocab.txt").exists():
        tokenizer = _from_vocab(checkpoint)
    else:
        raise CheckpointError(f"{checkpoint} has neither tokenizer.json nor vocab.txt")
    # Some checkpoints pad every input to a fixed length (all-MiniLM-L6-v2: 128), which would
    # make a runtime that honours it encode padding; the runtime pads each batch itself.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)
    return tokenizer
