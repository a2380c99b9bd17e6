#!/usr/bin/env bash
# Quick start 2: set up, build and run every test through CTest (offscreen: no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/release --output-on-failure -j"$(nproc)" "$@"
