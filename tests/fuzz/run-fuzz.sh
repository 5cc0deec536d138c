#!/bin/sh
# run-fuzz.sh — build the libFuzzer targets with clang and run each for a while
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]      (default 60 per target)
# Environment: BUILD_DIR (default build-fuzz, relative to the source root),
#              FUZZ_JOBS (parallel fuzzing jobs, default 1).
#
# Configures a separate clang build with -Dfuzzing=true (AddressSanitizer and
# UndefinedBehaviorSanitizer on), seeds each target with the hostile corpus
# and the sample plans, and runs it. Exits non-zero if the build fails or any
# input crashes, leaks, times out or breaks a property; libFuzzer then leaves
# the input as crash-*/leak-*/timeout-* in $BUILD_DIR/fuzz-artifacts/.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-build-fuzz}
case $build in /*) ;; *) build=$root/$build ;; esac

command -v clang >/dev/null || { echo "run-fuzz.sh: clang is not installed" >&2; exit 2; }

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$root" -Dfuzzing=true -Db_lundef=false \
    -Dbuildtype=debugoptimized >/dev/null
fi
ninja -C "$build" tests/fuzz/fuzz-plan-load

corpus=$build/fuzz-corpus/plan-load
artifacts=$build/fuzz-artifacts
mkdir -p "$corpus" "$artifacts"

# Leaks inside GLib's one-time type and resource registrations are not ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export G_SLICE=always-malloc G_DEBUG=gc-friendly LC_ALL=C.UTF-8

# Several jobs run as separate processes that log to fuzz-N.log in the
# current folder, hence the cd.
jobs=${FUZZ_JOBS:-1}
parallel=""
if [ "$jobs" -gt 1 ]; then
  parallel="-jobs=$jobs -workers=$jobs"
fi
cd "$build"

status=0
# shellcheck disable=SC2086
"$build/tests/fuzz/fuzz-plan-load" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 $parallel \
  -dict="$root/tests/fuzz/plan.dict" \
  -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$corpus" "$root/tests/data/hostile" "$root/tests/data/plans" || status=$?

if [ "$status" -ne 0 ]; then
  echo "run-fuzz.sh: fuzz-plan-load FAILED (exit $status); inputs in $artifacts" >&2
  exit 1
fi
echo "run-fuzz.sh: fuzz-plan-load: no crash, leak or timeout in ${seconds}s"
