ownmeet_apt update
ownmeet_apt install --download-only jitsi-meet
choice=$(ownmeet_cert_choices | grep -i -m 1 -F "$CERT_CHOICE" || true)
if [ -z "$choice" ]; then
  echo "the package jitsi-meet-web-config offers no certificate choice with '$CERT_CHOICE'" >&2
  exit 1
fi
{ printf '%s\n' "${ANSWERS[@]}"
  printf '%s\n' "jitsi-meet-web-config jitsi-meet/cert-choice select $choice"; } | debconf-set-selections
ownmeet_apt install jitsi-meet
