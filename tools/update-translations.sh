#!/usr/bin/env bash
# Refreshes translations/telemetry-inspector_XX.ts from the sources after a user-visible string changed: new
# strings are added unfinished, existing translations are kept, removed strings are dropped. The options are
# fixed (no source locations, no obsolete entries) so the files change only where the strings did;
# tools/check-translations.sh runs the same command and fails when a committed file is stale.
# Usage: tools/update-translations.sh [LANGUAGE...]   (default: every translations/*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/translations-common.sh "$@"
for l in "${languages[@]}"; do
    run_lupdate "$l" "translations/telemetry-inspector_$l.ts"
done
