# SPDX-FileCopyrightText: 2026 The Saldo authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/run and scripts/test: installs the Debian/Ubuntu packages Saldo needs when
# any is missing (apt-get; sudo when not root). Does nothing on other systems.

saldo_need_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null
        $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
    }
}

# What building Saldo and its tests needs (Debian 12 names; Ubuntu 22.04+ has the same).
SALDO_BUILD_PACKAGES=(cmake ninja-build g++ ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libgl-dev libxkbcommon-dev catch2
    libsqlite3-dev libmimalloc-dev libssl-dev)
# The fuzzers (clang's libFuzzer runtime).
SALDO_FUZZ_PACKAGES=(clang libclang-rt-14-dev)
