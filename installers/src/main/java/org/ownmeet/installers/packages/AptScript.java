package org.ownmeet.installers.packages;

import java.time.Duration;

/**
 * The bash functions every package step runs with. {@code ownmeet_apt} waits while another program
 * holds the package manager's locks (unattended upgrades, typically), saying so on a line of its own
 * ({@value #WAITING} pid name), up to a time limit; it finishes an installation that was interrupted
 * ({@code dpkg --configure -a}) before it starts; and it never asks a question.
 */
final class AptScript {
    static final String WAITING = "OWNMEET-WAITING-FOR-PACKAGES";
    static final String HEALING = "OWNMEET-HEALING-DPKG";

    private AptScript() {
    }

    static String functions(Duration lockWait) {
        return """
                export DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a NEEDRESTART_SUSPEND=1 APT_LISTCHANGES_FRONTEND=none
                ownmeet_lock_holder() {
                  local lock inode
                  for lock in /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock; do
                    [ -e "$lock" ] || continue
                    inode=$(stat -c %%i "$lock")
                    awk -v inode="$inode" '$2 != "->" { split($6, id, ":"); if (id[3] == inode) { print $5; exit } }' /proc/locks
                  done | head -n 1
                }
                ownmeet_wait_for_packages() {
                  local deadline=$(( $(date +%%s) + %1$d )) pid
                  while pid=$(ownmeet_lock_holder); [ -n "$pid" ]; do
                    echo "%2$s $pid $(cat /proc/$pid/comm 2>/dev/null || echo unknown)"
                    if [ "$(date +%%s)" -ge "$deadline" ]; then
                      echo "the package manager is still busy after %1$d seconds (process $pid)" >&2
                      return 75
                    fi
                    sleep 3
                  done
                }
                ownmeet_heal_dpkg() {
                  if [ -n "$(dpkg --audit 2>/dev/null)" ]; then
                    echo "%3$s"
                    ownmeet_wait_for_packages
                    dpkg --configure -a --force-confdef --force-confold
                  fi
                }
                ownmeet_apt() {
                  ownmeet_wait_for_packages
                  ownmeet_heal_dpkg
                  ownmeet_wait_for_packages
                  apt-get -q -y -o DPkg::Lock::Timeout=120 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@"
                }
                """.formatted(lockWait.toSeconds(), WAITING, HEALING);
    }
}
