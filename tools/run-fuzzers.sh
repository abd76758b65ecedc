#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a bounded time.
#   tools/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]      (CI: 60; locally run it as long as you like)
# Each target starts from its committed seeds (tests/fuzz/corpus/NAME) plus what earlier runs found
# (BUILD_DIR/corpus/NAME, which grows). A crash stops the script with the reproducer's path; turn it into a
# regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${2:-build-fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DDTI_FUZZ=ON -DBUILD_TESTING=OFF \
    -DWARNINGS_AS_ERRORS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target dti_fuzzers
total=0
summary=()
for source in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    name=${name#fuzz_}
    corpus="$build/corpus/$name"
    mkdir -p "$corpus" "$build/crashes/$name"
    seeds=$(find "tests/fuzz/corpus/$name" -type f | wc -l)
    before=$(find "$corpus" -type f | wc -l)
    log="$build/fuzz-$name.log"
    # -close_fd_mask=3: the targets print nothing useful; keep CI logs readable.
    if ! "$build/tests/fuzz/fuzz_$name" "$corpus" "tests/fuzz/corpus/$name" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -close_fd_mask=1 \
        -artifact_prefix="$build/crashes/$name/" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz_$name found a crash: see $build/crashes/$name/" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    after=$(find "$corpus" -type f | wc -l)
    total=$((total + ${runs:-0}))
    summary+=("fuzz_$name: ${runs:-0} executions in ${seconds}s, $seeds seeds, found corpus $before -> $after, 0 crashes")
done
printf '%s\n' "${summary[@]}"
echo "fuzzing: $total executions in total"
