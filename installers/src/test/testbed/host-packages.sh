#!/usr/bin/env bash
# Installs on this (Debian 12) machine every package the test bed needs, and those named as arguments
# (a part only some tests use, such as the browser); quick when all are there.
set -euo pipefail

packages=(
  # the target host: golden image, boot, network, apt proxy
  debootstrap systemd-container iproute2 apt-cacher-ng
  # the stand-in Jitsi repository
  dpkg-dev apt-utils gnupg
  # SSH: the loopback sshd and the client used to check targets
  openssh-server openssh-client sudo
  # the ACME CA and its DNS
  pebble openssl curl
  # a real window and its screenshot
  xvfb xauth xdotool imagemagick libgtk-3-0 fonts-dejavu-core x11-utils
  # the documents read and drawn as a reader does
  poppler-utils
  # the scripts OwnMeet runs on a server, checked by the quick tests; the Jitsi packages' HOCON parser
  shellcheck ruby-hocon
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confold)
# lists may be missing or stale on a fresh machine
apt-get "${apt_opts[@]}" update >/dev/null
apt-get "${apt_opts[@]}" install --no-install-recommends "${missing[@]}"
