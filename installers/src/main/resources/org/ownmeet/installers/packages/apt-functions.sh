export DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a NEEDRESTART_SUSPEND=1 APT_LISTCHANGES_FRONTEND=none
ownmeet_holder_of() {
  local lock inode pid
  for lock in "$@"; do
    [ -e "$lock" ] || continue
    inode=$(stat -c %i "$lock")
    pid=$(awk -v inode="$inode" '$2 != "->" { split($6, id, ":"); if (id[3] == inode) { print $5; exit } }' /proc/locks)
    if [ -n "$pid" ]; then echo "$pid"; return 0; fi
  done
}
ownmeet_lock_holder() {
  ownmeet_holder_of /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock
}
ownmeet_wait_for_packages() {
  local deadline=$(( $(date +%s) + LOCK_WAIT )) pid
  while pid=$(ownmeet_lock_holder); [ -n "$pid" ]; do
    echo "$WAITING_MARK $pid $(cat "/proc/$pid/comm" 2>/dev/null || echo unknown)"
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "the package manager is still busy after $LOCK_WAIT seconds (process $pid)" >&2
      return 75
    fi
    sleep 3
  done
}
ownmeet_stop_leftovers() {
  # no package tool runs, yet debconf's database is locked: a maintainer script of the
  # interrupted installation outlived it and would block the repair for ever
  local pid
  pid=$(ownmeet_holder_of /var/cache/debconf/config.dat /var/cache/debconf/templates.dat /var/cache/debconf/passwords.dat)
  if [ -n "$pid" ] && [ "$pid" -gt 1 ] && [ -z "$(ownmeet_lock_holder)" ]; then
    echo "$STOPPED_MARK $pid $(cat "/proc/$pid/comm" 2>/dev/null || echo unknown)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
ownmeet_heal_dpkg() {
  if [ -n "$(dpkg --audit 2>/dev/null)" ]; then
    echo "$HEALING_MARK"
    ownmeet_wait_for_packages
    ownmeet_stop_leftovers
    dpkg --configure -a --force-confdef --force-confold
  fi
}
ownmeet_apt() {
  ownmeet_wait_for_packages
  ownmeet_heal_dpkg
  ownmeet_wait_for_packages
  apt-get -q -y -o DPkg::Lock::Timeout=120 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
}
