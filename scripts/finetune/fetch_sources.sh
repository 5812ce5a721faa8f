#!/usr/bin/env bash
# Downloads the training sources listed in sources.tsv into OUT/<language>/<package>/ (Debian only,
# as root; needs deb-src lines in the apt sources for the deb-src rows). Idempotent: a package folder
# that exists is kept. Binary rows are installed with apt-get and linked from where they put the source.
#   scripts/finetune/fetch_sources.sh OUT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
declare -A installed_source=(
  [golang-1.19-src]=/usr/share/go-1.19/src
  [rust-src]=/usr/lib/rustlib/src/rust/library
  [libruby3.1]=/usr/lib/ruby/3.1.0
)
# The mirror may lack an older source tarball: Go and Rust libraries then come from their -dev binary
# package, which installs the same source under /usr/share/gocode/src or /usr/share/cargo/registry.
link_installed_source() {
  local binary folder
  binary="$(apt-cache showsrc "$1" 2>/dev/null | sed -n 's/^Binary: //p' | head -1 | tr ', ' '\n\n' | grep -m1 -- '-dev$')" || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$binary" >/dev/null 2>&1 || return 1
  folder="$(dpkg -L "$binary" | grep -E '^/usr/share/(gocode/src|cargo/registry)/.+\.(go|rs)$' |
    python3 -c 'import os,sys; print(os.path.commonpath([l.strip() for l in sys.stdin]) if True else "")' 2>/dev/null)"
  [[ -n "$folder" && -d "$folder" ]] || return 1
  ln -s "$folder" "$2"
}

grep -v '^#' "$here/sources.tsv" | while IFS=$'\t' read -r language how package; do
  [[ -z "${package:-}" ]] && continue
  dest="$out/$language/$package"
  [[ -e "$dest" ]] && continue
  mkdir -p "$out/$language"
  if [[ "$how" == deb ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    if [[ "$package" == openjdk-17-source ]]; then
      mkdir -p "$dest.part" && (cd "$dest.part" && unzip -qo /usr/lib/jvm/openjdk-17/lib/src.zip 'java.base/*' 'java.net.http/*' 'java.sql/*' 'java.logging/*') && mv "$dest.part" "$dest"
    else
      ln -s "${installed_source[$package]}" "$dest"
    fi
  else
    work="$out/.download/$package"
    rm -rf "$work" && mkdir -p "$work"
    if (cd "$work" && apt-get source -qq "$package" >/dev/null 2>&1); then
      tree="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)"
      [[ -n "$tree" ]] && mv "$tree" "$dest"
    elif ! link_installed_source "$package" "$dest"; then
      echo "fetch_sources: $package failed" >&2
    fi
    rm -rf "$work"
  fi
  echo "fetch_sources: $language/$package" >&2
done
