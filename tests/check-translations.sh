#!/bin/sh
# check-translations.sh: every language in po/LINGUAS is valid and translates
# every message the sources hold today, not only those of its last update.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
top=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$top" || exit 1

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# The same extraction as po/meson.build (meson's "glib" preset).
xgettext --package-name=safeguard --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -f po/POTFILES -o "$tmp/safeguard.pot" 2>"$tmp/xgettext.err" ||
  { echo "1..1"; echo "not ok 1 xgettext failed: $(cat "$tmp/xgettext.err")"; exit 0; }

langs=$(sed 's/#.*//' po/LINGUAS)
set -- $langs
echo "1..$#"
i=0
for lang in $langs; do
  i=$((i + 1))
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/safeguard.pot" -o "$tmp/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*|*rror*)
      missing=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid "' | sed -n '2,6p' | tr '\n' ' ')
      echo "not ok $i $lang: $stats — e.g. $missing" ;;
    *) echo "ok $i $lang: $stats" ;;
  esac
done
