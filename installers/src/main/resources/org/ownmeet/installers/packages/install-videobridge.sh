printf '%s\n' "$ANSWER" | debconf-set-selections
ownmeet_apt update
ownmeet_apt install jitsi-videobridge2
