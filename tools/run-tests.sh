#!/usr/bin/env bash
# Runs the whole test suite against a build folder (default: build). Used by README and CI alike.
set -euo pipefail
build=${1:-build}
ctest --test-dir "$build" --output-on-failure --timeout 600
