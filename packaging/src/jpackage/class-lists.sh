#!/bin/sh
# Writes the class lists of a jpackage app image (arguments: the image folder, the demo estate folder):
#   lib/app/phaseshift.classlist      the desktop app from launch until the demo estate is painted
#                                     (phaseshift.startupProbe=exit; under xvfb-run when there is no display)
#   lib/app/phaseshift-cli.classlist  the command-line training run (help, version, lint, validate)
# lib/app/phaseshift-cds.sh makes the CDS archives of them where the image is installed: Java 17 ties an archive to
# the absolute path of the jars, which is known only then.
set -eu
image=$1
demo=$2
app="$image/lib/app"
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"' EXIT
wrap=""
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "class-lists: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
    wrap="xvfb-run -a"
fi
rm -f "$app/phaseshift.classlist" "$app/phaseshift-cli.classlist"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$app/phaseshift.classlist -Dphaseshift.startupProbe=exit -Djava.util.prefs.userRoot=$prefs" \
    $wrap "$image/bin/Phaseshift" > "$prefs/run.log" 2>&1 || true
grep -q 'estate painted' "$prefs/run.log" || { cat "$prefs/run.log" >&2; echo "class-lists: the app did not paint the demo estate" >&2; exit 1; }
"$image/lib/runtime/bin/java" -XX:+UseSerialGC -XX:DumpLoadedClassList="$app/phaseshift-cli.classlist" \
    -cp "$(sh "$app/phaseshift-cds.sh" classpath "$image")" dev.phaseshift.cli.StartupTraining "$demo"
for list in "$app/phaseshift.classlist" "$app/phaseshift-cli.classlist"; do
    [ -s "$list" ] || { echo "class-lists: the training run wrote no $list" >&2; exit 1; }
    echo "class-lists: $(wc -l < "$list") classes in $list"
done
