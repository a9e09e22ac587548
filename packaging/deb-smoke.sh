#!/bin/sh
# The .deb from build to removal, as a user meets it (run as root on Debian or Ubuntu; re-runnable; minutes, so not
# part of verify):
#   build it (-Pdesktop package; SKIP_BUILD=1 takes the one in packaging/target), apt-get install it, check the
#   menu entry, file types, CDS archives and the phaseshift command, launch the installed app under Xvfb until the
#   demo estate is painted and take a screenshot, run the installed phaseshift --version and lint, apt-get remove
#   it, and fail if anything is left in the package's paths.
# Writes packaging/target/deb-smoke/: installed-app.png, version.txt, startup.txt, leftovers.txt.
# Needs: xvfb, imagemagick (import), xdg-utils, shared-mime-info (apt-get install -y xvfb imagemagick).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/packaging/target/deb-smoke"
rm -rf "$out"
mkdir -p "$out"
fail() { echo "deb-smoke: FAILED: $*" >&2; exit 1; }
step() { echo "deb-smoke: $*"; }

if [ -z "${SKIP_BUILD:-}" ]; then
    step "building the package"
    (cd "$root" && ./mvnw -B -q -DskipTests -Pdesktop package)
fi
deb=$(ls "$root"/packaging/target/jpackage/installer/phaseshift_*.deb | head -n 1)
[ -f "$deb" ] || fail "no .deb in packaging/target/jpackage/installer"
step "package $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

dpkg -s phaseshift >/dev/null 2>&1 && apt-get remove -y phaseshift >/dev/null
step "installing"
apt-get install -y "$deb" > "$out/install.log" 2>&1 || { cat "$out/install.log"; fail "apt-get install"; }
du -sk /opt/phaseshift | cut -f1 > "$out/installed-kib.txt"
step "installed size $(cat "$out/installed-kib.txt") KiB in /opt/phaseshift"

[ -x /opt/phaseshift/bin/Phaseshift ] || fail "no /opt/phaseshift/bin/Phaseshift"
[ -f /usr/share/applications/phaseshift-Phaseshift.desktop ] || fail "no desktop entry"
grep -q '^MimeType=application/x-phaseshift-plan;application/x-phaseshift-estate;' \
    /usr/share/applications/phaseshift-Phaseshift.desktop || fail "desktop entry without the file types"
[ -f /usr/share/mime/packages/phaseshift-mime.xml ] || fail "file types not registered"
for archive in phaseshift.jsa phaseshift-cli.jsa; do
    [ -s "/opt/phaseshift/lib/app/$archive" ] || fail "no CDS archive $archive made when installed"
done
printf 'format: phaseshift/plan@1\n' > "$out/check.plan.yaml"
if command -v xdg-mime >/dev/null && command -v update-mime-database >/dev/null; then
    type=$(xdg-mime query filetype "$out/check.plan.yaml" 2>/dev/null || true)
    step "a *.plan.yaml file is $type"
    [ "$type" = application/x-phaseshift-plan ] || fail "*.plan.yaml is not application/x-phaseshift-plan"
fi

step "phaseshift --version"
phaseshift --version | tee "$out/version.txt"
grep -q '^phaseshift [0-9]' "$out/version.txt" || fail "phaseshift --version"
printf 'ALTER TABLE orders ADD COLUMN priority smallint;\n' > "$out/one.sql"
phaseshift lint "$out/one.sql" --engine postgresql > "$out/lint.txt" || fail "phaseshift lint"

step "launching the installed app under Xvfb"
display=:$(( 90 + $$ % 9 ))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
prefs=$(mktemp -d)
DISPLAY=$display JAVA_TOOL_OPTIONS="-Dphaseshift.startupProbe=print -Djava.util.prefs.userRoot=$prefs" \
    /opt/phaseshift/bin/Phaseshift > "$out/startup.txt" 2>&1 &
app=$!
for _ in $(seq 1 120); do
    grep -q 'estate painted' "$out/startup.txt" && break
    kill -0 $app 2>/dev/null || break
    sleep 0.5
done
grep -q 'estate painted' "$out/startup.txt" || { cat "$out/startup.txt"; fail "the app did not paint the demo estate"; }
sleep 2
DISPLAY=$display import -window root "$out/installed-app.png"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
rm -rf "$prefs"
step "$(grep 'estate painted' "$out/startup.txt"); screenshot $out/installed-app.png"

step "removing"
apt-get remove -y phaseshift > "$out/remove.log" 2>&1 || { cat "$out/remove.log"; fail "apt-get remove"; }
: > "$out/leftovers.txt"
for path in /opt/phaseshift /usr/bin/phaseshift /usr/share/applications/phaseshift-Phaseshift.desktop \
    /usr/share/mime/packages/phaseshift-mime.xml /usr/share/mime/application/x-phaseshift-plan.xml \
    /usr/share/mime/application/x-phaseshift-estate.xml; do
    if [ -e "$path" ] || [ -L "$path" ]; then echo "$path" >> "$out/leftovers.txt"; fi
done
find /usr/share/icons /usr/share/applications /usr/share/mime -name '*phaseshift*' 2>/dev/null >> "$out/leftovers.txt" || true
[ -s "$out/leftovers.txt" ] && { cat "$out/leftovers.txt"; fail "left behind after removal"; }
step "nothing left behind; all checks passed"
