#!/usr/bin/env bash
# Installs what is missing, then runs every check of Frontier Atlas:
#   lints      cargo fmt --check, cargo clippy -D warnings (native and wasm32)
#   model      native cargo test of the pure model and the committed data, and of the page's
#              assembly of the data (tests/assemble/: no data makes it panic), and the house's
#              own checks (tests/sizes.rs, tests/layers.rs)
#   components wasm-bindgen-test in headless Chromium
#   postbuild  the tool that finishes a release build: its compressed copies, server settings
#   end-to-end the release build served on 127.0.0.1 under a sub-folder, driven by chromedriver,
#              and hosted by a real nginx and a real Apache with the build's own settings
# A tier that runs no test fails the run. Screenshots land in target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-tools.sh --browser

LOGS=target/test-logs
mkdir -p "$LOGS"
step() { printf '\n\033[1;34m== %s\033[0m\n' "$*"; }

# Runs a test command, shows its output, and fails when it executed no test.
tier() {
  local name="$1"; shift
  step "$name: $*"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local passed
  passed=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$LOGS/$name.log" | awk '{ n += $4 } END { print n + 0 }')
  if [ "$passed" -eq 0 ]; then
    echo "FAIL: the $name tier executed no test" >&2
    exit 1
  fi
  printf '\033[1;32m%s: %s tests passed\033[0m\n' "$name" "$passed"
}

step "lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --all-targets --features e2e -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

# --show-output: a skipped quote check says so loudly.
tier model cargo test -p atlas-model -- --show-output
tier assembly cargo test --test assemble
# The house's own checks read the source tree: natively, where files can be read.
tier house cargo test --test sizes --test layers
tier postbuild cargo test -p atlas-postbuild

export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
tier components cargo test --target wasm32-unknown-unknown --tests

step "release build"
rm -rf dist
trunk build --release --offline=true
# Serve the build from a sub-folder, as a teaching site would host it.
SITE=target/e2e-site
rm -rf "$SITE" && mkdir -p "$SITE/history/atlas"
cp -r dist/. "$SITE/history/atlas/"
# Copies of the build with broken data, for the end-to-end tier's broken-data suite.
python3 tests/support/broken_data.py dist "$SITE/broken"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SITE_PORT=$(free_port)
EXAMPLES_PORT=$(free_port)
DRIVER_PORT=$(free_port)
NGINX_PORT=$(free_port)
APACHE_PORT=$(free_port)
python3 tests/support/serve.py --port "$SITE_PORT" --directory "$SITE" >"$LOGS/http.log" 2>&1 &
SERVER_PID=$!
# The example lesson page, from another origin than the atlas (as a teaching site would).
python3 tests/support/serve.py --port "$EXAMPLES_PORT" --directory examples --no-policy >"$LOGS/examples.log" 2>&1 &
EXAMPLES_PID=$!
chromedriver --port="$DRIVER_PORT" >"$LOGS/chromedriver.log" 2>&1 &
DRIVER_PID=$!
HOSTS=target/e2e-hosts
stop_hosts() { for pid in "$HOSTS/nginx.pid" "$HOSTS/apache.pid"; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null; done; true; }
trap 'kill "$SERVER_PID" "$EXAMPLES_PID" "$DRIVER_PID" 2>/dev/null || true; stop_hosts' EXIT
# The build on a real nginx and a real Apache, with the settings it ships and nothing else.
tests/support/hosts.sh dist "$HOSTS" "$NGINX_PORT" "$APACHE_PORT"
for _ in $(seq 50); do
  if curl -fsS "http://127.0.0.1:$SITE_PORT/history/atlas/" >/dev/null 2>&1 \
    && curl -fsS "http://127.0.0.1:$DRIVER_PORT/status" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

export ATLAS_URL="http://127.0.0.1:$SITE_PORT/history/atlas/"
export ATLAS_BROKEN_URL="http://127.0.0.1:$SITE_PORT/broken/"
export EXAMPLES_URL="http://127.0.0.1:$EXAMPLES_PORT/"
export WEBDRIVER_URL="http://127.0.0.1:$DRIVER_PORT"
export NGINX_URL="http://127.0.0.1:$NGINX_PORT/atlas/"
export APACHE_URL="http://127.0.0.1:$APACHE_PORT/atlas/"
tier end-to-end cargo test --features e2e --test e2e -- --test-threads=1

step "all tiers passed"
ls target/screenshots/
