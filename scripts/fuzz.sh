#!/usr/bin/env bash
# Runs the libFuzzer targets of a GS_FUZZ build (default build/fuzz, the `fuzz` preset), each for SECONDS.
# Usage: scripts/fuzz.sh [-t SECONDS] [-b BUILD_DIR] [TARGET...]     (TARGET: lead_json, geojson, ...; default all)
# Seeds come from tests/fuzz/<target>/ (never written to); what a run discovers is kept in
# BUILD_DIR/fuzz/<target>/corpus, crashes in BUILD_DIR/fuzz/<target>/ (crash-*, oom-*, timeout-*).
# Exits non-zero if any target found a crash, an oracle violation, a leak, an OOM or a timeout.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=60
build=build/fuzz
while getopts "t:b:" opt; do
    case $opt in
        t) seconds=$OPTARG ;;
        b) build=$OPTARG ;;
        *) echo "usage: $0 [-t SECONDS] [-b BUILD_DIR] [TARGET...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
bin="$build/tests/fuzz"
if [ $# -eq 0 ]; then
    set -- $(ls "$bin"/fuzz_*.options 2>/dev/null | sed -e 's|.*/fuzz_||' -e 's|\.options$||')
fi
[ $# -gt 0 ] || { echo "no fuzz targets in $bin: configure with --preset fuzz and build first" >&2; exit 2; }

export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:print_stacktrace=1:halt_on_error=1"
failed=0
for target in "$@"; do
    exe="$bin/fuzz_$target"
    [ -x "$exe" ] || { echo "fuzz_$target: not built" >&2; failed=1; continue; }
    work="$build/fuzz/$target"
    mkdir -p "$work/corpus"
    log="$work/last-run.log"
    # shellcheck disable=SC2046 # one flag per line in the .options file
    "$exe" $(cat "$bin/fuzz_$target.options") -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 \
        -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "tests/fuzz/$target" > "$log" 2>&1
    rc=$?
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+' | awk '{print $2}')
    corpus=$(ls "$work/corpus" | wc -l)
    if [ $rc -eq 0 ]; then
        printf 'fuzz_%-16s ok      %8s runs in %ss, coverage %s, corpus %s\n' "$target" "${execs:-?}" "$seconds" "${cov:-?}" "$corpus"
    else
        printf 'fuzz_%-16s FAILED  (exit %s): see %s\n' "$target" "$rc" "$log"
        grep -E 'ERROR: |SUMMARY: |oracle violated|runtime error|Test unit written' "$log" | head -8
        failed=1
    fi
done
exit $failed
