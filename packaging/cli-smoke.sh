#!/bin/sh
# The command-line distribution as a user unpacks it, with nothing but a Java 17 runtime on the PATH (a JRE made
# with jlink from the java.se modules: no javac, no Maven, no JAVA_HOME): phaseshift --version, lint and validate on
# the bundled demo plan, from the tar.gz and from the zip, and its CDS archive made and used.
# Run after ./mvnw -B -q -DskipTests package; takes about a minute; re-runnable. Output in packaging/target/cli-smoke/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/packaging/target"
out="$target/cli-smoke"
rm -rf "$out"
mkdir -p "$out/home"
fail() { echo "cli-smoke: FAILED: $*" >&2; exit 1; }

jlink=$(command -v jlink || echo "${JAVA_HOME:-/usr/lib/jvm/default-java}/bin/jlink")
"$jlink" --add-modules java.se,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.zipfs --no-man-pages --no-header-files \
    --output "$out/jre"

for archive in "$target"/phaseshift-cli-*.tar.gz "$target"/phaseshift-cli-*.zip; do
    [ -f "$archive" ] || fail "no $archive; build with ./mvnw -B -q -DskipTests package"
    name=$(basename "$archive")
    dir="$out/${name%%.*}-$(echo "$name" | sed 's/.*\.//')"
    mkdir -p "$dir"
    case "$name" in
        *.tar.gz) tar xzf "$archive" -C "$dir" ;;
        *.zip) (cd "$dir" && unzip -q "$archive") ;;
    esac
    bin=$(ls -d "$dir"/phaseshift-*/bin)
    demo=$(ls -d "$dir"/phaseshift-*/demo)
    run() { env -i PATH="$out/jre/bin:/usr/bin:/bin" HOME="$out/home" PHASESHIFT_CDS=now "$bin/phaseshift" "$@"; }
    echo "cli-smoke: $name"
    run --version > "$out/version.txt" || fail "phaseshift --version from $name"
    grep -q '^phaseshift [0-9]' "$out/version.txt" || fail "phaseshift --version printed $(cat "$out/version.txt")"
    code=0
    run lint "$demo/plans/rename-phone.plan.yaml" --estate "$demo/phaseshift.yaml" > "$out/lint.txt" || code=$?
    [ "$code" -le 1 ] || { cat "$out/lint.txt"; fail "phaseshift lint exited $code"; }
    run validate "$demo/plans/rename-phone.plan.yaml" --estate "$demo/phaseshift.yaml" > "$out/validate.txt" \
        || { cat "$out/validate.txt"; fail "phaseshift validate"; }
    ls "$out"/home/.cache/phaseshift/cds-*.jsa >/dev/null 2>&1 || fail "no CDS archive made in the user's cache"
    cat "$out/version.txt"
    tail -n 1 "$out/lint.txt"
    tail -n 1 "$out/validate.txt"
    rm -rf "$out/home/.cache"
done
echo "cli-smoke: passed"
