#!/usr/bin/env bash
# Builds the Debian package the way it ships (Release, no tests), validates its desktop entry and AppStream
# metainfo, installs it with apt (as root), runs the installed binary on the installed demo project, then
# removes the package again. Used by README and CI alike; needs no network beyond apt's Debian mirror (and
# that only when a dependency is not installed yet).
#
#   tools/check-package.sh [BUILD_DIR]     (default: build-package; configured here when it is empty)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
build=${1:-build-package}
package=telemetry-inspector
app_id=$(sed -n 's/^set(APP_ID "\(.*\)")$/\1/p' CMakeLists.txt)
version=$(sed -n '/^project(/,/)/s/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt)

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
if [ -z "$app_id" ] || [ -z "$version" ]; then
    fail "APP_ID or VERSION not found in CMakeLists.txt"
fi

if [ "$(id -u)" -ne 0 ]; then
    fail "installing the package needs root (CI runs as root); run it as root or in a Debian 12 container"
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is already installed; this check installs and removes it, so remove it first: apt-get purge $package"
fi

step "build ($build: Release, no tests)"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DWARNINGS_AS_ERRORS=ON >/dev/null
fi
cmake --build "$build" -j2
build=$(cd "$build" && pwd)

step "cpack"
rm -rf "$build/package"
(cd "$build" && cpack -G DEB -B "$build/package")
deb="$build/package/${package}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "expected $deb"
echo "$deb ($(du -k "$deb" | cut -f1) KiB)"

step "package contents"
work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        apt-get purge -y -qq "$package" >/dev/null || dpkg --purge "$package" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
dpkg-deb --field "$deb"
dpkg-deb --extract "$deb" "$work/root"
share="$work/root/usr/share"
expected=(
    "usr/bin/$package"
    "usr/bin/$package-window"
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/$package/demo/.env"
    "usr/share/$package/demo/directus.db"
    "usr/share/$package/demo/node_modules/directus/package.json"
    "usr/share/doc/$package/copyright"
    "usr/share/doc/$package/README.md"
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    [ -e "$work/root/$path" ] || fail "the package lacks /$path"
done
# A PNG's IHDR chunk holds width and height as big-endian 32-bit numbers at bytes 16..23.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $3 * 256 + $4, $7 * 256 + $8 }'; }
for size in 16 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ "$(head -c 4 "$png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "$png is not a PNG"
    [ "$(png_size "$png")" = "${size}x${size}" ] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done
depends=$(dpkg-deb --field "$deb" Depends)
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6sql6-psql libqt6sql6-mysql qt6-qpa-plugins libqt6keychain1 libyaml-cpp0.7 libssl3; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
echo "all ${#expected[@]} expected files present; Depends names the Qt 6, QtKeychain, yaml-cpp and OpenSSL packages"

step "desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "the desktop entry's Icon is not $app_id"
echo "ok"
step "appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$share/metainfo/$app_id.metainfo.xml"

step "apt-get install"
# apt resolves the dependencies from the Debian mirror; its package lists may be missing on a fresh machine
# whose dependencies were installed some other way, so update them once and retry.
install_deb() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb"; }
installed=1
install_deb || { apt-get update -qq && install_deb; }
dpkg-query -W -f='${Package} ${Version} ${Status}\n' "$package"

step "run the installed binary"
binary=$(command -v "$package") || fail "$package is not on PATH after installing"
[ "$binary" = "/usr/bin/$package" ] || fail "$package resolves to $binary, not /usr/bin/$package"
for program in "$binary" "$binary-window"; do
    if ldd "$program" | grep -q "not found"; then
        ldd "$program" | grep "not found"
        fail "the installed $program misses libraries"
    fi
done
# Commands start without Qt's GUI libraries; only the window program loads them.
! ldd "$binary" | grep -qE "libQt6(Gui|Widgets)" || fail "$binary links Qt Gui/Widgets; commands should not load them"
out=$("$binary" --version)
echo "$out"
[ "$out" = "$package $version" ] || fail "--version printed '$out', expected '$package $version'"

demo=/usr/share/$package/demo
# As an unprivileged user with no home, as an admin trying the demo would: the installed demo is root-owned
# and read-only to them, which the engine's read-only connection must cope with.
report="$work/report.json"
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/nonexistent "$binary" report "$demo" >"$report" \
    || fail "telemetry-inspector report $demo failed (exit $?)"
jq -e 'type == "object" and (keys | length) == 36 and .version == "12.4.1" and .database == "sqlite"
       and .collections > 0 and .items > 0 and .url == "https://blog.example.com"' "$report" >/dev/null \
    || fail "the report is not the demo's 36-field report: $(head -c 400 "$report")"
# The installed demo and binary must give the same bytes as the build tree on the source demo.
"$build/app/$package" report "$source_dir/resources/demo" | cmp -s - "$report" \
    || fail "the installed report differs from the build tree's report of resources/demo"
echo "report of $demo: $(jq -c '{version, database, collections, items, roles}' "$report") ($(wc -c <"$report") bytes, same as the build tree)"

# The window, when this build has one: started off screen on the installed demo, it must still be running
# after a few seconds (a missing platform plugin, SQL driver or icon engine aborts it at once), and say
# nothing about plugins it could not load.
if "$binary" --help 2>&1 | grep -q '\[gui'; then
    mkdir -m 700 "$work/home"
    status=0
    env HOME="$work/home" XDG_RUNTIME_DIR="$work/home" QT_QPA_PLATFORM=offscreen \
        timeout -k 5 8 "$binary" gui --demo >"$work/gui.log" 2>&1 || status=$?
    if [ "$status" != 124 ] || grep -qiE "could not (load|find).*plugin|driver not loaded" "$work/gui.log"; then
        cat "$work/gui.log" >&2
        fail "the installed window did not keep running off screen on the demo (exit $status)"
    fi
    echo "window: ran off screen on the installed demo for 8 s"
else
    echo "window: this build has none yet (no 'gui' in --help); skipped"
fi

step "remove"
apt-get purge -y -qq "$package" >/dev/null
installed=0
for path in "/usr/bin/$package" "/usr/bin/$package-window" "/usr/share/$package" \
    "/usr/share/applications/$app_id.desktop"; do
    [ ! -e "$path" ] || fail "$path is left behind after purging $package"
done
echo "check-package: PASS ($deb)"
