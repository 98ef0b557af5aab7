#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
#
# Regenerates the screenshots that the AppStream metainfo lists (published
# under https://chronoscope.io/screenshots/): builds the dev preset and renders
# the window offscreen at the size the metainfo states.

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
cd "$top"

size=1280x800
out=packaging/screenshots

./dev build dev
./dev exec -- build/dev/bin/chronoscope resources/samples/kuril-islands \
    --screenshot "$out/main.png" --size "$size" --zoom 2010-01-01..2019-12-31 \
    --select news/2010/11/01/dmitry-medvedev-visits-kunashir-the-first-soviet-or-russian-leader-to-set-foot-on-any-of-the-disputed-islands
./dev exec -- build/dev/bin/chronoscope --screenshot "$out/welcome.png" --size "$size"

for png in "$out/main.png" "$out/welcome.png"; do
    python3 packaging/check-png.py "$png" --size "$size"
done
