#!/usr/bin/env bash
# Installs the Debian 12 packages GridSentinel needs (when missing), then configures and builds a preset.
# Usage: scripts/setup.sh [preset]   (default: release; see CMakePresets.json)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-svg-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev libxkbcommon-dev
    libqt6opengl6-dev  # Qt6Charts' CMake config needs Qt6OpenGL; only a Recommends of qt6-base-dev
    libsqlcipher-dev libsqlite3-dev libssl-dev
    fonts-noto-cjk xvfb xauth
    libqrencode-dev  # QR codes on pairing cards (optional at build time)
    poppler-utils python3-jsonschema  # tests: PDFs read back with pdfinfo/pdftotext/pdffonts/pdftoppm, JSON checked against its schema
)
# The `fuzz` preset (CI's sanitizer and fuzzing steps): clang, libFuzzer and the sanitizer runtimes,
# llvm-symbolizer for readable reports.
if [[ "$preset" == fuzz* ]]; then
    packages+=(clang-14 libclang-rt-14-dev llvm-14)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" > /dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
