#!/bin/bash
# Written by OwnMeet, which replaces it on its next run. certbot runs it after every renewal:
# the meeting domain's certificate goes to nginx and coturn (/etc/jitsi/meet) and to Prosody's
# main host (/etc/prosody/certs); its auth. host keeps the certificate the packages made.
set -euo pipefail
[ "${RENEWED_LINEAGE:-}" = @LINEAGE@ ] || exit 0
@FUNCTIONS@
ownmeet_install_certificate "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem" \
  "/var/backups/ownmeet/$(date -u +%Y%m%d-%H%M%S)-renewal"
systemctl reload nginx
systemctl reload prosody
