"""The fine-tune package on a tiny random BERT, CPU only: losses, ladder gradients, SMAE, resume, export."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from conftest import WORDS, make_checkpoint
from finetune import train as trainer
from finetune.data import Collator, batch_indices, grouped_batch_indices, language_groups, read_pairs
from finetune.losses import Pair, make_loss
from finetune.model import LayeredEncoder, load_backbone

LADDER = [
    {"name": "demi", "layer": 1, "dim": 8},
    {"name": "short", "layer": 2, "dim": 16},
    {"name": "tall", "layer": 3, "dim": 48},
]


def _pairs(folder: Path, count: int = 96, seed: int = 0) -> Path:
    """Synthetic pairs a model can learn: the query's words reappear in its positive."""
    rng = random.Random(seed)
    path = folder / "pairs.jsonl"
    with path.open("w") as handle:
        for i in range(count):
            words = rng.sample(WORDS, 4)
            query = " ".join(words) + f" {i}"
            positive = f"def f{i}():\n    return " + " ".join(words + rng.sample(WORDS, 3)) + f" {i}"
            handle.write(
                json.dumps({"query": query, "positive": positive, "negatives": ["sort line of the file"]}) + "\n"
            )
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    return make_checkpoint(tmp_path_factory.mktemp("tiny3"), layers=3, seed=3)


@pytest.fixture(scope="module")
def pairs(tmp_path_factory) -> Path:
    return _pairs(tmp_path_factory.mktemp("pairs"))


def _args(tiny: Path, pairs: Path, out: Path, *extra: str):
    return trainer.arguments(
        [
            "--checkpoint",
            str(tiny),
            "--train",
            str(pairs),
            "--out",
            str(out),
            "--ladder",
            json.dumps(LADDER),
            "--batch-size",
            "8",
            "--max-query-tokens",
            "16",
            "--max-doc-tokens",
            "32",
            "--threads",
            "2",
            "--log-every",
            "1",
            "--no-progress",
            "--lr",
            "1e-3",
            "--warmup",
            "0",
            *extra,
        ]
    )


def _losses(out: Path) -> list[float]:
    return [json.loads(line)["loss"] for line in (out / "log.jsonl").read_text().splitlines()]


def test_srl_loss_goes_down_and_writes_a_checkpoint(tiny, pairs, tmp_path):
    record = trainer.train(_args(tiny, pairs, tmp_path / "run", "--steps", "24", "--validation", str(pairs)))
    losses = _losses(tmp_path / "run")
    assert len(losses) == 24
    assert sum(losses[-6:]) / 6 < 0.9 * sum(losses[:6]) / 6
    assert record["steps"] == 24 and record["objective"] == "srl"
    final = tmp_path / "run" / "final"
    source = json.loads((final / "barista-source.json").read_text())
    assert source["baseModel"] == "test/tiny-bert" and source["training"][-1]["steps"] == 24
    after = json.loads((tmp_path / "run" / "validation.json").read_text())["after"]
    assert set(after) == {"demi", "short", "tall"}


def test_every_ladder_pair_receives_gradient(tiny, pairs):
    torch.manual_seed(0)
    backbone = load_backbone(tiny)
    encoder = LayeredEncoder(backbone, "cls")
    from transformers import AutoTokenizer

    collator = Collator(AutoTokenizer.from_pretrained(tiny), 16, 32)
    batch = collator(read_pairs(pairs, limit=8))
    ladder = [Pair(s["layer"], s["dim"]) for s in LADDER]
    loss_fn = make_loss("srl", ladder, 3, similarity="cosine", temperature=0.05)
    queries, documents = encoder(batch["queries"], [1, 2, 3]), encoder(batch["documents"], [1, 2, 3])
    for pooled in (*queries.values(), *documents.values()):
        pooled.retain_grad()
    loss, parts = loss_fn(queries, documents, loss_fn.draw(0))
    loss.backward()
    for pair in ladder:
        grad = queries[pair.layer].grad
        assert grad[:, : pair.dim].abs().sum() > 0, f"no gradient at layer {pair.layer} dim {pair.dim}"
        # Each layer's vector is used only up to its own dim (layer 3 is the full width).
        assert grad[:, pair.dim :].abs().sum() == 0
        assert f"ce_{pair.layer}x{pair.dim}" in parts
    assert {"kl_1x8", "kl_2x16"} <= set(parts) and "kl_3x48" not in parts
    for layer in range(3):
        weights = backbone.encoder.layer[layer].attention.self.query.weight.grad
        assert weights is not None and weights.abs().sum() > 0


