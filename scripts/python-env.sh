#!/usr/bin/env bash
# Creates (or refreshes) the repo's Python environment in .venv and prints its python.
# Idempotent: the venv is rebuilt only when scripts/requirements.txt changes, which is
# detected by a hash kept inside .venv. Everything but the final path goes to stderr,
# so callers can write: PY="$(scripts/python-env.sh)".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
requirements="$root/scripts/requirements.txt"
stamp="$venv/.requirements.sha256"
base_python="${PYTHON:-python3}"

want="$( { sha256sum "$requirements"; "$base_python" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"

if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "python-env: building $venv from scripts/requirements.txt" >&2
  # A half-built or stale venv could keep packages the new requirements dropped.
  rm -rf "$venv"
  "$base_python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
  # Lets `python -m barista_model.export` work without PYTHONPATH=scripts.
  site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  echo "$root/scripts" > "$site/barista-scripts.pth"
  echo "$want" > "$stamp"
fi

echo "$venv/bin/python"
