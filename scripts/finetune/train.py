"""Fine-tunes a BERT-family checkpoint into a Starbucks model (or a baseline), on CPU or GPUs.

    python -m finetune.train --checkpoint BASE --train train.jsonl --out RUN [--objective srl|2dmse|full|smae]

One code path for every objective: the same data order, optimizer and schedule, so SRL, 2DMSE and
full-size fine-tuning compare on equal terms. `smae` is the optional masked-autoencoding stage; its
output checkpoint is then the --checkpoint of an SRL run. Multiple GPUs: `torchrun --nproc_per_node N
-m finetune.train ...` or `accelerate launch -m finetune.train ...` (both set RANK/WORLD_SIZE; the
run uses DDP; in-batch negatives stay per GPU). RUN/ gets:

- final/            the trained Hugging Face checkpoint (with barista-source.json for the exporter)
- state.pt          model, optimizer, scheduler, scaler and step, for --resume
- log.jsonl         one line per logged step (loss, its parts, learning rate, seconds)
- validation.json   in-batch MRR@10 on held-back pairs at every ladder size, before and after
- validation.jsonl  the same every --validate-every steps (the validation curve), with latest/ the checkpoint
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from barista_model.checkpoint import SOURCE_FILE, describe
from barista_model.ladder import default_ladder, parse_ladder

from .data import Collator, batch_indices, grouped_batch_indices, language_groups, read_pairs
from .losses import OBJECTIVES, Pair, make_loss
from .model import LayeredEncoder, cut, load_backbone
from .smae import SMAELoss

OBJECTIVE_CHOICES = (*OBJECTIVES, "smae")
PRECISIONS = ("auto", "fp32", "bf16", "fp16")


def _say(message: str) -> None:
    print(f"train: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Runtime:
    device: torch.device
    rank: int
    world: int
    local_rank: int

    @property
    def main(self) -> bool:
        return self.rank == 0


class TrainingStep(torch.nn.Module):
    """One micro-batch's loss, as a module: what DDP wraps."""

    def __init__(self, encoder: LayeredEncoder, loss: torch.nn.Module, objective: str, layers: list[int]):
        super().__init__()
        self.encoder = encoder
        self.loss = loss
        self.objective = objective
        self.layers = layers

    def forward(
        self,
        batch: dict,
        drawn: list[Pair] | None,
        special: torch.Tensor | None = None,
        generator: torch.Generator | None = None,
    ) -> tuple[torch.Tensor, dict[str, float]]:
        if self.objective == "smae":
            return self.loss(self.encoder.backbone, batch["documents"], special, generator)
        return self.loss(
            self.encoder(batch["queries"], self.layers), self.encoder(batch["documents"], self.layers), drawn
        )