def test_baselines_draw_their_pairs():
    ladder = [Pair(s["layer"], s["dim"]) for s in LADDER]
    two = make_loss("2dmse", ladder, 3, seed=1)
    draws = [two.draw(step) for step in range(40)]
    assert all(d[-1] == Pair(3, 48) and len(d) == 2 for d in draws)
    assert {d[0].layer for d in draws} == {1, 2} and {d[0].dim for d in draws} == {8, 16}
    assert two.draw(7) == two.draw(7)
    assert make_loss("full", ladder, 3).draw(0) == [Pair(3, 48)]
    assert make_loss("srl", ladder, 3).draw(5) == ladder


def test_2dmse_and_full_run_on_the_same_path(tiny, pairs, tmp_path):
    for objective in ("2dmse", "full"):
        record = trainer.train(
            _args(
                tiny,
                pairs,
                tmp_path / objective,
                "--steps",
                "3",
                "--objective",
                objective,
                "--negatives",
                "1",
                "--grad-accum",
                "2",
            )
        )
        assert record["steps"] == 3 and record["batchSize"] == 16
        assert all(math.isfinite(loss) for loss in _losses(tmp_path / objective))


def test_smae_runs(tiny, pairs, tmp_path):
    record = trainer.train(_args(tiny, pairs, tmp_path / "smae", "--steps", "3", "--objective", "smae"))
    losses = _losses(tmp_path / "smae")
    assert record["objective"] == "smae" and len(losses) == 3 and all(0 < loss < 1e4 for loss in losses)
    parts = json.loads((tmp_path / "smae" / "log.jsonl").read_text().splitlines()[0])["parts"]
    assert {"mlm_1x8", "dec_1x8", "mlm_3x48", "dec_3x48"} <= set(parts)
    assert (tmp_path / "smae" / "final" / "config.json").exists()


def test_resume_restores_optimizer_and_step(tiny, pairs, tmp_path):
    trainer.train(_args(tiny, pairs, tmp_path / "straight", "--steps", "6"))
    trainer.train(_args(tiny, pairs, tmp_path / "paused", "--steps", "6", "--stop-at", "3"))
    state = torch.load(tmp_path / "paused" / "state.pt", weights_only=False)
    assert state["step"] == 3 and state["optimizer"]["state"], "optimizer moments must be saved"
    first_session = state["extra"]["seconds"]
    record = trainer.train(_args(tiny, pairs, tmp_path / "paused", "--steps", "6", "--resume"))
    assert record["steps"] == 6
    assert record["seconds"] >= first_session > 0, "wall time counts every session of a resumed run"
    resumed = torch.load(tmp_path / "paused" / "state.pt", weights_only=False)
    straight = torch.load(tmp_path / "straight" / "state.pt", weights_only=False)
    assert resumed["scheduler"]["last_epoch"] == straight["scheduler"]["last_epoch"] == 6
    for name, value in straight["model"].items():
        assert torch.allclose(value, resumed["model"][name], atol=1e-5), name


def test_batches_are_a_function_of_the_step():
    assert batch_indices(100, 8, 5, seed=1) == batch_indices(100, 8, 5, seed=1)
    epoch = [i for step in range(12) for i in batch_indices(100, 8, step, seed=1)]
    assert len(set(epoch)) == 96  # one epoch: no repeats, the tail dropped
    ranks = [batch_indices(100, 4, 3, seed=1, rank=r, world=2) for r in range(2)]
    assert not set(ranks[0]) & set(ranks[1])


def test_grouped_batches_hold_one_language_and_cover_each_group_once_per_epoch():
    groups = [list(range(40)), list(range(40, 60)), list(range(60, 63))]  # the last group is too small
    assert grouped_batch_indices(groups, 8, 3, seed=2) == grouped_batch_indices(groups, 8, 3, seed=2)
    batches = [grouped_batch_indices(groups, 8, step, seed=2) for step in range(7)]  # 5 + 2 batches per epoch
    for batch in batches:
        assert len(batch) == 8 and (max(batch) < 40 or min(batch) >= 40)
    assert len({i for b in batches for i in b}) == 56 and not {i for b in batches for i in b} & {60, 61, 62}


