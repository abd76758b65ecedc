# Sourced by update-translations.sh and check-translations.sh so both run lupdate the same way on the same
# languages. Sets `languages` from the arguments (default: every translations/*.ts) and defines run_lupdate.
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
languages=("$@")
if [ ${#languages[@]} -eq 0 ]; then
    for ts in translations/telemetry-inspector_*.ts; do
        l=${ts#translations/telemetry-inspector_}
        languages+=("${l%.ts}")
    done
fi
# run_lupdate LANGUAGE TS_FILE: the one extraction command (fixed options, so files change only with strings)
run_lupdate() {
    "$lupdate" -locations none -no-obsolete -target-language "$1" core ui app -ts "$2"
}
