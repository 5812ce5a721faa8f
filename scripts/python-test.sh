#!/usr/bin/env bash
# Runs the Python tests (test/python) in the repo's .venv, building it first if needed.
# Extra arguments go to pytest, e.g. scripts/python-test.sh -k ladder
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$("$root/scripts/python-env.sh")"
cd "$root"
# The tests build their own tiny models; nothing may reach for a model hub.
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
exec "$python" -m pytest test/python -q "$@"
