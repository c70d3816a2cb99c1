#!/usr/bin/env bash
# Installs what is missing, then serves Frontier Atlas on http://127.0.0.1:8080 with live reload.
# Extra arguments go to `trunk serve` (e.g. --port 9000, --release).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh
exec trunk serve --offline=true "$@"
