#!/usr/bin/env bash
# The long CPU run behind the multi-language model: resumable, so it can run across sessions.
#   scripts/finetune/train-multilang.sh PAIRS RUN [MAX_MINUTES]
# PAIRS is mine-all.sh's output; RUN keeps state.pt, log.jsonl, validation.jsonl (the curve) and latest/.
# Call it again with the same arguments to continue where it stopped. On GPUs, the same flags work with
# torchrun --nproc_per_node N and --precision bf16 (see README.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pairs="$(cd "$1" && pwd)"
run="$2"
minutes="${3:-600}"
py="$root/.venv/bin/python"
base="$("$py" "$root/scripts/fetch_base.py")"
cd "$root/scripts"
exec nice -n 5 "$py" -m finetune.train --checkpoint "$base" --train "$pairs/train.jsonl" \
  --validation "$pairs/validation.jsonl" --out "$run" --objective srl --grid-dims 64,128,384 --full-weight 2 \
  --group-by-language --negatives 1 --batch-size 32 --max-query-tokens 32 --max-doc-tokens 192 \
  --lr 5e-5 --warmup 0.03 --steps 1500 --save-every 20 --validate-every 100 --log-every 5 --threads 2 \
  --no-progress --resume --max-minutes "$minutes"