def _languages(folder: Path) -> Path:
    path = folder / "languages.jsonl"
    rows = [
        {
            "query": f"q {i} {WORDS[i % len(WORDS)]}",
            "positive": f"def f{i}(): return {WORDS[(i * 7) % len(WORDS)]}",
            "language": "go" if i % 2 else "rust",
        }
        for i in range(64)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_grid_training_by_language_writes_a_validation_curve(tiny, tmp_path):
    data = _languages(tmp_path)
    assert [len(g) for g in language_groups(read_pairs(data))] == [32, 32]
    args = trainer.arguments(
        [
            "--checkpoint",
            str(tiny),
            "--train",
            str(data),
            "--validation",
            str(data),
            "--out",
            str(tmp_path / "run"),
            "--grid-dims",
            "8,48",
            "--group-by-language",
            "--validate-every",
            "2",
            "--batch-size",
            "8",
            "--steps",
            "4",
            "--max-doc-tokens",
            "32",
            "--threads",
            "2",
            "--no-progress",
            "--log-every",
            "1",
        ]
    )
    record = trainer.train(args)
    assert [(s["layer"], s["dim"]) for s in record["ladder"]][-1] == (3, 48)  # the full size last
    assert {(s["layer"], s["dim"]) for s in record["ladder"]} == {(l, d) for l in (1, 2, 3) for d in (8, 48)}
    curve = [json.loads(line) for line in (tmp_path / "run" / "validation.jsonl").read_text().splitlines()]
    assert [c["step"] for c in curve] == [2, 4] and set(curve[0]["mrr10"]) == {s["name"] for s in record["ladder"]}
    assert (tmp_path / "run" / "latest" / "config.json").exists()
    parts = json.loads((tmp_path / "run" / "log.jsonl").read_text().splitlines()[0])["parts"]
    assert {"ce_1x8", "ce_2x48", "ce_3x48", "kl_1x8"} <= set(parts)


def test_export_parity_holds_for_a_trained_checkpoint(tiny, pairs, tmp_path):
    from barista_model.bundle import verify
    from barista_model.export import export_bundle
    from barista_model.ladder import parse_ladder

    trainer.train(_args(tiny, pairs, tmp_path / "run", "--steps", "4"))
    manifest = export_bundle(
        tmp_path / "run" / "final", tmp_path / "bundle", "trained", "int8", parse_ladder(json.dumps(LADDER))
    )
    assert manifest["parity"]["fp32MaxCosineDistance"] <= manifest["parity"]["fp32Tolerance"]
    assert [s["dim"] for s in manifest["ladder"]] == [8, 16, 48]

    from finetune.evaluate import rewrite_card, training_records

    fake = {
        "suite": {
            "files": 2,
            "chunks": 3,
            "runs": [{"size": s["name"], "mode": m, "ndcg10": 0.5} for s in LADDER for m in ("dense", "hybrid")],
        }
    }
    rewrite_card(
        tmp_path / "bundle",
        "SRL",
        {"base": fake, "SRL": fake},
        training_records(tmp_path / "run" / "final"),
        {
            "train": 90,
            "validation": 6,
            "excluded": ["flask"],
            "sources": {"here": {"mined": 96, "kept": 96, "languages": {"python": 96}}},
        },
        "## Limits\n\nA test.",
    )
    card = (tmp_path / "bundle" / "MODEL_CARD.md").read_text()
    assert "| demi | 1 | 8 | 0.500 | 0.500 | 0.500 | 0.500 |" in card and "**SRL**: 4 steps" in card
    assert "## Limits" in card
    verify(tmp_path / "bundle")  # hashes match the rewritten card


def _train_through_ddp(tiny: Path, pairs: Path, out: Path, *extra: str):
    """Two CPU processes under torch.distributed.run (gloo), as a GPU run would start them."""
    import os
    import subprocess
    import sys

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(scripts), os.environ.get("PYTHONPATH", "")]),
        "HF_HUB_OFFLINE": "1",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc_per_node",
            "2",
            "-m",
            "finetune.train",
            "--checkpoint",
            str(tiny),
            "--train",
            str(pairs),
            "--out",
            str(out),
            "--ladder",
            json.dumps(LADDER),
            "--batch-size",
            "4",
            "--threads",
            "1",
            "--no-progress",
            "--max-doc-tokens",
            "32",
            *extra,
        ],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads((out / "record.json").read_text())


def test_two_processes_train_through_ddp_on_cpu(tiny, pairs, tmp_path):
    record = _train_through_ddp(tiny, pairs, tmp_path / "ddp", "--steps", "2")
    assert record["world"] == 2 and record["batchSize"] == 8 and record["steps"] == 2


