#!/bin/sh
# Test-bed stand-in of jitsi-meet's coturn-le-update.sh (works locally, as the
# real one does): copies /etc/jitsi/meet/DOMAIN.crt/.key to /etc/coturn/certs,
# points /etc/turnserver.conf at them and restarts coturn - only when that
# turnserver.conf is the one written by jitsi-meet-turnserver.
set -e

DOMAIN="$1"
if [ -z "$DOMAIN" ]; then
    echo "You need to pass the domain as parameter."
    exit 10
fi

CERT_DIR=/etc/coturn/certs
TURN_CONFIG=/etc/turnserver.conf

if [ -f "$TURN_CONFIG" ] && grep -q "jitsi-meet coturn config" "$TURN_CONFIG"; then
    if [ ! -d "$CERT_DIR" ]; then
        mkdir -p "$CERT_DIR"
        chown -R turnserver:turnserver /etc/coturn/
        chmod -R 700 /etc/coturn/
    fi

    # never world-readable, not even while copying
    umask 077
    cp "/etc/jitsi/meet/$DOMAIN.crt" "$CERT_DIR/$DOMAIN.fullchain.pem"
    cp "/etc/jitsi/meet/$DOMAIN.key" "$CERT_DIR/$DOMAIN.privkey.pem"
    chown turnserver "$CERT_DIR/$DOMAIN.fullchain.pem" "$CERT_DIR/$DOMAIN.privkey.pem"
    chmod 400 "$CERT_DIR/$DOMAIN.fullchain.pem" "$CERT_DIR/$DOMAIN.privkey.pem"

    echo "Configuring turnserver"
    sed -i "/^cert/c\\cert=$CERT_DIR/$DOMAIN.fullchain.pem" "$TURN_CONFIG"
    sed -i "/^pkey/c\\pkey=$CERT_DIR/$DOMAIN.privkey.pem" "$TURN_CONFIG"

    service coturn restart
fi
