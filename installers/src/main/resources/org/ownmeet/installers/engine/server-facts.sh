echo "cores $(nproc)"
echo "memory-kb $(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
ip -o addr show scope global 2>/dev/null | awk '{sub(/\/.*/, "", $4); print "address", $4}'
ss -Hltnp 2>/dev/null | awk '/"sshd"/ {n = split($4, part, ":"); print "ssh-port", part[n]}'
