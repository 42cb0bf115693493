#!/bin/bash
# Test-bed stand-in for jitsi-meet's install-letsencrypt-cert.sh.
# Usage (as the real one): install-letsencrypt-cert.sh [EMAIL] [DOMAIN]
# The real script downloads acme.sh from the internet and asks Let's Encrypt
# for a certificate for DOMAIN (HTTP-01, webroot /usr/share/jitsi-meet). The
# stand-in cannot do that: it says so and fails, leaving every file untouched.

EMAIL="$1"
DOMAIN="$2"
if [ -z "$DOMAIN" ]; then
    DOMAIN=$(debconf-show jitsi-meet-web-config 2>/dev/null | sed -n 's/.*jitsi-meet\/jvb-hostname: *//p' | tr -d '[:space:]')
fi

echo "-------------------------------------------------------------------------"
echo "install-letsencrypt-cert.sh: OwnMeet test-bed stand-in (jitsi-meet-web @V_WEB@)."
echo "The real script would install acme.sh and request a Let's Encrypt certificate"
echo "for '${DOMAIN:-<unknown>}' (account e-mail '${EMAIL:-<none>}')."
echo "This stand-in does not download anything; no certificate was issued."
echo "-------------------------------------------------------------------------"
exit 1
