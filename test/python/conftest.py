"""Tiny randomly initialised BERT checkpoints with a tiny WordPiece tokenizer: no network, seconds to export."""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = [
    "the",
    "a",
    "file",
    "read",
    "def",
    "return",
    "function",
    "search",
    "code",
    "index",
    "query",
    "python",
    "list",
    "sort",
    "by",
    "key",
    "and",
    "of",
    "to",
    "in",
    "for",
    "with",
    "open",
    "line",
]


def _vocab() -> list[str]:
    pieces = list(string.ascii_lowercase + string.digits + string.punctuation)
    return SPECIALS + WORDS + pieces + ["##" + p for p in string.ascii_lowercase + string.digits]


def write_tokenizer_json(folder: Path) -> None:
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = {token: i for i, token in enumerate(_vocab())}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    tokenizer.decoder = decoders.WordPiece()
    # Like all-MiniLM-L6-v2's: a fixed padding the exporter must strip.
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]", length=24)
    tokenizer.save(str(folder / "tokenizer.json"))


def write_vocab_txt(folder: Path) -> None:
    (folder / "vocab.txt").write_text("\n".join(_vocab()) + "\n")
    (folder / "tokenizer_config.json").write_text(
        json.dumps({"do_lower_case": True, "tokenizer_class": "BertTokenizer"})
    )


def make_checkpoint(folder: Path, layers: int, hidden: int = 48, seed: int = 0, tokenizer: str = "json") -> Path:
    import torch
    from transformers import BertConfig, BertModel
    from transformers.utils import logging

    logging.disable_progress_bar()
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(_vocab()),
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=4,
        intermediate_size=2 * hidden,
        max_position_embeddings=64,
    )
    BertModel(config).eval().save_pretrained(folder)
    if tokenizer == "json":
        write_tokenizer_json(folder)
    else:
        write_vocab_txt(folder)
    (folder / "barista-source.json").write_text(
        json.dumps(
            {
                "baseModel": "test/tiny-bert",
                "license": "MIT",
                "source": "randomly initialised in a test",
                "pooling": "cls",
                "similarity": "cosine",
                "maxTokens": 64,
                "queryPrefix": "query: ",
                "documentPrefix": "",
            }
        )
    )
    return folder


@pytest.fixture(scope="session")
def tiny6(tmp_path_factory) -> Path:
    return make_checkpoint(tmp_path_factory.mktemp("tiny6"), layers=6)


@pytest.fixture(scope="session")
def tiny12(tmp_path_factory) -> Path:
    return make_checkpoint(tmp_path_factory.mktemp("tiny12"), layers=12, seed=1)
