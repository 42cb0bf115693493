#!/bin/sh
# Writes the list of classes OwnMeet loads from its launch up to its first screen drawn, from which the
# .deb's postinst makes the class-data archive (-Xshare:dump -XX:SharedClassListFile=...).
# Runs the app image built by the package profile once, on a virtual display (xvfb-run, Debian: xvfb),
# as a new user (an empty home) in English, and ends it at its first screen (-Downmeet.exitAtFirstScreen: two
# seconds after it, while the renderer finishes the first frame, without starting the background warm-up,
# whose libraries then load from the jars).
# Class sharing is off while listing, so that every class is listed whatever archive is there.
#
#   packaging/src/build/first-screen-classes.sh [APP_IMAGE [LIST]]
# defaults: packaging/target/jpackage/image/OwnMeet and packaging/src/jpackage/input/ownmeet.classlist
set -eu
image=$(cd "${1:-packaging/target/jpackage/image/OwnMeet}" && pwd)
list=${2:-packaging/src/jpackage/input/ownmeet.classlist}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
rm -f "$list.new"
env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" LC_ALL=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$list.new -Downmeet.exitAtFirstScreen=true" \
    xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp' "$image/bin/OwnMeet" > "$home/out" 2>&1 || true
if ! grep -q '^first-screen ' "$home/out"; then
    cat "$home/out" >&2
    echo "OwnMeet did not reach its first screen; $list is unchanged" >&2
    exit 1
fi
mv "$list.new" "$list"
echo "$(grep -vc '^#' "$list") classes up to the first screen in $list"
