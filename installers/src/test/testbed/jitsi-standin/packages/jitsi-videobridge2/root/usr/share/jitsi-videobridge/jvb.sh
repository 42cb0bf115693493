#!/bin/bash
# jitsi-videobridge2 test-bed stand-in: a placeholder for the Java bridge.
# It reads the same settings as the real start script (JAVA_SYS_PROPS with
# -Dconfig.file=..., VIDEOBRIDGE_MAX_MEMORY, VIDEOBRIDGE_GC_TYPE), checks the
# HOCON configuration with the hocon tool, logs in the bridge's log format,
# connects to XMPP as the real bridge does (xmpp-client.rb: login, brewery MUC)
# and then stays up until it is stopped. A configuration that does not parse ends
# it with exit status 78, which the unit's RestartPreventExitStatus honours.

VERSION="@V_JVB@"

# first line of the hocon tool's error, without the Ruby source location
parse_error() {
    head -n 1 <<<"$1" | sed -e "s/^.*in \`[^']*': //" | cut -c1-300
}

log() {
    local level="$1"; shift
    printf 'JVB %s %s: [1] %s\n' "$(date '+%Y-%m-%d %H:%M:%S.%3N')" "$level" "$*"
}

if [ -z "$VIDEOBRIDGE_MAX_MEMORY" ]; then VIDEOBRIDGE_MAX_MEMORY=3072m; fi
if [ -z "$VIDEOBRIDGE_GC_TYPE" ]; then VIDEOBRIDGE_GC_TYPE=G1GC; fi

CONFIG_FILE=$(printf '%s\n' $JAVA_SYS_PROPS | sed -n 's/^-Dconfig\.file=//p' | tail -n 1)

log INFO "MainKt.main#77: Starting jitsi-videobridge version ${VERSION%-1} (stand-in, no Java; -Xmx$VIDEOBRIDGE_MAX_MEMORY -XX:+Use$VIDEOBRIDGE_GC_TYPE)"

if [ -n "$CONFIG_FILE" ]; then
    if [ ! -r "$CONFIG_FILE" ]; then
        log SEVERE "MainKt.main#80: Cannot read config file $CONFIG_FILE"
        exit 78
    fi
    if ! out=$(hocon -f "$CONFIG_FILE" get videobridge 2>&1 >/dev/null) \
        && ! grep -q "Can't find the given path" <<<"$out"; then
        log SEVERE "MainKt.main#80: Error parsing config file $CONFIG_FILE: $(parse_error "$out")"
        exit 78
    fi
fi

log INFO "JitsiConfig.<clinit>#47: Initialized newConfig: merge of ${CONFIG_FILE:-<none>}: 1,system properties,reference.conf (stand-in)"
log INFO "MainKt.main#131: Jitsi Videobridge stand-in is up (pid $$)"

# the XMPP connections of jvb.conf and sip-communicator.properties, as the real bridge's MucClients
SC_HOME=$(printf '%s\n' $JAVA_SYS_PROPS | sed -n 's/^-Dnet\.java\.sip\.communicator\.SC_HOME_DIR_LOCATION=//p' | tail -n 1)
SC_NAME=$(printf '%s\n' $JAVA_SYS_PROPS | sed -n 's/^-Dnet\.java\.sip\.communicator\.SC_HOME_DIR_NAME=//p' | tail -n 1)
ruby /usr/share/jitsi-videobridge/xmpp-client.rb "$CONFIG_FILE" "${SC_HOME:-/etc/jitsi}/${SC_NAME:-videobridge}/sip-communicator.properties" &
xmpp=$!
ruby /usr/share/jitsi-videobridge/public-http.rb "$CONFIG_FILE" &
http=$!

child=
stop() {
    log INFO "MainKt\$main\$2.run#162: Shutting down (signal)"
    [ -n "$child" ] && kill "$child" 2>/dev/null
    kill "$xmpp" "$http" 2>/dev/null
    exit 143
}
trap stop TERM INT

while :; do
    sleep 86400 &
    child=$!
    wait "$child"
done
