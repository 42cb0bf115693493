# ownmeet_current_logs: the logs a visit can reach (the web server, Prosody, jicofo, the videobridge, syslog's files), not rotated ones
ownmeet_current_logs() {
  local f
  for f in /var/log/nginx/* /var/log/prosody/* /var/log/jitsi/* /var/log/syslog /var/log/daemon.log \
      /var/log/messages /var/log/user.log; do
    [ -f "$f" ] || continue
    case "$f" in *.gz|*.[0-9]*|*-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*) continue;; esac
    printf '%s\n' "$f"
  done
}
