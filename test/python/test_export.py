"""Export of tiny random BERTs: manifest shape, hashes, parity of the segment chain, verification."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch
from barista_model import bundle
from barista_model.export import export_bundle, main
from barista_model.ladder import Ladder, Size
from barista_model.parity import FP32_TOLERANCE, INT8_TOLERANCE, ParityError
from barista_model.tokenizer import bundle_tokenizer
from transformers import BertModel

MANIFEST_KEYS = [
    "formatVersion",
    "name",
    "baseModel",
    "license",
    "source",
    "hiddenSize",
    "numLayers",
    "ladder",
    "pooling",
    "similarity",
    "maxTokens",
    "queryPrefix",
    "documentPrefix",
    "segments",
    "tokenizer",
    "precision",
    "files",
    "parity",
]


@pytest.fixture(scope="module")
def int8_bundle(tiny6, tmp_path_factory):
    out = tmp_path_factory.mktemp("bundles") / "tiny6-int8"
    export_bundle(tiny6, out, name="tiny6")
    return out


@pytest.fixture(scope="module")
def int8_bundle_12(tiny12, tmp_path_factory):
    out = tmp_path_factory.mktemp("bundles") / "tiny12-int8"
    export_bundle(tiny12, out)
    return out


def read(folder):
    return json.loads((folder / "manifest.json").read_text())


def random_batch(vocab_size: int, seed: int = 7):
    """Token ids unrelated to the exporter's own parity texts, with padding in the batch."""
    rng = np.random.default_rng(seed)
    lengths = [5, 17, 33, 2]
    ids = np.zeros((len(lengths), max(lengths)), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, length in enumerate(lengths):
        ids[row, :length] = rng.integers(5, vocab_size, length)
        ids[row, 0], ids[row, length - 1] = 2, 3
        mask[row, :length] = 1
    return ids, mask


def chain_vs_torch(checkpoint, folder) -> dict[int, float]:
    """Max cosine distance per ladder layer between the bundle's chain and HF, CLS-pooled and cut to dim."""
    manifest = read(folder)
    model = BertModel.from_pretrained(checkpoint, attn_implementation="eager").eval()
    ids, mask = random_batch(model.config.vocab_size)
    with torch.no_grad():
        expected = model(
            input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask), output_hidden_states=True
        ).hidden_states
    dims = {size["layer"]: size["dim"] for size in manifest["ladder"]}
    distances, hidden = {}, None
    for segment in manifest["segments"]:
        session = ort.InferenceSession(str(folder / segment["file"]), providers=["CPUExecutionProvider"])
        if segment["fromLayer"] == 0:
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        else:
            feed = {"hidden_in": hidden, "attention_mask": mask}
        (hidden,) = session.run(["hidden"], feed)
        layer, dim = segment["toLayer"], dims[segment["toLayer"]]
        a = hidden[:, 0, :dim].astype(np.float64)
        b = expected[layer][:, 0, :dim].numpy().astype(np.float64)
        cos = (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
        distances[layer] = float((1 - cos).max())
    return distances


def test_manifest_has_the_agreed_shape(int8_bundle):
    manifest = read(int8_bundle)
    assert list(manifest) == MANIFEST_KEYS
    assert manifest["formatVersion"] == 1
    assert manifest["name"] == "tiny6"
    assert (manifest["baseModel"], manifest["license"]) == ("test/tiny-bert", "MIT")
    assert (manifest["hiddenSize"], manifest["numLayers"]) == (48, 6)
    assert [s["layer"] for s in manifest["ladder"]] == [1, 2, 3, 4, 5, 6]
    assert [s["dim"] for s in manifest["ladder"]] == [2, 4, 8, 16, 32, 48]
    assert (manifest["pooling"], manifest["similarity"], manifest["maxTokens"]) == ("cls", "cosine", 64)
    assert (manifest["queryPrefix"], manifest["documentPrefix"]) == ("query: ", "")
    assert manifest["segments"][0] == {"file": "segment-00-01.onnx", "fromLayer": 0, "toLayer": 1}
    assert [s["toLayer"] for s in manifest["segments"]] == [s["layer"] for s in manifest["ladder"]]
    assert all(a["toLayer"] == b["fromLayer"] for a, b in zip(manifest["segments"], manifest["segments"][1:]))
    assert manifest["tokenizer"] == "tokenizer.json"
    assert manifest["precision"] == "int8"
    parity = manifest["parity"]
    assert [p["layer"] for p in parity["perLayer"]] == [1, 2, 3, 4, 5, 6]
    assert parity["fp32MaxCosineDistance"] <= FP32_TOLERANCE
    assert parity["int8MaxCosineDistance"] <= INT8_TOLERANCE


def test_files_hold_the_sha256_of_every_file_but_the_manifest(int8_bundle):
    files = read(int8_bundle)["files"]
    on_disk = sorted(p.name for p in int8_bundle.iterdir() if p.name != "manifest.json")
    assert sorted(files) == on_disk
    assert "MODEL_CARD.md" in files and "tokenizer.json" in files
    for name, digest in files.items():
        assert bundle.sha256_of(int8_bundle / name) == digest
    assert bundle.verify(int8_bundle)["name"] == "tiny6"


def test_graphs_have_the_agreed_inputs_and_outputs_and_int8_weights(int8_bundle):
    manifest = read(int8_bundle)
    for segment in manifest["segments"]:
        session = ort.InferenceSession(str(int8_bundle / segment["file"]), providers=["CPUExecutionProvider"])
        inputs = {i.name: (i.type, len(i.shape)) for i in session.get_inputs()}
        outputs = {o.name: (o.type, len(o.shape)) for o in session.get_outputs()}
        if segment["fromLayer"] == 0:
            assert inputs == {name: ("tensor(int64)", 2) for name in ("input_ids", "attention_mask", "token_type_ids")}
        else:
            assert inputs == {"hidden_in": ("tensor(float)", 3), "attention_mask": ("tensor(int64)", 2)}
        assert outputs == {"hidden": ("tensor(float)", 3)}
        ops = {node.op_type for node in onnx.load(str(int8_bundle / segment["file"])).graph.node}
        assert "MatMulInteger" in ops


def test_segments_carry_no_paths_of_the_machine_that_built_them(int8_bundle):
    # The torch exporter records a stack trace with absolute paths on every node; a bundle ships.
    checkout = str(Path(__file__).resolve().parents[2]).encode()
    for segment in read(int8_bundle)["segments"]:
        data = (int8_bundle / segment["file"]).read_bytes()
        assert checkout not in data
        assert b"stack_trace" not in data


def test_int8_chain_matches_pytorch_at_every_ladder_layer(tiny6, int8_bundle):
    distances = chain_vs_torch(tiny6, int8_bundle)
    assert list(distances) == [1, 2, 3, 4, 5, 6]
    assert max(distances.values()) <= INT8_TOLERANCE


def test_12_layer_model_is_cut_at_even_layers_and_matches(tiny12, int8_bundle_12):
    manifest = read(int8_bundle_12)
    assert [(s["fromLayer"], s["toLayer"]) for s in manifest["segments"]] == [
        (0, 2),
        (2, 4),
        (4, 6),
        (6, 8),
        (8, 10),
        (10, 12),
    ]
    assert [s["dim"] for s in manifest["ladder"]] == [2, 4, 8, 16, 32, 48]
    assert max(chain_vs_torch(tiny12, int8_bundle_12).values()) <= INT8_TOLERANCE


def test_fp32_chain_from_the_command_line_matches_pytorch(tiny6, tmp_path, capsys):
    out = tmp_path / "custom"
    ladder = '[{"name": "small", "layer": 2, "dim": 16}, {"name": "large", "layer": 6, "dim": 48}]'
    main(
        [
            "--checkpoint",
            str(tiny6),
            "--out",
            str(out),
            "--precision",
            "fp32",
            "--ladder",
            ladder,
            "--pooling",
            "mean",
            "--max-tokens",
            "32",
        ]
    )
    assert capsys.readouterr().out.strip() == str(out)
    manifest = read(out)
    assert manifest["precision"] == "fp32"
    assert (manifest["pooling"], manifest["maxTokens"]) == ("mean", 32)
    assert [s["file"] for s in manifest["segments"]] == ["segment-00-02.onnx", "segment-02-06.onnx"]
    distances = chain_vs_torch(tiny6, out)
    assert list(distances) == [2, 6]
    assert max(distances.values()) <= FP32_TOLERANCE


def test_an_altered_file_is_named_by_verify(int8_bundle, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(int8_bundle, copy)
    target = copy / "segment-02-03.onnx"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(bundle.BundleError, match="segment-02-03.onnx"):
        bundle.verify(copy)


def test_a_missing_file_is_named_by_verify(int8_bundle, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(int8_bundle, copy)
    (copy / "tokenizer.json").unlink()
    with pytest.raises(bundle.BundleError, match="tokenizer.json.*missing"):
        bundle.verify(copy)


def test_a_failed_parity_check_writes_no_bundle(tiny6, tmp_path):
    out = tmp_path / "never"
    with pytest.raises(ParityError, match="int8"):
        export_bundle(tiny6, out, ladder=Ladder((Size("only", 2, 48),)), int8_tolerance=0.0)
    assert not out.exists()
    assert not list(tmp_path.iterdir())


def test_provenance_is_required(tiny6, tmp_path):
    checkpoint = tmp_path / "anonymous"
    shutil.copytree(tiny6, checkpoint)
    (checkpoint / "barista-source.json").unlink()
    with pytest.raises(ValueError, match="--license"):
        export_bundle(checkpoint, tmp_path / "out")


def test_bundle_tokenizer_drops_fixed_padding_and_truncates(tiny6):
    tokenizer = bundle_tokenizer(tiny6, max_tokens=8)
    assert tokenizer.padding is None
    assert len(tokenizer.encode("read the file").ids) == 5  # [CLS] read the file [SEP]
    assert len(tokenizer.encode("read the file " * 10).ids) == 8


def test_tokenizer_json_is_built_when_only_vocab_txt_exists(tmp_path):
    from conftest import write_tokenizer_json, write_vocab_txt

    write_vocab_txt(tmp_path)
    built = bundle_tokenizer(tmp_path, max_tokens=64)
    reference_folder = tmp_path / "reference"
    reference_folder.mkdir()
    write_tokenizer_json(reference_folder)
    reference = bundle_tokenizer(reference_folder, max_tokens=64)
    text = "def read_file(path): return open(path).read()  # Sort BY key"
    assert built.encode(text).ids == reference.encode(text).ids


def test_a_static_table_becomes_rung_0_with_int8_rows_and_parity(tiny6, tmp_path):
    from barista_model import static_rung
    from barista_model.ladder import LadderError
    from barista_model.static_rung import rows_needed

    vocab = rows_needed(bundle_tokenizer(tiny6, 32))
    table = np.random.default_rng(3).normal(size=(vocab, 24)).astype(np.float32)
    out = tmp_path / "with-static"
    ladder = (
        '[{"name": "shot", "layer": 0, "dim": 24}, {"name": "small", "layer": 2, "dim": 16}, '
        '{"name": "large", "layer": 6, "dim": 48}]'
    )
    np.save(tmp_path / "static.npy", table)
    main(["--checkpoint", str(tiny6), "--out", str(out), "--ladder", ladder, "--static", str(tmp_path / "static.npy")])
    manifest = read(out)
    assert manifest["static"]["file"] == "static-24.bin" and manifest["static"]["vocabSize"] == vocab
    assert manifest["files"]["static-24.bin"] == bundle.sha256_of(out / "static-24.bin")
    assert [s["toLayer"] for s in manifest["segments"]] == [2, 6]  # no segment for layer 0
    assert manifest["static"]["int8MaxCosineDistance"] < 0.01
    stored = static_rung.read(out / "static-24.bin", vocab, 24)
    assert np.abs(stored - table).max() <= np.abs(table).max(axis=1).max() / 127 + 1e-6
    assert "| shot | 0 (static table" in (out / "MODEL_CARD.md").read_text()
    bundle.verify(out)

    with pytest.raises(LadderError, match="layer 0|deeper than"):
        export_bundle(tiny6, tmp_path / "no-table", ladder=Ladder((Size("shot", 0, 24), Size("large", 6, 48))))
    with pytest.raises(LadderError, match="1..24"):
        export_bundle(
            tiny6, tmp_path / "too-wide", ladder=Ladder((Size("shot", 0, 32), Size("large", 6, 48))), static_table=table
        )


def test_rung_0_added_to_an_exported_bundle_in_place(int8_bundle, tmp_path):
    from barista_model import static_rung
    from tokenizers import Tokenizer

    copy = tmp_path / "copy"
    shutil.copytree(int8_bundle, copy)
    before = read(copy)
    rows = static_rung.rows_needed(Tokenizer.from_file(str(copy / "tokenizer.json")))
    table = np.random.default_rng(5).normal(size=(rows, 32)).astype(np.float32)
    record = {
        "checkpoint": "tiny6",
        "dims": [16, 32],
        "steps": 3,
        "batchSize": 4,
        "trainPairs": 9,
        "seconds": 1.0,
        "before": {"16": 0.1, "32": 0.2},
        "after": {"16": 0.3, "32": 0.4},
    }
    static_rung.add_to_bundle(copy, table, "shot", 24, record)
    manifest = static_rung.add_to_bundle(copy, table, "shot", 24, record)  # twice: replaced, not repeated
    assert manifest["ladder"][0] == {"name": "shot", "layer": 0, "dim": 24}
    assert manifest["ladder"][1:] == before["ladder"] and manifest["segments"] == before["segments"]
    assert manifest["static"]["dim"] == 32 and manifest["static"]["int8MaxCosineDistance"] < 0.01
    card = (copy / "MODEL_CARD.md").read_text()
    assert card.count(static_rung.CARD_HEADING) == 1 and "| 32 | 0.2 | 0.4 |" in card
    bundle.verify(copy)
    with pytest.raises(ValueError, match="tokenizer ids need"):
        static_rung.add_to_bundle(copy, table[:-1], "shot")
