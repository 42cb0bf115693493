# the unit may be gone with its package: only a videobridge still running is a failure
systemctl disable --now jitsi-videobridge2 >/dev/null 2>&1 || true
! systemctl is-active --quiet jitsi-videobridge2
