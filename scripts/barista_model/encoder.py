"""Running a chain of segments with ONNX Runtime: the Python twin of the TypeScript encoder.

Used by the parity check and for timing; it stops at the segment that ends at the asked layer.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from .segments import Segment


def tokenize(tokenizer: Tokenizer, texts: list[str], max_tokens: int) -> dict[str, np.ndarray]:
    """Pads to the longest text of the batch and truncates to max_tokens, as the runtime must."""
    tokenizer = Tokenizer.from_str(tokenizer.to_str())  # padding settings must not leak to the caller's
    # BERT vocabularies put [PAD] at id 0; fall back to id 0 for those that name it otherwise.
    pad_id = tokenizer.token_to_id("[PAD]")
    pad_id = 0 if pad_id is None else pad_id
    tokenizer.enable_padding(pad_id=pad_id, pad_token=tokenizer.id_to_token(pad_id) or "[PAD]")
    tokenizer.enable_truncation(max_length=max_tokens)
    encodings = tokenizer.encode_batch(texts)
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


class Chain:
    def __init__(self, folder: Path, segments: list[Segment], threads: int = 2):
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self.segments = segments
        self.sessions = [
            ort.InferenceSession(str(folder / s.file), sess_options=options, providers=["CPUExecutionProvider"])
            for s in segments
        ]

    def hidden_states(self, batch: dict[str, np.ndarray], to_layer: int) -> dict[int, np.ndarray]:
        """Hidden states at each segment end up to `to_layer`: {layer: [batch, seq, hidden]}."""
        states: dict[int, np.ndarray] = {}
        hidden = None
        for segment, session in zip(self.segments, self.sessions):
            if segment.from_layer >= to_layer:
                break
            if segment.is_first:
                feed = {name: batch[name] for name in ("input_ids", "attention_mask", "token_type_ids")}
            else:
                feed = {"hidden_in": hidden, "attention_mask": batch["attention_mask"]}
            (hidden,) = session.run(["hidden"], feed)
            states[segment.to_layer] = hidden
        return states
