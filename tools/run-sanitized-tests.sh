#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer and runs the whole test suite.
#   tools/run-sanitized-tests.sh [BUILD_DIR]        (default build-asan)
# Any ASan error, UBSan finding or leak fails the run (leaks in Qt's and system libraries' own one-time
# allocations are suppressed in tools/lsan.supp, each with its reason).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
cmake -S . -B "$build" -G Ninja -DDTI_SANITIZE=ON -DWARNINGS_AS_ERRORS=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
tools/run-tests.sh "$build"
