#!/usr/bin/env bash
# Installs what building, running and testing the inspector needs on Debian 12 (run as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(
    g++ cmake ninja-build pkg-config
    dpkg-dev librsvg2-bin desktop-file-utils appstream jq
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt's own translations (standard buttons and dialogs); python3 for tools/check-translations.sh
    qt6-translations-l10n python3
    libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
    qtkeychain-qt6-dev libyaml-cpp-dev libssl-dev libxkbcommon-dev libgl1-mesa-dev
    libqt6svg6
    sqlite3 libsqlite3-dev clang-format clang libclang-rt-14-dev time bc
    # real database servers for the tests; the tests start throwaway instances themselves
    postgresql mariadb-server mariadb-client
    gnome-keyring dbus dbus-x11 libsecret-tools
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