def start_runtime(device_flag: str) -> Runtime:
    """Joins a torchrun/accelerate process group when WORLD_SIZE > 1; picks CUDA when there is one."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    wanted = device_flag if device_flag != "auto" else ("cuda" if torch.cuda.is_available() else "cpu")
    if wanted == "cuda":
        if not torch.cuda.is_available():
            raise SystemExit("train: --device cuda but torch sees no CUDA device (is this the CPU build of torch?)")
        torch.cuda.set_device(local_rank)
        device = torch.device("cuda", local_rank)
    else:
        device = torch.device("cpu")
    if world > 1:
        torch.distributed.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return Runtime(device, rank, world, local_rank)


def autocast_dtype(precision: str, device: torch.device) -> torch.dtype | None:
    """None means float32. auto: bf16 on GPUs that have it, else fp16 on CUDA, fp32 on CPU."""
    if precision == "fp32" or (precision == "auto" and device.type != "cuda"):
        return None
    if precision == "auto":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device.type != "cuda":
        # CPU autocast exists for bf16, but is slower than fp32 on most CPUs; keep CPU runs exact.
        _say(f"--precision {precision} applies to CUDA only; this CPU run is fp32")
        return None
    return torch.bfloat16 if precision == "bf16" else torch.float16


def schedule(step: int, total: int, warmup: int) -> float:
    """Linear warm-up, then linear decay to zero."""
    if step < warmup:
        return (step + 1) / max(1, warmup)
    return max(0.0, (total - step) / max(1, total - warmup))


def agreed_stop(runtime: Runtime, mine: bool) -> bool:
    """Whether every rank stops now: rank 0 decides (its clock, its --stop-at) and tells the others, so no
    rank leaves the loop while another waits in an all-reduce."""
    if runtime.world == 1:
        return mine
    flag = torch.tensor([1.0 if mine else 0.0], device=runtime.device)
    torch.distributed.broadcast(flag, src=0)
    return bool(flag.item())


def ladder_pairs(args, config) -> tuple[list[Pair], list[dict]]:
    if args.grid_dims:
        # Every layer at every one of these dims, the full size last: the ladder is then chosen by measuring
        # the trained grid (ladder_grid.py) rather than fixed before training.
        layers, hidden = config.num_hidden_layers, config.hidden_size
        grid = sorted(
            {(layer, min(dim, hidden)) for layer in range(1, layers + 1) for dim in args.grid_dims}
            | {(layers, hidden)},
            key=lambda p: (p == (layers, hidden), p),
        )
        return [Pair(l, d) for l, d in grid], [{"name": f"{l}x{d}", "layer": l, "dim": d} for l, d in grid]
    ladder = args.ladder or default_ladder(config.num_hidden_layers, config.hidden_size)
    ladder.check_fits(config.num_hidden_layers, config.hidden_size)
    return [Pair(s.layer, s.dim) for s in ladder.sizes], ladder.to_json()


@torch.no_grad()
def validate(
    encoder: LayeredEncoder,
    collator: Collator,
    examples,
    sizes: list[dict],
    similarity: str,
    device: torch.device,
    batch: int = 64,
    pool_size: int = 500,
) -> dict[str, float]:
    """MRR@10 of each query's positive among `pool_size` held-back documents, at every ladder size."""
    examples = examples[:pool_size]
    was_training = encoder.training
    encoder.eval()
    layers = sorted({s["layer"] for s in sizes})
    queries = {layer: [] for layer in layers}
    documents = {layer: [] for layer in layers}
    for start in range(0, len(examples), batch):
        chunk = examples[start : start + batch]
        encoded = collator(chunk)
        for side, store in (("queries", queries), ("documents", documents)):
            inputs = {k: v.to(device) for k, v in encoded[side].items()}
            for layer, pooled in encoder(inputs, layers).items():
                store[layer].append(pooled[: len(chunk)].float().cpu())
    result = {}
    for size in sizes:
        q = cut(torch.cat(queries[size["layer"]]), size["dim"], similarity)
        d = cut(torch.cat(documents[size["layer"]]), size["dim"], similarity)
        ranks = (q @ d.T > (q * d).sum(-1, keepdim=True)).sum(-1) + 1
        result[size["name"]] = round(
            float(torch.where(ranks <= 10, 1.0 / ranks, torch.zeros_like(ranks, dtype=torch.float)).mean()), 4
        )
    encoder.train(was_training)
    return result


