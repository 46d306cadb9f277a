#!/bin/sh
# check-install.sh: `meson install --destdir` yields a tree a desktop can use:
# the program, its desktop entry, metainfo, icons, MIME type, settings schema
# and the German catalogue, each one what the others refer to.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
build=${1:?usage: check-install.sh BUILD_ROOT PREFIX APP_ID}
prefix=${2:?}
app=${3:?}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0
check () {
  n=$((n + 1))
  description=$1
  shift
  if "$@" >"$tmp/out" 2>&1; then
    echo "ok $n $description"
  else
    echo "not ok $n $description: $(head -c 400 "$tmp/out" | tr '\n' ' ')"
  fi
}

echo "1..11"
if ! meson install -C "$build" --no-rebuild --destdir "$tmp/root" >"$tmp/install.log" 2>&1; then
  echo "Bail out! meson install failed: $(tail -3 "$tmp/install.log" | tr '\n' ' ')"
  exit 0
fi
root=$tmp/root$prefix
share=$root/share

check "the program is installed and runs" "$root/bin/safeguard" --version
check "the desktop entry validates" desktop-file-validate "$share/applications/$app.desktop"
check "the desktop entry names the icon and the MIME type" \
  sh -c "grep -qx 'Icon=$app' '$share/applications/$app.desktop' &&
         grep -qx 'MimeType=application/x-safeguard-register;' '$share/applications/$app.desktop'"
check "the metainfo validates" appstreamcli validate --no-net --pedantic --explain "$share/metainfo/$app.metainfo.xml"
check "the app icon is scalable" test -s "$share/icons/hicolor/scalable/apps/$app.svg"
check "the symbolic icon is there" test -s "$share/icons/hicolor/symbolic/apps/$app-symbolic.svg"
check "the register icon is there" test -s "$share/icons/hicolor/scalable/mimetypes/$app-register.svg"
check "*.isms is a Safeguard register once the MIME database is updated" \
  sh -c "update-mime-database '$share/mime' &&
         grep -q 'application/x-safeguard-register:\*\.isms' '$share/mime/globs2'"
check "the settings schema compiles" glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"
check "the German catalogue is installed" test -s "$share/locale/de/LC_MESSAGES/safeguard.mo"
check "the German catalogue speaks German ISMS" \
  sh -c "msgunfmt '$share/locale/de/LC_MESSAGES/safeguard.mo' | grep -q 'Erklärung zur Anwendbarkeit'"
