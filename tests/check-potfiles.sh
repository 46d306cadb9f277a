#!/bin/sh
# check-potfiles.sh: every file with translatable strings is in po/POTFILES,
# and every file listed there exists and has some.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1

echo "1..2"
listed=$(grep -v '^#' po/POTFILES | sed '/^$/d' | sort)
found=$( (grep -rlE '(^|[^A-Za-z_])(_|N_|C_|NC_|g_dngettext|ngettext)[[:space:]]*\(' src --include='*.c';
          grep -rl 'translatable="yes"' ui data 2>/dev/null;
          ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null) | sort -u)

missing=$(comm -13 "/dev/fd/3" "/dev/fd/4" 3<<EOF3 4<<EOF4
$listed
EOF3
$found
EOF4
)
if [ -z "$missing" ]; then
  echo "ok 1 every file with translatable strings is in po/POTFILES"
else
  echo "not ok 1 not in po/POTFILES:" $missing
fi

stale=""
for f in $listed; do
  [ -f "$f" ] || stale="$stale $f"
done
if [ -z "$stale" ]; then
  echo "ok 2 every file in po/POTFILES exists"
else
  echo "not ok 2 listed but missing:$stale"
fi
