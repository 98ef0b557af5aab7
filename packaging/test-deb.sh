#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
#
# test-deb.sh [--keep] [DEB]
#
# Installs Chronoscope's .deb (by default the newest in build/packages/, made by
# './dev package') into a fresh minimal Debian 13 root, letting apt resolve its
# dependencies from the archive, then runs the installed files there:
# 'chronoscope --version', 'chronoscope-cli inspect' on the installed sample
# corpus, and an offscreen screenshot of that corpus, which must not be blank.
#
# Needs mmdebstrap, root or sudo (as './dev' does for its environment) and a
# network connection to the Debian archive. The log and the screenshot stay in
# build/packages/test-deb/; with --keep, the root too (in a temporary folder).

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
suite=trixie
sample=/usr/share/chronoscope/samples/kuril-islands
size=1280x800

say() { printf '%s\n' "$*" >&2; }
die() { say "test-deb: $*"; exit 1; }

keep=0
if [ "${1:-}" = --keep ]; then keep=1; shift; fi
deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$top"/build/packages/chronoscope_*.deb 2>/dev/null | head -n 1 || true)
    [ -n "$deb" ] || die "no .deb in build/packages/: run './dev package' first, or name one"
fi
[ -f "$deb" ] || die "$deb: no such file"
deb=$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")
# chronoscope_VERSION-RELEASE_ARCH.deb
version=$(basename "$deb")
version=${version#chronoscope_}
version=${version%%_*}
version=${version%-*}

# Root for mmdebstrap, chroot and mounts: directly, or through sudo.
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "needs root: run as root or install sudo"
    if sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    elif [ -t 0 ]; then
        say "test-deb: installing into a fresh root needs root; sudo may ask for your password."
        sudo -v || die "sudo failed"
        as_root=(sudo)
    else
        die "needs root: run as root or with password-less sudo"
    fi
fi
if ! command -v mmdebstrap >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || die "needs mmdebstrap, which only Debian and Ubuntu hosts provide"
    say "test-deb: installing mmdebstrap…"
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq mmdebstrap >/dev/null
fi

# The log and the screenshot land in build/packages/test-deb/; the root, made
# by root, in a temporary folder.
work="$top/build/packages/test-deb"
rm -rf "$work"
mkdir -p "$work"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/chronoscope-test-deb.XXXXXX")
cleanup() {
    if [ $keep -eq 0 ]; then
        "${as_root[@]}" rm -rf "$tmp"
    else
        say "test-deb: the root stays in $tmp/root"
    fi
}
trap cleanup EXIT
screenshot="$work/screenshot.png"
log="$work/run.log"

# Runs inside the new root once the package is installed (mmdebstrap has
# mounted /proc, /sys and /dev there), given the root as $1.
hook="$tmp/run-installed.sh"
cat >"$hook" <<EOF
#!/bin/sh
set -e
root=\$1
run() { echo "+ \$*"; chroot "\$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 "\$@"; }
{
    run dpkg-query --show chronoscope
    run chronoscope --version
    run chronoscope-cli inspect $sample
    run QT_QPA_PLATFORM=offscreen chronoscope $sample --screenshot /tmp/screenshot.png --size $size
} >"\$root/tmp/run.log" 2>&1 || { status=\$?; cat "\$root/tmp/run.log" >&2; exit \$status; }
EOF
chmod +x "$hook"

say "test-deb: installing $(basename "$deb") into a fresh Debian 13 ($suite) root…"
start=$(date +%s)
status=0
# apt, outside the root, hands the .deb's path to dpkg inside it: the setup
# hooks put a copy at that same path.
"${as_root[@]}" mmdebstrap --quiet --variant=apt \
    --setup-hook="mkdir -p \"\$1$(dirname "$deb")\"" \
    --setup-hook="copy-in $deb $(dirname "$deb")" \
    --include="$deb" \
    --customize-hook="$hook" \
    --customize-hook="copy-out /tmp/run.log /tmp/screenshot.png $work" \
    "$suite" "$tmp/root" || status=$?
elapsed=$(( $(date +%s) - start ))
[ -f "$log" ] && cat "$log"
[ $status -eq 0 ] || die "failed after ${elapsed}s (mmdebstrap exited with $status)"

"${as_root[@]}" chown "$(id -u):$(id -g)" "$log" "$screenshot"
grep -qx "chronoscope ${version}" "$log" || die "'chronoscope --version' did not print 'chronoscope ${version}'"
# A loaded corpus fills the window with rows of text; an empty window is nearly
# one colour.
check_png=(packaging/check-png.py "$screenshot" --size "$size" --max-share 0.9)
if command -v python3 >/dev/null 2>&1; then
    (cd "$top" && python3 "${check_png[@]}") || die "the screenshot looks wrong"
else
    "$top/dev" exec -- python3 "${check_png[@]}" || die "the screenshot looks wrong"
fi

say "test-deb: passed in ${elapsed}s: $(basename "$deb") installs into a fresh Debian 13 root and runs."
