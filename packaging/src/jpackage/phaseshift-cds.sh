#!/bin/sh
# Makes or removes the class-data-sharing archives of an installed Phaseshift app image, next to this script:
#   phaseshift-cds.sh create [IMAGE]     phaseshift.jsa (desktop app) and phaseshift-cli.jsa (command line),
#                                        from the class lists the build wrote; the launchers map them
#   phaseshift-cds.sh remove [IMAGE]     deletes them (the package's prerm does, so nothing is left behind)
#   phaseshift-cds.sh classpath [IMAGE]  the class path the launchers run with
# Java 17 ties an archive to the absolute path of the jars, so it is made where the image is installed (the .deb's
# postinst runs create); a launcher without its archive starts as usual, only slower.
set -eu
action=$1
image=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
app="$image/lib/app"

classpath() {
    # the launchers' class path: the cfg's app.classpath entries in order, $APPDIR being lib/app
    sed -n 's/^app\.classpath=//p' "$app/Phaseshift.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd ':' -
}

case "$action" in
    classpath) classpath ;;
    create)
        cp=$(classpath)
        # each with the collector its launcher runs (the app: the default; the command line: serial)
        for name in phaseshift phaseshift-cli; do
            gc=""
            [ "$name" = phaseshift-cli ] && gc="-XX:+UseSerialGC"
            "$image/lib/runtime/bin/java" -Xshare:dump $gc -XX:SharedClassListFile="$app/$name.classlist" \
                -XX:SharedArchiveFile="$app/$name.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" >/dev/null 2>&1 \
                || echo "phaseshift-cds: could not make $app/$name.jsa; Phaseshift starts without it" >&2
        done ;;
    remove) rm -f "$app/phaseshift.jsa" "$app/phaseshift-cli.jsa" ;;
    *) echo "usage: phaseshift-cds.sh create|remove|classpath [IMAGE]" >&2; exit 2 ;;
esac
