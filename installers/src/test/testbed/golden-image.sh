#!/usr/bin/env bash
# Builds the golden Debian root filesystem of a test target into the empty folder DEST, for the release
# named by its codename (RELEASE: bookworm, the default, is Debian 12; trixie is Debian 13):
#   DEST/rootfs                   systemd, OpenSSH, sudo; root login off; apt through the test bed's proxy
#   DEST/admin_ed25519(.pub)      the sudo user's key
#   DEST/admin.user, admin.password
#   DEST/ssh_host_*_key.pub       the target's host keys, to check fingerprints against
# The result is what a fresh minimal server looks like; each target boots an overlay of it.
set -euo pipefail

dest=$1
release=${2:-bookworm}
user=debian
proxy=http://10.203.0.1:3142

# the host's own Debian mirror (this machine reaches it; the targets reach it through the proxy)
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
security=$(awk '/^URIs:/ {u=$2} END {print u}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
[ -n "$security" ] && [ "$security" != "$mirror" ] || security=http://deb.debian.org/debian-security

root=$dest/rootfs

debootstrap --variant=minbase \
  --include=openssh-server,sudo,systemd-sysv,dbus,libpam-systemd,iproute2,procps,ca-certificates,gnupg,curl,less \
  "$release" "$root" "$mirror" >"$dest/debootstrap.log" 2>&1 \
  || { tail -30 "$dest/debootstrap.log" >&2; exit 1; }

cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror $release main
deb $mirror $release-updates main
deb $security $release-security main
SOURCES
cat >"$root/etc/apt/apt.conf.d/01ownmeet-testbed-proxy" <<APT
Acquire::http::Proxy "$proxy";
Acquire::http::Proxy::10.203.0.1 "DIRECT";
APT
echo "nameserver 10.203.0.1" >"$root/etc/resolv.conf"
: >"$root/etc/machine-id"

# a sudo user with a password and a key; root cannot log in over SSH
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)
chroot "$root" useradd --create-home --shell /bin/bash --groups sudo "$user"
printf '%s:%s\n' "$user" "$password" | chroot "$root" chpasswd
ssh-keygen -q -t ed25519 -N '' -C "$user@ownmeet-testbed" -f "$dest/admin_ed25519"
install -d -m 700 -o 1000 -g 1000 "$root/home/$user/.ssh"
install -m 600 -o 1000 -g 1000 "$dest/admin_ed25519.pub" "$root/home/$user/.ssh/authorized_keys"
[ "$(chroot "$root" id -u "$user")" = 1000 ] || { echo "expected uid 1000 for $user" >&2; exit 1; }
cat >"$root/etc/ssh/sshd_config.d/10-ownmeet-testbed.conf" <<SSHD
PermitRootLogin no
PasswordAuthentication yes
SSHD

# the user's systemd manager stays running (lingering): in the container, a login that has to start it
# again right after it stopped can hang for more than 30 s before sshd opens the session
mkdir -p "$root/var/lib/systemd/linger" && touch "$root/var/lib/systemd/linger/$user"

# timers that would take the dpkg lock at random moments; tests hold it on purpose instead
for unit in apt-daily.timer apt-daily-upgrade.timer; do
  ln -sf /dev/null "$root/etc/systemd/system/$unit"
done
chroot "$root" apt-get clean

echo "$user" >"$dest/admin.user"
echo "$password" >"$dest/admin.password"
chmod 600 "$dest/admin.password"
cp "$root"/etc/ssh/ssh_host_*_key.pub "$dest/"
