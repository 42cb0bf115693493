ownmeet_cert_choices() {
  local dir deb; dir=$(mktemp -d)
  # shellcheck disable=SC2012 # the newest by time; the names are apt's own package file names
  deb=$(ls -t /var/cache/apt/archives/jitsi-meet-web-config_*.deb | head -n 1)
  dpkg-deb -e "$deb" "$dir/control"
  awk '/^Template: jitsi-meet\/cert-choice$/ {found=1} found && /^Choices:/ {sub(/^Choices: /, ""); print; exit}' \
    "$dir/control/templates" | sed 's/, /\n/g'
  rm -rf "$dir"
}
