# shellcheck disable=SC2034 # ufw_init is for the script this is part of
ufw_init=
for f in /usr/lib/ufw/ufw-init /lib/ufw/ufw-init; do if [ -x "$f" ]; then ufw_init=$f; break; fi; done
