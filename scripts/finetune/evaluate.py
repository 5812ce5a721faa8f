"""After training: export the checkpoint as a bundle, run `barista eval` on suites, write the card.

    python -m finetune.evaluate --checkpoint RUN/final --out models/NAME --label SRL \
        --suite ../shared/eval/requests --suite ../shared/eval/cosqa-dev \
        [--compare base=.cache/eval/base.json --compare 2DMSE=.cache/eval/2dmse.json] \
        [--data-stats DATA/stats.json] [--results .cache/eval/srl.json]

Evaluation runs the TypeScript command line (`npm run build` first) at every ladder size, dense and
hybrid, each model with a fresh index. `--bundle models/X` evaluates a bundle as it is (no export, no
card) and only writes --results, which a later run lists with --compare. The card gets one table per
suite: nDCG@10 per size for every compared model, then this one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from barista_model import model_card
from barista_model.bundle import file_hashes, read_manifest, verify, write_manifest
from barista_model.checkpoint import SOURCE_FILE
from barista_model.export import export_bundle

ROOT = Path(__file__).resolve().parents[2]
MODES = ("dense", "hybrid")


def _say(message: str) -> None:
    print(f"evaluate: {message}", file=sys.stderr, flush=True)


def run_eval(bundle: Path, suite: Path, cli: Path, modes: tuple[str, ...] = MODES) -> dict:
    """One `barista eval --json` run at every size with a throwaway index; returns its JSON."""
    if not cli.exists():
        raise SystemExit(f"evaluate: {cli} is missing: run `npm run build` first")
    with tempfile.TemporaryDirectory(prefix="barista-eval-db-") as db:
        command = [
            "node",
            str(cli),
            "eval",
            str(suite),
            "--sizes",
            "all",
            "--mode",
            ",".join(modes),
            "--json",
            "--model",
            str(bundle),
            "--db",
            db,
        ]
        _say(" ".join(command[2:5]) + f" --model {bundle}")
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"evaluate: barista eval failed on {suite} ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def ndcg_by_size(result: dict) -> dict[tuple[str, str], float]:
    return {(run["size"], run["mode"]): run["ndcg10"] for run in result["runs"]}


def table(suite: str, models: dict[str, dict], ladder: list[dict]) -> str:
    """Rows: sizes; columns: each model's dense nDCG@10, then each model's hybrid nDCG@10."""
    labels = [label for label in models if suite in models[label]]
    scores = {label: ndcg_by_size(models[label][suite]) for label in labels}
    header = ["size", "layer", "dim"] + [f"{label} {mode}" for mode in MODES for label in labels]
    rows = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for size in ladder:
        cells = [size["name"], str(size["layer"]), str(size["dim"])]
        for mode in MODES:
            for label in labels:
                value = scores[label].get((size["name"], mode))
                cells.append("–" if value is None else f"{value:.3f}")
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def evaluation_section(models: dict[str, dict], ladder: list[dict]) -> str:
    suites = list(dict.fromkeys(suite for results in models.values() for suite in results))
    parts = [
        "## Evaluation",
        "",
        "nDCG@10 from `barista eval --sizes all --mode dense,hybrid` (the TypeScript engine on this int8 bundle",
        "or the compared one, a fresh index each). Dense ranks by the size's vectors alone; hybrid fuses them",
        "with full-text search. The suites are never training data.",
    ]
    for suite in suites:
        first = next(results[suite] for results in models.values() if suite in results)
        parts += [
            "",
            f"### {suite} ({first.get('files', '?')} files, {first.get('chunks', '?')} chunks)",
            "",
            table(suite, models, ladder),
        ]
    return "\n".join(parts)


def training_records(checkpoint: Path) -> list[dict]:
    """What train.py recorded in the checkpoint's barista-source.json, one entry per stage."""
    path = checkpoint / SOURCE_FILE
    return json.loads(path.read_text()).get("training", []) if path.exists() else []


