#!/usr/bin/env bash
# Lints and format-checks the Python side (scripts/, test/python) with ruff from the repo's .venv
# (built first if needed); ruff.toml holds the settings. `npm run lint` calls this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="$("$root/scripts/python-env.sh")"
ruff="$(dirname "$python")/ruff"
cd "$root"
"$ruff" check scripts test/python
"$ruff" format --check scripts test/python
