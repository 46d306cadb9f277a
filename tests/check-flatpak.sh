#!/bin/sh
# check-flatpak.sh: flatpak-builder reads the manifest and knows every
# property in it (it only warns about unknown ones), and the manifest keeps
# the sandbox as small as the issue asks.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
manifest=${1:?usage: check-flatpak.sh MANIFEST}

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "1..0 # SKIP flatpak-builder is not installed"
  exit 0
fi
echo "1..2"
if flatpak-builder --show-manifest "$manifest" >/dev/null 2>"${TMPDIR:-/tmp}/flatpak-check.$$"; then
  if grep -q . "${TMPDIR:-/tmp}/flatpak-check.$$"; then
    echo "not ok 1 flatpak-builder warns: $(tr '\n' ' ' <"${TMPDIR:-/tmp}/flatpak-check.$$")"
  else
    echo "ok 1 flatpak-builder accepts the manifest without a warning"
  fi
else
  echo "not ok 1 flatpak-builder refuses the manifest: $(tr '\n' ' ' <"${TMPDIR:-/tmp}/flatpak-check.$$")"
fi
rm -f "${TMPDIR:-/tmp}/flatpak-check.$$"

# Files reach the app through the portal: no filesystem access at all.
if grep -q -- '--filesystem' "$manifest"; then
  echo "not ok 2 the manifest grants filesystem access"
else
  echo "ok 2 no filesystem access beyond the portal"
fi
