#!/bin/bash
# jicofo test-bed stand-in: a placeholder for the Java focus.
# Takes the same settings as the real start script (JAVA_SYS_PROPS with
# -Dconfig.file=..., else /etc/jitsi/jicofo/jicofo.conf; JICOFO_MAX_MEMORY),
# checks the HOCON configuration with the hocon tool, logs in jicofo's log
# format and then stays up until it is stopped. A configuration that does not
# parse makes it exit at once with status 1.

VERSION="@V_JICOFO@"

if [[ "$1" == "--help" ]]; then
    echo -e "Usage: $0"
    echo
    echo -e "Supported environment variables: JICOFO_MAX_MEMORY, JAVA_SYS_PROPS."
    echo
    exit 1
fi

# first line of the hocon tool's error, without the Ruby source location
parse_error() {
    head -n 1 <<<"$1" | sed -e "s/^.*in \`[^']*': //" | cut -c1-300
}

log() {
    local level="$1"; shift
    printf 'Jicofo %s %s: [1] %s\n' "$(date '+%Y-%m-%d %H:%M:%S.%3N')" "$level" "$*"
}

if [[ ! "$JAVA_SYS_PROPS" == *"-Dconfig.file="* ]]; then
    if [[ -f /etc/jitsi/jicofo/jicofo.conf ]]; then
        JAVA_SYS_PROPS="$JAVA_SYS_PROPS -Dconfig.file=/etc/jitsi/jicofo/jicofo.conf"
    else
        echo
        echo "To run jicofo you need a configuration file. Use environment variable JAVA_SYS_PROPS."
        echo "e.g. export JAVA_SYS_PROPS=\"-Dconfig.file=/etc/jitsi/jicofo/jicofo.conf\""
        echo
        exit 2
    fi
fi
if [ -z "$JICOFO_MAX_MEMORY" ]; then JICOFO_MAX_MEMORY=3072m; fi

CONFIG_FILE=$(printf '%s\n' $JAVA_SYS_PROPS | sed -n 's/^-Dconfig\.file=//p' | tail -n 1)

log INFO "Main.main#47: Starting Jicofo. (stand-in ${VERSION%-1}, no Java; -Xmx$JICOFO_MAX_MEMORY)"

if [ ! -r "$CONFIG_FILE" ]; then
    log SEVERE "Main.main#52: Cannot read config file $CONFIG_FILE"
    exit 1
fi
if ! out=$(hocon -f "$CONFIG_FILE" get jicofo 2>&1 >/dev/null) \
    && ! grep -q "Can't find the given path" <<<"$out"; then
    log SEVERE "Main.main#52: Failed to parse $CONFIG_FILE: $(parse_error "$out")"
    exit 1
fi

log INFO "JitsiConfig.<clinit>#47: Initialized newConfig: merge of $CONFIG_FILE: 1,system properties,reference.conf (stand-in)"
DOMAIN=$(hocon -f "$CONFIG_FILE" get jicofo.xmpp.client.xmpp-domain 2>/dev/null)
log INFO "Main.main#88: Jicofo stand-in is up (pid $$, xmpp-domain ${DOMAIN:-unset})"

child=
stop() {
    log INFO "Main\$main\$shutdownHook.run#101: Stopping (signal)"
    [ -n "$child" ] && kill "$child" 2>/dev/null
    exit 143
}
trap stop TERM INT

while :; do
    sleep 86400 &
    child=$!
    wait "$child"
done
