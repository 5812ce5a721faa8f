"""int8 segments: dynamic quantization of the fp32 graphs (int8 weights, activations quantized at run time)."""

from __future__ import annotations

import logging
from pathlib import Path

from onnxruntime.quantization import QuantType, quantize_dynamic


def quantize_segment(fp32_path: Path, int8_path: Path) -> None:
    # Per-channel scales: one scale per weight tensor put the worst all-MiniLM-L6-v2 layer at
    # cosine distance 0.23 from fp32, per-channel at 0.02.
    # Reduced range (7-bit weights): x86 CPUs without VNNI can saturate in the u8 x s8 kernels;
    # the bundle runs on machines we never see, and here it costs no measurable quality.
    # quantize_dynamic logs a hint about pre-processing on every call; the parity check, not
    # that hint, is what tells whether the result is good enough.
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(fp32_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True
        )
    finally:
        root.setLevel(level)
