#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
#
# Prints (or, with --install, runs) the command that installs Chronoscope's
# build dependencies with this host's package manager.

set -euo pipefail

apt_pkgs="build-essential cmake ninja-build pkg-config extra-cmake-modules qt6-base-dev qt6-svg-dev libkf6archive-dev libuchardet-dev catch2 zstd xz-utils"
dnf_pkgs="gcc-c++ cmake ninja-build pkgconf extra-cmake-modules qt6-qtbase-devel qt6-qtsvg-devel kf6-karchive-devel uchardet-devel catch-devel zstd xz"
pacman_pkgs="base-devel cmake ninja pkgconf extra-cmake-modules qt6-base qt6-svg karchive uchardet catch2 zstd xz"
zypper_pkgs="gcc-c++ cmake ninja pkgconf kf6-extra-cmake-modules qt6-base-devel qt6-svg-devel kf6-karchive-devel uchardet-devel Catch2-devel zstd xz"

if command -v apt-get >/dev/null 2>&1; then
    cmd="apt-get install -y $apt_pkgs"
    note="(Debian 13 or newer, Ubuntu 25.04 or newer; older releases lack KDE Frameworks 6: there './dev' provisions a Debian 13 environment by itself)"
elif command -v dnf >/dev/null 2>&1; then
    cmd="dnf install -y $dnf_pkgs"; note="(Fedora 40 or newer)"
elif command -v pacman >/dev/null 2>&1; then
    cmd="pacman -S --needed --noconfirm $pacman_pkgs"; note="(Arch Linux)"
elif command -v zypper >/dev/null 2>&1; then
    cmd="zypper install -y $zypper_pkgs"; note="(openSUSE Tumbleweed)"
else
    echo "No supported package manager (apt-get, dnf, pacman, zypper) found." >&2
    echo "Chronoscope needs: a C++20 compiler, CMake 3.25+, Ninja, extra-cmake-modules 6," >&2
    echo "Qt 6.5+ (Core, Gui, Widgets, Concurrent, Svg, Test), KF6 Archive, uchardet, Catch2 3." >&2
    exit 1
fi

[ "$(id -u)" -eq 0 ] || cmd="sudo $cmd"

if [ "${1:-}" = --install ]; then
    echo "+ $cmd"
    exec $cmd
fi
echo "$cmd"
echo "$note" >&2
