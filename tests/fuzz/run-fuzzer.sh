#!/bin/sh
# run-fuzzer.sh: a regression run of one libFuzzer target: every input of
# its corpus, then SECONDS of fuzzing beyond it. New inputs go to FOUND
# (in the build tree), never into the source tree; a crash fails the test
# and leaves its input in FOUND as crash-*, leak-* or timeout-* (exit
# status 1: libFuzzer's own 77 would read as "skipped" to meson).
# Usage: run-fuzzer.sh FUZZER CORPUS FOUND SECONDS
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
fuzzer=$1 corpus=$2 found=$3 seconds=$4
mkdir -p "$found"
exec "$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -print_final_stats=1 -error_exitcode=1 -timeout_exitcode=1 -artifact_prefix="$found/" "$found" "$corpus"
