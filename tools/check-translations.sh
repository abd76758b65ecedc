#!/usr/bin/env bash
# CI check for the shipped translations (translations/telemetry-inspector_XX.ts). For each language it runs
# the refresh command of tools/update-translations.sh on a temporary copy (the committed files are never
# touched) and fails when
#   - the refreshed copy differs from the committed file: a user-visible string changed without a refresh;
#   - a message is unfinished or empty: the language would ship partly in English;
#   - a translation's placeholders (%1…%99, %L1, %n) differ from its source's: arg() would misplace values.
# Usage: tools/check-translations.sh [LANGUAGE...]   (default: every translations/*.ts)
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/translations-common.sh "$@"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=0
for l in "${languages[@]}"; do
    committed="translations/telemetry-inspector_$l.ts"
    refreshed="$scratch/telemetry-inspector_$l.ts"
    cp "$committed" "$refreshed"
    if ! run_lupdate "$l" "$refreshed" \
        >"$scratch/lupdate-$l.log" 2>&1; then
        cat "$scratch/lupdate-$l.log" >&2
        echo "check-translations: lupdate failed for $l" >&2
        failed=1
        continue
    fi
    if ! cmp -s "$committed" "$refreshed"; then
        echo "check-translations: $committed is stale: the sources' strings changed. Run tools/update-translations.sh" >&2
        echo "and commit the result (new strings then need translating). The difference:" >&2
        diff -u "$committed" "$refreshed" | head -40 >&2 || true
        failed=1
    fi
    # Check the refreshed file: it is what the committed one must become.
    python3 - "$l" "$refreshed" <<'PY' || failed=1
import re, sys
import xml.etree.ElementTree as ET

language, path = sys.argv[1], sys.argv[2]
placeholder = re.compile(r"%L?(\d{1,2}|n)")

def places(text):
    return sorted(set(placeholder.findall(text or "")))

unfinished, mismatched, total = [], [], 0
for context in ET.parse(path).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        total += 1
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") == "unfinished" or not forms or any(not f.strip() for f in forms):
            unfinished.append((name, source))
            continue
        expected = places(source)
        for form in forms:
            got = places(form)
            # A plural form may leave out %n (Qt allows "one file" for n == 1); it may not invent or drop others.
            if message.get("numerus") == "yes":
                got = [p for p in got if p != "n"]
                want = [p for p in expected if p != "n"]
            else:
                want = expected
            if got != want:
                mismatched.append((name, source, form))
                break

def short(text):
    text = text.replace("\n", "\\n")
    return text if len(text) <= 100 else text[:97] + "..."

ok = not unfinished and not mismatched
print(f"check-translations: {language}: {total} messages, {len(unfinished)} unfinished, "
      f"{len(mismatched)} with wrong placeholders", file=sys.stdout if ok else sys.stderr)
for name, source in unfinished[:5]:
    print(f"  unfinished [{name}] {short(source)}", file=sys.stderr)
if len(unfinished) > 5:
    print(f"  … and {len(unfinished) - 5} more unfinished", file=sys.stderr)
for name, source, form in mismatched[:10]:
    print(f"  placeholders differ [{name}] {short(source)}  →  {short(form)}", file=sys.stderr)
sys.exit(0 if ok else 1)
PY
done

if [ "$failed" -ne 0 ]; then
    echo "check-translations: FAILED (see above; translations/README.md explains the workflow)" >&2
    exit 1
fi
echo "check-translations: all languages complete and up to date"
