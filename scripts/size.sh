#!/usr/bin/env bash
# Prints the size of everything the page fetches on first load (dist/ of a release build), raw
# (as a default nginx or Apache sends .wasm and .json), gzipped (gzip -9, as a static server
# with compression would send it) and as the build's shipped settings send it (its .br copy, and
# the data, which has none, gzipped: docs/hosting.md), and the totals.
#   scripts/size.sh           measure the existing dist/
#   scripts/size.sh --build   build the release first
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--build" ]; then
  . scripts/ensure-tools.sh
  trunk build --release --offline=true >/dev/null
fi
[ -f dist/index.html ] || { echo "no dist/: run scripts/size.sh --build" >&2; exit 1; }
total_raw=0; total_gz=0; total_sent=0
printf '%-44s %10s %10s %10s\n' file raw gzip hosted
for f in dist/index.html dist/*.wasm dist/*.js dist/*.css dist/*.svg dist/geodata/*.json dist/geodata/*.geojson; do
  [ -f "$f" ] || continue
  # The data checker's program and the glossary it reads are fetched by the checker page
  # alone (?check=1), not on the atlas's first load.
  case "$f" in dist/checker.js|dist/checker_bg.wasm|dist/geodata/glossary.json) continue ;; esac
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  if [ -f "$f.br" ]; then sent=$(stat -c %s "$f.br"); else sent=$gz; fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_sent=$((total_sent + sent))
  printf '%-44s %10d %10d %10d\n' "${f#dist/}" "$raw" "$gz" "$sent"
done
kb() { awk "BEGIN { printf \"%.1f\", $1 / 1024 }"; }
printf '%-44s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_sent"
printf 'first load: %s KB raw, %s KB gzipped, %s KB as hosted\n' "$(kb $total_raw)" "$(kb $total_gz)" "$(kb $total_sent)"
