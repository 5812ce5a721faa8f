#!/usr/bin/env bash
# The training set of the shipped model: every source this machine offers, mined in one run.
#   scripts/finetune/fetch_sources.sh CORPORA     # once, as root on Debian (apt-get source)
#   scripts/finetune/mine-all.sh CORPORA OUT
# Python comes from the interpreter's standard library and site-packages and the repo's .venv;
# JavaScript and TypeScript from the repo's node_modules and Debian; the rest from Debian (sources.tsv).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpora="$(cd "$1" && pwd)"
out="$2"
py="$root/.venv/bin/python"
stdlib="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
args=(--tree "python-stdlib=$stdlib" --packages "python-site=$stdlib/site-packages"
      --packages "venv-site=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
      --packages "node_modules=$root/node_modules")
for language in go rust java kotlin csharp ruby php c cpp typescript; do
  [[ -d "$corpora/$language" ]] && args+=(--packages "$language=$corpora/$language")
done
cd "$root/scripts" && "$py" -m finetune.mine --out "$out" "${args[@]}"