def test_interpolation_mixes_weights_and_records_it(tiny, tmp_path):
    from finetune.interpolate import interpolate
    from safetensors.torch import load_file

    other = make_checkpoint(tmp_path / "other", layers=3, seed=4)
    interpolate(tiny, other, 0.25, tmp_path / "mixed")
    base, tuned = load_file(str(tiny / "model.safetensors")), load_file(str(other / "model.safetensors"))
    mixed = load_file(str(tmp_path / "mixed" / "model.safetensors"))
    name = next(k for k in mixed if k.endswith("query.weight"))
    assert torch.allclose(mixed[name], 0.25 * tuned[name] + 0.75 * base[name], atol=1e-6)
    source = json.loads((tmp_path / "mixed" / "barista-source.json").read_text())
    assert source["training"][-1] == {"objective": "interpolate", "alpha": 0.25}


def test_interpolation_matches_layer_norms_saved_as_gamma_and_beta(tiny, tmp_path):
    """A tuned checkpoint saved with the old LayerNorm names (gamma, beta) still mixes with its base."""
    from finetune.interpolate import interpolate
    from safetensors.torch import load_file, save_file

    other = make_checkpoint(tmp_path / "other", layers=3, seed=4)
    weights = load_file(str(other / "model.safetensors"))
    renamed = {
        k.removesuffix(".weight") + ".gamma"
        if "LayerNorm.weight" in k
        else k.removesuffix(".bias") + ".beta"
        if "LayerNorm.bias" in k
        else k: v
        for k, v in weights.items()
    }
    assert any(k.endswith("LayerNorm.gamma") for k in renamed)
    save_file(renamed, str(other / "model.safetensors"))
    interpolate(tiny, other, 0.5, tmp_path / "mixed")
    base, mixed = load_file(str(tiny / "model.safetensors")), load_file(str(tmp_path / "mixed" / "model.safetensors"))
    name = next(k for k in mixed if k.endswith("LayerNorm.gamma"))
    base_name = name.removesuffix(".gamma") + ".weight"
    assert torch.allclose(mixed[name], 0.5 * renamed[name] + 0.5 * base[base_name], atol=1e-6)


def _stop_decision(rank: int, world: int, folder: Path, mine: list[bool]) -> None:
    """One rank of a gloo group: asks agreed_stop with this rank's own wish and writes down the answer."""
    torch.distributed.init_process_group(
        "gloo", init_method=f"file://{folder / 'rendezvous'}", rank=rank, world_size=world
    )
    try:
        runtime = trainer.Runtime(device=torch.device("cpu"), rank=rank, world=world, local_rank=rank)
        (folder / f"rank-{rank}").write_text(json.dumps(trainer.agreed_stop(runtime, mine[rank])))
    finally:
        torch.distributed.destroy_process_group()


@pytest.mark.parametrize("mine", [[False, True], [True, False]], ids=["rank 1 past the cap", "rank 0 past the cap"])
def test_ranks_take_rank_0s_stop_decision_whatever_their_own_clocks_say(mine, tmp_path):
    """Issue 11, defect 4: each rank's clock decided for itself, so a rank past --max-minutes left the loop
    while the other waited in an all-reduce. Ranks that disagree must both follow rank 0."""
    import torch.multiprocessing as mp

    mp.spawn(_stop_decision, args=(2, tmp_path, mine), nprocs=2)
    decided = [json.loads((tmp_path / f"rank-{r}").read_text()) for r in range(2)]
    assert decided == [mine[0], mine[0]]


def test_ddp_ranks_stop_together_at_the_wall_time_cap(tiny, pairs, tmp_path):
    """--max-minutes under DDP: rank 0's clock decides for both, so neither waits in an all-reduce alone."""
    record = _train_through_ddp(tiny, pairs, tmp_path / "ddp", "--steps", "1000", "--max-minutes", "0")
    assert record["stoppedEarly"] and record["steps"] == 1


def test_static_rung_distils_aligned_rows_and_fine_tuning_lifts_it(tiny, pairs, tmp_path):
    from finetune import static
    from transformers import AutoTokenizer

    table = static.distil(tiny, dims=16)
    tokenizer = AutoTokenizer.from_pretrained(tiny)
    assert table.shape == (max(tokenizer.get_vocab().values()) + 1, 16)
    word = tokenizer.convert_tokens_to_ids(WORDS[0])
    assert abs(table[word]).sum() > 0, "a vocabulary word has a distilled row"
    examples = read_pairs(pairs)
    tuned, record = static.fine_tune(
        table,
        tokenizer,
        examples,
        examples,
        steps=30,
        batch=16,
        lr=5e-2,
        temperature=0.05,
        seed=1,
        log=lambda _: None,
        dims=(8,),
    )
    assert tuned.shape == table.shape and not (tuned == table).all()
    assert record["dims"] == [8, 16]
    assert record["after"][16] > record["before"][16] and record["after"][8] > record["before"][8]
