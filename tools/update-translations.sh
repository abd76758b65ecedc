#!/usr/bin/env bash
# Refreshes translations/telemetry-inspector_XX.ts from the sources after a user-visible string changed: new
# strings are added unfinished, existing translations are kept, removed strings are dropped. The options are
# fixed (no source locations, no obsolete entries) so the files change only where the strings did;
# tools/check-translations.sh runs the same command and fails when a committed file is stale.
# Usage: tools/update-translations.sh [LANGUAGE...]   (default: every translations/*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
languages=("$@")
if [ ${#languages[@]} -eq 0 ]; then
    for ts in translations/telemetry-inspector_*.ts; do
        l=${ts#translations/telemetry-inspector_}
        languages+=("${l%.ts}")
    done
fi
for l in "${languages[@]}"; do
    "$lupdate" -locations none -no-obsolete -target-language "$l" core ui app \
        -ts "translations/telemetry-inspector_$l.ts"
done