def save_state(path: Path, model, optimizer, scheduler, scaler, step: int, extra: dict) -> None:
    partial = path.with_suffix(".partial")
    rng = {"cpu": torch.get_rng_state(), "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None}
    torch.save(
        {
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "scaler": scaler.state_dict() if scaler else None,
            "step": step,
            "rng": rng,
            "extra": extra,
        },
        partial,
    )
    partial.replace(path)  # a crash mid-save never leaves a torn state behind


def save_checkpoint(out: Path, backbone, tokenizer, base: Path, record: dict) -> None:
    """A Hugging Face checkpoint the exporter reads: weights, tokenizer, pooling files, provenance."""
    staging = out.parent / f".{out.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    backbone.save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    for name in ("1_Pooling", "sentence_bert_config.json", "modules.json", "config_sentence_transformers.json"):
        source = base / name
        if source.is_dir():
            shutil.copytree(source, staging / name)
        elif source.exists():
            shutil.copyfile(source, staging / name)
    source = json.loads((base / SOURCE_FILE).read_text()) if (base / SOURCE_FILE).exists() else {}
    source["training"] = [*source.get("training", []), record]
    (staging / SOURCE_FILE).write_text(json.dumps(source, indent=2) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m finetune.train", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--checkpoint", type=Path, required=True, help="base Hugging Face checkpoint directory")
    p.add_argument("--train", type=Path, required=True, help="JSONL of {query, positive, negatives?}")
    p.add_argument("--validation", type=Path, help="held-back JSONL pairs, scored before and after")
    p.add_argument("--out", type=Path, required=True, help="run directory")
    p.add_argument("--objective", choices=OBJECTIVE_CHOICES, default="srl")
    p.add_argument("--ladder", type=parse_ladder, help="JSON list of {name, layer, dim} (default: the cup ladder)")
    p.add_argument(
        "--grid-dims",
        type=lambda t: [int(x) for x in t.split(",")],
        help="train every layer at each of these dims (comma-separated) instead of one ladder",
    )
    p.add_argument("--pooling", choices=("cls", "mean"), help="default: as the base model was trained")
    p.add_argument("--similarity", choices=("cosine", "dot"), help="default: the base model's, else cosine")
    p.add_argument("--temperature", type=float, default=0.05)
    p.add_argument("--full-weight", type=float, default=1.0, help="weight of the full size's contrastive loss")
    p.add_argument(
        "--kl-weight", type=float, default=1.0, help="weight of KL(full size || smaller pair); 0 turns it off"
    )
    p.add_argument("--negatives", type=int, default=0, help="hard negatives per query taken from the data")
    p.add_argument("--steps", type=int, default=1000, help="optimizer steps")
    p.add_argument("--batch-size", type=int, default=32, help="pairs per device per micro-batch")
    p.add_argument("--grad-accum", type=int, default=1, help="micro-batches per optimizer step")
    p.add_argument("--lr", type=float, default=2e-5)
    p.add_argument("--weight-decay", type=float, default=0.01)
    p.add_argument("--warmup", type=float, default=0.1, help="share of steps to warm up over")
    p.add_argument("--max-grad-norm", type=float, default=1.0)
    p.add_argument("--max-query-tokens", type=int, default=32)
    p.add_argument("--max-doc-tokens", type=int, default=128)
    p.add_argument("--precision", choices=PRECISIONS, default="auto")
    p.add_argument("--device", choices=("auto", "cuda", "cpu"), default="auto")
    p.add_argument("--gradient-checkpointing", action="store_true")
    p.add_argument("--threads", type=int, help="torch CPU threads")
    p.add_argument("--save-every", type=int, default=100, help="steps between state saves")
    p.add_argument("--log-every", type=int, default=10)
    p.add_argument("--resume", action="store_true", help="continue from RUN/state.pt")
    p.add_argument("--max-minutes", type=float, help="wall-time cap: stop, save and finish early")
    p.add_argument("--stop-at", type=int, help="save and stop at this step (to pause a run; --resume continues it)")
    p.add_argument("--limit", type=int, help="read only the first N training pairs")
    p.add_argument("--encoder-mask", type=float, default=0.3, help="smae: share masked for the encoder")
    p.add_argument("--decoder-mask", type=float, default=0.5, help="smae: share masked for the decoder")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--no-progress", action="store_true", help="no progress bar (log lines only)")
    p.add_argument(
        "--group-by-language",
        action="store_true",
        help="every batch from one language (the pairs' `language`), for harder in-batch negatives",
    )
    p.add_argument(
        "--validate-every",
        type=int,
        default=0,
        help="steps between validations (validation.jsonl) and saves of RUN/latest; 0: only before and after",
    )
    return p.parse_args(argv)


def train(args: argparse.Namespace) -> dict:
    from transformers import AutoTokenizer

    runtime = start_runtime(args.device)
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed + runtime.rank)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    described = describe(args.checkpoint)
    pooling = args.pooling or described.pooling or "cls"
    similarity = args.similarity or described.similarity or "cosine"
    backbone = load_backbone(args.checkpoint, args.gradient_checkpointing)
    tokenizer = AutoTokenizer.from_pretrained(args.checkpoint)
    pairs, sizes = ladder_pairs(args, backbone.config)
    examples = read_pairs(args.train, args.limit)
    validation = read_pairs(args.validation) if args.validation else None
    collator = Collator(
        tokenizer,
        args.max_query_tokens,
        args.max_doc_tokens,
        described.query_prefix or "",
        described.document_prefix or "",
        args.negatives,
    )

    encoder = LayeredEncoder(backbone, pooling).to(runtime.device)
    if args.objective == "smae":
        if tokenizer.mask_token_id is None:
            raise SystemExit("train: --objective smae needs a tokenizer with a mask token")
        loss_fn = SMAELoss(backbone, pairs, pooling, tokenizer.mask_token_id, args.encoder_mask, args.decoder_mask)
        layers = sorted({p.layer for p in pairs})
    else:
        loss_fn = make_loss(
            args.objective,
            pairs,
            backbone.config.num_hidden_layers,
            seed=args.seed,
            similarity=similarity,
            temperature=args.temperature,
            full_weight=args.full_weight,
            kl_weight=args.kl_weight,
        )
        layers = loss_fn.layers_needed()
    loss_fn.to(runtime.device)
    # The module DDP wraps holds everything trained and runs the whole step in its forward, so DDP sees
    # every forward and one all-reduce covers the encoder and the SMAE heads.
    trained = TrainingStep(encoder, loss_fn, args.objective, layers)
    wrapped = trained
    if runtime.world > 1:
        ids = [runtime.local_rank] if runtime.device.type == "cuda" else None
        wrapped = torch.nn.parallel.DistributedDataParallel(trained, device_ids=ids)

    optimizer = torch.optim.AdamW(
        [p for p in trained.parameters() if p.requires_grad], lr=args.lr, weight_decay=args.weight_decay
    )
    warmup = int(args.steps * args.warmup)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: schedule(s, args.steps, warmup))
    dtype = autocast_dtype(args.precision, runtime.device)
    scaler = torch.amp.GradScaler("cuda") if dtype == torch.float16 else None

    state_path = out / "state.pt"
    step = 0
    earlier_seconds = 0.0  # wall time of the sessions before a resume: logs and the record count the whole run
    if args.resume and state_path.exists():
        state = torch.load(state_path, map_location=runtime.device, weights_only=False)
        trained.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        if scaler and state["scaler"]:
            scaler.load_state_dict(state["scaler"])
        step = int(state["step"])
        earlier_seconds = float(state["extra"].get("seconds", 0.0))
        # Dropout draws from these: restoring them makes a resumed run repeat an uninterrupted one.
        torch.set_rng_state(state["rng"]["cpu"])
        if state["rng"]["cuda"] is not None and torch.cuda.is_available():
            torch.cuda.set_rng_state_all(state["rng"]["cuda"])
        _say(f"resumed at step {step}")
    elif args.resume:
        _say(f"--resume: no {state_path} yet, starting at step 0")

    scores: dict = {}
    if validation and runtime.main and args.objective != "smae" and step == 0:
        scores["before"] = validate(encoder, collator, validation, sizes, similarity, runtime.device)
        _say(f"validation MRR@10 before: {scores['before']}")

    special = None
    progress = None
    if runtime.main and not args.no_progress:
        with contextlib.suppress(ImportError):
            from tqdm import tqdm

            progress = tqdm(total=args.steps, initial=step, desc=args.objective, dynamic_ncols=True)
    log = (out / "log.jsonl").open("a") if runtime.main else None
    groups = language_groups(examples) if args.group_by_language else None
    started = time.perf_counter() - earlier_seconds
    first_step = step
    stopped_early = False
    encoder.train()
    while step < args.steps:
        drawn = None if args.objective == "smae" else loss_fn.draw(step)
        total_loss, parts = 0.0, {}
        for micro in range(args.grad_accum):
            at = step * args.grad_accum + micro
            indices = (
                grouped_batch_indices(groups, args.batch_size, at, args.seed, runtime.rank, runtime.world)
                if groups
                else batch_indices(len(examples), args.batch_size, at, args.seed, runtime.rank, runtime.world)
            )
            batch = collator([examples[i] for i in indices])
            last = micro == args.grad_accum - 1
            sync = contextlib.nullcontext() if last or runtime.world == 1 else wrapped.no_sync()
            autocast = torch.autocast(runtime.device.type, dtype=dtype) if dtype else contextlib.nullcontext()
            with sync, autocast:
                batch = {side: {k: v.to(runtime.device) for k, v in inputs.items()} for side, inputs in batch.items()}
                special = generator = None
                if args.objective == "smae":
                    ids = batch["documents"]["input_ids"]
                    special = torch.isin(ids, torch.tensor(tokenizer.all_special_ids, device=ids.device))
                    generator = torch.Generator().manual_seed(args.seed * 7919 + step * args.grad_accum + micro)
                loss, parts = wrapped(batch, drawn, special, generator)
                loss = loss / args.grad_accum
            (scaler.scale(loss) if scaler else loss).backward()
            total_loss += float(loss.detach())
        if scaler:
            scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_(trained.parameters(), args.max_grad_norm)
        if scaler:
            scaler.step(optimizer)
            scaler.update()
        else:
            optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        elapsed = time.perf_counter() - started
        if not math.isfinite(total_loss):
            raise SystemExit(f"train: loss is {total_loss} at step {step}; lower --lr or use --precision fp32")
        if progress:
            progress.update(1)
            progress.set_postfix(loss=f"{total_loss:.3f}")
        if log and (step % args.log_every == 0 or step == args.steps or step == first_step + 1):
            log.write(
                json.dumps(
                    {
                        "step": step,
                        "loss": round(total_loss, 5),
                        "lr": scheduler.get_last_lr()[0],
                        "seconds": round(elapsed, 1),
                        "drawn": [f"{p.layer}x{p.dim}" for p in drawn or []],
                        "parts": {k: round(v, 4) for k, v in parts.items()},
                    }
                )
                + "\n"
            )
            log.flush()
            if args.no_progress:
                _say(
                    f"step {step}/{args.steps} loss {total_loss:.4f} "
                    f"({(step - first_step) / (elapsed - earlier_seconds):.3f} steps/s)"
                )
        capped = agreed_stop(
            runtime,
            (args.max_minutes is not None and elapsed - earlier_seconds > args.max_minutes * 60)
            or step == args.stop_at,
        )
        if runtime.main and (step % args.save_every == 0 or step == args.steps or capped):
            save_state(
                state_path,
                trained,
                optimizer,
                scheduler,
                scaler,
                step,
                {"objective": args.objective, "seconds": elapsed},
            )
        if (
            runtime.main
            and validation
            and args.validate_every
            and step % args.validate_every == 0
            and args.objective != "smae"
        ):
            point = validate(encoder, collator, validation, sizes, similarity, runtime.device)
            with (out / "validation.jsonl").open("a") as curve:
                curve.write(json.dumps({"step": step, "seconds": round(elapsed, 1), "mrr10": point}) + "\n")
            save_checkpoint(
                out / "latest",
                backbone,
                tokenizer,
                args.checkpoint,
                {"objective": args.objective, "steps": step, "partial": True},
            )
            _say(f"step {step}: validation MRR@10 {point}")
        if capped and step < args.steps:
            _say(f"stopping at step {step}/{args.steps} (--stop-at or the {args.max_minutes} min cap)")
            stopped_early = True
            break
    if progress:
        progress.close()
    seconds = time.perf_counter() - started

    record = {
        "objective": args.objective,
        "steps": step,
        "plannedSteps": args.steps,
        "stoppedEarly": stopped_early,
        "batchSize": args.batch_size * args.grad_accum * runtime.world,
        "lr": args.lr,
        "warmup": warmup,
        "temperature": args.temperature,
        "fullWeight": args.full_weight,
        "klWeight": args.kl_weight,
        "maxQueryTokens": args.max_query_tokens,
        "maxDocTokens": args.max_doc_tokens,
        "pooling": pooling,
        "similarity": similarity,
        "ladder": sizes,
        "trainPairs": len(examples),
        "data": args.train.name,
        "seconds": round(seconds, 1),
        "device": runtime.device.type,
        "precision": str(dtype or "float32"),
        "world": runtime.world,
        "seed": args.seed,
    }
    if runtime.main:
        if validation and args.objective != "smae":
            scores["after"] = validate(encoder, collator, validation, sizes, similarity, runtime.device)
            _say(f"validation MRR@10 after: {scores['after']}")
            record["validationMrr10"] = scores
            (out / "validation.json").write_text(json.dumps(scores, indent=2) + "\n")
        save_checkpoint(out / "final", backbone, tokenizer, args.checkpoint, record)
        (out / "record.json").write_text(json.dumps(record, indent=2) + "\n")
        _say(f"{step} steps in {seconds:.0f} s -> {out / 'final'}")
    if log:
        log.close()
    if runtime.world > 1:
        torch.distributed.barrier()
        torch.distributed.destroy_process_group()
    return record


def main(argv: list[str] | None = None) -> None:
    train(arguments(argv))


if __name__ == "__main__":
    main()