def training_section(records: list[dict], stats: dict | None) -> str:
    lines = ["## Training", ""]
    for record in records:
        if record["objective"] == "interpolate":
            lines.append(
                f"- **Weight interpolation** with the base (WiSE-FT): every weight is {record['alpha']} × the "
                f"trained one + {1 - record['alpha']:.2g} × the base's, to keep the full size close to the base."
            )
            continue
        stopped = " (stopped early by the wall-time cap)" if record.get("stoppedEarly") else ""
        lines.append(
            f"- **{record['objective'].upper()}**: {record['steps']} steps of {record['batchSize']} pairs{stopped}, "
            f"{record['seconds'] / 60:.1f} min on {record['device']} ({record['precision']}); lr {record['lr']} with "
            f"{record['warmup']} warm-up steps then linear decay; temperature {record['temperature']}; full-size "
            f"weight {record['fullWeight']}, KL weight {record['klWeight']}; queries ≤ {record['maxQueryTokens']} "
            f"tokens, code ≤ {record['maxDocTokens']} tokens; {record['trainPairs']} training pairs; seed {record['seed']}."
        )
        if record.get("validationMrr10"):
            before, after = record["validationMrr10"].get("before", {}), record["validationMrr10"].get("after", {})
            pairs = ", ".join(
                f"{name} {before.get(name, float('nan')):.3f} → {value:.3f}" for name, value in after.items()
            )
            lines.append(f"  Held-back pairs, MRR@10 among 500: {pairs}.")
    if stats:
        lines += [
            "",
            "Data: docstring / doc comment → the code without it, mined by `python -m finetune.mine` "
            "from source trees on disk, deduplicated by code and by query, "
            f"{stats['validation']} pairs held back for validation, {stats['train']} for training:",
            "",
        ]
        lines += ["| source | mined | kept | languages |", "| --- | --- | --- | --- |"]
        for name, entry in stats["sources"].items():
            languages = ", ".join(f"{k} {v}" for k, v in sorted(entry["languages"].items()))
            lines.append(f"| {name} | {entry['mined']} | {entry['kept']} | {languages} |")
        lines += [
            "",
            "Excluded from the data: any path with a component named "
            + ", ".join(f"`{name}`" for name in stats["excluded"])
            + " (their vendored copies too, e.g. `pip/_vendor/requests`): the evaluation suites search them.",
        ]
    return "\n".join(lines)


def intro(manifest: dict, label: str) -> str:
    return (
        f"Starbucks-trained ({label}) from **{manifest['baseModel']}**: every ladder size (layer, leading dims) was "
        "trained to stand alone for code search, from one set of weights, so the engine can stop early and keep "
        "fewer dims. Cut into layer segments at the ladder."
    )


def rewrite_card(
    bundle: Path, label: str, models: dict[str, dict], records: list[dict], stats: dict | None, notes: str
) -> None:
    """Rewrites MODEL_CARD.md with training and evaluation, and the manifest's hashes to match."""
    manifest = read_manifest(bundle)
    megabytes = sum(p.stat().st_size for p in bundle.iterdir() if p.name != "MODEL_CARD.md") / 1e6
    extra = "\n\n".join(
        part
        for part in (training_section(records, stats), evaluation_section(models, manifest["ladder"]), notes.strip())
        if part
    )
    (bundle / "MODEL_CARD.md").write_text(model_card.render(manifest, megabytes, intro(manifest, label), extra))
    manifest["files"] = file_hashes(bundle)
    write_manifest(bundle, manifest)
    verify(bundle)


def _compare(text: str) -> tuple[str, Path]:
    label, _, path = text.partition("=")
    if not path:
        raise argparse.ArgumentTypeError("--compare must be LABEL=RESULTS.json")
    return label, Path(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m finetune.evaluate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--checkpoint", type=Path, help="trained checkpoint to export into --out, then evaluate")
    what.add_argument("--bundle", type=Path, help="an existing bundle to evaluate as it is")
    parser.add_argument("--out", type=Path, help="bundle folder to write (with --checkpoint)")
    parser.add_argument("--name", help="bundle name (default: the --out folder's name)")
    parser.add_argument("--label", default="SRL", help="this model's column label")
    parser.add_argument("--suite", type=Path, action="append", default=[], help="evaluation suite folder, repeatable")
    parser.add_argument("--compare", type=_compare, action="append", default=[], help="LABEL=RESULTS.json, repeatable")
    parser.add_argument("--results", type=Path, help="where to save this model's results JSON")
    parser.add_argument("--reuse", action="store_true", help="read --results instead of evaluating again, if it exists")
    parser.add_argument("--data-stats", type=Path, help="the miner's stats.json, for the card")
    parser.add_argument("--notes", type=Path, help="Markdown file appended to the card (limits, what was not run)")
    parser.add_argument("--cli", type=Path, default=ROOT / "dist" / "cli.js")
    args = parser.parse_args(argv)
    if args.checkpoint and not args.out:
        parser.error("--checkpoint needs --out")

    bundle = args.bundle
    if args.checkpoint:
        export_bundle(args.checkpoint, args.out, args.name, "int8")
        bundle = args.out
    if args.reuse and args.results and args.results.exists():
        results = json.loads(args.results.read_text())
    else:
        results = {}
        for suite in args.suite:
            result = run_eval(bundle, suite, args.cli)
            results[result.get("suite", suite.name)] = result
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps(results, indent=1) + "\n")
    for suite, result in results.items():
        line = ", ".join(f"{size}/{mode} {value:.3f}" for (size, mode), value in ndcg_by_size(result).items())
        _say(f"{args.label} {suite}: {line}")
    if args.checkpoint:
        models = {label: json.loads(path.read_text()) for label, path in args.compare}
        models[args.label] = results
        stats = json.loads(args.data_stats.read_text()) if args.data_stats else None
        rewrite_card(
            bundle,
            args.label,
            models,
            training_records(args.checkpoint),
            stats,
            args.notes.read_text() if args.notes else "",
        )
        _say(f"wrote {bundle / 'MODEL_CARD.md'}")


if __name__ == "__main__":
    main()
