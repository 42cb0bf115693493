  systemctl try-reload-or-restart ssh.service
  sleep 0.5
  # shellcheck disable=SC2034 # i only counts (this text outlives the script in the undo timer's file)
  for i in $(seq 1 50); do ss -Hltnp 2>/dev/null | grep -q '"sshd"' && break; sleep 0.1; done
