#!/usr/bin/env bash
# Installs what Frontier Atlas needs to build and test, and only what is missing or at the wrong
# version. Everything comes from the package registries (rustup, crates.io, npm, Debian apt).
#
#   scripts/ensure-tools.sh            build tools: wasm32 target, trunk, wasm-bindgen, wasm-opt
#   scripts/ensure-tools.sh --browser  the same, plus Chromium and chromedriver for the tests, and
#                                      the web servers the end-to-end tier hosts the build on
#
# Source it (`. scripts/ensure-tools.sh`) to keep the PATH it sets.
set -euo pipefail

ATLAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ATLAS_ROOT/Cargo.lock")"
BINARYEN_DIR="$ATLAS_ROOT/.tools/binaryen"
# axe-core, the accessibility engine the end-to-end tier runs in the page.
AXE_VERSION="4.11.0"
AXE_DIR="$ATLAS_ROOT/.tools/axe-core"

export PATH="$HOME/.cargo/bin:$BINARYEN_DIR/node_modules/.bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null \
    || { as_root apt-get update >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null; }
}

version_of() { "$@" 2>/dev/null | head -n1 || true; }

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if [ "$(version_of trunk --version)" != "trunk $TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi

  if [ "$(version_of wasm-bindgen --version)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: its lockfile pins a webpki-roots release the registry does not carry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi

  # Binaryen from npm (a wasm build run by node). Debian's binaryen 108 produces a module that
  # fails at start-up with "WebAssembly.Table.set(): Argument 1 is invalid for table".
  if ! command -v npm >/dev/null; then apt_install nodejs npm; fi
  if [ "$(version_of "$BINARYEN_DIR/node_modules/.bin/wasm-opt" --version)" != "wasm-opt version ${BINARYEN_VERSION%%.*} (version_${BINARYEN_VERSION%%.*})" ]; then
    say "npm install binaryen@$BINARYEN_VERSION into .tools/"
    mkdir -p "$BINARYEN_DIR"
    npm install --prefix "$BINARYEN_DIR" --no-save --no-audit --no-fund "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
}

ensure_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # Japanese glyphs for the screenshots (readers' browsers bring their own fonts).
  [ -f /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || missing+=(fonts-ipafont-gothic)
  # The real servers the build's shipped settings are tested on (tests/support/hosts.sh): nginx
  # with its Brotli module, and Apache. Installing them starts no service where policy-rc.d
  # forbids it; the tests start their own on loopback.
  [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  [ -x /usr/sbin/apache2 ] || missing+=(apache2)
  if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
  if ! grep -q "\"version\": \"$AXE_VERSION\"" "$AXE_DIR/node_modules/axe-core/package.json" 2>/dev/null; then
    say "npm install axe-core@$AXE_VERSION into .tools/"
    mkdir -p "$AXE_DIR"
    npm install --prefix "$AXE_DIR" --no-save --no-audit --no-fund "axe-core@$AXE_VERSION" >/dev/null
  fi
}

ensure_build_tools
if [ "${1:-}" = "--browser" ]; then ensure_browser; fi
