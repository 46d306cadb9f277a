#!/bin/sh
# check-store-seam.sh: SQLite stays behind the store's seam. Only the
# SQLite backend (src/store/sg-sqlite-*) names SQLite's API or includes a
# header that brings it in; the neutral store and the layers above it
# speak to SgStoreBackend and SgStore, so a second backend can take its
# place.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
top=${1:?usage: check-store-seam.sh SOURCE_ROOT}
cd "$top" || exit 1

echo "1..3"

outside_backend () {
  find src -name '*.[ch]' ! -path 'src/store/sg-sqlite-*' | sort
}

# 1: no sqlite3_* call, sqlite3 type, <sqlite3.h> or SQLITE_ constant.
found=$(outside_backend | xargs grep -lE 'sqlite3|SQLITE_' 2>/dev/null)
if [ -z "$found" ]; then
  echo "ok 1 only src/store/sg-sqlite-* mentions SQLite's API"
else
  echo "not ok 1 SQLite's API outside the SQLite backend:" $found
fi

# 2: no header of the backend's that includes <sqlite3.h> is included
# outside it (it would bring SQLite's API along).
leaky=$(grep -lE '^#include <sqlite3\.h>' src/store/sg-sqlite-*.h 2>/dev/null | xargs -n1 basename 2>/dev/null)
bad=""
for header in $leaky; do
  users=$(outside_backend | xargs grep -lF "#include \"$header\"" 2>/dev/null)
  [ -n "$users" ] && bad="$bad $header:$(echo $users | tr ' ' ',')"
done
if [ -z "$bad" ]; then
  echo "ok 2 no header that includes sqlite3.h is used outside the SQLite backend"
else
  echo "not ok 2 included outside the SQLite backend:$bad"
fi

# 3: above the store nothing names a backend: gui, export, render, model
# and the command line know SgStore only.
named=$(find src -name '*.[ch]' ! -path 'src/store/*' | sort | xargs grep -lE 'sg-sqlite-|sg_sqlite_|sg-store-backend\.h|sg-store-private\.h' 2>/dev/null)
if [ -z "$named" ]; then
  echo "ok 3 nothing above src/store names a backend or the store's private header"
else
  echo "not ok 3 names the store's inside:" $named
fi
