#!/usr/bin/env bash
# Runs the whole test suite against a build folder (default: build). Used by README and CI alike.
# The keychain test needs a Secret Service; when gnome-keyring is installed the suite runs inside a private
# D-Bus session with a fresh login keyring unlocked by a throwaway password, in a temporary HOME, so no
# real keyring is touched. Without gnome-keyring the keychain test skips (tools/install-deps.sh installs it).
set -euo pipefail
build=${1:-build}
build=$(cd "$build" && pwd)

if [ -n "${DTI_KEYRING_SESSION:-}" ] || ! command -v dbus-run-session >/dev/null \
    || ! command -v gnome-keyring-daemon >/dev/null; then
    [ -n "${DTI_KEYRING_SESSION:-}" ] || echo "run-tests: gnome-keyring or dbus-run-session missing; the keychain test will skip" >&2
    exec ctest --test-dir "$build" --output-on-failure --timeout 600
fi

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" XDG_CONFIG_HOME="$keyring_home/.config"
export XDG_RUNTIME_DIR="$keyring_home/runtime" DTI_KEYRING_SESSION=1 DTI_EXPECT_KEYCHAIN=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    set -euo pipefail
    eval "$(printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$1" --output-on-failure --timeout 600
' run-tests "$build"
