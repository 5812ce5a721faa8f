"""Layer readouts: training on cached pooled states, and their place in a bundle."""

from __future__ import annotations

import argparse
import json
import shutil

import numpy as np
import pytest
import torch
from barista_model import bundle, readouts
from barista_model.export import export_bundle
from finetune.readout import Readout, pooled_mrr, train_layer


def synthetic_features(n: int, seed: int) -> dict:
    """Queries and documents share 8 meaningful dims, the last ones; the 24 before them are loud independent noise."""
    rng = np.random.default_rng(seed)
    meaning = rng.normal(size=(n, 8))
    q = np.concatenate([3 * rng.normal(size=(n, 24)), meaning], axis=1)
    d = np.concatenate([3 * rng.normal(size=(n, 24)), meaning + 0.1 * rng.normal(size=(n, 8))], axis=1)
    return {"q1": q.astype(np.float16), "d1": d.astype(np.float16)}


def test_a_readout_learns_to_drop_what_does_not_match_and_its_prefixes_nest():
    train, validation = synthetic_features(2048, 0), synthetic_features(400, 1)
    args = argparse.Namespace(
        lr=1e-2, seed=0, dims=[8, 32], pool=200, epochs=6, batch_size=128, temperature=0.05, identity_weight=0.0
    )
    readout, result = train_layer(train, validation, 1, ["x"] * 2048, args)
    assert result["before"][32] < 0.5, result
    assert result["after"][32] > result["before"][32] + 0.3, result
    assert result["after"][8] > result["before"][8] + 0.3, "the 8-dim prefix learns to carry the meaning"
    q, d = (torch.tensor(validation[k], dtype=torch.float32) for k in ("q1", "d1"))
    assert pooled_mrr(readout, q, d, 32, 200) == result["after"][32]


def test_a_fresh_readout_is_the_plain_prefix():
    pooled = torch.randn(5, 32)
    plain = torch.nn.functional.normalize(pooled[:, :8], dim=-1)
    assert torch.allclose(Readout(32)(pooled, 8), plain, atol=1e-6)


@pytest.fixture(scope="module")
def tiny_bundle(tiny6, tmp_path_factory):
    out = tmp_path_factory.mktemp("readout-bundles") / "tiny6"
    export_bundle(tiny6, out, name="tiny6")
    return out


def test_readouts_go_into_a_bundle_hashed_and_read_back(tiny_bundle, tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(tiny_bundle, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    hidden, layer = manifest["hiddenSize"], manifest["segments"][0]["toLayer"]
    run = tmp_path / "run"
    run.mkdir()
    matrix = np.random.default_rng(0).normal(size=(hidden + 1, hidden)).astype(np.float32)
    np.save(run / f"readout-{layer:02d}.npy", matrix)
    written = readouts.add_to_bundle(folder, run)
    assert written["readouts"] == [{"layer": layer, "file": readouts.file_name(layer)}]
    assert written["files"][readouts.file_name(layer)] == bundle.sha256_of(folder / readouts.file_name(layer))
    stored = readouts.read(folder / readouts.file_name(layer), hidden)
    assert np.array_equal(stored, matrix)
    pooled = np.ones((1, hidden), dtype=np.float32)
    assert np.allclose(readouts.apply(pooled, stored), matrix[:-1].sum(axis=0) + matrix[-1], atol=1e-4)
    np.save(run / f"readout-{layer:02d}.npy", matrix[:, :-1])
    with pytest.raises(ValueError, match="the bundle needs"):
        readouts.add_to_bundle(folder, run)
