#!/bin/sh
# check-translations.sh: every language in po/LINGUAS is complete and valid.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
top=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$top/po" || exit 1

langs=$(sed 's/#.*//' LINGUAS)
set -- $langs
echo "1..$#"
i=0
for lang in $langs; do
  i=$((i + 1))
  stats=$(msgfmt --check --statistics -o /dev/null "$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*|*rror*) echo "not ok $i $lang: $stats" ;;
    *) echo "ok $i $lang: $stats" ;;
  esac
done
