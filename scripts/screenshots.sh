#!/usr/bin/env bash
# Renders every screen offscreen at 1366x768 and 1920x1080, in zh_CN and en, into
# build/screenshots/<lang>/<size>/NN-name.png, with a report.txt per run (text that does not fit its widget;
# strings without a Chinese translation) and build/screenshots/report.txt joining them.
# Usage: scripts/screenshots.sh [build-dir]   (default build/dev; configured with `cmake --preset dev` if missing)
# Screens are GS_SCREEN functions in tests/ui/screenshots/*.cpp (see Screenshots.h); add one there.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
[ -f "$build/build.ninja" ] || cmake --preset dev > /dev/null
cmake --build "$build" --target gridsentinel_screenshots -- -j"$(nproc)"
out=build/screenshots
rm -rf "$out"
for lang in zh_CN en; do
    for size in 1366x768 1920x1080; do
        dir="$out/$lang/$size"
        mkdir -p "$dir"
        echo "== $lang $size"
        QT_QPA_PLATFORM=offscreen "$build/tests/ui/screenshots/gridsentinel_screenshots" --out "$dir" --size "$size" \
            --lang "$lang" 2>&1 | grep -v -e "does not support" -e "XDG_RUNTIME_DIR" | sed 's/^/   /'
    done
done
for report in "$out"/*/*/report.txt; do
    echo "---- ${report#$out/}"
    cat "$report"
    echo
done > "$out/report.txt"
echo "PNGs and report.txt in $out/"
