"""MODEL_CARD.md: what a bundle is, for a reader who finds it in models/."""

from __future__ import annotations


def _size_table(manifest: dict) -> str:
    per_layer = {entry["name"]: entry for entry in manifest["parity"]["perLayer"]}
    rows = [
        "| size | layer | dim | fp32 max cos. distance | int8 max cos. distance |",
        "| --- | --- | --- | --- | --- |",
    ]
    for size in manifest["ladder"]:
        if size["layer"] == 0:
            static = manifest["static"]
            rows.append(
                f"| {size['name']} | 0 (static table, {static['vocabSize']} x {static['dim']}) | {size['dim']} | "
                f"- | {static['int8MaxCosineDistance']:.2e} |"
            )
            continue
        p = per_layer[size["name"]]
        rows.append(
            f"| {size['name']} | {size['layer']} | {size['dim']} | "
            f"{p['fp32MaxCosineDistance']:.2e} | {p['int8MaxCosineDistance']:.2e} |"
        )
    return "\n".join(rows)


def _segment_line(segment: dict) -> str:
    first, last = segment["fromLayer"] + 1, segment["toLayer"]
    layers = f"layer {last}" if first == last else f"layers {first}..{last}"
    return f"- `{segment['file']}`: " + ("the embeddings and " if segment["fromLayer"] == 0 else "") + layers


def interim_intro(manifest: dict) -> str:
    return f"""Interim bundle: the base model **{manifest["baseModel"]}** exported as is, cut into layer
segments at the cup ladder. It is **not Starbucks-trained yet**: its shallow layers and leading
dims were never trained to stand alone, so the small sizes work but rank worse than they will
after Starbucks training. Only the last ladder layer at full width is the base model itself."""


def render(manifest: dict, bundle_megabytes: float, intro: str | None = None, extra: str = "") -> str:
    """The card; `intro` replaces the interim paragraph and `extra` (Markdown sections) goes before Files."""
    parity = manifest["parity"]
    prefix = manifest["queryPrefix"]
    return f"""# Barista model bundle: {manifest["name"]}

{intro if intro is not None else interim_intro(manifest)}

- Base model: {manifest["baseModel"]}
- Licence of the weights: {manifest["license"]}
- Source of the weights: {manifest["source"]}
- Shape: {manifest["numLayers"]} layers, {manifest["hiddenSize"]} wide
- Pooling: {manifest["pooling"]}; similarity: {manifest["similarity"]}; max tokens: {manifest["maxTokens"]}
- Query prefix: {f"`{prefix}`" if prefix else "none"}; document prefix: {f"`{manifest['documentPrefix']}`" if manifest["documentPrefix"] else "none"}
- Precision: {manifest["precision"]} ({"dynamic quantization: int8 weights, activations quantized at run time" if manifest["precision"] == "int8" else "float32"})
- Size on disk: {bundle_megabytes:.1f} MB

## Ladder and parity

Each size is the {manifest["pooling"]}-pooled hidden state of its layer, cut to its first `dim`
values{" and L2-normalised" if manifest["similarity"] == "cosine" else ""}. Parity compares the ONNX segment chain (ONNX Runtime, CPU)
with PyTorch (Hugging Face `output_hidden_states`) on {parity["texts"]} fixed texts, code and prose,
padded in batches and truncated at max tokens. Tolerances: fp32 {parity["fp32Tolerance"]}, int8 {parity["int8Tolerance"]}
(max cosine distance over the texts).

{_size_table(manifest)}
{chr(10) + extra.strip() + chr(10) if extra.strip() else ""}
## Files

The segments run in order; segment 0 takes `input_ids`, `attention_mask` and `token_type_ids`
(int64, [batch, seq]), each later one takes `hidden_in` (float32, [batch, seq, hidden]) and
`attention_mask`; every segment outputs `hidden`, the hidden states after its last layer.
Pooling is left to the runtime. sha256 of every file is in `manifest.json`.

{chr(10).join(_segment_line(s) for s in manifest["segments"])}
- `{manifest["tokenizer"]}`: the base model's tokenizer, without its fixed padding, truncating at {manifest["maxTokens"]}

Made by `scripts/barista_model/export.py`.
"""
