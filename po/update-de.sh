#!/bin/sh
# update-de.sh: brings po/de.po up to the sources; translations of new
# messages can come from PO fragments given as arguments (compendia).
# Usage: po/update-de.sh BUILD_DIR [FRAGMENT.po …]
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
build=${1:?usage: update-de.sh BUILD_DIR [FRAGMENT.po …]}
shift
fragments=""
for fragment in "$@"; do
  fragments="$fragments $(realpath "$fragment")"
done
cd "$(dirname "$0")"
ninja -C "../$build" safeguard-pot >/dev/null 2>&1 || ninja -C "$build" safeguard-pot >/dev/null
# What de.po translates wins over a fragment; a fragment fills the gaps.
msgattrib --translated --no-obsolete de.po -o de.known.po
# shellcheck disable=SC2086
msgcat --use-first de.known.po $fragments -o de.all.po
msgmerge --quiet --no-fuzzy-matching de.all.po safeguard.pot -o de.po
rm -f safeguard.pot de.known.po de.all.po
msgattrib --no-obsolete de.po -o de.po
msgfmt --check --statistics -o /dev/null de.po
