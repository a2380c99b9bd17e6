#!/usr/bin/env bash
# Quick start 1: set up, build, create the demo district database (once) and launch the app on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
app=build/release/app/gridsentinel
db="${GS_DEMO_DB:-$PWD/build/demo/gridsentinel-demo.db}"
mkdir -p "$(dirname "$db")"

if [ ! -e "$db" ]; then
    "$app" demo --db "$db"
else
    echo "Using the existing demo database $db (delete it and its .keys file to build a fresh demo)"
    echo "Demo accounts (user / password): supervisor / Supervisor-2026, sentinel / Sentinel-2026,"
    echo "                                 volunteer / Volunteer-2026, admin / Admin-2026!"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    echo "No display found. The demo database is ready; on a desktop run:"
    echo "    $app --db $db"
    exit 0
fi
exec "$app" --db "$db" "$@"
