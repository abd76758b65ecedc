#!/usr/bin/env bash
# Times the inspector's full exact report against the plain sqlite3 command-line tool running the same
# COUNT(*) statements one after another, on generated Directus-shaped databases of several sizes.
#   benchmarks/run-benchmark.sh [BUILD_DIR] [ROWS ...]      (default: build 1000000 5000000 20000000)
# Prints, per size: the inspector's wall time (median of DTI_BENCH_RUNS runs, default 5, page cache warm), the
# sqlite3 time, their ratio, the same on one core (taskset -c 0), and the inspector's peak RSS (/usr/bin/time -v);
# for reference, the sqlite3 time with memory-mapped reads on one core; then, per size, the window opening the
# project offscreen (dti-measure-window): time to the first values, to the items estimate and to the exact
# report, and the worst lateness of a 10 ms timer on the GUI thread meanwhile. Databases are kept in
# ${DTI_BENCH_DIR:-/var/tmp/dti-bench} between runs (20M rows take about 2.5 GB). Not a test: no thresholds.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 5000000 20000000)
inspector="$build/app/telemetry-inspector"
generator="$build/benchmarks/dti-generate-database"
dir=${DTI_BENCH_DIR:-/var/tmp/dti-bench}
for tool in sqlite3 taskset /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install sqlite3 util-linux time)" >&2; exit 1; }
done

now() { date +%s.%N; }
runs=${DTI_BENCH_RUNS:-5} # each figure is the median of this many runs
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# seconds of one run of a command, output discarded
timed() {
    local start end
    start=$(now)
    "$@" >/dev/null 2>&1
    end=$(now)
    echo "$end - $start" | bc -l
}

printf '%-10s %-8s %10s %10s %7s %12s %12s %7s %10s\n' rows tables inspector sqlite3 ratio "1core insp" "1core sqlt" ratio "peak RSS"
for rows in "${sizes[@]}"; do
    project="$dir/$rows"
    if [ ! -f "$project/directus.db" ]; then
        mkdir -p "$dir"
        "$generator" "$project" --rows "$rows" >&2
    fi
    db="$project/directus.db"
    counts=$(mktemp)
    sqlite3 "$db" "SELECT 'SELECT COUNT(*) FROM \"' || name || '\";' FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\_%' ESCAPE '\\' ORDER BY name" >"$counts"
    tables=$(wc -l <"$counts")
    cat "$db" >/dev/null # warm the page cache for both
    run_inspector() { "$inspector" report "$project"; }
    run_sqlite() { sqlite3 -readonly "$db" <"$counts"; }
    declare -a a b c d
    for i in $(seq "$runs"); do
        a[$i]=$(timed run_inspector)
        b[$i]=$(timed run_sqlite)
        c[$i]=$(timed taskset -c 0 "$inspector" report "$project")
        d[$i]=$(timed taskset -c 0 sqlite3 -readonly "$db" ".read $counts")
    done
    ti=$(median "${a[@]:1}")
    ts=$(median "${b[@]:1}")
    ti1=$(median "${c[@]:1}")
    ts1=$(median "${d[@]:1}")
    rss=$(/usr/bin/time -v "$inspector" report "$project" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')
    printf '%-10s %-8s %9.3fs %9.3fs %6.2fx %11.3fs %11.3fs %6.2fx %8d MB\n' "$rows" "$tables" "$ti" "$ts" \
        "$(echo "$ti / $ts" | bc -l)" "$ti1" "$ts1" "$(echo "$ti1 / $ts1" | bc -l)" "$((rss / 1024))"
    # For reference, not the baseline: the same statements with SQLite's memory-mapped reads on, which is what
    # the inspector's WindowedMmapVfs uses (with bounded resident memory).
    mapped=$(mktemp)
    { echo "PRAGMA mmap_size = 2147418112;"; cat "$counts"; } >"$mapped"
    declare -a e
    for i in $(seq "$runs"); do e[$i]=$(timed taskset -c 0 sqlite3 -readonly "$db" ".read $mapped"); done
    printf '%-10s sqlite3 with PRAGMA mmap_size, 1 core: %.3fs\n' "$rows" "$(median "${e[@]:1}")"
    rm -f "$counts" "$mapped"
    # The window on the same project: first values, items estimate, exact report, GUI thread lateness.
    if [ -x "$build/benchmarks/dti-measure-window" ]; then
        printf '%-10s ' "$rows"
        "$build/benchmarks/dti-measure-window" "$project" 2>/dev/null || echo "(window measurement failed)"
    fi
done
